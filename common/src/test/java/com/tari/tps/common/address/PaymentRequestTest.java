package com.tari.tps.common.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.amount.MicroTari;
import org.junit.jupiter.api.Test;

class PaymentRequestTest {
    private static final TariAddress SHOP = TariAddress.parse("14s9vDTwrweZvWEgQ9gNhXXPX68DPXSSAHNFWYEPi5JsBQY");

    @Test
    void anOrdersRequestCarriesTheAmountInMicroTariAndTheEncodedOrderName() {
        assertThat(PaymentRequest.forOrder(SHOP, MicroTari.of(1_250_000), "#1002 a&b"))
                .isEqualTo("tari://mainnet/transactions/send?tariAddress=14s9vDTwrweZvWEgQ9gNhXXPX68DPXSSAHNFWYEPi5JsBQY"
                        + "&amount=1250000&note=%231002%20a%26b");
    }
}
