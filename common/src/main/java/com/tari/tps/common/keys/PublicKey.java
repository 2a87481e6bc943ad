package com.tari.tps.common.keys;

import com.tari.tps.common.ristretto.RistrettoPoint;

/** A Ristretto public key: a canonical 32-byte point encoding. equals/hashCode on the encoding. */
public final class PublicKey {
    /** @throws InvalidKeyException unless 32 bytes of a canonical Ristretto encoding (identity allowed here) */
    public static PublicKey fromBytes(byte[] bytes32) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** @throws InvalidKeyException on bad hex, wrong length or a non-canonical point */
    public static PublicKey fromHex(String hex) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public static PublicKey fromPoint(RistrettoPoint point) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    public RistrettoPoint point() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public byte[] toBytes() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public String toHex() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public boolean isIdentity() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
