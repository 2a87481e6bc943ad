package com.tari.tps.common.ristretto;

import java.math.BigInteger;

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

    /**
     * Whether s·B == R + e·P, variable time (public inputs only). The check is rewritten with a short lattice basis
     * (u ≡ v·e mod ℓ, |u|, |v| about 2^127, found by a half extended-Euclid) as
     * t_lo·B + t_hi·(2^128·B) − v·R − u·P == 0 with t = v·s mod ℓ, so the loop needs 128 doublings instead of 253 —
     * the technique BouncyCastle's Ed25519 verify uses.
     */
    static boolean checkSchnorrEquation(Scalar s, Scalar e, EdwardsPoint p, EdwardsPoint r,
                                        EdwardsPoint.Cached[] baseTable, EdwardsPoint.Cached[] base128Table) {
        BigInteger[] uv = shortBasis(e.toBigInteger());
        BigInteger u = uv[0];
        BigInteger v = uv[1];
        BigInteger t = v.multiply(s.toBigInteger()).mod(Scalar.ORDER);
        BigInteger mask128 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

        EdwardsPoint negR = r.copy();
        if (v.signum() > 0) {
            negR.negateInPlace();
        }
        EdwardsPoint negP = p.copy();
        if (u.signum() > 0) {
            negP.negateInPlace();
        }
        byte[] nafLo = nonAdjacentForm(littleEndian(t.and(mask128)), BASE_WNAF_WIDTH);
        byte[] nafHi = nonAdjacentForm(littleEndian(t.shiftRight(128)), BASE_WNAF_WIDTH);
        byte[] nafR = nonAdjacentForm(littleEndian(v.abs()), POINT_WNAF_WIDTH);
        byte[] nafP = nonAdjacentForm(littleEndian(u.abs()), POINT_WNAF_WIDTH);
        EdwardsPoint.Cached[] tableR = oddMultiplesTable(negR, POINT_WNAF_WIDTH);
        EdwardsPoint.Cached[] tableP = oddMultiplesTable(negP, POINT_WNAF_WIDTH);

        int i = 255;
        while (i >= 0 && nafLo[i] == 0 && nafHi[i] == 0 && nafR[i] == 0 && nafP[i] == 0) {
            i--;
        }
        EdwardsPoint q = EdwardsPoint.identity();
        for (; i >= 0; i--) {
            boolean adds = nafLo[i] != 0 || nafHi[i] != 0 || nafR[i] != 0 || nafP[i] != 0;
            q.doubleInPlace(adds);
            addDigit(q, baseTable, nafLo[i]);
            addDigit(q, base128Table, nafHi[i]);
            addDigit(q, tableR, nafR[i]);
            addDigit(q, tableP, nafP[i]);
        }
        return q.isRistrettoIdentity();
    }

    /** (u, v) with u ≡ v·e (mod ℓ) and both below about 2^127: extended Euclid on (ℓ, e), stopped halfway. */
    static BigInteger[] shortBasis(BigInteger e) {
        BigInteger bound = BigInteger.ONE.shiftLeft(127);
        BigInteger r0 = Scalar.ORDER;
        BigInteger r1 = e;
        BigInteger t0 = BigInteger.ZERO;
        BigInteger t1 = BigInteger.ONE;
        while (r1.compareTo(bound) >= 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            BigInteger t2 = t0.subtract(qr[0].multiply(t1));
            r0 = r1;
            r1 = qr[1];
            t0 = t1;
            t1 = t2;
        }
        return new BigInteger[] {r1, t1};
    }

    private static byte[] littleEndian(BigInteger nonNegative) {
        byte[] be = nonNegative.toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < be.length && i < 32; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

    private static void addDigit(EdwardsPoint q, EdwardsPoint.Cached[] oddTable, int digit) {
        if (digit > 0) {
            q.addInPlace(oddTable[digit >> 1]);
        } else if (digit < 0) {
            q.subtractInPlace(oddTable[(-digit) >> 1]);
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
