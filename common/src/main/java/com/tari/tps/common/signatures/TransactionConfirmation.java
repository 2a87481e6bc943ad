package com.tari.tps.common.signatures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The hot wallet's word that a transaction is mined and confirmed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransactionConfirmation(@JsonProperty("txid") String txid) implements WalletPayload {

    @JsonCreator
    public TransactionConfirmation {
        Objects.requireNonNull(txid, "txid is required");
    }

    @Override
    public String canonicalJson() {
        return CanonicalJson.object().field("txid", txid).build();
    }
}
