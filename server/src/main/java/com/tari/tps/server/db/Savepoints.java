package com.tari.tps.server.db;

import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * SAVEPOINT, RELEASE and ROLLBACK TO as plain JDBC statements. Every write passes through here at least once, and
 * through Jdbi each statement would be lexed again (its parse cache never sees a name twice when names are unique);
 * profiles of the write path showed that lexing as a fifth of all CPU. Names may repeat: both SQLite and PostgreSQL
 * act on the most recent savepoint of a name, which is the innermost one.
 */
final class Savepoints {
    private Savepoints() {}

    static void set(Handle h, String name) {
        run(h, "SAVEPOINT " + name);
    }

    static void release(Handle h, String name) {
        run(h, "RELEASE SAVEPOINT " + name);
    }

    /** Undoes everything since the savepoint and drops it. */
    static void undo(Handle h, String name) {
        run(h, "ROLLBACK TO SAVEPOINT " + name);
        run(h, "RELEASE SAVEPOINT " + name);
    }

    private static void run(Handle h, String sql) {
        try (Statement s = h.getConnection().createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SavepointFailed(sql, e);
        }
    }

    /** A Jdbi exception, so callers that handle the store's failures handle this one too. */
    static final class SavepointFailed extends JdbiException {
        SavepointFailed(String sql, SQLException cause) {
            super(sql + " failed: " + cause.getMessage(), cause);
        }
    }
}
