package com.tari.tps.common.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.keys.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "quote|a\"b|\"a\\\"b\"",
            "backslash|a\\b|\"a\\\\b\"",
            "slash is not escaped|a/b|\"a/b\"",
            "non-ascii raw|ordér ✓|\"ordér ✓\""})
    void escapesLikeSerdeJson(String name, String input, String expected) {
        assertThat(CanonicalJson.string(input)).isEqualTo(expected);
    }

    @Test
    void controlCharactersUseShortFormsOrLowercaseHex() {
        assertThat(CanonicalJson.string("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
        assertThat(CanonicalJson.string("\u001f\u0000\u007f\u2028")).isEqualTo("\"\\u001f\\u0000\u007f\u2028\"");
    }

    @Test
    void newPaymentIsSignedInStructOrderWithBase58SenderAndNulls() throws Exception {
        TariAddress sender = TariAddress.single(com.tari.tps.common.address.Network.MAINNET, 3, SecretKey.random().publicKey());
        String body = "{\"order_id\":\"#1\",\"txid\":\"t1\",\"extra\":5,\"amount\":12,\"sender\":\"" + sender.toHex() + "\"}";
        NewPayment p = new ObjectMapper().readValue(body, NewPayment.class);
        assertThat(p.amount()).isEqualTo(MicroTari.of(12));
        assertThat(p.canonicalJson()).isEqualTo("{\"sender\":\"" + sender.toBase58()
                + "\",\"amount\":12,\"txid\":\"t1\",\"memo\":null,\"order_id\":\"#1\"}");
    }
}
