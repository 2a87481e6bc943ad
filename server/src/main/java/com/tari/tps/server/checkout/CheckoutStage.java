package com.tari.tps.server.checkout;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a shopper stands with an order, finer than its status: an open order is awaiting payment, waiting for a seen
 * payment to confirm, or partly paid. The last three are final: the checkout page stops listening then.
 */
public enum CheckoutStage {
    AWAITING_PAYMENT, CONFIRMING, PARTIALLY_PAID, PAID, EXPIRED, CANCELLED;

    /** Wire spelling, e.g. {@code partially_paid}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == PAID || this == EXPIRED || this == CANCELLED;
    }
}
