package com.tari.tps.common.amount;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way a person (or the console wallet) writes an amount: a number and its unit. Tari ({@code T}, {@code XTR},
 * {@code Tari}, {@code τ}) take up to 6 decimals; microTari ({@code uT}, {@code µT}, {@code μT}, {@code microTari}) are
 * whole. A space before the unit is optional, so the console wallet's {@code 12.500000 T} reads as it is.
 * <p>
 * A bare number is refused: "1" has meant 1 Tari in one command and 1 µT in another, and guessing wrong moves a
 * million times too much or too little. Negative amounts are refused too; no command takes one.
 */
public final class AmountParser {
    public static final String EXAMPLES = "e.g. 1.5T or 250000uT";
    private static final Pattern AMOUNT = Pattern.compile("^(-?)([0-9]+)(?:\\.([0-9]+))?\\s*([^\\s0-9.,+-]*)$");
    private static final Set<String> TARI = Set.of("t", "xtr", "tari", "τ");
    // U+00B5 (micro sign) and U+03BC (Greek mu) look the same; keyboards and fonts produce either.
    private static final Set<String> MICRO = Set.of("ut", "\u00b5t", "\u03bct", "\u00b5τ", "\u03bcτ", "microtari");

    private AmountParser() {}

    /** @throws IllegalArgumentException with a message that says what is wrong and how to write it */
    public static MicroTari parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = AMOUNT.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not an amount (" + EXAMPLES + ")");
        }
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("'" + s + "' has no unit: write " + s + "T for Tari or " + s + "uT for microTari");
        }
        boolean tari = TARI.contains(unit);
        if (!tari && !MICRO.contains(unit)) {
            throw new IllegalArgumentException("'" + s + "' has an unknown unit '" + m.group(4) + "' (" + EXAMPLES + ")");
        }
        if (!m.group(1).isEmpty()) {
            throw new IllegalArgumentException("'" + s + "' is negative; amounts are zero or more");
        }
        String decimals = m.group(3) == null ? "" : m.group(3);
        if (!tari && !decimals.isEmpty()) {
            throw new IllegalArgumentException("'" + s + "': microTari are whole numbers");
        }
        if (decimals.length() > 6) {
            throw new IllegalArgumentException("'" + s + "' has more than 6 decimals; 0.000001T (1uT) is the smallest amount");
        }
        BigDecimal micro = new BigDecimal(m.group(2) + (decimals.isEmpty() ? "" : "." + decimals))
                .movePointRight(tari ? 6 : 0);
        if (micro.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("'" + s + "' is more than the largest amount, " + Long.MAX_VALUE + "uT");
        }
        return MicroTari.of(micro.longValueExact());
    }
}
