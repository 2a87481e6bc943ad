package com.tari.tps.server.shopify;

import com.tari.tps.common.signatures.CanonicalJson;
import com.tari.tps.server.engine.Tx;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.outbox.Callback;
import com.tari.tps.server.outbox.Outbox;
import com.tari.tps.server.outbox.OutboxDao;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the Shopify callbacks of shopify.md §6: OrderPaid → mark paid with the order's store price, OrderAnnulled →
 * cancel. Orders whose id is not a Shopify number (e.g. ones created elsewhere) get no callback.
 */
public final class ShopifyOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(ShopifyOutbox.class);

    @Override
    public void orderPaid(Tx tx, Order order) {
        if (!isShopifyId(order.orderId())) {
            return;
        }
        String amount = order.originalPrice() != null ? order.originalPrice() : order.amountOutstanding();
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

    @Override
    public void orderAnnulled(Tx tx, Order order, OrderStatus status) {
        if (isShopifyId(order.orderId())) {
            OutboxDao.insert(tx.handle(), Callback.CANCEL, order.orderId(),
                    CanonicalJson.object().field("reason", status.name()).build(), tx.now());
        }
    }

    static boolean isShopifyId(String orderId) {
        return orderId.matches("[1-9][0-9]{0,18}");
    }
}
