package com.tari.tps.common.schnorr;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.ristretto.Scalar;
import com.tari.tps.common.testing.CryptoVectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Test resource vectors/crypto_vectors.md: §G deterministic traces, §A5 upstream tari-jwt raw Schnorr, §B secret →
 * public keys.
 */
class SchnorrVectorsTest {

    static Stream<Arguments> deterministicTraces() {
        return CryptoVectors.fieldSections("G.").entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static SignatureDomain domainNamed(String name) {
        for (SignatureDomain d : SignatureDomain.values()) {
            if (d.domain().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void everyDeterministicTraceIsCovered() {
        assertThat(CryptoVectors.fieldSections("G.")).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deterministicTraces")
    void fixedNonceSignatureMatchesTraceByteForByte(String name, Map<String, String> v) {
        SignatureDomain domain = domainNamed(v.get("domain"));
        SecretKey key = SecretKey.fromHex(v.get("secret_key"));
        byte[] message = Hex.decode(v.get("message_hex"));
        assertThat(new String(message, StandardCharsets.UTF_8)).isEqualTo(v.get("message_utf8"));
        assertThat(key.publicKey().toHex()).isEqualTo(v.get("public_key"));

        byte[] preimagePrefix = Hex.decode(v.get("challenge_preimage_hex"));
        assertThat(preimagePrefix.length).isEqualTo(8 + domain.challengeTag().length() + 8 + 32 + 8 + 32 + 8 + message.length);
        byte[] challenge = Schnorr.challengeHash(domain, Hex.decode(v.get("public_nonce_R")),
                Hex.decode(v.get("public_key")), message);
        assertThat(Hex.encode(challenge)).isEqualTo(v.get("challenge_64_hex"));
        assertThat(Hex.encode(Scalar.fromBytesModOrderWide(challenge).toBytes())).isEqualTo(v.get("e_scalar_hex"));

        SchnorrSignature sig = Schnorr.signWithNonce(domain, key, Scalar.fromCanonicalBytes(Hex.decode(v.get("nonce_r"))), message);
        assertThat(Hex.encode(sig.publicNonceBytes())).isEqualTo(v.get("public_nonce_R"));
        assertThat(Hex.encode(sig.s().toBytes())).isEqualTo(v.get("s_hex"));
        assertThat(sig.toHex()).isEqualTo(v.get("signature_hex"));
        assertThat(Schnorr.verify(domain, key.publicKey(), SchnorrSignature.fromHex(v.get("signature_hex")), message)).isTrue();
    }

    @Test
    void upstreamTariJwtRawSchnorrVerifiesOnlyInItsOwnDomain() {
        PublicKey p = PublicKey.fromHex("9e692110ca71faeb99777ce3fdc035249d232139c9a1f6602671beea5ab62f02");
        SchnorrSignature sig = SchnorrSignature.fromHex(
                "bcd62ac684e4a8eece44885579d1525480f74b6766ef32123aa632292f757274"
                        + "b6c727b830fb5cb54d6362a9b6546145645150c6e96e71d280dd9bfd065cb50c");
        byte[] message = "attaque at dawn".getBytes(StandardCharsets.UTF_8);
        assertThat(Schnorr.verify(SignatureDomain.JWT, p, sig, message)).isTrue();
        assertThat(Schnorr.verify(SignatureDomain.MEMO, p, sig, message)).isFalse();
        assertThat(Schnorr.verify(SignatureDomain.WALLET, p, sig, message)).isFalse();
    }

    static Stream<List<String>> keyTable() {
        return CryptoVectors.table("B.").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyTable")
    void secretKeyGivesTheAnchorPublicKey(List<String> row) {
        SecretKey secret = SecretKey.fromHex(row.get(1));
        assertThat(secret.publicKey().toHex()).isEqualTo(row.get(2));
        assertThat(secret.toHex()).isEqualTo(row.get(1));
    }

    @Test
    void upstreamJwtKeyPair() {
        assertThat(SecretKey.fromHex("e4fc65ddca03c5e33ed494d99d735562e27718afee2d66210b36b2fe110e9f0a").publicKey().toHex())
                .isEqualTo("769524f0b08d986456730d1723cd28a1d0c5bc096cc05bc1347ea185dc08571e");
    }
}
