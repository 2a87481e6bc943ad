package com.tari.tps.server.access;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** SQL for the role_assignments table. Every method runs on the caller's handle. */
public final class RoleDao {
    private RoleDao() {}

    /** Idempotent. */
    public static void grant(Handle h, TariAddress address, Role role, Instant now) {
        h.createUpdate("INSERT INTO role_assignments (address, role, created_at) VALUES (:a, :r, :now) ON CONFLICT DO NOTHING")
                .bind("a", address.toBase58()).bind("r", role.wireName()).bind("now", Timestamps.format(now)).execute();
    }

    /** Idempotent. */
    public static void revoke(Handle h, TariAddress address, Role role) {
        h.createUpdate("DELETE FROM role_assignments WHERE address = :a AND role = :r")
                .bind("a", address.toBase58()).bind("r", role.wireName()).execute();
    }

    public static int superAdmins(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM role_assignments WHERE role = 'super_admin'").mapTo(Integer.class).one();
    }

    /** The wire names of the address's roles. */
    public static List<String> rolesOf(Handle h, TariAddress address) {
        return h.createQuery("SELECT role FROM role_assignments WHERE address = :a").bind("a", address.toBase58())
                .mapTo(String.class).list();
    }

    /** Every (address, role wire name), in address then role order. */
    public static List<Map.Entry<String, String>> all(Handle h) {
        return h.createQuery("SELECT address, role FROM role_assignments ORDER BY address, role")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list();
    }
}
