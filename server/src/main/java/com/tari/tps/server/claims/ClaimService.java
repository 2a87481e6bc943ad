package com.tari.tps.server.claims;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.server.accounts.OrderPayer;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.tx.TransactionRunner;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.orders.OrderDeadlines;
import java.util.Optional;

/** A shopper claims an order with a signed memo. */
public final class ClaimService {
    private final TransactionRunner runner;
    private final OrderPayer payer;
    private final EngineSettings settings;

    public ClaimService(TransactionRunner runner, OrderPayer payer, EngineSettings settings) {
        this.runner = runner;
        this.payer = payer;
        this.settings = settings;
    }

    /**
     * Verifies the claim, links the address to the order's customer, and pays the order from the address's balance if
     * it can.
     *
     * @throws EngineException.InvalidSignature when the signature does not verify
     * @throws EngineException.NotFound for an unknown order
     * @throws EngineException.Conflict for a Paid, Cancelled or Expired order
     */
    public ClaimedOrder claim(MemoSignature claim) {
        if (!claim.isValid()) {
            throw new EngineException.InvalidSignature("Authentication Error. Login token signature is invalid. Cannot claim order because the signature is invalid.");
        }
        return runner.write(tx -> {
            Optional<Order> found = OrderDao.byOrderId(tx.handle(), claim.orderId());
            if (found.isEmpty() && !settings.strictMode()) {
                found = OrderDao.byAltId(tx.handle(), claim.orderId());
            }
            Order order = found.orElseThrow(() -> new EngineException.OrderNotFound(claim.orderId()));
            ClaimRecorder.claim(tx, order, claim.address());
            payer.payFromAddress(tx, claim.address());
            Order now = OrderDao.byOrderId(tx.handle(), order.orderId()).orElseThrow();
            return new ClaimedOrder(now.orderId(), now.totalPrice(),
                    OrderDeadlines.expiresAt(tx.handle(), now, settings).orElse(null), now.status(),
                    settings.paymentWalletAddress().orElse(null));
        });
    }

    /** Where shoppers pay ({@code TPG_PAYMENT_WALLET_ADDRESS}); empty when the server was started without one. */
    public Optional<TariAddress> sendTo() {
        return settings.paymentWalletAddress();
    }
}
