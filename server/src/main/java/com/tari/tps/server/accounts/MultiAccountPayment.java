package com.tari.tps.server.accounts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.server.orders.Order;
import java.util.ArrayList;
import java.util.List;

/** Orders a call paid and the settlements that paid them. */
@JsonPropertyOrder({"orders_paid", "settlements"})
public record MultiAccountPayment(
        @JsonProperty("orders_paid") List<Order> ordersPaid,
        @JsonProperty("settlements") List<Settlement> settlements) {

    public static MultiAccountPayment none() {
        return new MultiAccountPayment(List.of(), List.of());
    }

    public MultiAccountPayment plus(MultiAccountPayment other) {
        List<Order> orders = new ArrayList<>(ordersPaid);
        orders.addAll(other.ordersPaid);
        List<Settlement> all = new ArrayList<>(settlements);
        all.addAll(other.settlements);
        return new MultiAccountPayment(List.copyOf(orders), List.copyOf(all));
    }

    /** Not on the wire: Jackson would take it for a property and add {@code "empty"} to its two JSON fields. */
    @JsonIgnore
    public boolean isEmpty() {
        return ordersPaid.isEmpty();
    }
}
