package com.tari.tps.server.shopify;

import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** SQL for the orders_awaiting_rate table. Every method runs on the caller's handle. */
public final class OrderAwaitingRateDao {
    private OrderAwaitingRateDao() {}

    /** Keeps the order's payload (UTF-8 JSON); an order already kept stays as it was. */
    public static void insertIfAbsent(Handle h, String orderId, String currency, String payload, Instant now) {
        h.createUpdate("INSERT INTO orders_awaiting_rate (order_id, currency, payload, received_at) "
                        + "VALUES (:o, :c, :p, :now) ON CONFLICT DO NOTHING")
                .bind("o", orderId).bind("c", currency).bind("p", payload)
                .bind("now", Timestamps.format(now)).execute();
    }

    /** Every waiting order as order_id, currency and received_at, oldest first. */
    public static List<Map<String, Object>> all(Handle h) {
        return h.createQuery("SELECT order_id, currency, received_at FROM orders_awaiting_rate ORDER BY received_at")
                .map((rs, ctx) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("order_id", rs.getString(1));
                    row.put("currency", rs.getString(2));
                    row.put("received_at", rs.getString(3));
                    return row;
                }).list();
    }

    /** The waiting orders of a currency (any case): order id → payload, oldest first. */
    public static List<Map.Entry<String, String>> inCurrency(Handle h, String currency) {
        return h.createQuery("SELECT order_id, payload FROM orders_awaiting_rate WHERE UPPER(currency) = UPPER(:c) ORDER BY received_at")
                .bind("c", currency).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list();
    }

    public static int delete(Handle h, String orderId) {
        return h.createUpdate("DELETE FROM orders_awaiting_rate WHERE order_id = :o").bind("o", orderId).execute();
    }
}
