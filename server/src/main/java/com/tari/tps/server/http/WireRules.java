package com.tari.tps.server.http;

import java.util.regex.Pattern;

/**
 * The shape every id, currency and free-text field must have, in a body and in a path alike. A value that breaks
 * the rule is refused with a 400 naming the field, before anything is looked up or changed.
 */
final class WireRules {
    static final int MAX_ID = 128;
    static final int MAX_TEXT = 4096;
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    private WireRules() {}

    /**
     * Order, customer and other storefront ids: 1 to 128 characters, none of them whitespace or control characters.
     * Storefronts never make ids with spaces ({@code 5621163655380}, {@code #1002}, {@code guest-17}); a value with
     * one is a client mistake or a probe, and is better refused than answered with {@code null}.
     */
    static String id(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.isEmpty() || value.length() > MAX_ID) {
            throw new IllegalArgumentException(field + " must be 1 to " + MAX_ID + " characters long");
        }
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c))) {
            throw new IllegalArgumentException(field + " must not contain spaces or control characters");
        }
        return value;
    }

    /** An ISO 4217 style code in upper case, such as USD or XTR. */
    static String currency(String field, String value) {
        if (value == null || !CURRENCY.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a three-letter currency code in upper case, such as USD");
        }
        return value;
    }

    /** A reason or memo: required, at most 4096 characters, no NUL. */
    static String text(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > MAX_TEXT || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_TEXT + " characters, without NUL");
        }
        return value;
    }

    /** A path parameter that is an id ({@link #id}); 400 "Path deserialize error" otherwise. */
    static String pathId(io.javalin.http.Context ctx, String name) {
        try {
            return id(name, ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "Path deserialize error: " + e.getMessage());
        }
    }

    /** A path parameter that is a currency code ({@link #currency}). */
    static String pathCurrency(io.javalin.http.Context ctx, String name) {
        try {
            return currency(name, ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "Path deserialize error: " + e.getMessage());
        }
    }

    /** Like {@link #text} when present; absent or null is allowed. */
    static String optionalText(String field, String value) {
        return value == null ? null : text(field, value);
    }
}
