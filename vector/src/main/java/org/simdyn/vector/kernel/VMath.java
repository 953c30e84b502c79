package org.simdyn.vector.kernel;

import static org.simdyn.vector.internal.MathConstants.*;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@link DoubleVector} versions of {@link org.simdyn.vector.DetMath}: every lane gives exactly the bits of
 * the scalar function, at every vector width. Building blocks for fused kernels in other simdyn modules;
 * small static methods, no state.
 */
public final class VMath {
    private VMath() {
    }

    /** Lane-wise {@link org.simdyn.vector.DetMath#log(double)}, bit-identical to it. */
    public static DoubleVector log(DoubleVector x) {
        VectorMask<Double> sub = x.compare(VectorOperators.LT, Double.MIN_NORMAL);
        DoubleVector xs = x.blend(x.mul(TWO54), sub);
        DoubleVector bias = DoubleVector.broadcast(x.species(), 1023.0).blend(1077.0, sub);
        LongVector b = xs.reinterpretAsLongs();
        DoubleVector d = b.lanewise(VectorOperators.LSHR, 52).convert(VectorOperators.L2D, 0)
                .reinterpretAsDoubles().sub(bias);
        DoubleVector m = b.and(0x000FFFFFFFFFFFFFL).or(0x3FF0000000000000L).reinterpretAsDoubles();
        VectorMask<Double> big = m.compare(VectorOperators.GT, SQRT2);
        m = m.blend(m.mul(0.5), big);
        d = d.blend(d.add(1.0), big);
        DoubleVector f = m.sub(1.0);
        DoubleVector s = f.div(f.add(2.0));
        DoubleVector z = s.mul(s);
        DoubleVector p = DoubleVector.broadcast(x.species(), L8);
        p = p.fma(z, z.broadcast(L7));
        p = p.fma(z, z.broadcast(L6));
        p = p.fma(z, z.broadcast(L5));
        p = p.fma(z, z.broadcast(L4));
        p = p.fma(z, z.broadcast(L3));
        p = p.fma(z, z.broadcast(L2));
        p = p.fma(z, z.broadcast(L1));
        p = p.fma(z, z.broadcast(L0));
        DoubleVector h = s.mul(2.0);
        DoubleVector lm = h.mul(z).fma(p, h);
        DoubleVector r = d.mul(LN2_HI).add(d.mul(LN2_LO).add(lm));
        // special cases: x <= 0 or NaN, x = +Inf
        r = r.blend(Double.NaN, x.compare(VectorOperators.GT, 0.0).not());
        r = r.blend(Double.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0));
        return r.blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.EQ, Double.POSITIVE_INFINITY));
    }

    /** Lane-wise {@link org.simdyn.vector.DetMath#sin2pi(double)}, bit-identical to it. */
    public static DoubleVector sin2pi(DoubleVector u) {
        DoubleVector t = u.mul(4.0);
        DoubleVector k = t.add(ROUND).sub(ROUND);
        DoubleVector r = t.sub(k);
        DoubleVector x2 = r.mul(r);
        DoubleVector sa = r.mul(sinPoly(x2));
        DoubleVector ca = cosPoly(x2);
        LongVector q = (LongVector) k.convert(VectorOperators.D2L, 0);
        VectorMask<Double> odd = q.and(1L).compare(VectorOperators.NE, 0L).cast(u.species());
        VectorMask<Double> neg = q.and(2L).compare(VectorOperators.NE, 0L).cast(u.species());
        DoubleVector v = sa.blend(ca, odd);
        return v.blend(v.neg(), neg);
    }

    /** Lane-wise {@link org.simdyn.vector.DetMath#cos2pi(double)}, bit-identical to it. */
    public static DoubleVector cos2pi(DoubleVector u) {
        DoubleVector t = u.mul(4.0);
        DoubleVector k = t.add(ROUND).sub(ROUND);
        DoubleVector r = t.sub(k);
        DoubleVector x2 = r.mul(r);
        DoubleVector sa = r.mul(sinPoly(x2));
        DoubleVector ca = cosPoly(x2);
        LongVector q = (LongVector) k.convert(VectorOperators.D2L, 0);
        VectorMask<Double> odd = q.and(1L).compare(VectorOperators.NE, 0L).cast(u.species());
        VectorMask<Double> neg = q.add(1L).and(2L).compare(VectorOperators.NE, 0L).cast(u.species());
        DoubleVector v = ca.blend(sa, odd);
        return v.blend(v.neg(), neg);
    }

    private static DoubleVector sinPoly(DoubleVector x2) {
        DoubleVector p = DoubleVector.broadcast(x2.species(), S8);
        p = p.fma(x2, x2.broadcast(S7));
        p = p.fma(x2, x2.broadcast(S6));
        p = p.fma(x2, x2.broadcast(S5));
        p = p.fma(x2, x2.broadcast(S4));
        p = p.fma(x2, x2.broadcast(S3));
        p = p.fma(x2, x2.broadcast(S2));
        p = p.fma(x2, x2.broadcast(S1));
        return p.fma(x2, x2.broadcast(S0));
    }

    private static DoubleVector cosPoly(DoubleVector x2) {
        DoubleVector p = DoubleVector.broadcast(x2.species(), C8);
        p = p.fma(x2, x2.broadcast(C7));
        p = p.fma(x2, x2.broadcast(C6));
        p = p.fma(x2, x2.broadcast(C5));
        p = p.fma(x2, x2.broadcast(C4));
        p = p.fma(x2, x2.broadcast(C3));
        p = p.fma(x2, x2.broadcast(C2));
        p = p.fma(x2, x2.broadcast(C1));
        return p.fma(x2, x2.broadcast(C0));
    }
}
