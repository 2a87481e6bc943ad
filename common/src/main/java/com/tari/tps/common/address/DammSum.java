package com.tari.tps.common.address;

/** The DammSum checksum of Tari addresses (tari_common_types dammsum.rs, mask 0x1B). */
public final class DammSum {
    private static final int MASK = 0x1B;

    private DammSum() {}

    public static int compute(byte[] data, int length) {
        int c = 0;
        for (int i = 0; i < length; i++) {
            c ^= data[i] & 0xff;
            boolean overflow = (c & 0x80) != 0;
            c = (c << 1) & 0xff;
            if (overflow) {
                c ^= MASK;
            }
        }
        return c;
    }

    public static int compute(byte[] data) {
        return compute(data, data.length);
    }

    /** True when the last byte is the checksum of the rest, i.e. the checksum over everything is zero. */
    public static boolean isValid(byte[] data) {
        return data.length >= 2 && compute(data) == 0;
    }
}
