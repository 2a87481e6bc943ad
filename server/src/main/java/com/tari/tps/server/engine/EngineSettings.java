package com.tari.tps.server.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * The engine's share of the configuration.
 *
 * @param strictMode               when false, order lookups and claims also match alt ids
 * @param unclaimedOrderTimeout    how long an Unclaimed order lives ({@code TPG_UNCLAIMED_ORDER_TIMEOUT}, 2 h)
 * @param unpaidOrderTimeout       how long a claimed but unpaid order lives ({@code TPG_UNPAID_ORDER_TIMEOUT}, 48 h)
 * @param disableMemoSignatureCheck take the first number of a plain payment memo as the order id
 * @param orderIdFieldIsName       with the above, prefix that number with '#' (Shopify order names)
 * @param paymentWalletAddress     where shoppers pay, as shown in a claim ({@code TPG_PAYMENT_WALLET_ADDRESS})
 */
public record EngineSettings(
        boolean strictMode,
        Duration unclaimedOrderTimeout,
        Duration unpaidOrderTimeout,
        boolean disableMemoSignatureCheck,
        boolean orderIdFieldIsName,
        Optional<com.tari.tps.common.address.TariAddress> paymentWalletAddress) {

    public static EngineSettings defaults() {
        return new EngineSettings(true, Duration.ofHours(2), Duration.ofHours(48), false, false, Optional.empty());
    }
}
