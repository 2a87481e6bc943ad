package com.tari.tps.server.paylinks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.amount.MicroTari;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment link as stored, the admin's view. Null fields were left for the buyer; {@code expirySeconds} null means
 * orders follow the server's usual timeouts. At most one of {@code amount} (µT) and {@code fiatAmount} (a decimal in
 * {@code currency}) is set.
 */
@JsonPropertyOrder({"form_id", "title", "description", "amount", "fiat_amount", "currency", "expiry_seconds",
        "enabled", "created_by", "created_at", "disabled_at"})
public record PaymentForm(
        @JsonProperty("form_id") String formId,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("amount") MicroTari amount,
        @JsonProperty("fiat_amount") String fiatAmount,
        @JsonProperty("currency") String currency,
        @JsonProperty("expiry_seconds") Long expirySeconds,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("disabled_at") Instant disabledAt) {

    @JsonProperty("enabled")
    public boolean enabled() {
        return disabledAt == null;
    }

    /** The fields a buyer may fill: the ones the merchant left empty. */
    public List<String> buyerFields() {
        List<String> fields = new ArrayList<>();
        if (amount == null && fiatAmount == null) {
            if (currency == null || currency.equals("XTR")) {
                fields.add("amount");
            }
            fields.add("fiat_amount");
            if (currency == null) {
                fields.add("currency");
            }
        }
        if (title == null) {
            fields.add("title");
        }
        if (description == null) {
            fields.add("description");
        }
        return fields;
    }
}
