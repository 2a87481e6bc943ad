package com.tari.tps.server.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.Role;
import java.util.List;

/** Request bodies of the admin routes (data_objects.md §5, §7). Required fields missing or null → 400. */
final class AdminBodies {
    private AdminBodies() {}

    record CreditNote(@JsonProperty(value = "customer_id", required = true) String customerId,
                      @JsonProperty(value = "amount", required = true) MicroTari amount,
                      @JsonProperty("reason") String reason) {}

    record ModifyOrder(@JsonProperty(value = "order_id", required = true) String orderId,
                       @JsonProperty(value = "reason", required = true) String reason) {}

    record UpdateMemo(@JsonProperty(value = "order_id", required = true) String orderId,
                      @JsonProperty(value = "new_memo", required = true) String newMemo,
                      @JsonProperty("reason") String reason) {}

    record UpdatePrice(@JsonProperty(value = "order_id", required = true) String orderId,
                       @JsonProperty(value = "new_price", required = true) MicroTari newPrice,
                       @JsonProperty("reason") String reason) {}

    record MoveOrder(@JsonProperty(value = "order_id", required = true) String orderId,
                     @JsonProperty(value = "new_customer_id", required = true) String newCustomerId,
                     @JsonProperty(value = "reason", required = true) String reason) {}

    record RoleUpdate(@JsonProperty(value = "address", required = true) String address,
                      @JsonProperty("apply") List<Role> apply,
                      @JsonProperty("revoke") List<Role> revoke) {}

    record NewWallet(@JsonProperty(value = "address", required = true) String address,
                     @JsonProperty(value = "ip_address", required = true) String ipAddress,
                     @JsonProperty("initial_nonce") Long initialNonce) {}

    record RateUpdate(@JsonProperty(value = "currency", required = true) String currency,
                      @JsonProperty(value = "rate", required = true) MicroTari rate) {}
}
