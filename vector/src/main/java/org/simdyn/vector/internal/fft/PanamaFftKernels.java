package org.simdyn.vector.internal.fft;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.VectorRuntime;
import org.simdyn.vector.kernel.Species;

/**
 * Panama twin of {@link FftKernels}: the butterflies of {@link ScalarFftKernels#butterfly}, lane by lane.
 *
 * <p>Stages with contiguous runs ({@code w >= 2}) are vectorised across the run with the widest species
 * (at most the configured one) whose lane count fits the run, twiddles broadcast; the first stage of a 1-D
 * transform ({@code s = st = w = 1}) is vectorised across {@code p} with contiguous loads, twiddles loaded as
 * vectors, and outputs scattered to stride {@code R}. Remainders run the scalar butterflies. Every element
 * therefore sees the same operations as in the scalar twin.
 */
public final class PanamaFftKernels implements FftKernels {
    private final VectorSpecies<Double>[] species;
    private final int[][] scatter;
    private final int bits;

    /** The twin at the width in force ({@link VectorRuntime#bits()}). */
    public PanamaFftKernels() {
        this(VectorRuntime.bits());
    }

    /**
     * The twin at an explicit width (tests).
     *
     * @param bits 128, 256 or 512
     */
    @SuppressWarnings("unchecked")
    public PanamaFftKernels(int bits) {
        this.bits = bits;
        int count = Integer.numberOfTrailingZeros(bits / 64);
        species = (VectorSpecies<Double>[]) new VectorSpecies<?>[count];
        for (int i = 0; i < count; i++) {
            species[i] = Species.doubles(bits >> i);
        }
        int lanes = bits / 64;
        scatter = new int[6][];
        for (int r = 2; r <= 5; r++) {
            scatter[r] = new int[lanes];
            for (int e = 0; e < lanes; e++) {
                scatter[r][e] = e * r;
            }
        }
    }

    @Override
    public String name() {
        return "panama " + bits + "-bit";
    }

    /** The widest species with at most {@code len} lanes, or null. */
    private VectorSpecies<Double> fit(int len) {
        for (VectorSpecies<Double> sp : species) {
            if (sp.length() <= len) {
                return sp;
            }
        }
        return null;
    }

    @Override
    public void stage(int radix, int m, int s, int st, int w, double[] twRe, double[] twIm, int twOff,
                      double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi,
                      int yiOff) {
        int bigS = st * s;
        int xs = bigS * m;
        if (w == 1 && s == 1 && st == 1) {
            VectorSpecies<Double> sp = fit(m);
            int p = 0;
            if (sp != null) {
                int bound = sp.loopBound(m);
                int[] map = scatter[radix];
                for (; p < bound; p += sp.length()) {
                    vector(sp, true, map, radix, twRe, twIm, twOff + p, m, xr, xrOff + p, xi, xiOff + p, xs,
                            yr, yrOff + radix * p, yi, yiOff + radix * p, 1);
                }
            }
            for (; p < m; p++) {
                ScalarFftKernels.butterfly(radix, twRe, twIm, twOff + p, m, xr, xrOff + p, xi, xiOff + p, xs,
                        yr, yrOff + radix * p, yi, yiOff + radix * p, 1);
            }
            return;
        }
        VectorSpecies<Double> sp = fit(w);
        int bound = sp == null ? 0 : sp.loopBound(w);
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < s; q++) {
                int bi = st * q + bigS * p;
                int bo = st * q + bigS * radix * p;
                int b = 0;
                for (; b < bound; b += sp.length()) {
                    vector(sp, false, null, radix, twRe, twIm, twOff + p, m, xr, xrOff + bi + b, xi,
                            xiOff + bi + b, xs, yr, yrOff + bo + b, yi, yiOff + bo + b, bigS);
                }
                for (; b < w; b++) {
                    ScalarFftKernels.butterfly(radix, twRe, twIm, twOff + p, m, xr, xrOff + bi + b, xi,
                            xiOff + bi + b, xs, yr, yrOff + bo + b, yi, yiOff + bo + b, bigS);
                }
            }
        }
    }

    private static DoubleVector tw(VectorSpecies<Double> sp, boolean lanes, double[] t, int at) {
        return lanes ? DoubleVector.fromArray(sp, t, at) : DoubleVector.broadcast(sp, t[at]);
    }

    private static void store(boolean scattered, int[] map, DoubleVector v, double[] a, int at, int k, int os) {
        if (scattered) {
            v.intoArray(a, at + k, map, 0);
        } else {
            v.intoArray(a, at + k * os);
        }
    }

    /** Stores {@code (br, bi) * (c, d)} as output {@code k}. */
    private static void twiddled(VectorSpecies<Double> sp, boolean lanes, int[] map, DoubleVector br,
                                 DoubleVector bi, double[] twRe, double[] twIm, int at, double[] yr, int yro,
                                 double[] yi, int yio, int k, int os) {
        DoubleVector c = tw(sp, lanes, twRe, at);
        DoubleVector d = tw(sp, lanes, twIm, at);
        store(lanes, map, br.fma(c, bi.mul(d).neg()), yr, yro, k, os);
        store(lanes, map, br.fma(d, bi.mul(c)), yi, yio, k, os);
    }

    private static void vector(VectorSpecies<Double> sp, boolean lanes, int[] map, int radix, double[] twRe,
                               double[] twIm, int tw0, int m, double[] xr, int xro, double[] xi, int xio, int xs,
                               double[] yr, int yro, double[] yi, int yio, int os) {
        switch (radix) {
            case 2 -> {
                DoubleVector a0r = DoubleVector.fromArray(sp, xr, xro);
                DoubleVector a0i = DoubleVector.fromArray(sp, xi, xio);
                DoubleVector a1r = DoubleVector.fromArray(sp, xr, xro + xs);
                DoubleVector a1i = DoubleVector.fromArray(sp, xi, xio + xs);
                store(lanes, map, a0r.add(a1r), yr, yro, 0, os);
                store(lanes, map, a0i.add(a1i), yi, yio, 0, os);
                twiddled(sp, lanes, map, a0r.sub(a1r), a0i.sub(a1i), twRe, twIm, tw0, yr, yro, yi, yio, 1, os);
            }
            case 3 -> {
                DoubleVector a0r = DoubleVector.fromArray(sp, xr, xro);
                DoubleVector a0i = DoubleVector.fromArray(sp, xi, xio);
                DoubleVector a1r = DoubleVector.fromArray(sp, xr, xro + xs);
                DoubleVector a1i = DoubleVector.fromArray(sp, xi, xio + xs);
                DoubleVector a2r = DoubleVector.fromArray(sp, xr, xro + 2 * xs);
                DoubleVector a2i = DoubleVector.fromArray(sp, xi, xio + 2 * xs);
                DoubleVector t1r = a1r.add(a2r);
                DoubleVector t1i = a1i.add(a2i);
                DoubleVector t2r = a0r.sub(t1r.mul(0.5));
                DoubleVector t2i = a0i.sub(t1i.mul(0.5));
                DoubleVector dr = a1r.sub(a2r).mul(Twiddles.S3);
                DoubleVector di = a1i.sub(a2i).mul(Twiddles.S3);
                store(lanes, map, a0r.add(t1r), yr, yro, 0, os);
                store(lanes, map, a0i.add(t1i), yi, yio, 0, os);
                twiddled(sp, lanes, map, t2r.add(di), t2i.sub(dr), twRe, twIm, tw0, yr, yro, yi, yio, 1, os);
                twiddled(sp, lanes, map, t2r.sub(di), t2i.add(dr), twRe, twIm, tw0 + m, yr, yro, yi, yio, 2, os);
            }
            case 4 -> {
                DoubleVector a0r = DoubleVector.fromArray(sp, xr, xro);
                DoubleVector a0i = DoubleVector.fromArray(sp, xi, xio);
                DoubleVector a1r = DoubleVector.fromArray(sp, xr, xro + xs);
                DoubleVector a1i = DoubleVector.fromArray(sp, xi, xio + xs);
                DoubleVector a2r = DoubleVector.fromArray(sp, xr, xro + 2 * xs);
                DoubleVector a2i = DoubleVector.fromArray(sp, xi, xio + 2 * xs);
                DoubleVector a3r = DoubleVector.fromArray(sp, xr, xro + 3 * xs);
                DoubleVector a3i = DoubleVector.fromArray(sp, xi, xio + 3 * xs);
                DoubleVector t0r = a0r.add(a2r);
                DoubleVector t0i = a0i.add(a2i);
                DoubleVector t1r = a0r.sub(a2r);
                DoubleVector t1i = a0i.sub(a2i);
                DoubleVector t2r = a1r.add(a3r);
                DoubleVector t2i = a1i.add(a3i);
                DoubleVector t3r = a1r.sub(a3r);
                DoubleVector t3i = a1i.sub(a3i);
                store(lanes, map, t0r.add(t2r), yr, yro, 0, os);
                store(lanes, map, t0i.add(t2i), yi, yio, 0, os);
                twiddled(sp, lanes, map, t1r.add(t3i), t1i.sub(t3r), twRe, twIm, tw0, yr, yro, yi, yio, 1, os);
                twiddled(sp, lanes, map, t0r.sub(t2r), t0i.sub(t2i), twRe, twIm, tw0 + m, yr, yro, yi, yio, 2, os);
                twiddled(sp, lanes, map, t1r.sub(t3i), t1i.add(t3r), twRe, twIm, tw0 + 2 * m, yr, yro, yi, yio, 3,
                        os);
            }
            case 5 -> {
                DoubleVector a0r = DoubleVector.fromArray(sp, xr, xro);
                DoubleVector a0i = DoubleVector.fromArray(sp, xi, xio);
                DoubleVector a1r = DoubleVector.fromArray(sp, xr, xro + xs);
                DoubleVector a1i = DoubleVector.fromArray(sp, xi, xio + xs);
                DoubleVector a2r = DoubleVector.fromArray(sp, xr, xro + 2 * xs);
                DoubleVector a2i = DoubleVector.fromArray(sp, xi, xio + 2 * xs);
                DoubleVector a3r = DoubleVector.fromArray(sp, xr, xro + 3 * xs);
                DoubleVector a3i = DoubleVector.fromArray(sp, xi, xio + 3 * xs);
                DoubleVector a4r = DoubleVector.fromArray(sp, xr, xro + 4 * xs);
                DoubleVector a4i = DoubleVector.fromArray(sp, xi, xio + 4 * xs);
                DoubleVector s1r = a1r.add(a4r);
                DoubleVector s1i = a1i.add(a4i);
                DoubleVector s2r = a2r.add(a3r);
                DoubleVector s2i = a2i.add(a3i);
                DoubleVector d1r = a1r.sub(a4r);
                DoubleVector d1i = a1i.sub(a4i);
                DoubleVector d2r = a2r.sub(a3r);
                DoubleVector d2i = a2i.sub(a3i);
                store(lanes, map, a0r.add(s1r).add(s2r), yr, yro, 0, os);
                store(lanes, map, a0i.add(s1i).add(s2i), yi, yio, 0, os);
                DoubleVector c1 = DoubleVector.broadcast(sp, Twiddles.C51);
                DoubleVector c2 = DoubleVector.broadcast(sp, Twiddles.C52);
                DoubleVector t1r = s2r.fma(c2, s1r.fma(c1, a0r));
                DoubleVector t1i = s2i.fma(c2, s1i.fma(c1, a0i));
                DoubleVector t2r = s2r.fma(c1, s1r.fma(c2, a0r));
                DoubleVector t2i = s2i.fma(c1, s1i.fma(c2, a0i));
                DoubleVector sn1 = DoubleVector.broadcast(sp, Twiddles.S51);
                DoubleVector sn2 = DoubleVector.broadcast(sp, Twiddles.S52);
                DoubleVector nsn1 = DoubleVector.broadcast(sp, -Twiddles.S51);
                DoubleVector u1r = d2r.fma(sn2, d1r.mul(sn1));
                DoubleVector u1i = d2i.fma(sn2, d1i.mul(sn1));
                DoubleVector u2r = d2r.fma(nsn1, d1r.mul(sn2));
                DoubleVector u2i = d2i.fma(nsn1, d1i.mul(sn2));
                twiddled(sp, lanes, map, t1r.add(u1i), t1i.sub(u1r), twRe, twIm, tw0, yr, yro, yi, yio, 1, os);
                twiddled(sp, lanes, map, t2r.add(u2i), t2i.sub(u2r), twRe, twIm, tw0 + m, yr, yro, yi, yio, 2, os);
                twiddled(sp, lanes, map, t2r.sub(u2i), t2i.add(u2r), twRe, twIm, tw0 + 2 * m, yr, yro, yi, yio, 3,
                        os);
                twiddled(sp, lanes, map, t1r.sub(u1i), t1i.add(u1r), twRe, twIm, tw0 + 3 * m, yr, yro, yi, yio, 4,
                        os);
            }
            default -> throw new IllegalArgumentException("radix = " + radix + " is not supported: must be 2, 3, 4 or 5");
        }
    }
}
