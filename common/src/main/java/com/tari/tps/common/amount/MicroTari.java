package com.tari.tps.common.amount;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in microTari (1 Tari = 1 000 000 µT) over a long. Arithmetic refuses overflow with ArithmeticException.
 * JSON form: a plain integer of µT, as the Rust server sends it. Text typed by people is read by {@link AmountParser}.
 */
@JsonDeserialize(using = MicroTariJsonDeserializer.class)
public record MicroTari(long value) implements Comparable<MicroTari> {
    public static final MicroTari ZERO = new MicroTari(0);
    public static final long PER_TARI = 1_000_000L;
    private static final int TARI_DECIMALS = 6;

    public static MicroTari of(long microTari) {
        return new MicroTari(microTari);
    }

    /** @throws IllegalArgumentException for more than 6 decimals; ArithmeticException when it does not fit a long */
    public static MicroTari fromTari(BigDecimal tari) {
        BigDecimal micro = tari.movePointRight(TARI_DECIMALS);
        if (micro.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a Tari amount has at most 6 decimals (1 µT), got " + tari.toPlainString());
        }
        return new MicroTari(micro.longValueExact());
    }

    /**
     * Converts a price in a store currency to µT at {@code microTariPerUnit} µT per currency unit. The price is taken
     * to 2 decimals (cents), as the Rust server does; the µT result is truncated toward zero.
     */
    public static MicroTari fromFiat(String price, long microTariPerUnit) {
        BigDecimal cents = decimal(price).movePointRight(2).setScale(0, RoundingMode.DOWN);
        BigDecimal micro = cents.multiply(BigDecimal.valueOf(microTariPerUnit)).movePointLeft(2)
                .setScale(0, RoundingMode.DOWN);
        return new MicroTari(micro.longValueExact());
    }

    public MicroTari plus(MicroTari other) {
        return new MicroTari(Math.addExact(value, other.value));
    }

    public MicroTari minus(MicroTari other) {
        return new MicroTari(Math.subtractExact(value, other.value));
    }

    public MicroTari negate() {
        return new MicroTari(Math.negateExact(value));
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isPositive() {
        return value > 0;
    }

    public BigDecimal toTari() {
        return BigDecimal.valueOf(value, TARI_DECIMALS);
    }

    @JsonValue
    public long value() {
        return value;
    }

    /**
     * The Rust {@code MicroTari} Display, which also appears inside credit-note txids: below 10 000 µT (every negative
     * amount included) {@code "<n>μτ"}, else Tari to 3 decimals {@code "<x.xxx>τ"}. Rust rounds the f64 quotient
     * half-even; the same binary value is used here so the text matches byte for byte (display only, never money).
     */
    public String display() {
        if (value < 10_000) {
            return value + "μτ";
        }
        return new BigDecimal((double) value / 1e6).setScale(3, RoundingMode.HALF_EVEN).toPlainString() + "τ";
    }

    @Override
    public String toString() {
        return display();
    }

    @Override
    public int compareTo(MicroTari o) {
        return Long.compare(value, o.value);
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("amount is empty");
        }
        String s = text.trim();
        if (!s.matches("[-+]?[0-9]+(\\.[0-9]+)?|[-+]?\\.[0-9]+")) {
            throw new IllegalArgumentException("not a decimal number: '" + s + "'");
        }
        return new BigDecimal(s);
    }
}
