package com.tari.tps.common.ristretto;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * A mutable point of edwards25519 in extended coordinates (X:Y:Z:T), x = X/Z, y = Y/Z, x·y = T/Z. Internal to
 * the Ristretto group: callers see {@link RistrettoPoint}, which never exposes an instance it could mutate.
 */
final class EdwardsPoint {
    final int[] x = Field.create();
    final int[] y = Field.create();
    final int[] z = Field.create();
    final int[] t = Field.create();

    static EdwardsPoint identity() {
        EdwardsPoint p = new EdwardsPoint();
        X25519Field.one(p.y);
        X25519Field.one(p.z);
        return p;
    }

    EdwardsPoint copy() {
        EdwardsPoint p = new EdwardsPoint();
        p.set(this);
        return p;
    }

    void set(EdwardsPoint o) {
        X25519Field.copy(o.x, 0, x, 0);
        X25519Field.copy(o.y, 0, y, 0);
        X25519Field.copy(o.z, 0, z, 0);
        X25519Field.copy(o.t, 0, t, 0);
    }

    /** this = 2·this (dbl-2008-hwcd, a = −1). */
    void doubleInPlace() {
        doubleInPlace(true);
    }

    /**
     * this = 2·this; without T when {@code withT} is false, which is enough when the next step is another doubling
     * (doubling never reads T). Saves one multiplication in the verification loop.
     */
    void doubleInPlace(boolean withT) {
        int[] a = Field.create();
        int[] b = Field.create();
        int[] c = Field.create();
        int[] e = Field.create();
        int[] g = Field.create();
        int[] f = Field.create();
        int[] h = Field.create();
        Field.sqr(x, a);
        Field.sqr(y, b);
        Field.sqr(z, c);
        Field.add(c, c, c);
        Field.add(a, b, h);
        Field.add(x, y, e);
        Field.sqr(e, e);
        Field.sub(h, e, e);
        Field.sub(a, b, g);
        Field.add(c, g, f);
        Field.mul(e, f, x);
        Field.mul(g, h, y);
        if (withT) {
            Field.mul(e, h, t);
        }
        Field.mul(f, g, z);
    }

    /** this = this + q (add-2008-hwcd-3 with a cached q). */
    void addInPlace(Cached q) {
        add(q, false);
    }

    /**
     * this = this − q, without building −q: the same formula with q's Y+X and Y−X swapped and 2dT negated.
     * Only the variable-time verification uses it; constant-time code negates through {@link Cached#cnegate}.
     */
    void subtractInPlace(Cached q) {
        add(q, true);
    }

    private void add(Cached q, boolean subtract) {
        int[] a = Field.create();
        int[] b = Field.create();
        int[] c = Field.create();
        int[] d = Field.create();
        Field.sub(y, x, a);
        Field.mul(a, subtract ? q.yPlusX : q.yMinusX, a);
        Field.add(y, x, b);
        Field.mul(b, subtract ? q.yMinusX : q.yPlusX, b);
        Field.mul(t, q.t2d, c);
        Field.mul(z, q.z, d);
        Field.add(d, d, d);
        int[] e = Field.create();
        int[] f = Field.create();
        int[] g = Field.create();
        int[] h = Field.create();
        Field.sub(b, a, e);
        if (subtract) {
            Field.add(d, c, f);
            Field.sub(d, c, g);
        } else {
            Field.sub(d, c, f);
            Field.add(d, c, g);
        }
        Field.add(b, a, h);
        Field.mul(e, f, x);
        Field.mul(g, h, y);
        Field.mul(e, h, t);
        Field.mul(f, g, z);
    }

    /** True when this is the identity in the Ristretto group (X = 0 or Y = 0, i.e. in E[4]). */
    boolean isRistrettoIdentity() {
        return (Field.isZero(x) | Field.isZero(y)) == 1;
    }

    void addInPlace(EdwardsPoint q) {
        addInPlace(Cached.of(q));
    }

    void negateInPlace() {
        Field.negate(x, x);
        Field.negate(t, t);
    }

    /** A point in the form that makes additions cheap: (Y+X, Y−X, Z, 2d·T). */
    static final class Cached {
        final int[] yPlusX = Field.create();
        final int[] yMinusX = Field.create();
        final int[] z = Field.create();
        final int[] t2d = Field.create();

        static Cached of(EdwardsPoint p) {
            Cached c = new Cached();
            Field.add(p.y, p.x, c.yPlusX);
            Field.sub(p.y, p.x, c.yMinusX);
            X25519Field.copy(p.z, 0, c.z, 0);
            Field.mul(p.t, Field.D2, c.t2d);
            return c;
        }

        static Cached identity() {
            Cached c = new Cached();
            X25519Field.one(c.yPlusX);
            X25519Field.one(c.yMinusX);
            X25519Field.one(c.z);
            return c;
        }

        /** this = o when flag is 1. */
        void cmov(int flag, Cached o) {
            Field.cmov(flag, o.yPlusX, yPlusX);
            Field.cmov(flag, o.yMinusX, yMinusX);
            Field.cmov(flag, o.z, z);
            Field.cmov(flag, o.t2d, t2d);
        }

        /** this = −this when flag is 1: swap Y+X and Y−X, negate 2dT. */
        void cnegate(int flag) {
            X25519Field.cswap(flag, yPlusX, yMinusX);
            Field.cnegate(flag, t2d);
        }

        Cached negated() {
            Cached c = new Cached();
            X25519Field.copy(yMinusX, 0, c.yPlusX, 0);
            X25519Field.copy(yPlusX, 0, c.yMinusX, 0);
            X25519Field.copy(z, 0, c.z, 0);
            Field.negate(t2d, c.t2d);
            return c;
        }
    }
}
