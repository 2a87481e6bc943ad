package com.tari.tps.common.hashing;

/**
 * tari_crypto's DomainSeparatedHasher: the tag {@code domain.v<version>[.label]} and every input are fed
 * length-prefixed (le64). Not thread-safe; one instance per hash.
 */
public final class DomainSeparatedHasher {
    /** Blake2b with a 64-byte digest. */
    public static DomainSeparatedHasher blake2b512(String domain, int version, String label) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    /** Blake2b with a 32-byte digest parameter (not truncated Blake2b-512). */
    public static DomainSeparatedHasher blake2b256(String domain, int version, String label) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }

    public DomainSeparatedHasher update(byte[] data) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    public byte[] digest() { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
