package com.tari.tps.common.ristretto;

import java.math.BigInteger;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Curve25519 field helpers on top of BouncyCastle's {@link X25519Field} (10 limbs of 25.5 bits in an int[]).
 * Everything here is constant time unless its name ends in {@code Var}.
 */
final class Field {
    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D_VALUE = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger SQRT_M1_VALUE = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);

    static final int[] D = of(D_VALUE);
    static final int[] D2 = of(D_VALUE.shiftLeft(1).mod(P));
    static final int[] SQRT_M1 = of(SQRT_M1_VALUE);
    /** 1/sqrt(a − d) with a = −1, the non-negative root (RFC 9496 INVSQRT_A_MINUS_D). */
    static final int[] INVSQRT_A_MINUS_D = of(nonNegativeSqrt(BigInteger.ONE.negate().subtract(D_VALUE).mod(P).modInverse(P)));

    static final int[] ONE_MINUS_D_SQ = of(BigInteger.ONE.subtract(D_VALUE.multiply(D_VALUE)).mod(P));
    static final int[] D_MINUS_ONE_SQ = of(D_VALUE.subtract(BigInteger.ONE).pow(2).mod(P));
    /** sqrt(a·d − 1) with a = −1: RFC 9496 fixes the odd ("negative") root here, unlike its other constants. */
    static final int[] SQRT_AD_MINUS_ONE = of(P.subtract(nonNegativeSqrt(D_VALUE.negate().subtract(BigInteger.ONE).mod(P))));

    private Field() {}

    static int[] create() {
        return X25519Field.create();
    }

    static int[] one() {
        int[] z = create();
        X25519Field.one(z);
        return z;
    }

    static int[] copyOf(int[] x) {
        int[] z = create();
        X25519Field.copy(x, 0, z, 0);
        return z;
    }

    static int[] of(BigInteger value) {
        byte[] le = new byte[32];
        byte[] be = value.mod(P).toByteArray();
        for (int i = 0; i < be.length && i < 32; i++) {
            le[i] = be[be.length - 1 - i];
        }
        int[] z = create();
        X25519Field.decode(le, 0, z);
        return z;
    }

    static void add(int[] x, int[] y, int[] z) {
        X25519Field.add(x, y, z);
        X25519Field.carry(z);
    }

    static void sub(int[] x, int[] y, int[] z) {
        X25519Field.sub(x, y, z);
    }

    static void mul(int[] x, int[] y, int[] z) {
        X25519Field.mul(x, y, z);
    }

    static void sqr(int[] x, int[] z) {
        X25519Field.sqr(x, z);
    }

    static void negate(int[] x, int[] z) {
        X25519Field.negate(x, z);
        X25519Field.carry(z);
    }

    /** The canonical 32-byte little-endian encoding. */
    static byte[] encode(int[] x) {
        int[] t = copyOf(x);
        X25519Field.normalize(t);
        byte[] out = new byte[32];
        X25519Field.encode(t, out, 0);
        return out;
    }

    /** 1 when the canonical value is odd ("negative" in RFC 9496), else 0. */
    static int isNegative(int[] x) {
        return encode(x)[0] & 1;
    }

    /** 1 when x ≡ 0. */
    static int isZero(int[] x) {
        int[] t = copyOf(x);
        X25519Field.normalize(t);
        return X25519Field.isZero(t) & 1;
    }

    /** 1 when x ≡ y. */
    static int areEqual(int[] x, int[] y) {
        int[] t = create();
        X25519Field.sub(x, y, t);
        return isZero(t);
    }

    /** z = x when flag is 1, unchanged when 0. */
    static void cmov(int flag, int[] x, int[] z) {
        X25519Field.cmov(-flag, x, 0, z, 0);
    }

    /** z = −z when flag is 1. */
    static void cnegate(int flag, int[] z) {
        X25519Field.cnegate(flag, z);
        X25519Field.carry(z);
    }

    /** |x|: the non-negative one of x and −x. */
    static void abs(int[] x, int[] z) {
        X25519Field.copy(x, 0, z, 0);
        cnegate(isNegative(x), z);
    }

    /** x^((p−5)/8) = x^(2^252 − 3), by the ref10 addition chain. */
    static void powPm5d8(int[] x, int[] z) {
        int[] t0 = create();
        int[] t1 = create();
        int[] t2 = create();
        X25519Field.sqr(x, t0);
        X25519Field.sqr(t0, 2, t1);
        X25519Field.mul(x, t1, t1);
        X25519Field.mul(t0, t1, t0);
        X25519Field.sqr(t0, t0);
        X25519Field.mul(t1, t0, t0);            // 2^5 − 1
        X25519Field.sqr(t0, 5, t1);
        X25519Field.mul(t1, t0, t0);            // 2^10 − 1
        X25519Field.sqr(t0, 10, t1);
        X25519Field.mul(t1, t0, t1);            // 2^20 − 1
        X25519Field.sqr(t1, 20, t2);
        X25519Field.mul(t2, t1, t1);            // 2^40 − 1
        X25519Field.sqr(t1, 10, t1);
        X25519Field.mul(t1, t0, t0);            // 2^50 − 1
        X25519Field.sqr(t0, 50, t1);
        X25519Field.mul(t1, t0, t1);            // 2^100 − 1
        X25519Field.sqr(t1, 100, t2);
        X25519Field.mul(t2, t1, t1);            // 2^200 − 1
        X25519Field.sqr(t1, 50, t1);
        X25519Field.mul(t1, t0, t0);            // 2^250 − 1
        X25519Field.sqr(t0, 2, t0);
        X25519Field.mul(t0, x, z);              // 2^252 − 3
    }

    /**
     * RFC 9496 SQRT_RATIO_M1(u, v): writes the non-negative root of u/v (or of i·u/v) to r and returns 1 when u/v
     * is square, else 0. Constant time.
     */
    static int sqrtRatioM1(int[] u, int[] v, int[] r) {
        int[] v3 = create();
        int[] v7 = create();
        int[] t = create();
        sqr(v, v3);
        mul(v3, v, v3);                 // v^3
        sqr(v3, v7);
        mul(v7, v, v7);                 // v^7
        mul(u, v7, t);
        powPm5d8(t, t);                 // (u·v^7)^((p−5)/8)
        int[] rr = create();
        mul(u, v3, rr);
        mul(rr, t, rr);                 // r = u·v^3·(u·v^7)^((p−5)/8)

        int[] check = create();
        sqr(rr, check);
        mul(check, v, check);           // v·r²
        int[] negU = create();
        negate(u, negU);
        int[] negUi = create();
        mul(negU, SQRT_M1, negUi);

        int correctSign = areEqual(check, u);
        int flippedSign = areEqual(check, negU);
        int flippedSignI = areEqual(check, negUi);

        int[] rPrime = create();
        mul(rr, SQRT_M1, rPrime);
        cmov(flippedSign | flippedSignI, rPrime, rr);
        abs(rr, r);
        return correctSign | flippedSign;
    }

    private static BigInteger nonNegativeSqrt(BigInteger v) {
        BigInteger root = v.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!root.multiply(root).mod(P).equals(v.mod(P))) {
            root = root.multiply(SQRT_M1_VALUE).mod(P);
        }
        return root.testBit(0) ? P.subtract(root) : root;
    }
}
