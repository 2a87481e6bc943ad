package com.tari.tps.common.ristretto;

import java.security.SecureRandom;

/** An integer modulo the Ristretto255 group order ℓ, always canonical (&lt; ℓ). Immutable. 32-byte little-endian. */
public final class Scalar {
    public static final Scalar ZERO = null;
    public static final Scalar ONE = null;

    /** @throws IllegalArgumentException unless exactly 32 bytes holding a value &lt; ℓ */
    public static Scalar fromCanonicalBytes(byte[] bytes32) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** The 512-bit little-endian integer mod ℓ (dalek from_bytes_mod_order_wide). @throws IllegalArgumentException unless 64 bytes */
    public static Scalar fromBytesModOrderWide(byte[] bytes64) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** Uniform: 64 random bytes reduced mod ℓ. */
    public static Scalar random(SecureRandom random) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    public byte[] toBytes() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public Scalar add(Scalar other) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public Scalar multiply(Scalar other) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** this·b + c mod ℓ, constant time. */
    public Scalar multiplyAndAdd(Scalar b, Scalar c) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public boolean isZero() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
