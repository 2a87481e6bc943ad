package com.tari.tps.common.hex;

/** Hex codec with tari_utilities rules: output lowercase; input trimmed, optional 0x, either case, even length. */
public final class Hex {
    private Hex() {}

    /** @throws IllegalArgumentException on odd length, a non-hex or non-ASCII character */
    public static byte[] decode(String hex) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    public static String encode(byte[] bytes) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
