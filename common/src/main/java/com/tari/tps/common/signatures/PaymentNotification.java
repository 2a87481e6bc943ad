package com.tari.tps.common.signatures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** Body of {@code POST /wallet/incoming_payment}: {@code {"payment": NewPayment, "auth": WalletSignature}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentNotification(@JsonProperty("payment") NewPayment payment, @JsonProperty("auth") WalletSignature auth) {

    @JsonCreator
    public PaymentNotification {
        Objects.requireNonNull(payment, "payment is required");
        Objects.requireNonNull(auth, "auth is required");
    }

    public boolean isValid() {
        return auth.isValid(payment);
    }

    public String toJson() {
        return CanonicalJson.object().rawField("payment", payment.canonicalJson()).rawField("auth", auth.toJson()).build();
    }
}
