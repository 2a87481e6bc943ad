package com.tari.tps.common.schnorr;

import com.tari.tps.common.ristretto.RistrettoPoint;
import com.tari.tps.common.ristretto.Scalar;

/** A Schnorr signature (R, s); R is a canonical point encoding, s a canonical scalar. Wire form R‖s. */
public final class SchnorrSignature {
    /** @throws InvalidSignatureException unless 64 bytes with canonical R and s */
    public static SchnorrSignature fromBytes(byte[] bytes64) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** @throws InvalidSignatureException unless exactly 128 hex chars with canonical R and s */
    public static SchnorrSignature fromHex(String hex) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    public byte[] publicNonceBytes() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public RistrettoPoint publicNonce() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public Scalar s() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public byte[] toBytes() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** 128 lowercase hex chars. */
    public String toHex() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
