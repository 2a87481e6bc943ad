package com.tari.tps.common.amount;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountFormatTest {
    @Test
    void tariAlwaysShowsSixDecimalsAndTheTicker() {
        assertThat(AmountFormat.tari(MicroTari.of(1_250_000))).isEqualTo("1.250000 XTR");
        assertThat(AmountFormat.tari(MicroTari.of(7))).isEqualTo("0.000007 XTR");
        assertThat(AmountFormat.tari(MicroTari.of(-2_000_000))).isEqualTo("-2.000000 XTR");
    }

    @Test
    void microTariAreGroupedInThrees() {
        assertThat(AmountFormat.micro(MicroTari.of(1_250_000))).isEqualTo("1 250 000 µT");
        assertThat(AmountFormat.micro(MicroTari.of(999))).isEqualTo("999 µT");
        assertThat(AmountFormat.micro(MicroTari.of(-1000))).isEqualTo("-1 000 µT");
    }
}
