package com.tari.tps.common.ristretto;

import java.util.Optional;

/** An element of the Ristretto255 group (RFC 9496). Immutable; equals compares group elements. */
public final class RistrettoPoint {
    public static final RistrettoPoint IDENTITY = null;
    public static final RistrettoPoint BASEPOINT = null;

    /** RFC 9496 DECODE with every canonicality check; empty when the 32 bytes are not a valid encoding. */
    public static Optional<RistrettoPoint> decode(byte[] bytes32) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** Constant-time fixed-base multiplication s·B. */
    public static RistrettoPoint mulBase(Scalar s) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** Variable-time a·A + b·B, for signature verification (public inputs only). */
    public static RistrettoPoint doubleScalarMulBaseVartime(Scalar a, RistrettoPoint A, Scalar b) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** RFC 9496 ENCODE. */
    public byte[] encode() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public RistrettoPoint add(RistrettoPoint other) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public RistrettoPoint subtract(RistrettoPoint other) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public RistrettoPoint negate() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public RistrettoPoint dbl() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** Constant-time variable-base multiplication s·this. */
    public RistrettoPoint multiply(Scalar s) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public boolean isIdentity() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
