package com.tari.tps.taritools.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The payment-id rules of {@link PaymentId}, with the examples of the Rust taritools' tests. */
class PaymentIdTest {
    @ParameterizedTest(name = "{0} (by name: {1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "data(48656c6c6f20576f726c64)|false|Hello World",
            "address_and_data(345UiXXXXXXXX,4f72646572233130383020)|true|#1080",
            "address_and_data(345UiXXXXXXXX,4f72646572233130383020)|false|Order#1080",
            "data(6f726465725f69643a2022313233343522)|false|12345",
            "data(6f726465725f69643a2022313233343522)|true|#12345",
            "None|false|NONE",
            "data(4)|false|NONE",
            "data(zz)|false|NONE",
            "data()|false|NONE",
            "data(ff)|false|NONE",
            "data(3535352d3132332d34353637)|false|NONE",
            "data(6e6f206469676974)|true|NONE",
            "something else|false|NONE"})
    void paymentIdsNameOrders(String paymentId, boolean byName, String expected) {
        assertThat(PaymentId.orderId(paymentId, byName).orElse(null)).isEqualTo(expected);
    }
}
