package com.tari.tps.server.wallets;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.server.db.Timestamps;
import com.tari.tps.server.engine.EngineException;
import com.tari.tps.server.engine.TransactionRunner;
import com.tari.tps.server.engine.Tx;
import java.util.List;
import java.util.Optional;

/** The registry of hot wallets allowed to report payments, with their strictly increasing nonces. */
public final class WalletService {
    private final TransactionRunner runner;

    public WalletService(TransactionRunner runner) {
        this.runner = runner;
    }

    /** @throws EngineException.Conflict when the wallet is already registered */
    public WalletInfo register(TariAddress address, String ipAddress, long initialNonce) {
        return runner.write(tx -> {
            int inserted = tx.handle().createUpdate("INSERT INTO wallets (address, ip_address, last_nonce, created_at, updated_at) "
                            + "VALUES (:a, :ip, :n, :now, :now) ON CONFLICT DO NOTHING")
                    .bind("a", address.toBase58()).bind("ip", ipAddress).bind("n", initialNonce)
                    .bind("now", Timestamps.format(tx.now())).execute();
            if (inserted == 0) {
                throw new EngineException.Conflict("Wallet " + address.toBase58() + " is already authorised.");
            }
            audit(tx, address, "register", ipAddress, initialNonce);
            return new WalletInfo(address, ipAddress, initialNonce);
        });
    }

    /** @throws EngineException.NotFound when the wallet is not registered */
    public void remove(TariAddress address) {
        runner.write(tx -> {
            int deleted = tx.handle().createUpdate("DELETE FROM wallets WHERE address = :a").bind("a", address.toBase58()).execute();
            if (deleted == 0) {
                throw new EngineException.NotFound("Wallet not found: " + address.toBase58());
            }
            audit(tx, address, "remove", null, null);
            return null;
        });
    }

    public List<WalletInfo> list() {
        return runner.read(h -> h.createQuery("SELECT address, ip_address, last_nonce FROM wallets ORDER BY address")
                .map((rs, ctx) -> new WalletInfo(TariAddress.parse(rs.getString(1)), rs.getString(2), rs.getLong(3))).list());
    }

    public Optional<WalletInfo> find(TariAddress address) {
        return runner.read(h -> h.createQuery("SELECT address, ip_address, last_nonce FROM wallets WHERE address = :a")
                .bind("a", address.toBase58())
                .map((rs, ctx) -> new WalletInfo(TariAddress.parse(rs.getString(1)), rs.getString(2), rs.getLong(3))).findOne());
    }

    /**
     * Accepts a notification from the wallet: registered, nonce strictly above the last one, and (unless the whitelist is
     * off) from the registered IP. One atomic compare-and-set, so a replayed or concurrent nonce passes at most once.
     *
     * @throws EngineException.InvalidSignature when the wallet is not registered or the IP does not match
     * @throws EngineException.StaleNonce when the nonce does not increase
     */
    public void acceptNonce(TariAddress address, long nonce, String clientIp, boolean checkIp) {
        runner.write(tx -> {
            int updated = tx.handle().createUpdate("UPDATE wallets SET last_nonce = :n, updated_at = :now "
                            + "WHERE address = :a AND last_nonce < :n" + (checkIp ? " AND ip_address = :ip" : ""))
                    .bind("n", nonce).bind("now", Timestamps.format(tx.now())).bind("a", address.toBase58())
                    .bind("ip", clientIp).execute();
            if (updated == 1) {
                audit(tx, address, "nonce", clientIp, nonce);
                return null;
            }
            Optional<WalletInfo> wallet = tx.handle().createQuery("SELECT address, ip_address, last_nonce FROM wallets WHERE address = :a")
                    .bind("a", address.toBase58())
                    .map((rs, ctx) -> new WalletInfo(address, rs.getString(2), rs.getLong(3))).findOne();
            if (wallet.isEmpty()) {
                throw new EngineException.InvalidSignature("Wallet " + address.toBase58() + " is not authorised.");
            }
            if (wallet.get().lastNonce() >= nonce) {
                throw new EngineException.StaleNonce("Wallet nonce is not strictly increasing.");
            }
            throw new EngineException.InvalidSignature("Wallet notification came from an address that is not whitelisted.");
        });
    }

    private static void audit(Tx tx, TariAddress address, String action, String ip, Long nonce) {
        tx.handle().createUpdate("INSERT INTO wallet_audit (address, action, ip_address, last_nonce, changed_at) "
                        + "VALUES (:a, :action, :ip, :n, :now)")
                .bind("a", address.toBase58()).bind("action", action).bind("ip", ip).bind("n", nonce)
                .bind("now", Timestamps.format(tx.now())).execute();
    }
}
