package com.tari.tps.common.schnorr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.ristretto.RistrettoPoint;
import com.tari.tps.common.ristretto.Scalar;
import java.util.Arrays;

/** A Schnorr signature (R, s); R is a canonical point encoding, s a canonical scalar. Wire form R‖s. Immutable. */
public final class SchnorrSignature {
    private final byte[] publicNonceBytes;
    private final RistrettoPoint publicNonce;
    private final Scalar s;

    SchnorrSignature(byte[] publicNonceBytes, RistrettoPoint publicNonce, Scalar s) {
        this.publicNonceBytes = publicNonceBytes;
        this.publicNonce = publicNonce;
        this.s = s;
    }

    /** @throws InvalidSignatureException unless 64 bytes with canonical R and s */
    public static SchnorrSignature fromBytes(byte[] bytes64) {
        if (bytes64 == null || bytes64.length != 64) {
            throw new InvalidSignatureException("a signature is 64 bytes (R‖s)");
        }
        byte[] r = Arrays.copyOfRange(bytes64, 0, 32);
        RistrettoPoint nonce = RistrettoPoint.decode(r)
                .orElseThrow(() -> new InvalidSignatureException("signature nonce R is not a valid Ristretto point"));
        Scalar s;
        try {
            s = Scalar.fromCanonicalBytes(Arrays.copyOfRange(bytes64, 32, 64));
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("signature scalar s is not canonical");
        }
        return new SchnorrSignature(r, nonce, s);
    }

    /** @throws InvalidSignatureException unless exactly 128 hex chars with canonical R and s */
    @JsonCreator
    public static SchnorrSignature fromHex(String hex) {
        if (hex == null || hex.length() != 128) {
            throw new InvalidSignatureException("a signature is 128 hex characters (R‖s)");
        }
        byte[] bytes;
        try {
            bytes = Hex.decode(hex);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("signature is not valid hex");
        }
        return fromBytes(bytes);
    }

    public byte[] publicNonceBytes() {
        return publicNonceBytes.clone();
    }

    public RistrettoPoint publicNonce() {
        return publicNonce;
    }

    public Scalar s() {
        return s;
    }

    public byte[] toBytes() {
        byte[] out = new byte[64];
        System.arraycopy(publicNonceBytes, 0, out, 0, 32);
        System.arraycopy(s.toBytes(), 0, out, 32, 32);
        return out;
    }

    /** 128 lowercase hex chars; also the JSON form in memo and wallet signatures. */
    @JsonValue
    public String toHex() {
        return Hex.encode(toBytes());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchnorrSignature other && Arrays.equals(toBytes(), other.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    @Override
    public String toString() {
        return "SchnorrSignature(" + toHex() + ")";
    }
}
