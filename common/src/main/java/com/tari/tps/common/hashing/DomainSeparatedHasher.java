package com.tari.tps.common.hashing;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * tari_crypto's DomainSeparatedHasher: the tag {@code domain.v<version>[.label]} and every input are fed
 * length-prefixed (le64). Not thread-safe; one instance per hash.
 */
public final class DomainSeparatedHasher {
    private final Digest digest;

    private DomainSeparatedHasher(Digest digest, String domain, int version, String label) {
        this.digest = digest;
        String tag = domain + ".v" + version + (label == null || label.isEmpty() ? "" : "." + label);
        update(tag.getBytes(StandardCharsets.UTF_8));
    }

    /** Blake2b with a 64-byte digest. */
    public static DomainSeparatedHasher blake2b512(String domain, int version, String label) {
        return new DomainSeparatedHasher(new Blake2bDigest(512), domain, version, label);
    }

    /** Blake2b with a 32-byte digest parameter (not truncated Blake2b-512). */
    public static DomainSeparatedHasher blake2b256(String domain, int version, String label) {
        return new DomainSeparatedHasher(new Blake2bDigest(256), domain, version, label);
    }

    /** The same framing over any BouncyCastle digest (tari_crypto allows any `Digest`). */
    public static DomainSeparatedHasher withDigest(Digest digest, String domain, int version, String label) {
        return new DomainSeparatedHasher(digest, domain, version, label);
    }

    public DomainSeparatedHasher update(byte[] data) {
        long length = data.length;
        for (int i = 0; i < 8; i++) {
            digest.update((byte) (length >>> (8 * i)));
        }
        digest.update(data, 0, data.length);
        return this;
    }

    public byte[] digest() {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
