package com.tari.tps.shopify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Optional;

/** An order as {@code orders/create}, {@code orders/updated} and {@code GET /orders/{id}.json} send it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShopifyOrder(
        String id,
        String name,
        ShopifyCustomer customer,
        String currency,
        String totalPrice,
        String subtotalPrice,
        String totalLineItemsPrice,
        String totalOutstanding,
        String note,
        String createdAt,
        String updatedAt,
        String cancelledAt,
        String cancelReason,
        String financialStatus) {

    /** The price in the field named as in the payload: total_price, subtotal_price or total_line_items_price. */
    public Optional<String> price(String field) {
        return present(switch (field) {
            case "total_price" -> totalPrice;
            case "subtotal_price" -> subtotalPrice;
            case "total_line_items_price" -> totalLineItemsPrice;
            default -> throw new IllegalArgumentException("unknown price field " + field);
        });
    }

    public Optional<String> customerId() {
        return customer == null ? Optional.empty() : present(customer.id());
    }

    public boolean cancelled() {
        return present(cancelledAt).isPresent();
    }

    /** Paid in Shopify by any means (refunds count: the payment happened). */
    public boolean paid() {
        return financialStatus != null && switch (financialStatus) {
            case "paid", "partially_refunded", "refunded" -> true;
            default -> false;
        };
    }

    static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
