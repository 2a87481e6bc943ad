package com.tari.tps.server.paylinks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tari.tps.common.amount.MicroTari;

/**
 * The fillable fields of a payment link, as a merchant creates it ({@code POST /api/payment_forms}) or a buyer fills
 * it ({@code POST /pay/{formId}}). Every field is optional; {@code expirySeconds} is the merchant's only.
 *
 * @param amount       µT (a JSON integer), for a price in Tari
 * @param fiatAmount   a decimal string such as {@code "12.50"} in {@code currency}, converted at the stored rate
 * @param expirySeconds how long each order made from the link stays payable
 */
public record FormFields(
        @JsonProperty("amount") MicroTari amount,
        @JsonProperty("fiat_amount") String fiatAmount,
        @JsonProperty("currency") String currency,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("expiry_seconds") Long expirySeconds) {}
