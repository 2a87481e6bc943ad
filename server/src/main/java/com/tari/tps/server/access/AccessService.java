package com.tari.tps.server.access;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.db.Timestamps;
import com.tari.tps.server.engine.EngineException;
import com.tari.tps.server.engine.TransactionRunner;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Roles per address and the strictly increasing login nonces of {@code POST /auth}. */
public final class AccessService {
    private final TransactionRunner runner;

    public AccessService(TransactionRunner runner) {
        this.runner = runner;
    }

    /** Grants and revokes roles; idempotent. */
    public void updateRoles(TariAddress address, Collection<Role> grant, Collection<Role> revoke) {
        runner.write(tx -> {
            for (Role role : grant) {
                tx.handle().createUpdate("INSERT INTO role_assignments (address, role, created_at) VALUES (:a, :r, :now) "
                                + "ON CONFLICT DO NOTHING")
                        .bind("a", address.toBase58()).bind("r", role.wireName()).bind("now", Timestamps.format(tx.now())).execute();
            }
            for (Role role : revoke) {
                tx.handle().createUpdate("DELETE FROM role_assignments WHERE address = :a AND role = :r")
                        .bind("a", address.toBase58()).bind("r", role.wireName()).execute();
            }
            return null;
        });
    }

    /** True until some address holds super_admin (the server says how to make the first one). */
    public boolean hasNoAdmins() {
        return runner.read(h -> h.createQuery("SELECT COUNT(*) FROM role_assignments WHERE role = 'super_admin'")
                .mapTo(Integer.class).one()) == 0;
    }

    public Set<Role> rolesOf(TariAddress address) {
        return runner.read(h -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            h.createQuery("SELECT role FROM role_assignments WHERE address = :a").bind("a", address.toBase58())
                    .mapTo(String.class).forEach(r -> roles.add(Role.fromWire(r)));
            return roles;
        });
    }

    /** Every address that holds a role, with its roles (wire names, sorted), in address order. */
    public java.util.Map<String, java.util.List<String>> assignments() {
        return runner.read(h -> {
            java.util.Map<String, java.util.List<String>> all = new java.util.LinkedHashMap<>();
            h.createQuery("SELECT address, role FROM role_assignments ORDER BY address, role")
                    .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> all.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
            return all;
        });
    }

    /**
     * Records a login nonce if it is strictly greater than the last one for the address (atomic).
     *
     * @throws EngineException.StaleNonce otherwise
     */
    public void acceptLoginNonce(TariAddress address, long nonce) {
        runner.write(tx -> {
            int changed = tx.handle().createUpdate("INSERT INTO login_nonces (address, last_nonce, updated_at) VALUES (:a, :n, :now) "
                            + "ON CONFLICT (address) DO UPDATE SET last_nonce = excluded.last_nonce, updated_at = excluded.updated_at "
                            + "WHERE login_nonces.last_nonce < excluded.last_nonce")
                    .bind("a", address.toBase58()).bind("n", nonce).bind("now", Timestamps.format(tx.now())).execute();
            if (changed == 0) {
                throw new EngineException.StaleNonce("Nonce is not strictly increasing.");
            }
            return null;
        });
    }
}
