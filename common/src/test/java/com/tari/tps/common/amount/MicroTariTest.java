package com.tari.tps.common.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MicroTariTest {

    @ParameterizedTest(name = "{0} Tari = {1} µT")
    @CsvSource({"0,0", "1,1000000", "0.000001,1", "12.5,12500000", "0.125875,125875", "-3.2,-3200000",
            "9223372036854.775807,9223372036854775807"})
    void convertsTariExactly(String tari, long micro) {
        assertThat(MicroTari.fromTari(new java.math.BigDecimal(tari)).value()).isEqualTo(micro);
    }

    @ParameterizedTest(name = "{0} Tari is refused")
    @ValueSource(strings = {"1.0000001", "9223372036854.775808"})
    void refusesWhatIsNotAnExactTariAmount(String tari) {
        assertThatThrownBy(() -> MicroTari.fromTari(new java.math.BigDecimal(tari)))
                .isInstanceOfAny(IllegalArgumentException.class, ArithmeticException.class);
    }

    @Test
    void arithmeticRefusesOverflow() {
        MicroTari max = MicroTari.of(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(MicroTari.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MicroTari.of(Long.MIN_VALUE).minus(MicroTari.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MicroTari.of(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThat(MicroTari.of(5).minus(MicroTari.of(7)).value()).isEqualTo(-2);
    }

    @ParameterizedTest(name = "{0} USD at {1} µT/USD = {2} µT")
    @CsvSource({"6.9,30000000,207000000", "19.50,1000000,19500000", "1500,1000000,1500000000",
            "0.01,33,0", "1.25,3,3"})
    void convertsFiatPricesAtTheStoredRateTruncating(String price, long rate, long micro) {
        assertThat(MicroTari.fromFiat(price, rate).value()).isEqualTo(micro);
    }

    @ParameterizedTest(name = "{0} µT displays as {1}")
    @CsvSource({"0,0μτ", "9999,9999μτ", "10000,0.010τ", "200000000,200.000τ", "-900000000,-900000000μτ",
            "1234567,1.235τ"})
    void displaysAsTheRustServerDoes(long micro, String text) {
        assertThat(MicroTari.of(micro).display()).isEqualTo(text);
    }

    @Test
    void jsonIsAPlainIntegerAndFloatsOrStringsAreRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(MicroTari.of(2500000))).isEqualTo("2500000");
        assertThat(json.readValue("2500000", MicroTari.class)).isEqualTo(MicroTari.of(2500000));
        assertThatThrownBy(() -> json.readValue("100.0", MicroTari.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("\"100\"", MicroTari.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("1e6", MicroTari.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("92233720368547758070", MicroTari.class)).hasMessageContaining("64 bits");
    }
}
