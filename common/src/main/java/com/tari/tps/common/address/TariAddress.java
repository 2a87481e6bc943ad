package com.tari.tps.common.address;

import static com.tari.tps.common.address.AddressFormatException.Reason;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.keys.InvalidKeyException;
import com.tari.tps.common.keys.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * A Tari wallet address, single (35 bytes) or dual (67 bytes). Immutable; equals on the bytes.
 * toString and the default JSON form are base58; JSON input accepts base58, emoji id or hex.
 */
public final class TariAddress {
    public static final int FEATURES_DEFAULT = 0x03;
    public static final int SINGLE_SIZE = 35;
    public static final int DUAL_SIZE = 67;
    private static final int KNOWN_FEATURES = 0x03;

    private final byte[] bytes;
    private final Network network;
    private final PublicKey viewKey;
    private final PublicKey spendKey;
    /** Worked out once: the server writes an address as base58 several times per request (SQL, JSON, logs). */
    private String base58;

    private TariAddress(byte[] bytes, Network network, PublicKey viewKey, PublicKey spendKey) {
        this.bytes = bytes;
        this.network = network;
        this.viewKey = viewKey;
        this.spendKey = spendKey;
    }

    public static TariAddress single(Network network, int features, PublicKey spendKey) {
        byte[] b = new byte[SINGLE_SIZE];
        b[0] = (byte) network.id();
        b[1] = (byte) features;
        System.arraycopy(spendKey.toBytes(), 0, b, 2, 32);
        b[34] = (byte) DammSum.compute(b, 34);
        return fromBytes(b);
    }

    public static TariAddress dual(Network network, int features, PublicKey viewKey, PublicKey spendKey) {
        byte[] b = new byte[DUAL_SIZE];
        b[0] = (byte) network.id();
        b[1] = (byte) features;
        System.arraycopy(viewKey.toBytes(), 0, b, 2, 32);
        System.arraycopy(spendKey.toBytes(), 0, b, 34, 32);
        b[66] = (byte) DammSum.compute(b, 66);
        return fromBytes(b);
    }

    /** Longer than any written form of an address (67 emoji with separators, 92 base58 or 134 hex characters). */
    private static final int MAX_TEXT = 512;
    /**
     * Addresses already parsed, by their text: decoding a key is a field square root (a sizeable share of a payment
     * request's CPU, and of the store writer's, which re-reads sender addresses from the store). Only valid addresses
     * get here; the results are immutable. Bounded by clearing it when full.
     */
    private static final int PARSED_CACHE_SIZE = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<String, TariAddress> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Parses emoji id, then base58, then hex. @throws AddressFormatException with the reason */
    @JsonCreator
    public static TariAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new AddressFormatException(Reason.LENGTH, "address is empty");
        }
        if (text.length() > MAX_TEXT) {
            // Base58 decoding is quadratic in the length: refuse before spending seconds of CPU on a hostile string.
            throw new AddressFormatException(Reason.LENGTH, "address is too long (" + text.length() + " characters)");
        }
        TariAddress known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        TariAddress parsed = parseUncached(text);
        if (PARSED.size() >= PARSED_CACHE_SIZE) {
            PARSED.clear();
        }
        PARSED.put(text, parsed);
        return parsed;
    }

    private static TariAddress parseUncached(String text) {
        String emoji = text.trim().replace("|", "");
        if (!isAscii(emoji)) {
            return fromBytes(decodeEmoji(emoji));
        }
        AddressFormatException base58Error;
        try {
            return fromBytes(decodeBase58(text));
        } catch (AddressFormatException e) {
            base58Error = e;
        }
        AddressFormatException hexError;
        try {
            return fromBytes(decodeHex(text));
        } catch (AddressFormatException e) {
            hexError = e;
        }
        throw looksLikeHex(text) ? hexError : base58Error;
    }

    /** @throws AddressFormatException with the reason */
    public static TariAddress fromBytes(byte[] bytes) {
        if (bytes == null || (bytes.length != SINGLE_SIZE && bytes.length != DUAL_SIZE)) {
            throw new AddressFormatException(Reason.LENGTH, "an address is " + SINGLE_SIZE + " or " + DUAL_SIZE
                    + " bytes, got " + (bytes == null ? 0 : bytes.length)
                    + (bytes != null && bytes.length == 33 ? " (a legacy pre-2024 address, no longer supported)" : ""));
        }
        if (!DammSum.isValid(bytes)) {
            throw new AddressFormatException(Reason.CHECKSUM, "address checksum does not match: check it for a typo");
        }
        Network network = Network.fromByte(bytes[0]);
        int features = bytes[1] & 0xff;
        if ((features & ~KNOWN_FEATURES) != 0) {
            throw new AddressFormatException(Reason.FEATURES, String.format("unknown address features 0x%02x", features));
        }
        try {
            if (bytes.length == SINGLE_SIZE) {
                return new TariAddress(bytes.clone(), network, null, PublicKey.fromBytes(Arrays.copyOfRange(bytes, 2, 34)));
            }
            PublicKey view = PublicKey.fromBytes(Arrays.copyOfRange(bytes, 2, 34));
            PublicKey spend = PublicKey.fromBytes(Arrays.copyOfRange(bytes, 34, 66));
            return new TariAddress(bytes.clone(), network, view, spend);
        } catch (InvalidKeyException e) {
            throw new AddressFormatException(Reason.KEY, "address holds an invalid public key: " + e.getMessage());
        }
    }

    /** The engine's stand-in address for a customer id with no wallet. */
    public static TariAddress dummyForCustomerId(String customerId) {
        Blake2bDigest blake = new Blake2bDigest(512);
        byte[] id = customerId.getBytes(StandardCharsets.UTF_8);
        blake.update(id, 0, id.length);
        byte[] h = new byte[64];
        blake.doFinal(h, 0);
        byte[] prefix = {0, 0, 0, (byte) 0xba, 0x5e, 0x4d, 0, 0};
        System.arraycopy(prefix, 0, h, 0, 8);
        h[31] = 0;
        while (true) {
            byte[] key = Arrays.copyOfRange(h, 0, 32);
            try {
                return single(Network.MAINNET, 0x02, PublicKey.fromBytes(key));
            } catch (InvalidKeyException e) {
                long counter = 0;
                for (int i = 24; i < 32; i++) {
                    counter = (counter << 8) | (h[i] & 0xff);
                }
                counter++;
                for (int i = 31; i >= 24; i--) {
                    h[i] = (byte) counter;
                    counter >>>= 8;
                }
            }
        }
    }

    public Network network() {
        return network;
    }

    public int features() {
        return bytes[1] & 0xff;
    }

    public boolean isDual() {
        return bytes.length == DUAL_SIZE;
    }

    /** The key that signs for this address. */
    public PublicKey spendKey() {
        return spendKey;
    }

    public Optional<PublicKey> viewKey() {
        return Optional.ofNullable(viewKey);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Three pieces encoded separately: network byte, features byte, the rest. */
    @JsonValue
    public String toBase58() {
        String known = base58;
        if (known == null) {
            // A race only computes the same immutable string twice.
            known = Base58.encode(new byte[] {bytes[0]}) + Base58.encode(new byte[] {bytes[1]})
                    + Base58.encode(Arrays.copyOfRange(bytes, 2, bytes.length));
            base58 = known;
        }
        return known;
    }

    public String toEmoji() {
        return EmojiAlphabet.encode(bytes);
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TariAddress other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toBase58();
    }

    private static byte[] decodeEmoji(String emoji) {
        int[] codePoints = emoji.codePoints().toArray();
        if (codePoints.length != SINGLE_SIZE && codePoints.length != DUAL_SIZE) {
            throw new AddressFormatException(Reason.LENGTH, "an emoji id has " + SINGLE_SIZE + " or " + DUAL_SIZE
                    + " emoji, got " + codePoints.length);
        }
        byte[] out = new byte[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            int b = EmojiAlphabet.byteOf(codePoints[i]);
            if (b < 0) {
                throw new AddressFormatException(Reason.CHARACTER, "character " + (i + 1) + " ("
                        + new String(Character.toChars(codePoints[i])) + ") is not a Tari emoji");
            }
            out[i] = (byte) b;
        }
        return out;
    }

    /** Untrimmed, as the Rust code: the first two characters are the network and features bytes. */
    private static byte[] decodeBase58(String text) {
        if (text.length() < 45) {
            throw new AddressFormatException(Reason.LENGTH, "a base58 address has at least 45 characters, got " + text.length());
        }
        byte[] network = Base58.decode(text.substring(0, 1));
        byte[] features = Base58.decode(text.substring(1, 2));
        byte[] rest = Base58.decode(text.substring(2));
        byte[] out = new byte[network.length + features.length + rest.length];
        System.arraycopy(network, 0, out, 0, network.length);
        System.arraycopy(features, 0, out, network.length, features.length);
        System.arraycopy(rest, 0, out, network.length + features.length, rest.length);
        return out;
    }

    private static byte[] decodeHex(String text) {
        try {
            return Hex.decode(text);
        } catch (IllegalArgumentException e) {
            throw new AddressFormatException(Reason.CHARACTER, "not a base58, emoji or hex address: " + e.getMessage());
        }
    }

    private static boolean looksLikeHex(String text) {
        String s = text.trim();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return true;
        }
        return !s.isEmpty() && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
