package com.tari.tps.server.access;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
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
                RoleDao.grant(tx.handle(), address, role, tx.now());
            }
            for (Role role : revoke) {
                RoleDao.revoke(tx.handle(), address, role);
            }
            return null;
        });
    }

    /** True until some address holds super_admin (the server says how to make the first one). */
    public boolean hasNoAdmins() {
        return runner.read(RoleDao::superAdmins) == 0;
    }

    public Set<Role> rolesOf(TariAddress address) {
        return runner.read(h -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            RoleDao.rolesOf(h, address).forEach(r -> roles.add(Role.fromWire(r)));
            return roles;
        });
    }

    /** Every address that holds a role, with its roles (wire names, sorted), in address order. */
    public java.util.Map<String, java.util.List<String>> assignments() {
        return runner.read(h -> {
            java.util.Map<String, java.util.List<String>> all = new java.util.LinkedHashMap<>();
            RoleDao.all(h).forEach(e -> all.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
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
            if (!LoginNonceDao.advance(tx.handle(), address, nonce, tx.now())) {
                throw new EngineException.StaleNonce("Nonce is not strictly increasing.");
            }
            return null;
        });
    }
}
