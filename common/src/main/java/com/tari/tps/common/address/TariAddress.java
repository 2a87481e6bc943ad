package com.tari.tps.common.address;

import com.tari.tps.common.keys.PublicKey;
import java.util.Optional;

/** A Tari wallet address, single (35 bytes) or dual (67 bytes). Immutable; equals on the bytes. toString is base58. */
public final class TariAddress {
    public static final int FEATURES_DEFAULT = 0x03;

    public static TariAddress single(Network network, int features, PublicKey spendKey) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public static TariAddress dual(Network network, int features, PublicKey viewKey, PublicKey spendKey) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** Parses emoji id, then base58, then hex (crypto.md §3.5). @throws AddressFormatException with the reason */
    public static TariAddress parse(String text) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** @throws AddressFormatException with the reason */
    public static TariAddress fromBytes(byte[] bytes) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** The engine's stand-in address for a customer id with no wallet (crypto.md §3.7). */
    public static TariAddress dummyForCustomerId(String customerId) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    public Network network() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public int features() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public boolean isDual() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** The key that signs for this address. */
    public PublicKey spendKey() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public Optional<PublicKey> viewKey() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public byte[] toBytes() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public String toBase58() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public String toEmoji() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public String toHex() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
