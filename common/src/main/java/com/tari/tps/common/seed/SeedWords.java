package com.tari.tps.common.seed;

import com.tari.tps.common.seed.SeedException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tari's mnemonic codec (tari_common_types {@code seeds/mnemonic.rs}) with the English list only: each word is an
 * 11-bit index, packed least-significant bit first, so 24 words are exactly the 33 enciphered CipherSeed bytes.
 * The list is BIP-39 English, copied from Tari's {@code mnemonic_wordlists.rs}; the BIP-39 checksum is not used.
 */
public final class SeedWords {
    public static final int WORD_COUNT = 24;
    private static final int BITS_PER_WORD = 11;
    private static final String RESOURCE = "english.txt";
    private static final List<String> ENGLISH = load();
    private static final Map<String, Integer> INDEX = indexOf(ENGLISH);

    private SeedWords() {}

    /** The 2048 English words in index order (sorted, as Tari stores them). */
    public static List<String> englishWords() {
        return ENGLISH;
    }

    /**
     * Splits a phrase on runs of whitespace. Tari's {@code SeedWords::from_str} splits on single spaces only, so
     * this accepts the same phrases plus ones pasted with line breaks or double spaces.
     */
    public static List<String> split(String phrase) {
        String trimmed = phrase == null ? "" : phrase.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    /** The 11-bit index of a word; case and (as in Tari's English lookup) diacritics are ignored. */
    public static int indexOf(String word) {
        Integer index = INDEX.get(normalize(word));
        if (index == null) {
            throw new SeedException(Reason.UNKNOWN_WORD, "'" + word + "' is not a word of the English seed word list");
        }
        return index;
    }

    /** Words → bytes as {@code to_bytes_with_language} does, including its partial last byte for odd counts. */
    public static byte[] toBytes(List<String> words) {
        byte[] out = new byte[(words.size() * BITS_PER_WORD + 7) / 8];
        int length = 0;
        long rest = 0;
        int restBits = 0;
        for (String word : words) {
            rest |= (long) indexOf(word) << restBits;
            restBits += BITS_PER_WORD;
            while (restBits >= 8) {
                out[length++] = (byte) rest;
                rest >>>= 8;
                restBits -= 8;
            }
        }
        // Rust writes the leftover bits only when they are non-zero.
        if (rest != 0) {
            out[length++] = (byte) rest;
        }
        return Arrays.copyOf(out, length);
    }

    /** Bytes → words as {@code from_bytes} does: bits LSB first, zero-padded to a whole word. */
    public static List<String> fromBytes(byte[] bytes) {
        int words = (bytes.length * 8 + BITS_PER_WORD - 1) / BITS_PER_WORD;
        List<String> out = new ArrayList<>(words);
        long acc = 0;
        int accBits = 0;
        int next = 0;
        for (int w = 0; w < words; w++) {
            while (accBits < BITS_PER_WORD && next < bytes.length) {
                acc |= (long) (bytes[next++] & 0xff) << accBits;
                accBits += 8;
            }
            out.add(ENGLISH.get((int) (acc & ((1 << BITS_PER_WORD) - 1))));
            acc >>>= BITS_PER_WORD;
            accBits = Math.max(0, accBits - BITS_PER_WORD);
        }
        return List.copyOf(out);
    }

    static String normalize(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static List<String> load() {
        try (InputStream in = SeedWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
            if (words.size() != 1 << BITS_PER_WORD) {
                throw new IllegalStateException(RESOURCE + " must hold 2048 words, found " + words.size());
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> indexOf(List<String> words) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        return Map.copyOf(index);
    }
}
