package com.tari.tps.common.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The 256 emoji of Tari emoji ids (tari_common_types emoji.rs), one code point per byte value. */
final class EmojiAlphabet {
    private static final int[] CODE_POINTS = load();
    private static final Map<Integer, Integer> BYTE_OF = new HashMap<>();

    static {
        for (int i = 0; i < CODE_POINTS.length; i++) {
            BYTE_OF.put(CODE_POINTS[i], i);
        }
        if (BYTE_OF.size() != 256) {
            throw new IllegalStateException("emoji table must hold 256 distinct entries");
        }
    }

    private EmojiAlphabet() {}

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.appendCodePoint(CODE_POINTS[b & 0xff]);
        }
        return out.toString();
    }

    /** -1 when the code point is not in the alphabet. */
    static int byteOf(int codePoint) {
        return BYTE_OF.getOrDefault(codePoint, -1);
    }

    private static int[] load() {
        int[] table = new int[256];
        boolean[] seen = new boolean[256];
        try (InputStream in = EmojiAlphabet.class.getResourceAsStream("emoji_table.txt")) {
            if (in == null) {
                throw new IllegalStateException("emoji_table.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                int index = Integer.parseInt(cols[0].trim());
                table[index] = Integer.parseInt(cols[2].trim().substring(2), 16);
                seen[index] = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (boolean s : seen) {
            if (!s) {
                throw new IllegalStateException("emoji table is incomplete");
            }
        }
        return table;
    }
}
