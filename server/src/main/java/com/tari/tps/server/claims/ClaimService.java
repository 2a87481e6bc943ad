package com.tari.tps.server.claims;

import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.server.accounts.OrderPayer;
import com.tari.tps.server.engine.EngineException;
import com.tari.tps.server.engine.EngineSettings;
import com.tari.tps.server.engine.TransactionRunner;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.orders.OrderStatus;
import java.time.Instant;
import java.util.Optional;

/** A shopper claims an order with a signed memo (server_api.md §5.3). */
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
            throw new EngineException.InvalidSignature("The claim's signature is not valid for this address and order.");
        }
        return runner.write(tx -> {
            Optional<Order> found = OrderDao.byOrderId(tx.handle(), claim.orderId());
            if (found.isEmpty() && !settings.strictMode()) {
                found = OrderDao.byAltId(tx.handle(), claim.orderId());
            }
            Order order = found.orElseThrow(() -> new EngineException.NotFound("Order " + claim.orderId() + " does not exist."));
            ClaimRecorder.claim(tx, order, claim.address());
            payer.payFromAddress(tx, claim.address());
            Order now = OrderDao.byOrderId(tx.handle(), order.orderId()).orElseThrow();
            return new ClaimedOrder(now.orderId(), now.totalPrice(), expiresAt(now), now.status(),
                    settings.paymentWalletAddress().orElse(null));
        });
    }

    /** When the expiry worker will expire the order; null once it is no longer open. */
    private Instant expiresAt(Order order) {
        if (order.status() == OrderStatus.New) {
            return order.updatedAt().plus(settings.unpaidOrderTimeout());
        }
        if (order.status() == OrderStatus.Unclaimed) {
            return order.updatedAt().plus(settings.unclaimedOrderTimeout());
        }
        return null;
    }
}
