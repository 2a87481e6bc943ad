package com.tari.tps.common.schnorr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Round trips and tampering over random keys and messages. */
class SchnorrPropertiesTest {
    private static final BigInteger ORDER = BigInteger.ONE.shiftLeft(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));
    private final Random random = new Random();

    @RepeatedTest(25)
    void signaturesVerifyAndAnyTamperingIsCaught() {
        SecretKey key = SecretKey.random();
        byte[] message = new byte[1 + random.nextInt(200)];
        random.nextBytes(message);
        SignatureDomain domain = SignatureDomain.values()[random.nextInt(3)];
        SchnorrSignature sig = Schnorr.sign(domain, key, message);

        assertThat(Schnorr.verify(domain, key.publicKey(), sig, message)).isTrue();
        assertThat(Schnorr.verify(domain, key.publicKey(), SchnorrSignature.fromHex(sig.toHex()), message)).isTrue();

        byte[] flipped = message.clone();
        flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        assertThat(Schnorr.verify(domain, key.publicKey(), sig, flipped)).as("message tampered").isFalse();
        assertThat(Schnorr.verify(domain, SecretKey.random().publicKey(), sig, message)).as("other key").isFalse();
        SignatureDomain other = SignatureDomain.values()[(domain.ordinal() + 1) % 3];
        assertThat(Schnorr.verify(other, key.publicKey(), sig, message)).as("other domain").isFalse();

        byte[] bytes = sig.toBytes();
        int index = random.nextInt(64);
        bytes[index] ^= (byte) (1 << random.nextInt(8));
        SchnorrSignature tampered;
        try {
            tampered = SchnorrSignature.fromBytes(bytes);
        } catch (InvalidSignatureException e) {
            return; // a tampered R or s that no longer parses is refused too
        }
        assertThat(Schnorr.verify(domain, key.publicKey(), tampered, message)).as("signature byte %d", index).isFalse();
    }

    @Test
    void freshNoncesMakeEverySignatureDifferent() {
        SecretKey key = SecretKey.random();
        byte[] m = "same message".getBytes(StandardCharsets.UTF_8);
        assertThat(Schnorr.sign(SignatureDomain.MEMO, key, m)).isNotEqualTo(Schnorr.sign(SignatureDomain.MEMO, key, m));
    }

    @Test
    void nonCanonicalScalarIsRefused() {
        SchnorrSignature sig = Schnorr.sign(SignatureDomain.MEMO, SecretKey.random(), new byte[] {1});
        BigInteger s = new BigInteger(1, reverse(sig.s().toBytes())).add(ORDER);
        byte[] bytes = sig.toBytes();
        byte[] sPlusL = reverse(toFixed(s));
        System.arraycopy(sPlusL, 0, bytes, 32, 32);
        assertThatThrownBy(() -> SchnorrSignature.fromBytes(bytes)).isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("canonical");
    }

    @Test
    void invalidNonceOrLengthIsRefused() {
        String validS = "00".repeat(32);
        assertThatThrownBy(() -> SchnorrSignature.fromHex("01" + "00".repeat(31) + validS))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("nonce");
        assertThatThrownBy(() -> SchnorrSignature.fromHex("00".repeat(63))).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> SchnorrSignature.fromHex("zz".repeat(64))).isInstanceOf(InvalidSignatureException.class);
        assertThat(SchnorrSignature.fromHex("00".repeat(64).toUpperCase()).toHex()).isEqualTo("00".repeat(64));
    }

    @Test
    void identityPublicKeyNeverVerifies() {
        PublicKey identity = PublicKey.fromBytes(new byte[32]);
        // With P = identity, s·B == R holds for R = s·B whatever the message: tari_crypto refuses the key instead.
        SecretKey nonce = SecretKey.random();
        byte[] forged = new byte[64];
        System.arraycopy(nonce.publicKey().toBytes(), 0, forged, 0, 32);
        System.arraycopy(nonce.scalar().toBytes(), 0, forged, 32, 32);
        assertThat(Schnorr.verify(SignatureDomain.MEMO, identity, SchnorrSignature.fromBytes(forged), new byte[] {42})).isFalse();
    }

    @Test
    void secretKeysNeverPrintTheirValue() {
        SecretKey key = SecretKey.fromHex("1dbbce83de2b0233c404b96b9234233bb3cec51503e2124d8c728a2d9b4fb00c");
        assertThat(key.toString()).doesNotContain("1dbbce83").isEqualTo("SecretKey(redacted)");
        assertThat(key.scalar().toString()).doesNotContain("1dbbce83");
        assertThatThrownBy(() -> SecretKey.fromHex("ff".repeat(32))).hasMessageContaining("canonical");
        assertThatThrownBy(() -> SecretKey.fromHex("abc")).hasMessageContaining("hex");
        assertThat(Hex.encode(new byte[] {(byte) 0xAB})).isEqualTo("ab");
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    private static byte[] toFixed(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}
