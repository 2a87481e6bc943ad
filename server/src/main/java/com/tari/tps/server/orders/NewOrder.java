package com.tari.tps.server.orders;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order arriving from the storefront. {@code claimant} is set when the checkout note held a valid claim for it.
 */
public record NewOrder(
        String orderId,
        Optional<String> altId,
        String customerId,
        Optional<String> memo,
        Optional<TariAddress> claimant,
        MicroTari totalPrice,
        Optional<String> originalPrice,
        String currency,
        Instant createdAt,
        Optional<String> amountOutstanding) {

    public NewOrder {
        Objects.requireNonNull(orderId, "order_id");
        Objects.requireNonNull(customerId, "customer_id");
        Objects.requireNonNull(totalPrice, "total_price");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "created_at");
        if (orderId.isBlank()) {
            throw new IllegalArgumentException("order_id must not be empty");
        }
        if (totalPrice.isNegative()) {
            throw new IllegalArgumentException("total_price must not be negative");
        }
    }

    /** A plain Tari-priced order with no alt id, memo or claim. */
    public static NewOrder of(String orderId, String customerId, MicroTari price, Instant createdAt) {
        return new NewOrder(orderId, Optional.empty(), customerId, Optional.empty(), Optional.empty(), price,
                Optional.empty(), "XTR", createdAt, Optional.empty());
    }

    public NewOrder withClaimant(TariAddress address) {
        return new NewOrder(orderId, altId, customerId, memo, Optional.of(address), totalPrice, originalPrice, currency,
                createdAt, amountOutstanding);
    }

    public NewOrder withMemo(String text) {
        return new NewOrder(orderId, altId, customerId, Optional.of(text), claimant, totalPrice, originalPrice, currency,
                createdAt, amountOutstanding);
    }

    public NewOrder withAltId(String alt) {
        return new NewOrder(orderId, Optional.of(alt), customerId, memo, claimant, totalPrice, originalPrice, currency,
                createdAt, amountOutstanding);
    }
}
