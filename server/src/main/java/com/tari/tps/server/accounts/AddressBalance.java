package com.tari.tps.server.accounts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import java.time.Instant;

/**
 * An address's funds: confirmed payments, what settlements took, and the difference.
 * {@code pending} (received, not yet confirmed) is not spendable and not on the wire.
 */
@JsonPropertyOrder({"address", "total_confirmed", "total_paid", "current_balance", "last_update"})
public record AddressBalance(
        @JsonProperty("address") TariAddress address,
        @JsonProperty("total_confirmed") MicroTari totalConfirmed,
        @JsonProperty("total_paid") MicroTari totalPaid,
        @JsonIgnore MicroTari pending,
        @JsonProperty("last_update") Instant lastUpdate) {

    @JsonProperty("current_balance")
    public MicroTari currentBalance() {
        return totalConfirmed.minus(totalPaid);
    }
}
