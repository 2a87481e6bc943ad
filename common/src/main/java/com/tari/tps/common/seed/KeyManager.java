package com.tari.tps.common.seed;

import com.tari.tps.common.hashing.DomainSeparatedHasher;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.ristretto.Scalar;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tari's deterministic key derivation ({@code KeyManager<RistrettoPublicKey, Blake2b<U64>>::derive_key}, and
 * {@code derive_private_key} in tari_transaction_components' wallet_types.rs): the secret for (branch, index) is
 * {@code from_uniform_bytes(DSH_Blake2b512(KeyManagerDomain v1, "derive_key")(entropy, utf8(branch), le64(index)))}.
 */
public final class KeyManager {
    static final String LABEL_DERIVE_KEY = "derive_key";

    private KeyManager() {}

    /** @param index an unsigned 64-bit index (Rust's u64), little-endian in the hash */
    public static SecretKey deriveKey(CipherSeed seed, String branch, long index) {
        byte[] entropy = seed.entropy();
        try {
            return deriveKey(entropy, branch, index);
        } finally {
            Arrays.fill(entropy, (byte) 0);
        }
    }

    /** @throws SeedException (LENGTH) unless the entropy is 16 bytes */
    public static SecretKey deriveKey(byte[] entropy, String branch, long index) {
        if (entropy == null || entropy.length != CipherSeed.ENTROPY_BYTES) {
            throw new SeedException(SeedException.Reason.LENGTH, "seed entropy must be " + CipherSeed.ENTROPY_BYTES + " bytes");
        }
        byte[] indexLe = new byte[8];
        for (int i = 0; i < 8; i++) {
            indexLe[i] = (byte) (index >>> (8 * i));
        }
        byte[] wide = DomainSeparatedHasher.blake2b512(CipherSeedCrypto.DOMAIN, CipherSeedCrypto.DOMAIN_VERSION,
                        LABEL_DERIVE_KEY)
                .update(entropy)
                .update(branch.getBytes(StandardCharsets.UTF_8))
                .update(indexLe)
                .digest();
        try {
            // from_uniform_bytes on a RistrettoSecretKey is dalek's Scalar::from_bytes_mod_order_wide.
            return SecretKey.fromScalar(Scalar.fromBytesModOrderWide(wide));
        } finally {
            Arrays.fill(wide, (byte) 0);
        }
    }
}
