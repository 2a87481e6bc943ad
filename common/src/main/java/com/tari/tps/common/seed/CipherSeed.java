package com.tari.tps.common.seed;

import com.tari.tps.common.seed.SeedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A Tari wallet seed (tari_common_types {@code seeds/cipher_seed.rs}, version 2): 16 bytes of entropy that every
 * wallet key is derived from, the wallet's birthday and a 5-byte salt. Enciphered it is 33 bytes,
 * {@code version(1) || ChaCha20(birthday_le(2) || entropy(16) || mac(5)) (23) || salt(5) || crc32_le(4)}, which
 * the English word list spells as 24 words. Immutable; toString never reveals the entropy.
 */
public final class CipherSeed {
    /** The only version Tari accepts: older seeds used other labels and MAC order and are rejected upstream too. */
    public static final int VERSION = 2;
    /** What Tari uses when the user sets no seed passphrase (the console wallet never asks for one). */
    public static final String DEFAULT_PASSPHRASE = "TARI_CIPHER_SEED";
    /** Day 0 of the birthday: 2022-01-01 UTC. */
    public static final LocalDate BIRTHDAY_GENESIS = LocalDate.of(2022, 1, 1);
    public static final int ENTROPY_BYTES = 16;
    public static final int SALT_BYTES = 5;
    public static final int ENCIPHERED_BYTES = 33;

    private static final int BIRTHDAY_BYTES = 2;
    private static final int CHECKSUM_BYTES = 4;
    private static final int SECRET_BYTES = BIRTHDAY_BYTES + ENTROPY_BYTES + CipherSeedCrypto.MAC_BYTES;
    private static final int SALT_OFFSET = 1 + SECRET_BYTES;
    private static final int CHECKSUM_OFFSET = SALT_OFFSET + SALT_BYTES;

    private final int birthday;
    private final byte[] entropy;
    private final byte[] salt;

    private CipherSeed(int birthday, byte[] entropy, byte[] salt) {
        this.birthday = birthday;
        this.entropy = entropy;
        this.salt = salt;
    }

    /** @throws SeedException (LENGTH) unless birthday fits a u16, entropy is 16 bytes and salt 5 bytes */
    public static CipherSeed of(int birthday, byte[] entropy, byte[] salt) {
        if (birthday < 0 || birthday > 0xffff) {
            throw new SeedException(Reason.LENGTH, "birthday must be 0..65535 days, got " + birthday);
        }
        if (entropy == null || entropy.length != ENTROPY_BYTES) {
            throw new SeedException(Reason.LENGTH, "seed entropy must be " + ENTROPY_BYTES + " bytes");
        }
        if (salt == null || salt.length != SALT_BYTES) {
            throw new SeedException(Reason.LENGTH, "seed salt must be " + SALT_BYTES + " bytes");
        }
        return new CipherSeed(birthday, entropy.clone(), salt.clone());
    }

    /** A new seed with today's birthday, as {@code CipherSeed::new} makes it (0 if the clock is out of range). */
    public static CipherSeed generate(SecureRandom random, Clock clock) {
        long days = ChronoUnit.DAYS.between(BIRTHDAY_GENESIS, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        int birthday = days < 0 || days > 0xffff ? 0 : (int) days;
        byte[] entropy = new byte[ENTROPY_BYTES];
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(entropy);
        random.nextBytes(salt);
        return new CipherSeed(birthday, entropy, salt);
    }

    /** Seed words as a console wallet shows them, without a passphrase. */
    public static CipherSeed fromMnemonic(String phrase) {
        return fromMnemonic(SeedWords.split(phrase), null);
    }

    /**
     * @param passphrase the seed passphrase, or null for Tari's default
     * @throws SeedException WORD_COUNT, UNKNOWN_WORD, then as {@link #fromEnciphered}
     */
    public static CipherSeed fromMnemonic(List<String> words, String passphrase) {
        if (words.size() != SeedWords.WORD_COUNT) {
            throw new SeedException(Reason.WORD_COUNT,
                    "a Tari seed phrase has " + SeedWords.WORD_COUNT + " words, got " + words.size());
        }
        return fromEnciphered(SeedWords.toBytes(words), passphrase);
    }

    /**
     * Checks in Tari's order: length, version, CRC32, then decrypts and checks the MAC.
     *
     * @param passphrase the seed passphrase, or null for Tari's default
     * @throws SeedException LENGTH, VERSION, CHECKSUM or MAC
     */
    public static CipherSeed fromEnciphered(byte[] enciphered, String passphrase) {
        if (enciphered == null || enciphered.length != ENCIPHERED_BYTES) {
            throw new SeedException(Reason.LENGTH, "an enciphered seed is " + ENCIPHERED_BYTES + " bytes");
        }
        int version = enciphered[0] & 0xff;
        if (version != VERSION) {
            throw new SeedException(Reason.VERSION, "seed version " + version + " is not supported (only version "
                    + VERSION + ", written by current Tari wallets)");
        }
        byte[] checksum = Arrays.copyOfRange(enciphered, CHECKSUM_OFFSET, ENCIPHERED_BYTES);
        if (!Arrays.equals(checksum, crc32Le(enciphered, CHECKSUM_OFFSET))) {
            throw new SeedException(Reason.CHECKSUM, "the seed words' checksum does not match: check each word");
        }
        byte[] salt = Arrays.copyOfRange(enciphered, SALT_OFFSET, CHECKSUM_OFFSET);
        CipherSeedCrypto.Keys keys = CipherSeedCrypto.deriveKeys(passphraseBytes(passphrase), salt);
        byte[] secret = Arrays.copyOfRange(enciphered, 1, SALT_OFFSET);
        try {
            CipherSeedCrypto.applyStreamCipher(secret, keys.encryptionKey(), salt);
            byte[] birthdayLe = Arrays.copyOfRange(secret, 0, BIRTHDAY_BYTES);
            byte[] entropy = Arrays.copyOfRange(secret, BIRTHDAY_BYTES, BIRTHDAY_BYTES + ENTROPY_BYTES);
            byte[] mac = Arrays.copyOfRange(secret, BIRTHDAY_BYTES + ENTROPY_BYTES, SECRET_BYTES);
            byte[] expected = CipherSeedCrypto.mac(version, birthdayLe, entropy, salt, keys.macKey());
            // Constant time, as upstream, so a wrong guess leaks nothing about the MAC.
            if (!MessageDigest.isEqual(mac, expected)) {
                Arrays.fill(entropy, (byte) 0);
                throw new SeedException(Reason.MAC,
                        "the seed could not be decrypted: wrong passphrase, or the words are not a Tari wallet seed");
            }
            int birthday = (birthdayLe[0] & 0xff) | (birthdayLe[1] & 0xff) << 8;
            return new CipherSeed(birthday, entropy, salt);
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(keys.encryptionKey(), (byte) 0);
            Arrays.fill(keys.macKey(), (byte) 0);
        }
    }

    /** The 33 enciphered bytes, as {@code CipherSeed::encipher}. @param passphrase or null for Tari's default */
    public byte[] encipher(String passphrase) {
        CipherSeedCrypto.Keys keys = CipherSeedCrypto.deriveKeys(passphraseBytes(passphrase), salt);
        byte[] birthdayLe = {(byte) birthday, (byte) (birthday >>> 8)};
        byte[] mac = CipherSeedCrypto.mac(VERSION, birthdayLe, entropy, salt, keys.macKey());
        byte[] out = new byte[ENCIPHERED_BYTES];
        out[0] = (byte) VERSION;
        System.arraycopy(birthdayLe, 0, out, 1, BIRTHDAY_BYTES);
        System.arraycopy(entropy, 0, out, 1 + BIRTHDAY_BYTES, ENTROPY_BYTES);
        System.arraycopy(mac, 0, out, 1 + BIRTHDAY_BYTES + ENTROPY_BYTES, mac.length);
        byte[] secret = Arrays.copyOfRange(out, 1, SALT_OFFSET);
        CipherSeedCrypto.applyStreamCipher(secret, keys.encryptionKey(), salt);
        System.arraycopy(secret, 0, out, 1, SECRET_BYTES);
        System.arraycopy(salt, 0, out, SALT_OFFSET, SALT_BYTES);
        System.arraycopy(crc32Le(out, CHECKSUM_OFFSET), 0, out, CHECKSUM_OFFSET, CHECKSUM_BYTES);
        Arrays.fill(keys.encryptionKey(), (byte) 0);
        Arrays.fill(keys.macKey(), (byte) 0);
        return out;
    }

    /** The 24 English seed words. @param passphrase or null for Tari's default */
    public List<String> toMnemonic(String passphrase) {
        return SeedWords.fromBytes(encipher(passphrase));
    }

    /** Days since {@link #BIRTHDAY_GENESIS}. */
    public int birthday() {
        return birthday;
    }

    public LocalDate birthdayDate() {
        return BIRTHDAY_GENESIS.plusDays(birthday);
    }

    public byte[] entropy() {
        return entropy.clone();
    }

    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CipherSeed other && birthday == other.birthday
                && MessageDigest.isEqual(entropy, other.entropy) && Arrays.equals(salt, other.salt);
    }

    @Override
    public int hashCode() {
        // Entropy stays out so a hash never carries key material.
        return 31 * birthday + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "CipherSeed(birthday=" + birthdayDate() + ", entropy redacted)";
    }

    private static byte[] passphraseBytes(String passphrase) {
        return (passphrase == null ? DEFAULT_PASSPHRASE : passphrase).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] crc32Le(byte[] data, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, 0, length);
        long value = crc.getValue();
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }
}
