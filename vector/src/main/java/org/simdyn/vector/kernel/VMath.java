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
        DoubleVector r = d.mul(LN2_HI).add(d.mul(LN2_LO).add(logMantissa(m)));
        // special cases: x <= 0 or NaN, x = +Inf
        r = r.blend(Double.NaN, x.compare(VectorOperators.GT, 0.0).not());
        r = r.blend(Double.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0));
        return r.blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.EQ, Double.POSITIVE_INFINITY));
    }

    /** log(m) for m in [sqrt(2)/2, sqrt(2)]: the frozen atanh series of DetMath.log. */
    private static DoubleVector logMantissa(DoubleVector m) {
        DoubleVector f = m.sub(1.0);
        DoubleVector s = f.div(f.add(2.0));
        DoubleVector z = s.mul(s);
        DoubleVector p = DoubleVector.broadcast(m.species(), L8);
        p = p.fma(z, z.broadcast(L7));
        p = p.fma(z, z.broadcast(L6));
        p = p.fma(z, z.broadcast(L5));
        p = p.fma(z, z.broadcast(L4));
        p = p.fma(z, z.broadcast(L3));
        p = p.fma(z, z.broadcast(L2));
        p = p.fma(z, z.broadcast(L1));
        p = p.fma(z, z.broadcast(L0));
        DoubleVector h = s.mul(2.0);
        return h.mul(z).fma(p, h);
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

    /** Lane-wise {@link org.simdyn.vector.DetMath#sin(double)}, bit-identical to it. */
    public static DoubleVector sin(DoubleVector x) {
        return trig(x, 0L).blend(x, x.compare(VectorOperators.EQ, 0.0));
    }

    /** Lane-wise {@link org.simdyn.vector.DetMath#cos(double)}, bit-identical to it. */
    public static DoubleVector cos(DoubleVector x) {
        return trig(x, 1L);
    }

    /** sin(x + shift pi/2), shift 0 or 1; the same steps as DetMath.trig. */
    private static DoubleVector trig(DoubleVector x, long shift) {
        DoubleVector t = x.mul(TWO_OVER_PI);
        DoubleVector k = t.add(ROUND).sub(ROUND);
        DoubleVector f = x.lanewise(VectorOperators.FMA, TWO_OVER_PI, k.neg()).add(x.mul(TWO_OVER_PI_LO));
        k = k.add(f.add(ROUND).sub(ROUND));
        DoubleVector a = k.neg().lanewise(VectorOperators.FMA, PIO2_1, x);
        DoubleVector ph = k.mul(PIO2_2);
        DoubleVector pl = k.lanewise(VectorOperators.FMA, PIO2_2, ph.neg());
        DoubleVector rh = a.sub(ph);
        DoubleVector v = rh.sub(a);
        DoubleVector rl = a.sub(rh.sub(v)).sub(ph.add(v)).sub(pl).sub(k.mul(PIO2_3));
        LongVector q = k.add(ROUND).reinterpretAsLongs().add(shift);
        VectorMask<Double> odd = q.and(1L).compare(VectorOperators.NE, 0L).cast(x.species());
        VectorMask<Double> neg = q.and(2L).compare(VectorOperators.NE, 0L).cast(x.species());
        DoubleVector r = sinCos(rh, rl, odd);
        r = r.blend(r.neg(), neg);
        return r.blend(Double.NaN, x.abs().compare(VectorOperators.LT, TRIG_LIMIT).not());
    }

    /** sin(rh + rl) in the lanes where odd is clear, cos(rh + rl) where it is set; see DetMath.sinCos. */
    private static DoubleVector sinCos(DoubleVector rh, DoubleVector rl, VectorMask<Double> odd) {
        DoubleVector z = rh.mul(rh);
        DoubleVector hz = z.mul(0.5);
        DoubleVector ps = rh.broadcast(SIN_6);
        ps = ps.lanewise(VectorOperators.FMA, z, SIN_5);
        ps = ps.lanewise(VectorOperators.FMA, z, SIN_4);
        ps = ps.lanewise(VectorOperators.FMA, z, SIN_3);
        ps = ps.lanewise(VectorOperators.FMA, z, SIN_2);
        ps = ps.lanewise(VectorOperators.FMA, z, SIN_1);
        DoubleVector s = rh.add(rh.mul(z).fma(ps, hz.neg().fma(rl, rl)));
        DoubleVector pc = rh.broadcast(COS_7);
        pc = pc.lanewise(VectorOperators.FMA, z, COS_6);
        pc = pc.lanewise(VectorOperators.FMA, z, COS_5);
        pc = pc.lanewise(VectorOperators.FMA, z, COS_4);
        pc = pc.lanewise(VectorOperators.FMA, z, COS_3);
        pc = pc.lanewise(VectorOperators.FMA, z, COS_2);
        DoubleVector w = hz.neg().add(1.0);
        DoubleVector tail = w.neg().add(1.0).sub(hz);
        DoubleVector c = rh.fma(rl, rh.fma(rh, z.neg()).mul(0.5));
        DoubleVector co = w.add(z.mul(z).fma(pc, tail.sub(c)));
        return s.blend(co, odd);
    }

    /** Lane-wise {@link org.simdyn.vector.DetMath#exp(double)}, bit-identical to it. */
    public static DoubleVector exp(DoubleVector x0) {
        VectorMask<Double> in = x0.compare(VectorOperators.GE, EXP_UNDERFLOW)
                .and(x0.compare(VectorOperators.LE, EXP_OVERFLOW));
        DoubleVector x = x0.blend(0.0, in.not());
        DoubleVector k = x.mul(LOG2E).add(ROUND).sub(ROUND);
        DoubleVector rh = k.neg().fma(x.broadcast(LN2_HI), x);
        DoubleVector d = k.neg().mul(LN2_LO);
        DoubleVector u = rh.add(d);
        DoubleVector y = expRest(rh, d, u);
        LongVector kl = (LongVector) k.convert(VectorOperators.D2L, 0);
        LongVector k1 = kl.lanewise(VectorOperators.ASHR, 1L);
        DoubleVector s1 = k1.add(1023L).lanewise(VectorOperators.LSHL, 52L).reinterpretAsDoubles();
        DoubleVector s2 = kl.sub(k1).add(1023L).lanewise(VectorOperators.LSHL, 52L).reinterpretAsDoubles();
        DoubleVector r = y.mul(s1).mul(s2);
        r = r.blend(Double.POSITIVE_INFINITY, x0.compare(VectorOperators.GT, EXP_OVERFLOW));
        r = r.blend(0.0, x0.compare(VectorOperators.LT, EXP_UNDERFLOW));
        return r.blend(Double.NaN, x0.test(VectorOperators.IS_NAN));
    }

    /** exp(rh + d) for |rh + d| &lt;= ln2/2, u = rh + d rounded. */
    private static DoubleVector expRest(DoubleVector rh, DoubleVector d, DoubleVector u) {
        DoubleVector one = rh.broadcast(1.0);
        DoubleVector p = rh.broadcast(EXP_11);
        p = p.lanewise(VectorOperators.FMA, u, EXP_10);
        p = p.lanewise(VectorOperators.FMA, u, EXP_9);
        p = p.lanewise(VectorOperators.FMA, u, EXP_8);
        p = p.lanewise(VectorOperators.FMA, u, EXP_7);
        p = p.lanewise(VectorOperators.FMA, u, EXP_6);
        p = p.lanewise(VectorOperators.FMA, u, EXP_5);
        p = p.lanewise(VectorOperators.FMA, u, EXP_4);
        p = p.lanewise(VectorOperators.FMA, u, EXP_3);
        p = p.lanewise(VectorOperators.FMA, u, EXP_2);
        DoubleVector hi = one.add(rh);
        DoubleVector lo = one.sub(hi).add(rh);
        return hi.add(lo.add(u.mul(u).fma(p, d)));
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
