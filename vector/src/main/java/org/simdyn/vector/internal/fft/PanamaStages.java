package org.simdyn.vector.internal.fft;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandles;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector code of {@link PanamaFftKernels}: the butterflies of {@link ScalarFftKernels#butterfly}, lane by
 * lane. This class is never loaded by name: {@link PanamaFftKernels} defines one hidden copy per width with
 * the species as class data, so that the species is a static constant for the JIT (the Vector API only
 * compiles to vector instructions when it is) while one source serves every width.
 *
 * <p>A 1-D transform keeps the Stockham data {@code y_t[b + s j]} ({@code b < s}, the stride of stage
 * {@code t}) in one of two layouts: transposed, {@code z_t[b n/s + j]}, while {@code s < lanes}, where a stage
 * is vectorised along {@code p} (contiguous loads and stores, twiddles loaded as vectors); then, after one
 * transposition (pure data movement), in the natural layout, where a stage is vectorised along {@code b}
 * (twiddles broadcast once per {@code p}). Both layouts hold the same values, and every butterfly is the
 * scalar twin's, so the bits do not depend on the width.
 */
final class PanamaStages implements FftKernels {
    /** The species of this hidden copy (its class data): a constant for the JIT. */
    private static final VectorSpecies<Double> SPECIES = classData();
    private static final int LANES = SPECIES.length();

    PanamaStages() {
    }

    private static VectorSpecies<Double> classData() {
        try {
            @SuppressWarnings("unchecked")
            VectorSpecies<Double> sp = MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME,
                    VectorSpecies.class);
            return sp;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("PanamaStages must be defined as a hidden class with its species", e);
        }
    }

    @Override
    public String name() {
        return "panama " + (LANES * 64) + "-bit";
    }

    @Override
    public void transform(Program pr, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff,
                          double[] yi, int yiOff, double[] sr, double[] si, int sOff) {
        int n = pr.n;
        int count = pr.radix.length;
        int tt = count;
        for (int t = 0; t < count; t++) {
            if (pr.blocks[t] >= LANES) {
                tt = t;
                break;
            }
        }
        int passes = tt < count ? count + 1 : count;
        double[] ar = xr;
        double[] ai = xi;
        int aro = xrOff;
        int aio = xiOff;
        boolean toY = (passes & 1) == 1;
        if (toY && (xr == yr || xi == yi)) {
            System.arraycopy(xr, xrOff, sr, sOff, n);
            System.arraycopy(xi, xiOff, si, sOff, n);
            ar = sr;
            ai = si;
            aro = sOff;
            aio = sOff;
        }
        for (int t = 0; t < count; t++) {
            int s = pr.blocks[t];
            if (t == tt) {
                double[] br = toY ? yr : sr;
                double[] bi = toY ? yi : si;
                int bro = toY ? yrOff : sOff;
                int bio = toY ? yiOff : sOff;
                transpose(s, n / s, ar, aro, br, bro);
                transpose(s, n / s, ai, aio, bi, bio);
                ar = br;
                ai = bi;
                aro = bro;
                aio = bio;
                toY = !toY;
            }
            double[] br = toY ? yr : sr;
            double[] bi = toY ? yi : si;
            int bro = toY ? yrOff : sOff;
            int bio = toY ? yiOff : sOff;
            if (t < tt) {
                zStage(pr.radix[t], s, pr.groups[t], pr.twRe, pr.twIm, pr.twOff[t], ar, aro, ai, aio, br, bro, bi, bio);
            } else {
                stage(pr.radix[t], pr.groups[t], 1, s, s, pr.twRe, pr.twIm, pr.twOff[t], ar, aro, ai, aio, br, bro, bi,
                        bio);
            }
            ar = br;
            ai = bi;
            aro = bro;
            aio = bio;
            toY = !toY;
        }
    }

    /** {@code y[b + s j] = z[b J + j]}, {@code b < s}, {@code j < J}. */
    private static void transpose(int s, int bigJ, double[] z, int zo, double[] y, int yo) {
        for (int b = 0; b < s; b++) {
            for (int j = 0; j < bigJ; j++) {
                y[yo + b + s * j] = z[zo + b * bigJ + j];
            }
        }
    }

    /**
     * A stage in the transposed layout: input {@code b R m + p + r m}, output {@code b m + p + k s m},
     * vectorised along {@code p} with twiddles loaded as vectors.
     */
    private static void zStage(int radix, int s, int m, double[] twRe, double[] twIm, int twOff, double[] ar, int aro,
                               double[] ai, int aio, double[] br, int bro, double[] bi, int bio) {
        int bound = SPECIES.loopBound(m);
        int os = s * m;
        for (int b = 0; b < s; b++) {
            int xb = b * radix * m;
            int yb = b * m;
            int p = 0;
            for (; p < bound; p += LANES) {
                butterfly(radix, ar, aro + xb + p, ai, aio + xb + p, m, br, bro + yb + p, bi, bio + yb + p, os, twRe,
                        twIm, twOff + p, m, false);
            }
            for (; p < m; p++) {
                ScalarFftKernels.butterfly(radix, twRe, twIm, twOff + p, m, ar, aro + xb + p, ai, aio + xb + p, m, br,
                        bro + yb + p, bi, bio + yb + p, os);
            }
        }
    }

    /**
     * Runs a stage in the natural layout, vectorised along the runs {@code b < w} (twiddles broadcast once per
     * {@code p}); remainders run the scalar butterflies.
     */
    @Override
    public void stage(int radix, int m, int s, int st, int w, double[] twRe, double[] twIm, int twOff,
                      double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi,
                      int yiOff) {
        int bigS = st * s;
        int xs = bigS * m;
        int bound = SPECIES.loopBound(w);
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < s; q++) {
                int bi = st * q + bigS * p;
                int bo = st * q + bigS * radix * p;
                int b = 0;
                for (; b < bound; b += LANES) {
                    butterfly(radix, xr, xrOff + bi + b, xi, xiOff + bi + b, xs, yr, yrOff + bo + b, yi,
                            yiOff + bo + b, bigS, twRe, twIm, twOff + p, m, true);
                }
                for (; b < w; b++) {
                    ScalarFftKernels.butterfly(radix, twRe, twIm, twOff + p, m, xr, xrOff + bi + b, xi,
                            xiOff + bi + b, xs, yr, yrOff + bo + b, yi, yiOff + bo + b, bigS);
                }
            }
        }
    }

    /**
     * One vector of butterflies: inputs at {@code x[xo + r xs]}, outputs at {@code y[yo + k os]}, twiddle
     * {@code k} at {@code tw[to + (k - 1) ts]}, broadcast ({@code bc}) or one per lane.
     */
    private static void butterfly(int radix, double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro,
                                  double[] yi, int yio, int os, double[] twr, double[] twi, int to, int ts,
                                  boolean bc) {
        switch (radix) {
            case 4 -> b4(xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, ts, bc);
            case 2 -> b2(xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, bc);
            case 3 -> b3(xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, ts, bc);
            case 5 -> b5(xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, ts, bc);
            default -> throw new IllegalArgumentException("radix = " + radix + " is not supported: must be 2, 3, 4 or 5");
        }
    }

    private static DoubleVector load(double[] a, int at) {
        return DoubleVector.fromArray(SPECIES, a, at);
    }

    private static DoubleVector bc(double c) {
        return DoubleVector.broadcast(SPECIES, c);
    }

    private static DoubleVector tw(double[] t, int at, boolean bc) {
        return bc ? DoubleVector.broadcast(SPECIES, t[at]) : DoubleVector.fromArray(SPECIES, t, at);
    }

    /** Stores {@code (br, bi) * (c, d)} at {@code (yr[yro], yi[yio])}. */
    private static void twiddled(DoubleVector br, DoubleVector bi, double[] twr, double[] twi, int at, boolean bc,
                                 double[] yr, int yro, double[] yi, int yio) {
        DoubleVector c = tw(twr, at, bc);
        DoubleVector d = tw(twi, at, bc);
        br.fma(c, bi.mul(d).neg()).intoArray(yr, yro);
        br.fma(d, bi.mul(c)).intoArray(yi, yio);
    }

    private static void b2(double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro, double[] yi,
                           int yio, int os, double[] twr, double[] twi, int to, boolean bc) {
        DoubleVector a0r = load(xr, xro);
        DoubleVector a0i = load(xi, xio);
        DoubleVector a1r = load(xr, xro + xs);
        DoubleVector a1i = load(xi, xio + xs);
        a0r.add(a1r).intoArray(yr, yro);
        a0i.add(a1i).intoArray(yi, yio);
        twiddled(a0r.sub(a1r), a0i.sub(a1i), twr, twi, to, bc, yr, yro + os, yi, yio + os);
    }

    private static void b3(double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro, double[] yi,
                           int yio, int os, double[] twr, double[] twi, int to, int ts, boolean bc) {
        DoubleVector a0r = load(xr, xro);
        DoubleVector a0i = load(xi, xio);
        DoubleVector a1r = load(xr, xro + xs);
        DoubleVector a1i = load(xi, xio + xs);
        DoubleVector a2r = load(xr, xro + 2 * xs);
        DoubleVector a2i = load(xi, xio + 2 * xs);
        DoubleVector t1r = a1r.add(a2r);
        DoubleVector t1i = a1i.add(a2i);
        DoubleVector t2r = t1r.fma(bc(Twiddles.C3), a0r);
        DoubleVector t2i = t1i.fma(bc(Twiddles.C3), a0i);
        DoubleVector dr = a1r.sub(a2r).mul(Twiddles.S3);
        DoubleVector di = a1i.sub(a2i).mul(Twiddles.S3);
        a0r.add(t1r).intoArray(yr, yro);
        a0i.add(t1i).intoArray(yi, yio);
        twiddled(t2r.add(di), t2i.sub(dr), twr, twi, to, bc, yr, yro + os, yi, yio + os);
        twiddled(t2r.sub(di), t2i.add(dr), twr, twi, to + ts, bc, yr, yro + 2 * os, yi, yio + 2 * os);
    }

    private static void b4(double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro, double[] yi,
                           int yio, int os, double[] twr, double[] twi, int to, int ts, boolean bc) {
        DoubleVector a0r = load(xr, xro);
        DoubleVector a0i = load(xi, xio);
        DoubleVector a1r = load(xr, xro + xs);
        DoubleVector a1i = load(xi, xio + xs);
        DoubleVector a2r = load(xr, xro + 2 * xs);
        DoubleVector a2i = load(xi, xio + 2 * xs);
        DoubleVector a3r = load(xr, xro + 3 * xs);
        DoubleVector a3i = load(xi, xio + 3 * xs);
        DoubleVector t0r = a0r.add(a2r);
        DoubleVector t0i = a0i.add(a2i);
        DoubleVector t1r = a0r.sub(a2r);
        DoubleVector t1i = a0i.sub(a2i);
        DoubleVector t2r = a1r.add(a3r);
        DoubleVector t2i = a1i.add(a3i);
        DoubleVector t3r = a1r.sub(a3r);
        DoubleVector t3i = a1i.sub(a3i);
        t0r.add(t2r).intoArray(yr, yro);
        t0i.add(t2i).intoArray(yi, yio);
        twiddled(t1r.add(t3i), t1i.sub(t3r), twr, twi, to, bc, yr, yro + os, yi, yio + os);
        twiddled(t0r.sub(t2r), t0i.sub(t2i), twr, twi, to + ts, bc, yr, yro + 2 * os, yi, yio + 2 * os);
        twiddled(t1r.sub(t3i), t1i.add(t3r), twr, twi, to + 2 * ts, bc, yr, yro + 3 * os, yi, yio + 3 * os);
    }

    private static void b5(double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro, double[] yi,
                           int yio, int os, double[] twr, double[] twi, int to, int ts, boolean bc) {
        DoubleVector a0r = load(xr, xro);
        DoubleVector a0i = load(xi, xio);
        DoubleVector a1r = load(xr, xro + xs);
        DoubleVector a1i = load(xi, xio + xs);
        DoubleVector a2r = load(xr, xro + 2 * xs);
        DoubleVector a2i = load(xi, xio + 2 * xs);
        DoubleVector a3r = load(xr, xro + 3 * xs);
        DoubleVector a3i = load(xi, xio + 3 * xs);
        DoubleVector a4r = load(xr, xro + 4 * xs);
        DoubleVector a4i = load(xi, xio + 4 * xs);
        DoubleVector s1r = a1r.add(a4r);
        DoubleVector s1i = a1i.add(a4i);
        DoubleVector s2r = a2r.add(a3r);
        DoubleVector s2i = a2i.add(a3i);
        DoubleVector d1r = a1r.sub(a4r);
        DoubleVector d1i = a1i.sub(a4i);
        DoubleVector d2r = a2r.sub(a3r);
        DoubleVector d2i = a2i.sub(a3i);
        a0r.add(s1r).add(s2r).intoArray(yr, yro);
        a0i.add(s1i).add(s2i).intoArray(yi, yio);
        DoubleVector t1r = s2r.fma(bc(Twiddles.C52), s1r.fma(bc(Twiddles.C51), a0r));
        DoubleVector t1i = s2i.fma(bc(Twiddles.C52), s1i.fma(bc(Twiddles.C51), a0i));
        DoubleVector t2r = s2r.fma(bc(Twiddles.C51), s1r.fma(bc(Twiddles.C52), a0r));
        DoubleVector t2i = s2i.fma(bc(Twiddles.C51), s1i.fma(bc(Twiddles.C52), a0i));
        DoubleVector u1r = d2r.fma(bc(Twiddles.S52), d1r.mul(Twiddles.S51));
        DoubleVector u1i = d2i.fma(bc(Twiddles.S52), d1i.mul(Twiddles.S51));
        DoubleVector u2r = d2r.fma(bc(-Twiddles.S51), d1r.mul(Twiddles.S52));
        DoubleVector u2i = d2i.fma(bc(-Twiddles.S51), d1i.mul(Twiddles.S52));
        twiddled(t1r.add(u1i), t1i.sub(u1r), twr, twi, to, bc, yr, yro + os, yi, yio + os);
        twiddled(t2r.add(u2i), t2i.sub(u2r), twr, twi, to + ts, bc, yr, yro + 2 * os, yi, yio + 2 * os);
        twiddled(t2r.sub(u2i), t2i.add(u2r), twr, twi, to + 2 * ts, bc, yr, yro + 3 * os, yi, yio + 3 * os);
        twiddled(t1r.sub(u1i), t1i.add(u1r), twr, twi, to + 3 * ts, bc, yr, yro + 4 * os, yi, yio + 4 * os);
    }
}
