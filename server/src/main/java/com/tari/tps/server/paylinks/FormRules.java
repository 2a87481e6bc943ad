package com.tari.tps.server.paylinks;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.tx.EngineException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks on payment link fields, shared by the merchant's and the buyer's side. Refusals are 400s. */
final class FormRules {
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final Duration MAX_EXPIRY = Duration.ofDays(365);
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,8})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3,10}");

    private FormRules() {}

    static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new EngineException.Refused(field + " is longer than " + max + " characters.");
        }
    }

    /** A decimal such as {@code 12.50}; no sign, no exponent, no thousands separators. */
    static String fiat(String value) {
        String v = value.strip();
        if (!DECIMAL.matcher(v).matches() || v.replace("0", "").replace(".", "").isEmpty()) {
            throw new EngineException.Refused("fiat_amount must be a positive decimal such as \"12.50\".");
        }
        return v;
    }

    static String currency(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(v).matches()) {
            throw new EngineException.Refused("currency must be a currency code such as USD or XTR.");
        }
        return v;
    }

    static MicroTari positive(MicroTari amount) {
        if (!amount.isPositive()) {
            throw new EngineException.Refused("amount must be a positive number of µT.");
        }
        return amount;
    }

    static Long expiry(Long seconds) {
        if (seconds != null && (seconds <= 0 || seconds > MAX_EXPIRY.toSeconds())) {
            throw new EngineException.Refused("expiry_seconds must be between 1 and " + MAX_EXPIRY.toSeconds() + ".");
        }
        return seconds;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
