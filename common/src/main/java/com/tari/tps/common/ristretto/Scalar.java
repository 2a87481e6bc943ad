package com.tari.tps.common.ristretto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * An integer modulo the Ristretto255 group order ℓ, always canonical (&lt; ℓ). Immutable. 32-byte little-endian.
 *
 * <p>Arithmetic is constant time: nine 29-bit limbs and Montgomery multiplication (R = 2^261), so every partial
 * product fits in a {@code long} and no branch or index depends on a value. BigInteger is used only to derive the
 * public constants once.
 */
public final class Scalar {
    private static final int LIMBS = 9;
    private static final int BITS = 29;
    private static final long MASK = (1L << BITS) - 1;

    static final BigInteger ORDER = BigInteger.ONE.shiftLeft(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));
    private static final BigInteger MONTGOMERY_R = BigInteger.ONE.shiftLeft(LIMBS * BITS);
    private static final long[] L = limbsOf(ORDER);
    private static final long[] RR = limbsOf(MONTGOMERY_R.pow(2).mod(ORDER));
    private static final long[] RRR = limbsOf(MONTGOMERY_R.pow(3).mod(ORDER));
    /** -ℓ^-1 mod 2^29 */
    private static final long N_PRIME = ORDER.negate().modInverse(BigInteger.ONE.shiftLeft(BITS)).longValueExact();

    public static final Scalar ZERO = new Scalar(new long[LIMBS]);
    public static final Scalar ONE = fromLong(1);

    private final long[] limbs;

    private Scalar(long[] limbs) {
        this.limbs = limbs;
    }

    /** @throws IllegalArgumentException unless exactly 32 bytes holding a value &lt; ℓ */
    public static Scalar fromCanonicalBytes(byte[] bytes32) {
        if (bytes32 == null || bytes32.length != 32) {
            throw new IllegalArgumentException("a scalar is 32 bytes");
        }
        long[] t = unpack(bytes32, 32);
        long[] reduced = new long[LIMBS];
        if (subtractOrder(t, reduced) == 1) {
            throw new IllegalArgumentException("scalar is not canonical (not less than the group order)");
        }
        return new Scalar(t);
    }

    /** The 512-bit little-endian integer mod ℓ (dalek from_bytes_mod_order_wide). @throws IllegalArgumentException unless 64 bytes */
    public static Scalar fromBytesModOrderWide(byte[] bytes64) {
        if (bytes64 == null || bytes64.length != 64) {
            throw new IllegalArgumentException("a wide scalar is 64 bytes");
        }
        long[] all = unpack(bytes64, 64);
        long[] lo = Arrays.copyOfRange(all, 0, LIMBS);
        long[] hi = Arrays.copyOfRange(all, LIMBS, 2 * LIMBS);
        // x = lo + hi·R, so R·x = lo·R + hi·R² = mont(lo, R²) + mont(hi, R³); one more mont(·, 1) divides R out.
        long[] sum = add(montgomeryMultiply(lo, RR), montgomeryMultiply(hi, RRR));
        long[] one = new long[LIMBS];
        one[0] = 1;
        return new Scalar(montgomeryMultiply(sum, one));
    }

    /** Uniform: 64 random bytes reduced mod ℓ. */
    public static Scalar random(SecureRandom random) {
        byte[] wide = new byte[64];
        random.nextBytes(wide);
        Scalar s = fromBytesModOrderWide(wide);
        Arrays.fill(wide, (byte) 0);
        return s;
    }

    static Scalar fromBigInteger(BigInteger value) {
        return new Scalar(limbsOf(value.mod(ORDER)));
    }

    static Scalar fromLong(long value) {
        return new Scalar(limbsOf(BigInteger.valueOf(value).mod(ORDER)));
    }

    public byte[] toBytes() {
        byte[] out = new byte[32];
        long acc = 0;
        int accBits = 0;
        int limb = 0;
        for (int i = 0; i < 32; i++) {
            while (accBits < 8 && limb < LIMBS) {
                acc |= limbs[limb++] << accBits;
                accBits += BITS;
            }
            out[i] = (byte) acc;
            acc >>>= 8;
            accBits -= 8;
        }
        return out;
    }

    public Scalar add(Scalar other) {
        return new Scalar(add(limbs, other.limbs));
    }

    public Scalar subtract(Scalar other) {
        // a − b + ℓ lies in (0, 2ℓ); the arithmetic shift carries a borrow as −1.
        long[] t = new long[LIMBS];
        long carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = limbs[i] - other.limbs[i] + L[i] + carry;
            t[i] = v & MASK;
            carry = v >> BITS;
        }
        return new Scalar(reduceOnce(t));
    }

    public Scalar negate() {
        return ZERO.subtract(this);
    }

    public Scalar multiply(Scalar other) {
        return new Scalar(montgomeryMultiply(montgomeryMultiply(limbs, other.limbs), RR));
    }

    /** this·b + c mod ℓ, constant time. */
    public Scalar multiplyAndAdd(Scalar b, Scalar c) {
        return multiply(b).add(c);
    }

    public boolean isZero() {
        long acc = 0;
        for (long limb : limbs) {
            acc |= limb;
        }
        return acc == 0;
    }

    /** Constant-time equality. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Scalar other)) {
            return false;
        }
        long diff = 0;
        for (int i = 0; i < LIMBS; i++) {
            diff |= limbs[i] ^ other.limbs[i];
        }
        return diff == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(limbs);
    }

    @Override
    public String toString() {
        return "Scalar(redacted)";
    }

    BigInteger toBigInteger() {
        byte[] le = toBytes();
        byte[] be = new byte[33];
        for (int i = 0; i < 32; i++) {
            be[32 - i] = le[i];
        }
        return new BigInteger(be);
    }

    // ---- limb arithmetic ------------------------------------------------------------------------------------

    private static long[] unpack(byte[] bytes, int length) {
        long[] out = new long[(length * 8 + BITS - 1) / BITS + 1];
        long acc = 0;
        int accBits = 0;
        int limb = 0;
        for (int i = 0; i < length; i++) {
            acc |= (bytes[i] & 0xffL) << accBits;
            accBits += 8;
            if (accBits >= BITS) {
                out[limb++] = acc & MASK;
                acc >>>= BITS;
                accBits -= BITS;
            }
        }
        out[limb] = acc;
        return Arrays.copyOf(out, length == 32 ? LIMBS : 2 * LIMBS);
    }

    private static long[] limbsOf(BigInteger value) {
        long[] out = new long[LIMBS];
        for (int i = 0; i < LIMBS; i++) {
            out[i] = value.shiftRight(i * BITS).longValue() & MASK;
        }
        return out;
    }

    /** a + b mod ℓ for a, b &lt; ℓ. */
    private static long[] add(long[] a, long[] b) {
        long[] t = new long[LIMBS];
        long carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = a[i] + b[i] + carry;
            t[i] = v & MASK;
            carry = v >>> BITS;
        }
        return reduceOnce(t);
    }

    /** t − ℓ when t ≥ ℓ, else t; t must be &lt; 2ℓ. Constant time. */
    private static long[] reduceOnce(long[] t) {
        long[] u = new long[LIMBS];
        long noBorrow = subtractOrder(t, u);
        long keepMask = -noBorrow; // all ones when t ≥ ℓ
        long[] out = new long[LIMBS];
        for (int i = 0; i < LIMBS; i++) {
            out[i] = (u[i] & keepMask) | (t[i] & ~keepMask);
        }
        return out;
    }

    /** Writes t − ℓ to out; returns 1 when t ≥ ℓ (no borrow), else 0. Constant time. */
    private static long subtractOrder(long[] t, long[] out) {
        long borrow = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = t[i] - L[i] - borrow;
            borrow = (v >>> 63);
            out[i] = v & MASK;
        }
        return 1 - borrow;
    }

    /** a·b·R^-1 mod ℓ (result &lt; ℓ) for a·b &lt; R·ℓ. CIOS Montgomery multiplication, constant time. */
    private static long[] montgomeryMultiply(long[] a, long[] b) {
        long[] t = new long[LIMBS + 1];
        for (int i = 0; i < LIMBS; i++) {
            long ai = a[i];
            for (int j = 0; j < LIMBS; j++) {
                t[j] += ai * b[j];
            }
            long m = ((t[0] & MASK) * N_PRIME) & MASK;
            for (int j = 0; j < LIMBS; j++) {
                t[j] += m * L[j];
            }
            long carry = t[0] >>> BITS;
            for (int j = 1; j <= LIMBS; j++) {
                long v = t[j] + carry;
                t[j - 1] = v & MASK;
                carry = v >>> BITS;
            }
            t[LIMBS] = carry;
        }
        return reduceOnce(Arrays.copyOf(t, LIMBS));
    }
}
