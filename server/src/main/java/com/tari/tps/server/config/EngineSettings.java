package com.tari.tps.server.config;

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

    /**
     * From {@code TPG_STRICT_MODE}, {@code TPG_UNCLAIMED_ORDER_TIMEOUT}, {@code TPG_UNPAID_ORDER_TIMEOUT},
     * {@code TPG_DISABLE_MEMO_SIGNATURE_CHECK}, {@code TPG_SHOPIFY_ORDER_ID_FIELD} and {@code TPG_PAYMENT_WALLET_ADDRESS}.
     *
     * @throws com.tari.tps.server.config.Environment.ConfigException naming the variable that is malformed
     */
    public static EngineSettings from(com.tari.tps.server.config.Environment env) {
        Optional<com.tari.tps.common.address.TariAddress> wallet = env.get("TPG_PAYMENT_WALLET_ADDRESS").map(text -> {
            try {
                return com.tari.tps.common.address.TariAddress.parse(text);
            } catch (IllegalArgumentException e) {
                throw new com.tari.tps.server.config.Environment.ConfigException(
                        "TPG_PAYMENT_WALLET_ADDRESS is not a valid Tari address: " + e.getMessage());
            }
        });
        String idField = env.get("TPG_SHOPIFY_ORDER_ID_FIELD", "id");
        if (!idField.equals("id") && !idField.equals("name")) {
            throw new com.tari.tps.server.config.Environment.ConfigException(
                    "TPG_SHOPIFY_ORDER_ID_FIELD must be id or name, got '" + idField + "'");
        }
        return new EngineSettings(
                env.flag("TPG_STRICT_MODE", true),
                env.duration("TPG_UNCLAIMED_ORDER_TIMEOUT", Duration.ofHours(2)),
                env.duration("TPG_UNPAID_ORDER_TIMEOUT", Duration.ofHours(48)),
                env.flag("TPG_DISABLE_MEMO_SIGNATURE_CHECK", false),
                idField.equals("name"),
                wallet);
    }

    public static EngineSettings defaults() {
        return new EngineSettings(true, Duration.ofHours(2), Duration.ofHours(48), false, false, Optional.empty());
    }
}
