package com.tari.tps.common.keys;

import com.tari.tps.common.ristretto.Scalar;

/** A Ristretto secret key (canonical scalar). toString never reveals the value. */
public final class SecretKey {
    /** @throws InvalidKeyException unless 64 hex chars of a canonical little-endian scalar */
    public static SecretKey fromHex(String hex) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public static SecretKey fromScalar(Scalar scalar) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** A fresh key from SecureRandom. */
    public static SecretKey random() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    public Scalar scalar() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public String toHex() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** k·B, constant time. */
    public PublicKey publicKey() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    @Override public String toString() { return "SecretKey(redacted)"; }
}
