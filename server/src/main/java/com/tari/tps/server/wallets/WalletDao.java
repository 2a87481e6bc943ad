package com.tari.tps.server.wallets;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the wallets table and its history (wallet_audit). Every method runs on the caller's handle. */
public final class WalletDao {
    private static final String COLUMNS = "address, ip_address, last_nonce";

    private WalletDao() {}

    /** Registers a wallet; false when it is already registered. */
    public static boolean insertIfAbsent(Handle h, TariAddress address, String ipAddress, long initialNonce, Instant now) {
        return h.createUpdate("INSERT INTO wallets (address, ip_address, last_nonce, created_at, updated_at) "
                        + "VALUES (:a, :ip, :n, :now, :now) ON CONFLICT DO NOTHING")
                .bind("a", address.toBase58()).bind("ip", ipAddress).bind("n", initialNonce)
                .bind("now", Timestamps.format(now)).execute() != 0;
    }

    /** Removes a wallet; false when it was not registered. */
    public static boolean delete(Handle h, TariAddress address) {
        return h.createUpdate("DELETE FROM wallets WHERE address = :a").bind("a", address.toBase58()).execute() != 0;
    }

    public static List<WalletInfo> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wallets ORDER BY address")
                .map((rs, ctx) -> new WalletInfo(TariAddress.parse(rs.getString(1)), rs.getString(2), rs.getLong(3))).list();
    }

    public static Optional<WalletInfo> byAddress(Handle h, TariAddress address) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wallets WHERE address = :a")
                .bind("a", address.toBase58())
                .map((rs, ctx) -> new WalletInfo(TariAddress.parse(rs.getString(1)), rs.getString(2), rs.getLong(3))).findOne();
    }

    /**
     * Sets the wallet's nonce if it is strictly above the last one (and, with {@code checkIp}, the wallet is registered
     * at {@code clientIp}): one compare-and-set. False when nothing matched.
     */
    public static boolean advanceNonce(Handle h, TariAddress address, long nonce, String clientIp, boolean checkIp, Instant now) {
        return h.createUpdate("UPDATE wallets SET last_nonce = :n, updated_at = :now "
                        + "WHERE address = :a AND last_nonce < :n" + (checkIp ? " AND ip_address = :ip" : ""))
                .bind("n", nonce).bind("now", Timestamps.format(now)).bind("a", address.toBase58())
                .bind("ip", clientIp).execute() == 1;
    }

    /** One row of the wallet's history; {@code ip} and {@code nonce} may be null. */
    public static void audit(Handle h, TariAddress address, String action, String ip, Long nonce, Instant now) {
        h.createUpdate("INSERT INTO wallet_audit (address, action, ip_address, last_nonce, changed_at) "
                        + "VALUES (:a, :action, :ip, :n, :now)")
                .bind("a", address.toBase58()).bind("action", action).bind("ip", ip).bind("n", nonce)
                .bind("now", Timestamps.format(now)).execute();
    }
}
