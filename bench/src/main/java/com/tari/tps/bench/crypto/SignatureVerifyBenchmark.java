package com.tari.tps.bench.crypto;

import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.schnorr.Schnorr;
import com.tari.tps.common.schnorr.SchnorrSignature;
import com.tari.tps.common.schnorr.SignatureDomain;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Tari Schnorr (Ristretto255) verify and sign against BouncyCastle Ed25519 verify, same message, same run. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureVerifyBenchmark {
    private final byte[] message = "14s9vDTwrweZvWEgQ9gNhXXPX68DPXSSAHNFWYEPi5JsBQY:oid554432".getBytes(StandardCharsets.UTF_8);
    private SecretKey tariKey;
    private com.tari.tps.common.keys.PublicKey tariPublic;
    private SchnorrSignature tariSignature;
    private byte[] edPublic;
    private byte[] edSignature;

    @Setup
    public void setUp() {
        tariKey = SecretKey.random();
        tariPublic = tariKey.publicKey();
        tariSignature = Schnorr.sign(SignatureDomain.MEMO, tariKey, message);

        byte[] edPrivate = new byte[Ed25519.SECRET_KEY_SIZE];
        Ed25519.generatePrivateKey(new SecureRandom(), edPrivate);
        edPublic = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(edPrivate, 0, edPublic, 0);
        edSignature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(edPrivate, 0, message, 0, message.length, edSignature, 0);
    }

    @Benchmark
    public boolean tariSchnorrVerify() {
        return Schnorr.verify(SignatureDomain.MEMO, tariPublic, tariSignature, message);
    }

    @Benchmark
    public boolean ed25519Verify() {
        return Ed25519.verify(edSignature, 0, edPublic, 0, message, 0, message.length);
    }

    @Benchmark
    public SchnorrSignature tariSchnorrSign() {
        return Schnorr.sign(SignatureDomain.MEMO, tariKey, message);
    }
}
