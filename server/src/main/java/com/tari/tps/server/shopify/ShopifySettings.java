package com.tari.tps.server.shopify;

import com.tari.tps.server.config.Environment;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Webhook-side Shopify settings.
 *
 * @param hmacSecret   key of the webhook HMAC; empty means every webhook is refused while checks are on
 * @param hmacChecks   {@code TPG_SHOPIFY_HMAC_CHECKS}, default on, parsed like every other boolean
 * @param ipWhitelist  empty when the whitelist is off; otherwise the IPs allowed on /shopify/*
 * @param priceField   the order field holding the price: total_price, subtotal_price or total_line_items_price
 * @param admin        the Admin API connection, when TPG_SHOPIFY_SHOP and TPG_SHOPIFY_ADMIN_ACCESS_TOKEN are set
 * @param shopCurrency the currency of product prices, for variant repricing ({@code TPG_SHOPIFY_CURRENCY}, USD; the
 *                     reference hard-codes USD)
 * @param capturePayments {@code TPG_SHOPIFY_CAPTURE_PAYMENTS}: capture stored card authorisations once paid in Tari
 */
public record ShopifySettings(Optional<String> hmacSecret, boolean hmacChecks, Optional<Set<String>> ipWhitelist, String priceField,
                              Optional<com.tari.tps.shopify.admin.ShopifyConfig> admin, String shopCurrency,
                              boolean capturePayments) {

    public static ShopifySettings from(Environment env) {
        Optional<Set<String>> whitelist = env.get("TPG_SHOPIFY_IP_WHITELIST")
                .filter(v -> !Set.of("none", "false", "0").contains(v.toLowerCase(Locale.ROOT)))
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(com.tari.tps.server.config.IpLiteral::canonical).flatMap(Optional::stream).collect(Collectors.toSet()));
        String price = switch (env.get("TPG_SHOPIFY_PRICE_FIELD", "total").toLowerCase(Locale.ROOT)) {
            case "total" -> "total_price";
            case "subtotal" -> "subtotal_price";
            case "line_items", "line" -> "total_line_items_price";
            default -> throw new Environment.ConfigException("TPG_SHOPIFY_PRICE_FIELD must be total, subtotal or line_items");
        };
        Optional<com.tari.tps.shopify.admin.ShopifyConfig> admin = env.get("TPG_SHOPIFY_SHOP").flatMap(shop ->
                env.get("TPG_SHOPIFY_ADMIN_ACCESS_TOKEN").map(token ->
                        com.tari.tps.shopify.admin.ShopifyConfig.of(shop, env.get("TPG_SHOPIFY_API_VERSION", "2024-04"), token)));
        return new ShopifySettings(env.get("TPG_SHOPIFY_HMAC_SECRET"), env.flag("TPG_SHOPIFY_HMAC_CHECKS", true), whitelist, price, admin,
                env.get("TPG_SHOPIFY_CURRENCY", "USD").toUpperCase(Locale.ROOT), env.flag("TPG_SHOPIFY_CAPTURE_PAYMENTS", false));
    }
}
