package com.tari.tps.server.shopify;

import com.tari.tps.common.signatures.CanonicalJson;
import com.tari.tps.server.tx.Tx;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.outbox.Callback;
import com.tari.tps.server.outbox.Outbox;
import com.tari.tps.server.outbox.OutboxDao;
import com.tari.tps.shopify.admin.CancelReason;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the callbacks to Shopify in the transaction that changes the order. OrderPaid: in capture mode,
 * one capture per stored card authorisation first, then mark paid for what is still due; OrderAnnulled: cancel with
 * a reason. Orders whose id is not a Shopify number (e.g. payment-link orders) get no callback.
 */
public final class ShopifyOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(ShopifyOutbox.class);

    private final boolean captureMode;

    /** @param captureMode {@code TPG_SHOPIFY_CAPTURE_PAYMENTS}: capture card authorisations once paid in Tari */
    public ShopifyOutbox(boolean captureMode) {
        this.captureMode = captureMode;
    }

    @Override
    public void orderPaid(Tx tx, Order order) {
        if (!isShopifyId(order.orderId())) {
            return;
        }
        if (captureMode) {
            for (ShopifyAuthorisations.Stored auth : ShopifyTransactionDao.uncaptured(tx.handle(), order.orderId())) {
                OutboxDao.insert(tx.handle(), Callback.CAPTURE, order.orderId(), CanonicalJson.object()
                        .field("transaction_id", auth.transactionId()).field("amount", auth.amount())
                        .field("currency", auth.currency()).rawField("test", Boolean.toString(auth.test())).build(), tx.now());
            }
        }
        String amount = amountToMarkPaid(order);
        if (amount == null) {
            log.warn("Order {} has no store price; Shopify must be told by hand that it is paid", order.orderId());
            return;
        }
        try {
            if (new BigDecimal(amount.trim()).signum() == 0) {
                return; // nothing due in Shopify (e.g. a card authorised it all)
            }
        } catch (NumberFormatException e) {
            log.warn("Order {} has an unreadable store price '{}'; marking it paid anyway", order.orderId(), amount);
        }
        OutboxDao.insert(tx.handle(), Callback.MARK_PAID, order.orderId(),
                CanonicalJson.object().field("amount", amount.trim()).field("currency", order.currency()).build(), tx.now());
    }

    /** Capture mode marks paid what is still outstanding, else the store price; each falls back to the other. */
    private String amountToMarkPaid(Order order) {
        List<String> preference = captureMode
                ? java.util.Arrays.asList(order.amountOutstanding(), order.originalPrice())
                : java.util.Arrays.asList(order.originalPrice(), order.amountOutstanding());
        return preference.stream().filter(a -> a != null && !a.isBlank()).findFirst().orElse(null);
    }

    @Override
    public void orderAnnulled(Tx tx, Order order, OrderStatus status) {
        if (isShopifyId(order.orderId())) {
            // Shopify's own reasons: an order that was never paid is "declined"; one an admin cancelled is "other".
            CancelReason reason = status == OrderStatus.Expired ? CancelReason.DECLINED : CancelReason.OTHER;
            OutboxDao.insert(tx.handle(), Callback.CANCEL, order.orderId(), CanonicalJson.object()
                    .field("reason", reason.wireName()).field("tps_status", status.name()).build(), tx.now());
        }
    }

    static boolean isShopifyId(String orderId) {
        return orderId.matches("[1-9][0-9]{0,18}");
    }
}
