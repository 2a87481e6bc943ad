package com.tari.tps.shopify.admin;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach a store's Admin API.
 *
 * @param shop        {@code my-store.myshopify.com}, or a full {@code http(s)://} base URL (a local fake Shopify)
 * @param apiVersion  e.g. {@code 2024-04}
 * @param accessToken the Admin API token sent as {@code X-Shopify-Access-Token}; never logged
 */
public record ShopifyConfig(String shop, String apiVersion, String accessToken, Duration connectTimeout, Duration readTimeout) {

    public ShopifyConfig {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(accessToken, "accessToken");
    }

    public static ShopifyConfig of(String shop, String apiVersion, String accessToken) {
        return new ShopifyConfig(shop, apiVersion, accessToken, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** {@code https://{shop}/admin/api/{version}}, or the given base URL with the same path. */
    public String apiBase() {
        String base = shop.startsWith("http://") || shop.startsWith("https://") ? shop : "https://" + shop;
        return base.replaceAll("/+$", "") + "/admin/api/" + apiVersion;
    }

    @Override
    public String toString() {
        return "ShopifyConfig(shop=" + shop + ", apiVersion=" + apiVersion + ", accessToken=redacted)";
    }
}
