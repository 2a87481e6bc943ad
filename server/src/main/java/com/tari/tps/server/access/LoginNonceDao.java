package com.tari.tps.server.access;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** SQL for the login_nonces table. Every method runs on the caller's handle. */
public final class LoginNonceDao {
    private LoginNonceDao() {}

    /** Records the nonce if it is strictly greater than the address's last one (one atomic upsert); false otherwise. */
    public static boolean advance(Handle h, TariAddress address, long nonce, Instant now) {
        return h.createUpdate("INSERT INTO login_nonces (address, last_nonce, updated_at) VALUES (:a, :n, :now) "
                        + "ON CONFLICT (address) DO UPDATE SET last_nonce = excluded.last_nonce, updated_at = excluded.updated_at "
                        + "WHERE login_nonces.last_nonce < excluded.last_nonce")
                .bind("a", address.toBase58()).bind("n", nonce).bind("now", Timestamps.format(now)).execute() != 0;
    }
}
