package com.tari.tps.server.shopify;

import com.tari.tps.shopify.model.ShopifyJson;
import com.tari.tps.shopify.model.ShopifyOrder;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shopify orders in a currency with no exchange rate: kept with their payload instead of being dropped, listed for
 * admins, and stored as orders as soon as the rate is set.
 */
public final class OrdersAwaitingRate {
    private static final Logger log = LoggerFactory.getLogger(OrdersAwaitingRate.class);

    private final TransactionRunner runner;
    private final String priceField;

    public OrdersAwaitingRate(TransactionRunner runner, String priceField) {
        this.runner = runner;
        this.priceField = priceField;
    }

    public void keep(String orderId, String currency, byte[] payload) {
        runner.write(tx -> {
            OrderAwaitingRateDao.insertIfAbsent(tx.handle(), orderId, currency,
                    new String(payload, java.nio.charset.StandardCharsets.UTF_8), tx.now());
            return null;
        });
        log.warn("Order {} is priced in {}, which has no exchange rate: kept until POST /api/exchange_rate sets one", orderId, currency);
    }

    /** The waiting orders, for admins: order id, currency, when it arrived. */
    public List<Map<String, Object>> list() {
        return runner.read(OrderAwaitingRateDao::all);
    }

    /** Stores the waiting orders of a currency that now has a rate; returns how many became orders. */
    public int release(String currency, Engine engine) {
        List<Map.Entry<String, String>> waiting = runner.read(h -> OrderAwaitingRateDao.inCurrency(h, currency));
        int stored = 0;
        for (Map.Entry<String, String> entry : waiting) {
            try {
                engine.orders().newOrder(ShopifyOrderConversion.convert(ShopifyJson.read(entry.getValue(), ShopifyOrder.class), priceField), engine.rates());
                runner.write(tx -> OrderAwaitingRateDao.delete(tx.handle(), entry.getKey()));
                stored++;
            } catch (IOException | EngineException | IllegalArgumentException e) {
                log.warn("Waiting order {} still cannot be stored: {}", entry.getKey(), e.getMessage());
            }
        }
        return stored;
    }
}
