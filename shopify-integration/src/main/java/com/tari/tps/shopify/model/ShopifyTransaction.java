package com.tari.tps.shopify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An order transaction ({@code order_transactions/create}, {@code GET /orders/{id}/transactions.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShopifyTransaction(
        String id,
        String orderId,
        String parentId,
        String kind,
        String status,
        String amount,
        String currency,
        boolean test,
        String gateway,
        String message,
        String createdAt) {

    public boolean successfulAuthorisation() {
        return "authorization".equals(kind) && "success".equals(status);
    }

    /** A successful capture of the given authorisation. */
    public boolean captures(String authorisationId) {
        return "capture".equals(kind) && "success".equals(status) && authorisationId.equals(parentId);
    }
}
