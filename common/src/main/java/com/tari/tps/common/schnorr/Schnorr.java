package com.tari.tps.common.schnorr;

import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.ristretto.Scalar;

/** tari_crypto Ristretto Schnorr with a domain-separated Blake2b-512 challenge. Thread-safe. */
public final class Schnorr {
    private Schnorr() {}

    /** Signs with a fresh uniformly random nonce from SecureRandom. Constant time in the key. */
    public static SchnorrSignature sign(SignatureDomain domain, SecretKey key, byte[] message) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** Signs with the given nonce r. Only for deterministic test vectors: never reuse r. */
    public static SchnorrSignature signWithNonce(SignatureDomain domain, SecretKey key, Scalar nonce, byte[] message) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** False for a bad signature, an identity public key, or anything else that is not a valid signature. */
    public static boolean verify(SignatureDomain domain, PublicKey key, SchnorrSignature signature, byte[] message) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** The 64-byte challenge hash e_bytes (before reduction). */
    public static byte[] challengeHash(SignatureDomain domain, byte[] publicNonce, byte[] publicKey, byte[] message) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
