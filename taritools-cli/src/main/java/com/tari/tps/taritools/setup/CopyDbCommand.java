package com.tari.tps.taritools.setup;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.Dialect;
import com.tari.tps.server.db.StoreSettings;
import com.tari.tps.taritools.ToolException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Copies every row of one store into another, empty one: how an SQLite store moves to PostgreSQL (any direction
 * works). Both are opened as the server opens them, so both are migrated to this version first; the tables, their
 * columns and the order foreign keys need come from the stores' own metadata. All rows go in as one transaction of
 * the target, identity values included, so a failed copy leaves the target empty; PostgreSQL's identity sequences are
 * then moved past the copied ids. The source is read in one transaction, but the server must still be stopped (or
 * the copy made from a {@code setup backup} file): writes after the copy would be lost.
 */
@Command(name = "copy-db", mixinStandardHelpOptions = true,
        description = {"Copy every row of one store into another, empty one: e.g. SQLite into PostgreSQL.",
                "Stop the server first (or copy from a `setup backup` file): writes made during or after the copy are not "
                        + "in the target. Both stores are migrated first; the target must hold no rows."})
public final class CopyDbCommand implements Runnable {
    private static final int BATCH = 500;

    @Option(names = "--from", required = true, paramLabel = "<TPG_DATABASE_URL>",
            description = "The store to copy, e.g. sqlite://data/tari_store.db or a backup file's sqlite:// URL.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "<TPG_DATABASE_URL>",
            description = "The empty store to fill, e.g. postgresql://tps:password@localhost:5432/tari (created and migrated if need be).")
    String to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        StoreSettings source = settings("--from", from);
        StoreSettings target = settings("--to", to);
        if (source.display().equals(target.display())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from and --to name the same store (" + source.display() + ")");
        }
        if (source.isSqlite() && !Files.isRegularFile(source.file())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No database at " + source.file() + " to copy");
        }
        out.println("From: " + source.display());
        out.println("To:   " + target.display());
        out.flush();
        Map<String, Long> copied;
        try (Database sourceDb = source.open(); Database targetDb = target.open()) {
            copied = targetDb.write(into -> sourceDb.read(outOf -> inOneSnapshot(outOf, sourceDb.dialect(),
                    () -> copyAll(outOf.getConnection(), into.getConnection(), targetDb.dialect()))));
        } catch (TargetNotEmpty e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The target already holds rows (" + e.describe()
                    + "); copy-db only fills an empty store, and nothing was changed. Point --to at a new database, or empty this one.");
        } catch (SchemaMismatch e) {
            throw new ToolException("The stores' tables differ, nothing was copied: " + e.getMessage());
        }
        long total = 0;
        for (Map.Entry<String, Long> table : copied.entrySet()) {
            out.printf(Locale.ROOT, "  %-22s %d%n", table.getKey(), table.getValue());
            total += table.getValue();
        }
        out.println("Copied " + total + " rows in " + copied.size() + " tables to " + target.display());
        out.flush();
    }

    private StoreSettings settings(String option, String url) {
        // A copy needs few connections; the least a PostgreSQL store takes is enough for either side.
        StoreSettings settings = new StoreSettings(url, Database.MIN_POSTGRES_POOL, Database.WRITE_QUEUE);
        try {
            settings.where();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
        return settings;
    }

    /** The source's rows as of one moment: one transaction (a snapshot on PostgreSQL; SQLite's read lock). */
    private static <R> R inOneSnapshot(Handle h, Dialect dialect, SqlWork<R> work) {
        try {
            return dialect == Dialect.POSTGRESQL
                    ? h.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, t -> work.run())
                    : h.inTransaction(t -> work.run());
        } catch (SQLException e) {
            // the cause stays: a serialization conflict on the target is recognised by it and the copy run again
            throw new IllegalStateException("Copy failed, nothing was copied: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<R> {
        R run() throws SQLException;
    }

    /** The rows copied per table, in the order they were filled. */
    private static Map<String, Long> copyAll(Connection source, Connection target, Dialect targetDialect) throws SQLException {
        StoreTables sourceTables = StoreTables.of(source);
        StoreTables targetTables = StoreTables.of(target);
        requireSameColumns(sourceTables, targetTables);
        Map<String, Long> occupied = new LinkedHashMap<>();
        for (StoreTables.Table table : targetTables.inFillOrder()) {
            long rows = count(target, table.name());
            if (rows > 0) {
                occupied.put(table.name(), rows);
            }
        }
        if (!occupied.isEmpty()) {
            throw new TargetNotEmpty(occupied);
        }
        Map<String, Long> copied = new LinkedHashMap<>();
        for (StoreTables.Table table : targetTables.inFillOrder()) {
            copied.put(table.name(), copyTable(source, target, table));
        }
        if (targetDialect == Dialect.POSTGRESQL) {
            moveIdentitiesPastCopiedIds(target, targetTables.names());
        }
        return copied;
    }

    private static void requireSameColumns(StoreTables source, StoreTables target) {
        List<String> differences = new ArrayList<>();
        Set<String> onlySource = new TreeSet<>(source.names());
        onlySource.removeAll(target.names());
        Set<String> onlyTarget = new TreeSet<>(target.names());
        onlyTarget.removeAll(source.names());
        if (!onlySource.isEmpty()) {
            differences.add("only in --from: " + String.join(", ", onlySource));
        }
        if (!onlyTarget.isEmpty()) {
            differences.add("only in --to: " + String.join(", ", onlyTarget));
        }
        for (StoreTables.Table table : source.inFillOrder()) {
            target.table(table.name()).ifPresent(other -> {
                Set<String> a = new TreeSet<>(table.columnNames());
                Set<String> b = new TreeSet<>(other.columnNames());
                if (!a.equals(b)) {
                    differences.add(table.name() + " has columns " + a + " in --from but " + b + " in --to");
                }
            });
        }
        if (!differences.isEmpty()) {
            throw new SchemaMismatch(String.join("; ", differences));
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + quoted(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Copies one table in primary-key order, binding each value as the target's column type wants it. */
    private static long copyTable(Connection source, Connection target, StoreTables.Table table) throws SQLException {
        List<StoreTables.Column> columns = table.columns();
        String names = columns.stream().map(c -> quoted(c.name())).collect(Collectors.joining(", "));
        String order = table.primaryKey().isEmpty() ? "" : " ORDER BY " + table.primaryKey().stream().map(CopyDbCommand::quoted)
                .collect(Collectors.joining(", "));
        String insert = "INSERT INTO " + quoted(table.name()) + " (" + names + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long copied = 0;
        try (Statement select = source.createStatement()) {
            select.setFetchSize(BATCH); // PostgreSQL streams (inside a transaction) instead of loading the table
            try (ResultSet rows = select.executeQuery("SELECT " + names + " FROM " + quoted(table.name()) + order);
                 PreparedStatement into = target.prepareStatement(insert)) {
                while (rows.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(into, i + 1, columns.get(i), rows.getObject(i + 1), table.name());
                    }
                    into.addBatch();
                    if (++copied % BATCH == 0) {
                        into.executeBatch();
                    }
                }
                into.executeBatch();
            }
        }
        return copied;
    }

    /**
     * SQLite has no boolean type (a BOOLEAN column holds 0 or 1) and gives integers as Integer or Long; PostgreSQL
     * wants a boolean for a boolean and refuses a number for text. Values are therefore bound by the target's type.
     */
    static void bind(PreparedStatement into, int index, StoreTables.Column column, Object value, String table) throws SQLException {
        if (value == null) {
            into.setNull(index, column.jdbcType());
        } else if (column.isBoolean()) {
            into.setBoolean(index, truth(value, table + "." + column.name()));
        } else if (column.isInteger()) {
            into.setLong(index, value instanceof Integer || value instanceof Long ? ((Number) value).longValue()
                    : new BigDecimal(value.toString().trim()).longValueExact());
        } else if (value instanceof String || column.isText()) {
            into.setString(index, value.toString());
        } else {
            into.setObject(index, value);
        }
    }

    private static boolean truth(Object value, String where) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "1", "t", "true" -> true;
            case "0", "f", "false" -> false;
            default -> throw new IllegalStateException(where + " holds " + value + ", which is not a boolean");
        };
    }

    /**
     * Rows were inserted with their ids, which leaves an identity's sequence where it was; the next row the server
     * inserts would take id 1 again and collide. Each sequence is set so that it hands out max(id) + 1 next.
     */
    private static void moveIdentitiesPastCopiedIds(Connection target, Set<String> tables) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = target.createStatement(); ResultSet rows = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')")) {
            while (rows.next()) {
                if (tables.contains(rows.getString(1).toLowerCase(Locale.ROOT))) {
                    identities.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        for (String[] identity : identities) {
            try (PreparedStatement set = target.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX("
                    + quoted(identity[1]) + ") FROM " + quoted(identity[0]) + "), 0) + 1, false)")) {
                set.setString(1, quoted(identity[0]));
                set.setString(2, identity[1]);
                set.executeQuery().close();
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The target holds rows: copying would mix two stores, so nothing is done. */
    private static final class TargetNotEmpty extends RuntimeException {
        private final Map<String, Long> rows;

        TargetNotEmpty(Map<String, Long> rows) {
            super("target not empty", null, false, false);
            this.rows = rows;
        }

        String describe() {
            return rows.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    private static final class SchemaMismatch extends RuntimeException {
        SchemaMismatch(String message) {
            super(message);
        }
    }
}
