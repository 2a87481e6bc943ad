package com.tari.tps.server.wallets;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.tari.tps.common.address.TariAddress;

/** An authorised hot wallet as the API shows it. ipAddress may be null. */
@JsonPropertyOrder({"address", "ip_address", "last_nonce"})
public record WalletInfo(
        @JsonProperty("address") TariAddress address,
        @JsonProperty("ip_address") String ipAddress,
        @JsonProperty("last_nonce") long lastNonce) {}
