package com.tari.tps.common.ristretto;

/** Scalar multiplication algorithms over {@link EdwardsPoint}. */
final class ScalarMultiplication {
    private static final int BASE_WNAF_WIDTH = 8;
    private static final int POINT_WNAF_WIDTH = 5;

    private ScalarMultiplication() {}

    /** [1P, 2P, …, 8P] for the constant-time fixed-window method. */
    static EdwardsPoint.Cached[] windowTable(EdwardsPoint p) {
        EdwardsPoint.Cached[] table = new EdwardsPoint.Cached[8];
        EdwardsPoint acc = p.copy();
        table[0] = EdwardsPoint.Cached.of(acc);
        for (int i = 1; i < 8; i++) {
            acc.addInPlace(table[0]);
            table[i] = EdwardsPoint.Cached.of(acc);
        }
        return table;
    }

    /** Odd multiples [1P, 3P, 5P, …] for the variable-time wNAF method. */
    static EdwardsPoint.Cached[] oddMultiplesTable(EdwardsPoint p, int width) {
        EdwardsPoint.Cached[] table = new EdwardsPoint.Cached[1 << (width - 2)];
        EdwardsPoint twoP = p.copy();
        twoP.doubleInPlace();
        EdwardsPoint.Cached cachedTwoP = EdwardsPoint.Cached.of(twoP);
        EdwardsPoint acc = p.copy();
        table[0] = EdwardsPoint.Cached.of(acc);
        for (int i = 1; i < table.length; i++) {
            acc.addInPlace(cachedTwoP);
            table[i] = EdwardsPoint.Cached.of(acc);
        }
        return table;
    }

    static EdwardsPoint.Cached[] baseOddMultiples(EdwardsPoint base) {
        return oddMultiplesTable(base, BASE_WNAF_WIDTH);
    }

    /** s·P with a fixed 4-bit signed window: the same additions and table reads for every scalar. */
    static EdwardsPoint multiplyConstantTime(EdwardsPoint.Cached[] table, Scalar s) {
        byte[] digits = radix16(s.toBytes());
        EdwardsPoint q = EdwardsPoint.identity();
        EdwardsPoint.Cached selected = new EdwardsPoint.Cached();
        for (int i = 63; i >= 0; i--) {
            q.doubleInPlace();
            q.doubleInPlace();
            q.doubleInPlace();
            q.doubleInPlace();
            select(table, digits[i], selected);
            q.addInPlace(selected);
        }
        return q;
    }

    /** a·A + b·B, variable time: only for public scalars and points (signature verification). */
    static EdwardsPoint doubleScalarMultiplyVartime(Scalar a, EdwardsPoint pointA, Scalar b,
                                                    EdwardsPoint.Cached[] baseTable) {
        byte[] nafA = nonAdjacentForm(a.toBytes(), POINT_WNAF_WIDTH);
        byte[] nafB = nonAdjacentForm(b.toBytes(), BASE_WNAF_WIDTH);
        EdwardsPoint.Cached[] tableA = oddMultiplesTable(pointA, POINT_WNAF_WIDTH);

        int i = 255;
        while (i >= 0 && nafA[i] == 0 && nafB[i] == 0) {
            i--;
        }
        EdwardsPoint q = EdwardsPoint.identity();
        for (; i >= 0; i--) {
            q.doubleInPlace();
            addDigit(q, tableA, nafA[i]);
            addDigit(q, baseTable, nafB[i]);
        }
        return q;
    }

    private static void addDigit(EdwardsPoint q, EdwardsPoint.Cached[] oddTable, int digit) {
        if (digit > 0) {
            q.addInPlace(oddTable[digit >> 1]);
        } else if (digit < 0) {
            q.addInPlace(oddTable[(-digit) >> 1].negated());
        }
    }

    /** Reads table[|d| − 1] (or the identity for 0) touching every entry, then negates when d &lt; 0. */
    private static void select(EdwardsPoint.Cached[] table, int d, EdwardsPoint.Cached out) {
        int negative = (d >>> 31) & 1;
        int abs = d - ((-negative) & (d << 1));
        out.cmov(1, EdwardsPoint.Cached.identity());
        for (int j = 1; j <= 8; j++) {
            int diff = abs ^ j;
            int equal = ((diff - 1) >>> 31) & 1; // 1 when diff == 0
            out.cmov(equal, table[j - 1]);
        }
        out.cnegate(negative);
    }

    /** 64 signed digits in [−8, 8) (the last in [0, 8]) with s = Σ d_i·16^i; s &lt; 2^255. */
    static byte[] radix16(byte[] s) {
        byte[] e = new byte[64];
        for (int i = 0; i < 32; i++) {
            e[2 * i] = (byte) (s[i] & 0xf);
            e[2 * i + 1] = (byte) ((s[i] >> 4) & 0xf);
        }
        int carry = 0;
        for (int i = 0; i < 63; i++) {
            int v = e[i] + carry;
            carry = (v + 8) >> 4;
            e[i] = (byte) (v - (carry << 4));
        }
        e[63] = (byte) (e[63] + carry);
        return e;
    }

    /** Width-w non-adjacent form of a 256-bit little-endian number (dalek's algorithm). */
    static byte[] nonAdjacentForm(byte[] s, int width) {
        long[] words = new long[5];
        for (int i = 0; i < 32; i++) {
            words[i / 8] |= (s[i] & 0xffL) << (8 * (i % 8));
        }
        byte[] naf = new byte[256];
        int windowSize = 1 << width;
        long windowMask = windowSize - 1;
        int pos = 0;
        int carry = 0;
        while (pos < 256) {
            int idx = pos / 64;
            int bit = pos % 64;
            long bits = bit < 64 - width
                    ? words[idx] >>> bit
                    : (words[idx] >>> bit) | (words[idx + 1] << (64 - bit));
            int window = carry + (int) (bits & windowMask);
            if ((window & 1) == 0) {
                pos += 1;
                continue;
            }
            if (window < windowSize / 2) {
                carry = 0;
                naf[pos] = (byte) window;
            } else {
                carry = 1;
                naf[pos] = (byte) (window - windowSize);
            }
            pos += width;
        }
        return naf;
    }
}
