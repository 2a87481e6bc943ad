package com.tari.tps.common.amount;

import java.math.BigDecimal;

/** An amount in microTari (1 Tari = 1 000 000 µT) over a long. Arithmetic refuses overflow (ArithmeticException). */
public record MicroTari(long value) implements Comparable<MicroTari> {
    public static final MicroTari ZERO = new MicroTari(0);
    public static final long PER_TARI = 1_000_000L;

    public static MicroTari of(long microTari) { return new MicroTari(microTari); }
    /** From a decimal Tari string such as "12.5"; at most 6 decimals. @throws IllegalArgumentException, ArithmeticException */
    public static MicroTari parseTari(String tari) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public static MicroTari fromTari(BigDecimal tari) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    public MicroTari plus(MicroTari other) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public MicroTari minus(MicroTari other) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public MicroTari negate() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public boolean isNegative() { return value < 0; }
    public boolean isPositive() { return value > 0; }
    public BigDecimal toTari() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    @Override public int compareTo(MicroTari o) { return Long.compare(value, o.value); }
}
