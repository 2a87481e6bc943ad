package com.tari.tps.common.signatures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import java.util.Objects;

/**
 * A payment the hot wallet received. {@code memo} and {@code orderId} may be null. Unknown JSON
 * fields are ignored and are not part of the signed message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewPayment(
        @JsonProperty("sender") TariAddress sender,
        @JsonProperty("amount") MicroTari amount,
        @JsonProperty("txid") String txid,
        @JsonProperty("memo") String memo,
        @JsonProperty("order_id") String orderId) implements WalletPayload {

    @JsonCreator
    public NewPayment {
        Objects.requireNonNull(sender, "sender is required");
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(txid, "txid is required");
    }

    @Override
    public String canonicalJson() {
        return CanonicalJson.object()
                .field("sender", sender.toBase58())
                .field("amount", amount.value())
                .field("txid", txid)
                .field("memo", memo)
                .field("order_id", orderId)
                .build();
    }
}
