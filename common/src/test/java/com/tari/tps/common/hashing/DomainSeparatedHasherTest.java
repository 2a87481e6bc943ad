package com.tari.tps.common.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.testing.CryptoVectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Test resource vectors/crypto_vectors.md §A4: upstream tari-crypto DomainSeparatedHasher answers. */
class DomainSeparatedHasherTest {

    static Stream<List<String>> upstreamVectors() {
        return CryptoVectors.table("A4.").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("upstreamVectors")
    void matchesUpstreamTariCrypto(List<String> row) {
        String domain = row.get(0);
        int version = Integer.parseInt(row.get(1));
        String label = row.get(2).equals("(empty)") ? "" : row.get(2);
        String hash = row.get(3);
        String expected = row.get(5);

        DomainSeparatedHasher hasher = switch (hash) {
            case "Blake2b-256" -> DomainSeparatedHasher.blake2b256(domain, version, label);
            case "Blake2b-512" -> DomainSeparatedHasher.blake2b512(domain, version, label);
            case "SHA-256" -> DomainSeparatedHasher.withDigest(new SHA256Digest(), domain, version, label);
            default -> throw new IllegalArgumentException("unknown hash " + hash);
        };
        for (byte[] input : inputs(row.get(4))) {
            hasher.update(input);
        }
        assertThat(Hex.encode(hasher.digest())).isEqualTo(expected);
    }

    @Test
    void framingFeedsLengthPrefixedTagAndInputs() {
        // §A4 worked example: the v42 tag is "com.discworld.v42.turtles" and both parts are le64-prefixed.
        byte[] direct = DomainSeparatedHasher.blake2b512("com.discworld", 42, "turtles")
                .update("elephants".getBytes(StandardCharsets.UTF_8)).digest();
        org.bouncycastle.crypto.digests.Blake2bDigest blake = new org.bouncycastle.crypto.digests.Blake2bDigest(512);
        byte[] preimage = Hex.decode("1900000000000000" + "636f6d2e64697363776f726c642e7634322e747572746c6573"
                + "0900000000000000" + "656c657068616e7473");
        blake.update(preimage, 0, preimage.length);
        byte[] expected = new byte[64];
        blake.doFinal(expected, 0);
        assertThat(direct).isEqualTo(expected);
    }

    /** "`000000`" is hex; "UTF-8 `x`" is text; "…, then byte `08`" adds a second update. */
    private static List<byte[]> inputs(String cell) {
        if (cell.startsWith("UTF-8 ")) {
            String[] parts = cell.split(", then byte ");
            String text = CryptoVectors.unquote(parts[0].substring(6));
            if (parts.length == 1) {
                return List.of(text.getBytes(StandardCharsets.UTF_8));
            }
            return List.of(text.getBytes(StandardCharsets.UTF_8), Hex.decode(CryptoVectors.unquote(parts[1])));
        }
        return List.of(Hex.decode(cell));
    }
}
