package com.tari.tps.common.amount;

import java.math.BigDecimal;

/**
 * The one way amounts are shown to people, in menus, commands and pages alike: Tari with all six decimals and the
 * ticker ({@code 1.250000 XTR}), and where microTari matter, the whole number grouped in threes by spaces
 * ({@code 1 250 000 µT}). Exact (no floating point), so what is shown is what is stored.
 */
public final class AmountFormat {
    private AmountFormat() {}

    /** {@code 1250000} → {@code 1.250000 XTR}; negative amounts keep their sign. */
    public static String tari(MicroTari amount) {
        return amount.toTari().setScale(6).toPlainString() + " XTR";
    }

    /** {@code 1250000} → {@code 1 250 000 µT}. */
    public static String micro(MicroTari amount) {
        return grouped(amount.value()) + " µT";
    }

    /** Both, for where the exact µT count matters: {@code 1.250000 XTR (1 250 000 µT)}. */
    public static String both(MicroTari amount) {
        return tari(amount) + " (" + micro(amount) + ")";
    }

    private static String grouped(long value) {
        String digits = BigDecimal.valueOf(value).abs().toPlainString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + out;
    }
}
