package com.tari.tps.server.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Filters for order search; empty filters match everything. */
public record OrderQuery(
        Optional<String> orderId,
        Optional<String> altId,
        Optional<String> customerId,
        Optional<String> memoContains,
        Optional<String> currency,
        Optional<Instant> since,
        Optional<Instant> until,
        List<OrderStatus> statuses) {

    public static OrderQuery all() {
        return new OrderQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    public OrderQuery withCustomer(String customer) {
        return new OrderQuery(orderId, altId, Optional.of(customer), memoContains, currency, since, until, statuses);
    }

    public OrderQuery withStatuses(List<OrderStatus> s) {
        return new OrderQuery(orderId, altId, customerId, memoContains, currency, since, until, List.copyOf(s));
    }
}
