package com.tari.tps.server.config;

import java.util.List;

/** What `tari-payment-server --help` prints: what the server is and its settings, secrets shown only as set or not. */
public final class HelpText {
    private static final List<String> PLAIN = List.of("TPG_HOST", "TPG_PORT", "TPG_MAX_CONNECTIONS", "TPG_DATABASE_POOL_SIZE", "TPG_WRITE_QUEUE", "TPG_SKIP_PREFLIGHT", "TPG_PAYMENT_WALLET_ADDRESS",
            "TPG_STRICT_MODE", "TPG_UNCLAIMED_ORDER_TIMEOUT", "TPG_UNPAID_ORDER_TIMEOUT", "TPG_EXPIRY_INTERVAL", "TPG_CALLBACK_INTERVAL", "TPG_DISABLE_MEMO_SIGNATURE_CHECK",
            "TPG_ACCESS_TOKEN_TTL", "TPG_USE_X_FORWARDED_FOR", "TPG_USE_FORWARDED", "TPG_DISABLE_WALLET_WHITELIST",
            "TPG_SHOPIFY_SHOP", "TPG_SHOPIFY_API_VERSION", "TPG_SHOPIFY_HMAC_CHECKS", "TPG_SHOPIFY_IP_WHITELIST",
            "TPG_SHOPIFY_ORDER_ID_FIELD", "TPG_SHOPIFY_PRICE_FIELD", "TPG_SHOPIFY_CURRENCY", "TPG_SHOPIFY_CAPTURE_PAYMENTS",
            "TPG_LOG_FORMAT", "TPG_LOG_LEVEL", "TPG_METRICS_ADDRESS");
    private static final List<String> SECRET = List.of("TPG_JWT_SIGNING_KEY", "TPG_JWT_VERIFICATION_KEY",
            "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", "TPG_SHOPIFY_HMAC_SECRET");

    private HelpText() {}

    /** The URL without the password it may hold ({@code postgresql://user:***@host/db}), as the server logs it. */
    private static String shown(String url) {
        return url.replaceAll("^([a-z]+://[^:/@]*):[^@/]*@", "$1:***@");
    }

    public static String of(Environment env) {
        StringBuilder out = new StringBuilder("""
                Tari Payment Server: takes Shopify orders and Tari hot-wallet payments, matches them, and serves the API.
                It takes no arguments; settings come from TPG_* environment variables or a .env file (see .env.sample).

                Current settings:
                """);
        // The store's URL may hold a password: shown as the server logs it.
        String store = env.get("TPG_DATABASE_URL").map(HelpText::shown).orElse("(default)");
        out.append(String.format("  %-34s %s%n", "TPG_DATABASE_URL", store));
        for (String name : PLAIN) {
            out.append(String.format("  %-34s %s%n", name, env.get(name).orElse("(default)")));
        }
        for (String name : SECRET) {
            out.append(String.format("  %-34s %s%n", name, env.get(name).isPresent() ? "set" : "not set"));
        }
        return out.toString();
    }
}
