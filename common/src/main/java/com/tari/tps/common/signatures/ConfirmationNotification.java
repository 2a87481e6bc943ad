package com.tari.tps.common.signatures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** Body of {@code POST /wallet/tx_confirmation}: {@code {"confirmation": {"txid": …}, "auth": WalletSignature}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmationNotification(
        @JsonProperty("confirmation") TransactionConfirmation confirmation,
        @JsonProperty("auth") WalletSignature auth) {

    @JsonCreator
    public ConfirmationNotification {
        Objects.requireNonNull(confirmation, "confirmation is required");
        Objects.requireNonNull(auth, "auth is required");
    }

    public boolean isValid() {
        return auth.isValid(confirmation);
    }

    public String toJson() {
        return CanonicalJson.object().rawField("confirmation", confirmation.canonicalJson()).rawField("auth", auth.toJson()).build();
    }
}
