package com.tari.tps.common.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.schnorr.InvalidSignatureException;
import com.tari.tps.common.schnorr.Schnorr;
import com.tari.tps.common.schnorr.SchnorrSignature;
import com.tari.tps.common.schnorr.SignatureDomain;
import com.tari.tps.common.testing.CryptoVectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Test resource vectors/crypto_vectors.md §D (memo), §E (wallet), §G JSON forms, §J (legacy, rejected). */
class SignatureVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TariAddress HOT_WALLET = TariAddress.parse("14z3iHvgokZcXmokAYQKveeJ4rMqSGtPahrC2CPvx63UQmG");

    static Stream<List<String>> memoVectors() {
        return Stream.concat(CryptoVectors.table("D1.").stream(), CryptoVectors.table("D2.").stream());
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("memoVectors")
    void memoSignaturesVerifyAsTheRustServerDecides(List<String> row) {
        String address = row.get(1).equals("same") ? "14s9vDTwrweZvWEgQ9gNhXXPX68DPXSSAHNFWYEPi5JsBQY" : row.get(1);
        boolean expected = row.get(4).startsWith("true");
        String json = CanonicalJson.object().field("address", address).field("order_id", row.get(2))
                .field("signature", row.get(3)).build();
        boolean valid = MemoSignature.parse(json).map(MemoSignature::isValid).orElse(false);
        assertThat(valid).isEqualTo(expected);
    }

    static Stream<List<String>> walletVectors() {
        return CryptoVectors.table("E.").stream();
    }

    @ParameterizedTest(name = "{0} {1} nonce {2}")
    @MethodSource("walletVectors")
    void walletSignaturesVerifyOverTheReserialisedPayload(List<String> row) throws Exception {
        long nonce = Long.parseLong(row.get(2));
        String payloadJson = row.get(3);
        boolean expected = row.get(5).startsWith("true");
        WalletPayload payload = row.get(1).equals("payment")
                ? JSON.readValue(payloadJson, NewPayment.class)
                : JSON.readValue(payloadJson, TransactionConfirmation.class);
        assertThat(payload.canonicalJson()).isEqualTo(payloadJson);
        boolean valid;
        try {
            valid = new WalletSignature(HOT_WALLET, nonce, SchnorrSignature.fromHex(row.get(4))).isValid(payload);
        } catch (InvalidSignatureException e) {
            valid = false;
        }
        assertThat(valid).isEqualTo(expected);
    }

    @Test
    void walletAuthFeatureExampleParsesFromItsRequestBody() throws Exception {
        String body = "{\"payment\":{\"sender\":\"14wqR3rjyVbjgXDyLVaL97p3CksHc84cz9hLLMMTMYDjtBt\",\"amount\":2500000000,"
                + "\"txid\":\"payment001\"},\"auth\":{\"address\":\"14z3iHvgokZcXmokAYQKveeJ4rMqSGtPahrC2CPvx63UQmG\","
                + "\"nonce\":1,\"signature\":\"f059d52b25d3f1387b8a9becca8775c1ff9a62b7293ba3791f78e77ac63a786e3c02534529809d4dd4ae8ccafeae28c6b2e4a105baf2fa9ebad44776978d4b02\"}}";
        PaymentNotification n = JSON.readValue(body, PaymentNotification.class);
        assertThat(n.isValid()).isTrue();
        assertThat(n.payment().memo()).isNull();
        assertThat(n.payment().orderId()).isNull();
        String confirm = "{\"confirmation\":{\"txid\":\"payment001\"},\"auth\":{\"address\":\"14z3iHvgokZcXmokAYQKveeJ4rMqSGtPahrC2CPvx63UQmG\","
                + "\"nonce\":2,\"signature\":\"16729e3c9b08022a16edfa0bf2e1cfc1d8dadd5e6387b4fd76005ac8a20c0f53087434524748981e9c61f9b7ce122fdf1a45299b132cd4495b19b7d1208cea01\"}}";
        assertThat(JSON.readValue(confirm, ConfirmationNotification.class).isValid()).isTrue();
    }

    @Test
    void deterministicMemoTraceJsonIsWhatTaritoolsPrints() {
        Map<String, String> v = CryptoVectors.fieldSections("G.memo_ascii").values().iterator().next();
        MemoSignature memo = MemoSignature.parse(v.get("json")).orElseThrow();
        assertThat(memo.isValid()).isTrue();
        assertThat(memo.toJson()).isEqualTo(v.get("json"));
    }

    @Test
    void deterministicWalletTracesRoundTripTheirRequestBodies() throws Exception {
        Map<String, Map<String, String>> g = CryptoVectors.fieldSections("G.wallet");
        assertThat(g).hasSize(2);
        for (Map<String, String> v : g.values()) {
            String body = v.get("request_body_json");
            if (body.contains("\"payment\"")) {
                PaymentNotification n = JSON.readValue(body, PaymentNotification.class);
                assertThat(n.isValid()).isTrue();
                assertThat(n.payment().canonicalJson()).isEqualTo(v.get("payload_json"));
                assertThat(n.toJson()).isEqualTo(body);
            } else {
                ConfirmationNotification n = JSON.readValue(body, ConfirmationNotification.class);
                assertThat(n.isValid()).isTrue();
                assertThat(n.toJson()).isEqualTo(body);
            }
        }
    }

    static Stream<List<String>> legacyVectors() {
        return CryptoVectors.table("J.").stream().filter(r -> r.get(2).contains(":"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyVectors")
    void legacyMemoSignaturesOnlyVerifyOverTheOldMessageAndAreRejectedToday(List<String> row) {
        PublicKey key = PublicKey.fromHex(row.get(1));
        String oldMessage = row.get(2).replaceAll(" \\(.*\\)$", "");
        SchnorrSignature sig = SchnorrSignature.fromHex(row.get(3));
        assertThat(Schnorr.verify(SignatureDomain.MEMO, key, sig, oldMessage.getBytes(StandardCharsets.UTF_8))).isTrue();

        String oldAddress = oldMessage.substring(0, oldMessage.indexOf(':'));
        String orderId = oldMessage.substring(oldMessage.indexOf(':') + 1);
        String claim = CanonicalJson.object().field("address", oldAddress).field("order_id", orderId)
                .field("signature", row.get(3)).build();
        assertThat(MemoSignature.parse(claim).map(MemoSignature::isValid).orElse(false)).isFalse();
    }
}
