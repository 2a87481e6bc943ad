package com.tari.tps.common.ristretto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lattice-split verification equation agrees with the plain one: s·B == R + e·P. */
class SchnorrEquationTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void holdsExactlyWhenSBEqualsRPlusEP() {
        List<Scalar> edgeChallenges = List.of(Scalar.ZERO, Scalar.ONE, Scalar.ONE.negate(), Scalar.fromLong(2),
                Scalar.fromBigInteger(BigInteger.ONE.shiftLeft(127)), Scalar.fromBigInteger(BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE)));
        for (int i = 0; i < 300; i++) {
            Scalar s = Scalar.random(random);
            Scalar e = i < edgeChallenges.size() ? edgeChallenges.get(i) : Scalar.random(random);
            RistrettoPoint p = RistrettoPoint.mulBase(Scalar.random(random));
            RistrettoPoint r = RistrettoPoint.mulBase(s).subtract(p.multiply(e));
            assertThat(RistrettoPoint.isSchnorrRelation(s, e, p, r)).as("valid #%d", i).isTrue();
            assertThat(RistrettoPoint.isSchnorrRelation(s, e, p, r.add(RistrettoPoint.BASEPOINT))).as("R off by B").isFalse();
            assertThat(RistrettoPoint.isSchnorrRelation(s.add(Scalar.ONE), e, p, r)).as("s off by one").isFalse();
            assertThat(RistrettoPoint.isSchnorrRelation(s, e, p.add(RistrettoPoint.BASEPOINT), r)).as("other key").isEqualTo(e.isZero());
        }
    }

    @Test
    void shortBasisIsShortAndCongruent() {
        for (int i = 0; i < 200; i++) {
            BigInteger e = Scalar.random(random).toBigInteger();
            BigInteger[] uv = ScalarMultiplication.shortBasis(e);
            assertThat(uv[0].subtract(uv[1].multiply(e)).mod(Scalar.ORDER)).isEqualTo(BigInteger.ZERO);
            assertThat(uv[0].abs().bitLength()).isLessThanOrEqualTo(127);
            assertThat(uv[1].abs().bitLength()).isLessThanOrEqualTo(128);
        }
    }
}
