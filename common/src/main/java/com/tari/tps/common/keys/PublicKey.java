package com.tari.tps.common.keys;

import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.ristretto.RistrettoPoint;
import java.util.Arrays;

/** A Ristretto public key: a canonical 32-byte point encoding. Immutable; equals/hashCode on the encoding. */
public final class PublicKey {
    private final byte[] encoding;
    private final RistrettoPoint point;

    private PublicKey(byte[] encoding, RistrettoPoint point) {
        this.encoding = encoding;
        this.point = point;
    }

    /** @throws InvalidKeyException unless 32 bytes of a canonical Ristretto encoding (identity allowed here) */
    public static PublicKey fromBytes(byte[] bytes32) {
        if (bytes32 == null || bytes32.length != 32) {
            throw new InvalidKeyException("public key must be 32 bytes (64 hex characters)");
        }
        RistrettoPoint point = RistrettoPoint.decode(bytes32)
                .orElseThrow(() -> new InvalidKeyException("public key is not a valid Ristretto point encoding"));
        return new PublicKey(bytes32.clone(), point);
    }

    /** @throws InvalidKeyException on bad hex, wrong length or a non-canonical point */
    public static PublicKey fromHex(String hex) {
        try {
            return fromBytes(Hex.decode(hex));
        } catch (InvalidKeyException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyException("public key is not valid hex: " + e.getMessage());
        }
    }

    public static PublicKey fromPoint(RistrettoPoint point) {
        return new PublicKey(point.encode(), point);
    }

    public RistrettoPoint point() {
        return point;
    }

    public byte[] toBytes() {
        return encoding.clone();
    }

    public String toHex() {
        return Hex.encode(encoding);
    }

    public boolean isIdentity() {
        return point.isIdentity();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey other && Arrays.equals(encoding, other.encoding);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoding);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
