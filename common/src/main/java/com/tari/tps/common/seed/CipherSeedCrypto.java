package com.tari.tps.common.seed;

import com.tari.tps.common.hashing.DomainSeparatedHasher;
import java.util.Arrays;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * The primitives of CipherSeed version 2 (tari_common_types {@code seeds/cipher_seed.rs}): every hash is a
 * Blake2b-256 DomainSeparatedHasher in tari_hashing's {@code KeyManagerDomain}; the passphrase goes through Argon2d
 * once and the 64-byte result is split into the ChaCha20 key and the MAC key.
 */
final class CipherSeedCrypto {
    static final String DOMAIN = "com.tari.base_layer.key_manager";
    static final int DOMAIN_VERSION = 1;
    static final String LABEL_PBKDF_SALT = "cipher_seed_pbkdf_salt";
    static final String LABEL_ENCRYPTION_NONCE = "cipher_seed_encryption_nonce";
    static final String LABEL_MAC = "cipher_seed_mac";

    static final int ARGON2_SALT_BYTES = 16;
    // OWASP's Argon2 recommendation as chosen by Tari: 46 MiB, one pass, one lane.
    static final int ARGON2_MEMORY_KIB = 46 * 1024;
    static final int KEY_BYTES = 32;
    // RustCrypto's ChaCha20 is the IETF variant: 96-bit nonce, 32-bit block counter starting at 0.
    static final int NONCE_BYTES = 12;
    static final int MAC_BYTES = 5;

    /** ChaCha20 key and MAC key, both 32 bytes. */
    record Keys(byte[] encryptionKey, byte[] macKey) {}

    private CipherSeedCrypto() {}

    static Keys deriveKeys(byte[] passphrase, byte[] salt) {
        byte[] main = argon2(passphrase, argon2Salt(salt));
        Keys keys = new Keys(Arrays.copyOfRange(main, 0, KEY_BYTES), Arrays.copyOfRange(main, KEY_BYTES, 2 * KEY_BYTES));
        Arrays.fill(main, (byte) 0);
        return keys;
    }

    static byte[] argon2Salt(byte[] salt) {
        return Arrays.copyOf(hash(LABEL_PBKDF_SALT, salt), ARGON2_SALT_BYTES);
    }

    static byte[] argon2(byte[] passphrase, byte[] argon2Salt) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_d)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(ARGON2_MEMORY_KIB)
                .withIterations(1)
                .withParallelism(1)
                .withSalt(argon2Salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[2 * KEY_BYTES];
        generator.generateBytes(passphrase, out);
        return out;
    }

    static byte[] nonce(byte[] salt) {
        return Arrays.copyOf(hash(LABEL_ENCRYPTION_NONCE, salt), NONCE_BYTES);
    }

    /** XORs the keystream into {@code data} in place; the same call encrypts and decrypts. */
    static void applyStreamCipher(byte[] data, byte[] encryptionKey, byte[] salt) {
        ChaCha7539Engine chacha = new ChaCha7539Engine();
        chacha.init(true, new ParametersWithIV(new KeyParameter(encryptionKey), nonce(salt)));
        chacha.processBytes(data, 0, data.length, data, 0);
    }

    /** Version 2 order: version, birthday (LE), entropy, salt, MAC key; the first 5 bytes are kept. */
    static byte[] mac(int version, byte[] birthdayLe, byte[] entropy, byte[] salt, byte[] macKey) {
        byte[] full = DomainSeparatedHasher.blake2b256(DOMAIN, DOMAIN_VERSION, LABEL_MAC)
                .update(new byte[] {(byte) version})
                .update(birthdayLe)
                .update(entropy)
                .update(salt)
                .update(macKey)
                .digest();
        return Arrays.copyOf(full, MAC_BYTES);
    }

    private static byte[] hash(String label, byte[] salt) {
        return DomainSeparatedHasher.blake2b256(DOMAIN, DOMAIN_VERSION, label).update(salt).digest();
    }
}
