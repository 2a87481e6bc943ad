package com.tari.tps.server.paylinks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.amount.MicroTari;
import java.util.List;

/** What a buyer sees of a payment link ({@code GET /pay/{formId}}): no admin address, no dates. */
@JsonPropertyOrder({"form_id", "title", "description", "amount", "fiat_amount", "currency", "expiry_seconds", "buyer_fields"})
public record PublicForm(
        @JsonProperty("form_id") String formId,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("amount") MicroTari amount,
        @JsonProperty("fiat_amount") String fiatAmount,
        @JsonProperty("currency") String currency,
        @JsonProperty("expiry_seconds") Long expirySeconds,
        @JsonProperty("buyer_fields") List<String> buyerFields) {

    public static PublicForm of(PaymentForm form) {
        return new PublicForm(form.formId(), form.title(), form.description(), form.amount(), form.fiatAmount(),
                form.currency(), form.expirySeconds(), form.buyerFields());
    }
}
