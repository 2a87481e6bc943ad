package com.tari.tps.server.orders;

import com.tari.tps.common.address.TariAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as the storefront prices it: a decimal price string in its currency. The engine converts it to µT at the
 * stored exchange rate (XTR at parity).
 */
public record StoreOrder(
        String orderId,
        Optional<String> altId,
        String customerId,
        Optional<String> memo,
        Optional<TariAddress> claimant,
        String price,
        String currency,
        Instant createdAt,
        Optional<String> amountOutstanding) {

    public StoreOrder {
        Objects.requireNonNull(orderId, "order_id");
        Objects.requireNonNull(customerId, "customer_id");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "created_at");
    }
}
