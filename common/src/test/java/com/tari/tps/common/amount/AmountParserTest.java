package com.tari.tps.common.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    @ParameterizedTest(name = "''{0}'' = {1} µT")
    @CsvSource(delimiter = '|', value = {
        "1T|1000000", "1 T|1000000", "1.5T|1500000", "1 XTR|1000000", "2 xtr|2000000", "3 Tari|3000000", "4τ|4000000",
        "12.500000 T|12500000", "0.125875 T|125875", "0.000001T|1", "0T|0", "' 7 T '|7000000",
        "250000uT|250000", "250000UT|250000", "250000\u00b5T|250000", "250000 \u03bcT|250000", "250000 μτ|250000",
        "5 microTari|5", "9223372036854775807uT|9223372036854775807", "9223372036854.775807T|9223372036854775807"})
    void readsEveryUnit(String text, long micro) {
        assertThat(AmountParser.parse(text).value()).isEqualTo(micro);
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "1|has no unit: write 1T for Tari or 1uT for microTari",
        "2500000|has no unit",
        "-1T|is negative",
        "-5uT|is negative",
        "1.0000001T|more than 6 decimals",
        "1.5uT|microTari are whole numbers",
        "9223372036854775808uT|more than the largest amount",
        "9223372036854.775808T|more than the largest amount",
        "99999999999999999999999999T|more than the largest amount",
        "1 dollar|unknown unit",
        "abc|is not an amount",
        "''|is not an amount",
        "1e3T|is not an amount",
        "1,5T|is not an amount",
        "1.2.3T|is not an amount",
        ".5T|is not an amount",
        "+1T|is not an amount",
        "1 T T|is not an amount"})
    void refusesWithAMessageThatSaysWhy(String text, String why) {
        assertThatThrownBy(() -> AmountParser.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(why);
    }
}
