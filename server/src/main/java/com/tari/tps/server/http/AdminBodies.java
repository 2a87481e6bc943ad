package com.tari.tps.server.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.Role;
import java.util.List;

/**
 * Request bodies of the admin routes. Each checks its fields when it is built, so a body that binds is a body that
 * can be used; a missing or null required field, or one that breaks {@link WireRules}, is a 400 and changes nothing.
 */
final class AdminBodies {
    private AdminBodies() {}

    /** A credit (or, negative, a debit) to a customer; zero would change nothing and is refused. */
    record CreditNote(@JsonProperty(value = "customer_id", required = true) String customerId,
                      @JsonProperty(value = "amount", required = true) MicroTari amount,
                      @JsonProperty(value = "reason", required = true) String reason) {
        CreditNote {
            WireRules.id("customer_id", customerId);
            if (amount == null || amount.value() == 0) {
                throw new IllegalArgumentException("amount must be a non-zero whole number of µT");
            }
            WireRules.text("reason", reason);
        }
    }

    record ModifyOrder(@JsonProperty(value = "order_id", required = true) String orderId,
                       @JsonProperty(value = "reason", required = true) String reason) {
        ModifyOrder {
            WireRules.id("order_id", orderId);
            WireRules.text("reason", reason);
        }
    }

    record UpdateMemo(@JsonProperty(value = "order_id", required = true) String orderId,
                      @JsonProperty(value = "new_memo", required = true) String newMemo,
                      @JsonProperty("reason") String reason) {
        UpdateMemo {
            WireRules.id("order_id", orderId);
            WireRules.text("new_memo", newMemo);
            WireRules.optionalText("reason", reason);
        }
    }

    record UpdatePrice(@JsonProperty(value = "order_id", required = true) String orderId,
                       @JsonProperty(value = "new_price", required = true) MicroTari newPrice,
                       @JsonProperty("reason") String reason) {
        UpdatePrice {
            WireRules.id("order_id", orderId);
            if (newPrice == null) {
                throw new IllegalArgumentException("new_price is required");
            }
            WireRules.optionalText("reason", reason);
        }
    }

    record MoveOrder(@JsonProperty(value = "order_id", required = true) String orderId,
                     @JsonProperty(value = "new_customer_id", required = true) String newCustomerId,
                     @JsonProperty(value = "reason", required = true) String reason) {
        MoveOrder {
            WireRules.id("order_id", orderId);
            WireRules.id("new_customer_id", newCustomerId);
            WireRules.text("reason", reason);
        }
    }

    /** apply and revoke may be left out or null (nothing to apply), but may not hold a null. */
    record RoleUpdate(@JsonProperty(value = "address", required = true) String address,
                      @JsonProperty("apply") @JsonSetter(contentNulls = Nulls.FAIL) List<Role> apply,
                      @JsonProperty("revoke") @JsonSetter(contentNulls = Nulls.FAIL) List<Role> revoke) {
        RoleUpdate {
            if (address == null) {
                throw new IllegalArgumentException("address is required");
            }
        }
    }

    record NewWallet(@JsonProperty(value = "address", required = true) String address,
                     @JsonProperty(value = "ip_address", required = true) String ipAddress,
                     @JsonProperty("initial_nonce") Long initialNonce) {
        NewWallet {
            if (address == null || ipAddress == null) {
                throw new IllegalArgumentException("address and ip_address are required");
            }
            if (initialNonce != null && initialNonce < 0) {
                throw new IllegalArgumentException("initial_nonce must not be negative");
            }
        }
    }

    /** µT per one whole unit of the currency: positive. */
    record RateUpdate(@JsonProperty(value = "currency", required = true) String currency,
                      @JsonProperty(value = "rate", required = true) MicroTari rate) {
        RateUpdate {
            WireRules.currency("currency", currency);
            if (rate == null || !rate.isPositive()) {
                throw new IllegalArgumentException("rate must be a positive whole number of µT per unit");
            }
        }
    }
}
