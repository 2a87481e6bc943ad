package com.tari.tps.common.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.seed.SeedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedWordsTest {

    @Test
    void englishListIsBip39English() throws Exception {
        List<String> words = SeedWords.englishWords();
        assertThat(words).hasSize(2048).doesNotHaveDuplicates().isSorted();
        byte[] file = (String.join("\n", words) + "\n").getBytes(StandardCharsets.UTF_8);
        // sha256 of BIP-39 english.txt (newline-terminated); the test resource vectors/crypto_vectors.md §I quotes the
        // same hash.
        assertThat(Hex.encode(MessageDigest.getInstance("SHA-256").digest(file)))
                .isEqualTo("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
        assertThat(words.get(0)).isEqualTo("abandon");
        assertThat(words.get(2047)).isEqualTo("zoo");
    }

    /**
     * Two upstream phrases from tari's own tests (base_layer/wallet/tests/other/mod.rs test_recovery_birthday and
     * base_layer/wallet_ffi/src/lib.rs). Their last 4 bytes are a CRC32 of the rest only if the words were packed
     * LSB first exactly as Rust does; the expected bytes are those of vectors/crypto_vectors.md §I.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "scan announce neither belt grace arch sting butter run frost debris slide glory nature asthma fame during "
                + "silly panda picnic run small engage pride|015642284fb1322cbc5a1fea5dd770b8ccb14dc26152212af23e43aade314b89aa",
        "scan couch work water find electric weasel code column sick secret birth word infant fatigue upper vacuum "
                + "senior build post lend electric pact retire|013e0cfb7d5fab1d111f2d6ef131856bb17ecd790aef84efb03b8afabf1dd5f3b7"
    })
    void upstreamPhrasesDecodeToBytesWithAValidCrc(String row) {
        String[] parts = row.split("\\|");
        byte[] bytes = SeedWords.toBytes(SeedWords.split(parts[0]));

        assertThat(Hex.encode(bytes)).isEqualTo(parts[1]);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, 29);
        long value = crc.getValue();
        assertThat(Arrays.copyOfRange(bytes, 29, 33))
                .containsExactly((byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24));
        assertThat(SeedWords.fromBytes(bytes)).isEqualTo(SeedWords.split(parts[0]));
    }

    @Test
    void firstWordHoldsTheLowBitsOfTheFirstByte() {
        // index 1 ("ability") then zeros: bit 0 of byte 0 is set; the 24th word fills the top of byte 32.
        List<String> words = new ArrayList<>(Collections.nCopies(24, "abandon"));
        words.set(0, "ability");
        words.set(23, "zoo");
        byte[] bytes = SeedWords.toBytes(words);
        assertThat(bytes).hasSize(33);
        assertThat(bytes[0]).isEqualTo((byte) 0x01);
        assertThat(bytes[31] & 0xff).isEqualTo(0xe0);
        assertThat(bytes[32] & 0xff).isEqualTo(0xff);
    }

    /** Mirrors tari's mnemonic.rs `fuzzer`: lengths that are whole multiples of 11 bits round-trip exactly. */
    @Test
    void roundTripsLikeUpstreamFuzzer() {
        Random random = new Random(42);
        for (int length = 33; length < 1024; length += 11) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(SeedWords.toBytes(SeedWords.fromBytes(bytes))).as("length %d", length).isEqualTo(bytes);
        }
    }

    @Test
    void shortInputIsZeroPaddedToAWholeWord() {
        assertThat(SeedWords.fromBytes(new byte[] {(byte) 0xff})).containsExactly(SeedWords.englishWords().get(255));
    }

    @Test
    void lookupIgnoresCaseSurroundingSpaceAndDiacritics() {
        assertThat(SeedWords.indexOf("Abandon")).isZero();
        assertThat(SeedWords.indexOf(" ZOO ")).isEqualTo(2047);
        assertThat(SeedWords.indexOf("cäke")).isEqualTo(SeedWords.indexOf("cake"));
    }

    @Test
    void unknownWordIsNamed() {
        assertThatThrownBy(() -> SeedWords.indexOf("retro"))
                .isInstanceOfSatisfying(SeedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_WORD))
                .hasMessageContaining("'retro'");
        // A word of another BIP-39 language (Spanish) is not accepted: this port knows English only.
        assertThatThrownBy(() -> SeedWords.indexOf("ábaco"))
                .isInstanceOfSatisfying(SeedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_WORD));
    }

    @Test
    void splitAcceptsAnyWhitespace() {
        assertThat(SeedWords.split("  one\ttwo\n three  ")).containsExactly("one", "two", "three");
        assertThat(SeedWords.split("   ")).isEmpty();
        assertThat(SeedWords.split(null)).isEmpty();
    }
}
