package com.tari.tps.common.ristretto;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.cryptography.curve25519.CompressedRistretto;
import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.InvalidEncodingException;
import cafe.cryptography.curve25519.RistrettoElement;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.schnorr.Schnorr;
import com.tari.tps.common.schnorr.SchnorrSignature;
import com.tari.tps.common.schnorr.SignatureDomain;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our Ristretto255 and scalar arithmetic against curve25519-elisabeth (a curve25519-dalek port, test scope only)
 * on random inputs: both must agree on every encoding, sum, product and signature.
 */
class ElisabethDifferentialTest {
    private static final int ROUNDS = 200;
    private final Random random = new Random(20261125);

    @Test
    void scalarArithmeticAgrees() {
        for (int i = 0; i < ROUNDS; i++) {
            byte[] wideA = bytes(64);
            byte[] wideB = bytes(64);
            byte[] wideC = bytes(64);
            Scalar a = Scalar.fromBytesModOrderWide(wideA);
            Scalar b = Scalar.fromBytesModOrderWide(wideB);
            Scalar c = Scalar.fromBytesModOrderWide(wideC);
            var ea = cafe.cryptography.curve25519.Scalar.fromBytesModOrderWide(wideA);
            var eb = cafe.cryptography.curve25519.Scalar.fromBytesModOrderWide(wideB);
            var ec = cafe.cryptography.curve25519.Scalar.fromBytesModOrderWide(wideC);
            assertThat(a.toBytes()).isEqualTo(ea.toByteArray());
            assertThat(a.add(b).toBytes()).isEqualTo(ea.add(eb).toByteArray());
            assertThat(a.subtract(b).toBytes()).isEqualTo(ea.subtract(eb).toByteArray());
            assertThat(a.multiply(b).toBytes()).isEqualTo(ea.multiply(eb).toByteArray());
            assertThat(a.multiplyAndAdd(b, c).toBytes()).isEqualTo(ea.multiplyAndAdd(eb, ec).toByteArray());
        }
    }

    @Test
    void pointArithmeticAndEncodingsAgree() throws InvalidEncodingException {
        for (int i = 0; i < ROUNDS; i++) {
            byte[] wide = bytes(64);
            Scalar s = Scalar.fromBytesModOrderWide(wide);
            var es = cafe.cryptography.curve25519.Scalar.fromBytesModOrderWide(wide);
            RistrettoPoint p = RistrettoPoint.mulBase(s);
            RistrettoElement ep = Constants.RISTRETTO_GENERATOR.multiply(es);
            assertThat(p.encode()).isEqualTo(ep.compress().toByteArray());

            byte[] wide2 = bytes(64);
            Scalar t = Scalar.fromBytesModOrderWide(wide2);
            var et = cafe.cryptography.curve25519.Scalar.fromBytesModOrderWide(wide2);
            RistrettoPoint q = p.multiply(t);
            assertThat(q.encode()).isEqualTo(ep.multiply(et).compress().toByteArray());
            assertThat(p.add(q).encode()).isEqualTo(ep.add(ep.multiply(et)).compress().toByteArray());
            assertThat(p.subtract(q).encode()).isEqualTo(ep.subtract(ep.multiply(et)).compress().toByteArray());
            assertThat(p.dbl().encode()).isEqualTo(ep.dbl().compress().toByteArray());
            assertThat(RistrettoPoint.doubleScalarMulBaseVartime(t, p, s).encode())
                    .isEqualTo(ep.multiply(et).add(Constants.RISTRETTO_GENERATOR.multiply(es)).compress().toByteArray());

            RistrettoPoint decoded = RistrettoPoint.decode(p.encode()).orElseThrow();
            assertThat(decoded).isEqualTo(p);
        }
    }

    @Test
    void decodingAgreesOnRandomBytes() {
        int valid = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] candidate = bytes(32);
            candidate[0] &= (byte) 0xfe; // keep about half of them even so some decode
            candidate[31] &= 0x7f;
            boolean ours = RistrettoPoint.decode(candidate).isPresent();
            boolean theirs;
            try {
                new CompressedRistretto(candidate).decompress();
                theirs = true;
            } catch (InvalidEncodingException e) {
                theirs = false;
            }
            assertThat(ours).as("decode of %s", java.util.HexFormat.of().formatHex(candidate)).isEqualTo(theirs);
            valid += ours ? 1 : 0;
        }
        assertThat(valid).isPositive();
    }

    @Test
    void signaturesVerifyUnderAReferenceVerifierAndViceVersa() {
        for (int i = 0; i < 50; i++) {
            SecretKey key = SecretKey.random();
            byte[] message = bytes(1 + random.nextInt(100));
            SchnorrSignature ours = Schnorr.sign(SignatureDomain.WALLET, key, message);
            assertThat(referenceVerify(key.publicKey(), ours, message)).isTrue();

            SchnorrSignature theirs = referenceSign(key, message);
            assertThat(Schnorr.verify(SignatureDomain.WALLET, key.publicKey(), theirs, message)).isTrue();
        }
    }

    private boolean referenceVerify(PublicKey key, SchnorrSignature sig, byte[] message) {
        try {
            RistrettoElement p = new CompressedRistretto(key.toBytes()).decompress();
            RistrettoElement r = new CompressedRistretto(sig.publicNonceBytes()).decompress();
            var s = cafe.cryptography.curve25519.Scalar.fromCanonicalBytes(sig.s().toBytes());
            var e = cafe.cryptography.curve25519.Scalar.fromBytesModOrderWide(
                    Schnorr.challengeHash(SignatureDomain.WALLET, sig.publicNonceBytes(), key.toBytes(), message));
            return Constants.RISTRETTO_GENERATOR.multiply(s).equals(r.add(p.multiply(e)));
        } catch (InvalidEncodingException | IllegalArgumentException e) {
            return false;
        }
    }

    private SchnorrSignature referenceSign(SecretKey key, byte[] message) {
        var k = cafe.cryptography.curve25519.Scalar.fromCanonicalBytes(key.scalar().toBytes());
        var r = cafe.cryptography.curve25519.Scalar.fromBytesModOrderWide(bytes(64));
        byte[] rBytes = Constants.RISTRETTO_GENERATOR.multiply(r).compress().toByteArray();
        byte[] pBytes = Constants.RISTRETTO_GENERATOR.multiply(k).compress().toByteArray();
        var e = cafe.cryptography.curve25519.Scalar.fromBytesModOrderWide(
                Schnorr.challengeHash(SignatureDomain.WALLET, rBytes, pBytes, message));
        byte[] sig = new byte[64];
        System.arraycopy(rBytes, 0, sig, 0, 32);
        System.arraycopy(e.multiplyAndAdd(k, r).toByteArray(), 0, sig, 32, 32);
        return SchnorrSignature.fromBytes(sig);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
