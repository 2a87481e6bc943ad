package com.tari.tps.common.keys;

import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.ristretto.RistrettoPoint;
import com.tari.tps.common.ristretto.Scalar;
import java.security.SecureRandom;

/** A Ristretto secret key (canonical scalar). Immutable; toString never reveals the value. */
public final class SecretKey {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Scalar scalar;

    private SecretKey(Scalar scalar) {
        this.scalar = scalar;
    }

    /** @throws InvalidKeyException unless 64 hex chars of a canonical little-endian scalar */
    public static SecretKey fromHex(String hex) {
        byte[] bytes;
        try {
            bytes = Hex.decode(hex);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyException("secret key is not valid hex: " + e.getMessage());
        }
        if (bytes.length != 32) {
            throw new InvalidKeyException("secret key must be 32 bytes (64 hex characters), got " + bytes.length + " bytes");
        }
        try {
            return new SecretKey(Scalar.fromCanonicalBytes(bytes));
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyException("secret key is not a canonical scalar (it must be less than the group order)");
        }
    }

    public static SecretKey fromScalar(Scalar scalar) {
        return new SecretKey(scalar);
    }

    /** A fresh key from SecureRandom. */
    public static SecretKey random() {
        return new SecretKey(Scalar.random(RANDOM));
    }

    public Scalar scalar() {
        return scalar;
    }

    public String toHex() {
        return Hex.encode(scalar.toBytes());
    }

    /** k·B, constant time. */
    public PublicKey publicKey() {
        return PublicKey.fromPoint(RistrettoPoint.mulBase(scalar));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretKey other && scalar.equals(other.scalar);
    }

    @Override
    public int hashCode() {
        return scalar.hashCode();
    }

    @Override
    public String toString() {
        return "SecretKey(redacted)";
    }
}
