package com.tari.tps.common.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secrets the whole test suite configures: every test that sets a Shopify secret, a token signing key or a
 * wallet's secret key takes it from here, so that the release stage's last check ({@code SecretsInLogsScan}) knows
 * every value to look for in the suite's logs. Each value is long and unusual enough that finding it in a log line
 * means it was logged, not that it happened to appear.
 */
public final class TestSecrets {
    private TestSecrets() {}

    /** {@code TPG_SHOPIFY_HMAC_SECRET}: Shopify's webhook signing secret. */
    public static final String SHOPIFY_HMAC_SECRET = "tps-test-hmac-secret-Wq7vK2";

    /** {@code TPG_SHOPIFY_ADMIN_ACCESS_TOKEN}: the Admin API token of the store. */
    public static final String SHOPIFY_ADMIN_ACCESS_TOKEN = "shpat_tps_test_admin_token_Zr4pX9";

    /**
     * {@code TPG_JWT_SIGNING_KEY}: the access-token signing key (a canonical little-endian scalar, 64 hex); its
     * verification key is its public key.
     */
    public static final String JWT_SIGNING_KEY = "5e1f0c2a9d8b7e6f4a3c2b1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e01";

    /** The hot wallet's secret key, handed to taritools in the environment variable its profile names. */
    public static final String HOT_WALLET_SECRET_KEY = "7a3e9c1b5d2f8e4a6c0b9d7f3e1a5c8b2d6f0e4a9c7b3d1f5e8a2c6b0d4f9e02";

    /** The password in the PostgreSQL tests' {@code TPG_DATABASE_URL} (the test server's). */
    public static final String DATABASE_PASSWORD = "tps-test-pg-password-Hn5tQ8";

    /** Every value above by what it is (a name that may be printed, unlike the value), for a scan of the logs. */
    public static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("TPG_SHOPIFY_HMAC_SECRET", SHOPIFY_HMAC_SECRET);
        all.put("TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", SHOPIFY_ADMIN_ACCESS_TOKEN);
        all.put("TPG_JWT_SIGNING_KEY", JWT_SIGNING_KEY);
        all.put("the hot wallet's secret key", HOT_WALLET_SECRET_KEY);
        all.put("the TPG_DATABASE_URL password", DATABASE_PASSWORD);
        return all;
    }
}
