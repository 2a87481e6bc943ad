package com.tari.tps.common.hex;

/** Hex codec with tari_utilities rules: output lowercase; input trimmed, optional 0x, either case, even length. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    /** @throws IllegalArgumentException on odd length, a non-hex or non-ASCII character */
    public static byte[] decode(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("hex string is missing");
        }
        String s = hex.trim();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        if (s.length() % 2 != 0) {
            throw new IllegalArgumentException("hex string has an odd number of characters (" + s.length() + ")");
        }
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((digit(s, 2 * i) << 4) | digit(s, 2 * i + 1));
        }
        return out;
    }

    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(out);
    }

    private static int digit(String s, int index) {
        int d = Character.digit(s.charAt(index), 16);
        if (d < 0 || s.charAt(index) > 0x7f) {
            throw new IllegalArgumentException("not a hex character at position " + index);
        }
        return d;
    }
}
