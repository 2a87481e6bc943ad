package com.tari.tps.server.wallets;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
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
            if (!WalletDao.insertIfAbsent(tx.handle(), address, ipAddress, initialNonce, tx.now())) {
                throw new EngineException.Conflict("Wallet " + address.toBase58() + " is already authorised.");
            }
            WalletDao.audit(tx.handle(), address, "register", ipAddress, initialNonce, tx.now());
            return new WalletInfo(address, ipAddress, initialNonce);
        });
    }

    /** @throws EngineException.NotFound when the wallet is not registered */
    public void remove(TariAddress address) {
        runner.write(tx -> {
            if (!WalletDao.delete(tx.handle(), address)) {
                throw new EngineException.NotFound("Wallet not found: " + address.toBase58());
            }
            WalletDao.audit(tx.handle(), address, "remove", null, null, tx.now());
            return null;
        });
    }

    public List<WalletInfo> list() {
        return runner.read(WalletDao::all);
    }

    public Optional<WalletInfo> find(TariAddress address) {
        return runner.read(h -> WalletDao.byAddress(h, address));
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
            if (WalletDao.advanceNonce(tx.handle(), address, nonce, clientIp, checkIp, tx.now())) {
                WalletDao.audit(tx.handle(), address, "nonce", clientIp, nonce, tx.now());
                return null;
            }
            Optional<WalletInfo> wallet = WalletDao.byAddress(tx.handle(), address);
            if (wallet.isEmpty()) {
                throw new EngineException.InvalidSignature("Wallet " + address.toBase58() + " is not authorised.");
            }
            if (wallet.get().lastNonce() >= nonce) {
                throw new EngineException.StaleNonce("Wallet nonce is not strictly increasing.");
            }
            throw new EngineException.InvalidSignature("Wallet notification came from an address that is not whitelisted.");
        });
    }
}
