package com.tari.tps.common.ristretto;

import com.tari.tps.common.hex.Hex;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/** An element of the Ristretto255 group (RFC 9496). Immutable and thread-safe; equals compares group elements. */
public final class RistrettoPoint {
    private static final byte[] BASEPOINT_ENCODING =
            Hex.decode("e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76");

    public static final RistrettoPoint IDENTITY = new RistrettoPoint(EdwardsPoint.identity());
    public static final RistrettoPoint BASEPOINT = decode(BASEPOINT_ENCODING).orElseThrow();

    private static final EdwardsPoint.Cached[] BASE_WINDOW_TABLE = ScalarMultiplication.windowTable(BASEPOINT.point);
    private static final EdwardsPoint.Cached[] BASE_ODD_MULTIPLES = ScalarMultiplication.baseOddMultiples(BASEPOINT.point);
    private static final EdwardsPoint.Cached[] BASE_128_ODD_MULTIPLES = ScalarMultiplication.baseOddMultiples(
            mulBase(Scalar.fromBigInteger(java.math.BigInteger.ONE.shiftLeft(128))).point);

    private final EdwardsPoint point;

    private RistrettoPoint(EdwardsPoint point) {
        this.point = point;
    }

    /** RFC 9496 DECODE with every canonicality check; empty when the 32 bytes are not a valid encoding. */
    public static Optional<RistrettoPoint> decode(byte[] bytes32) {
        if (bytes32 == null || bytes32.length != 32) {
            return Optional.empty();
        }
        int[] s = Field.create();
        X25519Field.decode(bytes32, 0, s);
        // Canonical means s < p and bit 255 clear: the re-encoding must give the same bytes. Non-negative means even.
        boolean canonical = Arrays.equals(Field.encode(s), bytes32);
        if (!canonical || Field.isNegative(s) == 1) {
            return Optional.empty();
        }
        int[] ss = Field.create();
        Field.sqr(s, ss);
        int[] u1 = Field.create();
        int[] u2 = Field.create();
        Field.sub(Field.one(), ss, u1);
        Field.add(Field.one(), ss, u2);
        int[] u2Sqr = Field.create();
        Field.sqr(u2, u2Sqr);
        int[] v = Field.create();
        Field.sqr(u1, v);
        Field.mul(v, Field.D, v);
        Field.negate(v, v);
        Field.sub(v, u2Sqr, v);                     // v = −(d·u1²) − u2²

        int[] invsqrt = Field.create();
        int[] t = Field.create();
        Field.mul(v, u2Sqr, t);
        int wasSquare = Field.sqrtRatioM1(Field.one(), t, invsqrt);

        int[] denX = Field.create();
        int[] denY = Field.create();
        Field.mul(invsqrt, u2, denX);
        Field.mul(invsqrt, denX, denY);
        Field.mul(denY, v, denY);

        EdwardsPoint p = new EdwardsPoint();
        Field.add(s, s, p.x);
        Field.mul(p.x, denX, p.x);
        Field.abs(p.x, p.x);
        Field.mul(u1, denY, p.y);
        X25519Field.one(p.z);
        Field.mul(p.x, p.y, p.t);
        if (wasSquare == 0 || Field.isNegative(p.t) == 1 || Field.isZero(p.y) == 1) {
            return Optional.empty();
        }
        return Optional.of(new RistrettoPoint(p));
    }

    /** RFC 9496 §4.3.4 one-way map: 64 uniform bytes to a group element (hash-to-group). Constant time. */
    public static RistrettoPoint fromUniformBytes(byte[] bytes64) {
        if (bytes64 == null || bytes64.length != 64) {
            throw new IllegalArgumentException("fromUniformBytes takes 64 bytes");
        }
        EdwardsPoint p1 = map(java.util.Arrays.copyOfRange(bytes64, 0, 32));
        p1.addInPlace(map(java.util.Arrays.copyOfRange(bytes64, 32, 64)));
        return new RistrettoPoint(p1);
    }

    /** RFC 9496 MAP (Elligator 2 for Ristretto). The field decoding drops bit 255, as the RFC's FIELD_ELEMENT does. */
    private static EdwardsPoint map(byte[] bytes32) {
        int[] t = Field.create();
        X25519Field.decode(bytes32, 0, t);
        int[] one = Field.one();
        int[] r = Field.create();
        Field.sqr(t, r);
        Field.mul(r, Field.SQRT_M1, r);                 // r = i·t²
        int[] u = Field.create();
        Field.add(r, one, u);
        Field.mul(u, Field.ONE_MINUS_D_SQ, u);          // u = (r + 1)(1 − d²)
        int[] v = Field.create();
        int[] tmp = Field.create();
        Field.mul(r, Field.D, tmp);
        Field.negate(tmp, v);
        Field.sub(v, one, v);                           // −1 − r·d
        Field.add(r, Field.D, tmp);
        Field.mul(v, tmp, v);                           // v = (−1 − r·d)(r + d)

        int[] s = Field.create();
        int wasSquare = Field.sqrtRatioM1(u, v, s);
        int[] sPrime = Field.create();
        Field.mul(s, t, sPrime);
        Field.abs(sPrime, sPrime);
        Field.negate(sPrime, sPrime);                   // −|s·t|
        Field.cmov(1 - wasSquare, sPrime, s);
        int[] c = Field.copyOf(r);
        int[] minusOne = Field.create();
        Field.negate(one, minusOne);
        Field.cmov(wasSquare, minusOne, c);

        int[] n = Field.create();
        Field.sub(r, one, n);
        Field.mul(c, n, n);
        Field.mul(n, Field.D_MINUS_ONE_SQ, n);
        Field.sub(n, v, n);                             // N = c(r − 1)(d − 1)² − v

        int[] ss = Field.create();
        Field.sqr(s, ss);
        int[] w0 = Field.create();
        Field.add(s, s, w0);
        Field.mul(w0, v, w0);
        int[] w1 = Field.create();
        Field.mul(n, Field.SQRT_AD_MINUS_ONE, w1);
        int[] w2 = Field.create();
        Field.sub(one, ss, w2);
        int[] w3 = Field.create();
        Field.add(one, ss, w3);

        EdwardsPoint p = new EdwardsPoint();
        Field.mul(w0, w3, p.x);
        Field.mul(w2, w1, p.y);
        Field.mul(w1, w3, p.z);
        Field.mul(w0, w2, p.t);
        return p;
    }

    /** Constant-time fixed-base multiplication s·B. */
    public static RistrettoPoint mulBase(Scalar s) {
        return new RistrettoPoint(ScalarMultiplication.multiplyConstantTime(BASE_WINDOW_TABLE, s));
    }

    /** Variable-time a·A + b·B, for signature verification (public inputs only). */
    public static RistrettoPoint doubleScalarMulBaseVartime(Scalar a, RistrettoPoint A, Scalar b) {
        return new RistrettoPoint(ScalarMultiplication.doubleScalarMultiplyVartime(a, A.point, b, BASE_ODD_MULTIPLES));
    }

    /** Variable time: whether s·B == R + e·P, the Schnorr verification equation (public inputs only). */
    public static boolean isSchnorrRelation(Scalar s, Scalar e, RistrettoPoint publicKey, RistrettoPoint nonce) {
        return ScalarMultiplication.checkSchnorrEquation(s, e, publicKey.point, nonce.point, BASE_ODD_MULTIPLES,
                BASE_128_ODD_MULTIPLES);
    }

    /** RFC 9496 ENCODE. */
    public byte[] encode() {
        EdwardsPoint p = point;
        int[] u1 = Field.create();
        int[] tmp = Field.create();
        Field.add(p.z, p.y, u1);
        Field.sub(p.z, p.y, tmp);
        Field.mul(u1, tmp, u1);                     // (z + y)(z − y)
        int[] u2 = Field.create();
        Field.mul(p.x, p.y, u2);
        int[] invsqrt = Field.create();
        Field.sqr(u2, tmp);
        Field.mul(tmp, u1, tmp);
        Field.sqrtRatioM1(Field.one(), tmp, invsqrt);
        int[] den1 = Field.create();
        int[] den2 = Field.create();
        Field.mul(invsqrt, u1, den1);
        Field.mul(invsqrt, u2, den2);
        int[] zInv = Field.create();
        Field.mul(den1, den2, zInv);
        Field.mul(zInv, p.t, zInv);

        int[] ix = Field.create();
        int[] iy = Field.create();
        Field.mul(p.x, Field.SQRT_M1, ix);
        Field.mul(p.y, Field.SQRT_M1, iy);
        int[] enchanted = Field.create();
        Field.mul(den1, Field.INVSQRT_A_MINUS_D, enchanted);
        Field.mul(p.t, zInv, tmp);
        int rotate = Field.isNegative(tmp);

        int[] x = Field.copyOf(p.x);
        int[] y = Field.copyOf(p.y);
        int[] denInv = Field.copyOf(den2);
        Field.cmov(rotate, iy, x);
        Field.cmov(rotate, ix, y);
        Field.cmov(rotate, enchanted, denInv);

        Field.mul(x, zInv, tmp);
        Field.cnegate(Field.isNegative(tmp), y);
        int[] s = Field.create();
        Field.sub(p.z, y, s);
        Field.mul(denInv, s, s);
        Field.abs(s, s);
        return Field.encode(s);
    }

    public RistrettoPoint add(RistrettoPoint other) {
        EdwardsPoint sum = point.copy();
        sum.addInPlace(other.point);
        return new RistrettoPoint(sum);
    }

    public RistrettoPoint subtract(RistrettoPoint other) {
        return add(other.negate());
    }

    public RistrettoPoint negate() {
        EdwardsPoint n = point.copy();
        n.negateInPlace();
        return new RistrettoPoint(n);
    }

    public RistrettoPoint dbl() {
        EdwardsPoint d = point.copy();
        d.doubleInPlace();
        return new RistrettoPoint(d);
    }

    /** Constant-time variable-base multiplication s·this. */
    public RistrettoPoint multiply(Scalar s) {
        return new RistrettoPoint(ScalarMultiplication.multiplyConstantTime(ScalarMultiplication.windowTable(point), s));
    }

    public boolean isIdentity() {
        return equals(IDENTITY);
    }

    /** Ristretto equality: X1·Y2 == Y1·X2 or Y1·Y2 == X1·X2. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RistrettoPoint other)) {
            return false;
        }
        int[] a = Field.create();
        int[] b = Field.create();
        Field.mul(point.x, other.point.y, a);
        Field.mul(point.y, other.point.x, b);
        int first = Field.areEqual(a, b);
        Field.mul(point.y, other.point.y, a);
        Field.mul(point.x, other.point.x, b);
        return (first | Field.areEqual(a, b)) == 1;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "RistrettoPoint(" + Hex.encode(encode()) + ")";
    }
}
