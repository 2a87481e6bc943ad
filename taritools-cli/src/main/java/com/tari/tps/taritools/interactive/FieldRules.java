package com.tari.tps.taritools.interactive;

/**
 * The server's rules for what an admin types, checked as each field is entered so a bad one is asked again with the
 * reason (see {@link Ui#ask(String, boolean, String, java.util.function.Function)}) before anything is sent: ids are
 * 1 to 128 characters without spaces or control characters; reasons and memos are 1 to 4096 characters.
 */
final class FieldRules {
    static final int MAX_ID = 128;
    static final int MAX_TEXT = 4096;

    private FieldRules() {}

    static String orderId(String text) {
        return id("an order id", text);
    }

    static String customerId(String text) {
        return id("a customer id", text);
    }

    static String reason(String text) {
        return text("a reason", text);
    }

    static String memo(String text) {
        return text("a memo", text);
    }

    /** A callback id, as Undelivered Shopify callbacks lists them. */
    static String callbackId(String text) {
        if (!text.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("a callback id is a number, as Undelivered Shopify callbacks lists them");
        }
        return text;
    }

    private static String id(String what, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (text.length() > MAX_ID) {
            throw new IllegalArgumentException(what + " is at most " + MAX_ID + " characters");
        }
        if (text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c))) {
            throw new IllegalArgumentException(what + " has no spaces or control characters: '" + text + "'");
        }
        return text;
    }

    private static String text(String what, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (text.length() > MAX_TEXT || text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " is at most " + MAX_TEXT + " characters");
        }
        return text;
    }
}
