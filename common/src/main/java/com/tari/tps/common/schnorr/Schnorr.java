package com.tari.tps.common.schnorr;

import com.tari.tps.common.hashing.DomainSeparatedHasher;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.ristretto.RistrettoPoint;
import com.tari.tps.common.ristretto.Scalar;
import java.security.SecureRandom;

/** tari_crypto Ristretto Schnorr with a domain-separated Blake2b-512 challenge. Thread-safe. */
public final class Schnorr {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Schnorr() {}

    /** Signs with a fresh uniformly random nonce from SecureRandom. Constant time in the key. */
    public static SchnorrSignature sign(SignatureDomain domain, SecretKey key, byte[] message) {
        return signWithNonce(domain, key, Scalar.random(RANDOM), message);
    }

    /** Signs with the given nonce r. Only for deterministic test vectors: never reuse r. */
    public static SchnorrSignature signWithNonce(SignatureDomain domain, SecretKey key, Scalar nonce, byte[] message) {
        RistrettoPoint r = RistrettoPoint.mulBase(nonce);
        byte[] rBytes = r.encode();
        byte[] publicKey = key.publicKey().toBytes();
        Scalar e = Scalar.fromBytesModOrderWide(challengeHash(domain, rBytes, publicKey, message));
        Scalar s = e.multiplyAndAdd(key.scalar(), nonce);
        return new SchnorrSignature(rBytes, r, s);
    }

    /** False for a bad signature, an identity public key, or anything else that is not a valid signature. */
    public static boolean verify(SignatureDomain domain, PublicKey key, SchnorrSignature signature, byte[] message) {
        if (key == null || signature == null || message == null || key.isIdentity()) {
            return false;
        }
        Scalar e = Scalar.fromBytesModOrderWide(
                challengeHash(domain, signature.publicNonceBytes(), key.toBytes(), message));
        return RistrettoPoint.isSchnorrRelation(signature.s(), e, key.point(), signature.publicNonce());
    }

    /** The 64-byte challenge hash e_bytes (before reduction). */
    public static byte[] challengeHash(SignatureDomain domain, byte[] publicNonce, byte[] publicKey, byte[] message) {
        return DomainSeparatedHasher.blake2b512(domain.domain(), 1, "challenge")
                .update(publicNonce)
                .update(publicKey)
                .update(message)
                .digest();
    }
}
