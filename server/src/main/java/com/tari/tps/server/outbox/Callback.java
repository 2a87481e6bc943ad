package com.tari.tps.server.outbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/** One outgoing storefront call and how its delivery goes. Nullable: lastError, sentAt. */
@JsonPropertyOrder({"id", "kind", "order_id", "payload", "status", "attempts", "next_attempt_at", "last_error", "created_at", "sent_at"})
public record Callback(
        @JsonProperty("id") long id,
        @JsonProperty("kind") String kind,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("payload") String payload,
        @JsonProperty("status") String status,
        @JsonProperty("attempts") int attempts,
        @JsonProperty("next_attempt_at") Instant nextAttemptAt,
        @JsonProperty("last_error") String lastError,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("sent_at") Instant sentAt) {

    public static final String MARK_PAID = "shopify_mark_paid";
    public static final String CANCEL = "shopify_cancel";
    public static final String CAPTURE = "shopify_capture";
}
