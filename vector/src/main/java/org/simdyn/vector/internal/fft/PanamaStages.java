package org.simdyn.vector.internal.fft;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandles;

/**
 * The vector code of {@link PanamaFftKernels}: the butterflies of {@link ScalarFftKernels#butterfly}, lane by
 * lane. This class is never loaded by name: {@link PanamaFftKernels} defines one hidden copy per width with
 * the species as class data, so that the species is a static constant for the JIT (the Vector API only
 * compiles to vector instructions when it is) while one source serves every width.
 */
final class PanamaStages implements FftKernels {
    /** The species of this hidden copy (its class data): a constant for the JIT. */
    private static final VectorSpecies<Double> SPECIES = classData();
    private static final int LANES = SPECIES.length();
    /** {@code TW_MAP[S][e] = e / S}: twiddle lanes of a gathered stage with run width {@code S}. */
    private static final int[][] TW_MAP = new int[LANES][];
    /** {@code OUT_MAP[R][S][e] = e % S + S R (e / S)}: output lanes of a gathered stage. */
    private static final int[][][] OUT_MAP = new int[6][LANES][];

    static {
        for (int w = 1; w < LANES; w *= 2) {
            TW_MAP[w] = new int[LANES];
            for (int e = 0; e < LANES; e++) {
                TW_MAP[w][e] = e / w;
            }
            for (int r = 2; r <= 5; r++) {
                OUT_MAP[r][w] = new int[LANES];
                for (int e = 0; e < LANES; e++) {
                    OUT_MAP[r][w][e] = e % w + w * r * (e / w);
                }
            }
        }
    }

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

    /**
     * Runs a stage. Runs of at least {@code lanes} elements are vectorised along the run (twiddles
     * broadcast). A 1-D stage whose run width {@code w} divides the lane count is vectorised across the
     * combined index {@code j = w p + b} instead (contiguous loads, twiddles gathered, outputs scattered).
     * Everything else, and every remainder, runs the scalar butterflies.
     */
    @Override
    public void stage(int radix, int m, int s, int st, int w, double[] twRe, double[] twIm, int twOff,
                      double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi,
                      int yiOff) {
        VectorSpecies<Double> sp = SPECIES;
        int bigS = st * s;
        int xs = bigS * m;
        if (s == 1 && w == st && w < LANES && LANES % w == 0) {
            int total = m * w;
            int bound = sp.loopBound(total);
            int[] tmap = w == 1 ? null : TW_MAP[w];
            int[] omap = OUT_MAP[radix][w];
            int j = 0;
            for (; j < bound; j += LANES) {
                vector(sp, true, tmap, omap, radix, twRe, twIm, twOff + j / w, m, xr, xrOff + j, xi, xiOff + j, xs,
                        yr, yrOff + radix * j, yi, yiOff + radix * j, w);
            }
            for (; j < total; j++) {
                int p = j / w;
                int bo = j % w + w * radix * p;
                ScalarFftKernels.butterfly(radix, twRe, twIm, twOff + p, m, xr, xrOff + j, xi, xiOff + j, xs,
                        yr, yrOff + bo, yi, yiOff + bo, w);
            }
            return;
        }
        int bound = sp.loopBound(w);
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < s; q++) {
                int bi = st * q + bigS * p;
                int bo = st * q + bigS * radix * p;
                int b = 0;
                for (; b < bound; b += LANES) {
                    vector(sp, false, null, null, radix, twRe, twIm, twOff + p, m, xr, xrOff + bi + b, xi,
                            xiOff + bi + b, xs, yr, yrOff + bo + b, yi, yiOff + bo + b, bigS);
                }
                for (; b < w; b++) {
                    ScalarFftKernels.butterfly(radix, twRe, twIm, twOff + p, m, xr, xrOff + bi + b, xi,
                            xiOff + bi + b, xs, yr, yrOff + bo + b, yi, yiOff + bo + b, bigS);
                }
            }
        }
    }

    private static DoubleVector tw(VectorSpecies<Double> sp, boolean lanes, int[] tmap, double[] t, int at) {
        if (!lanes) {
            return DoubleVector.broadcast(sp, t[at]);
        }
        return tmap == null ? DoubleVector.fromArray(sp, t, at) : DoubleVector.fromArray(sp, t, at, tmap, 0);
    }

    private static void store(boolean scattered, int[] map, DoubleVector v, double[] a, int at, int k, int os) {
        if (scattered) {
            v.intoArray(a, at + k * os, map, 0);
        } else {
            v.intoArray(a, at + k * os);
        }
    }

    /** Stores {@code (br, bi) * (c, d)} as output {@code k}. */
    private static void twiddled(VectorSpecies<Double> sp, boolean lanes, int[] tmap, int[] map, DoubleVector br,
                                 DoubleVector bi, double[] twRe, double[] twIm, int at, double[] yr, int yro,
                                 double[] yi, int yio, int k, int os) {
        DoubleVector c = tw(sp, lanes, tmap, twRe, at);
        DoubleVector d = tw(sp, lanes, tmap, twIm, at);
        store(lanes, map, br.fma(c, bi.mul(d).neg()), yr, yro, k, os);
        store(lanes, map, br.fma(d, bi.mul(c)), yi, yio, k, os);
    }

    private static void vector(VectorSpecies<Double> sp, boolean lanes, int[] tmap, int[] map, int radix, double[] twRe,
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
                twiddled(sp, lanes, tmap, map, a0r.sub(a1r), a0i.sub(a1i), twRe, twIm, tw0, yr, yro, yi, yio, 1, os);
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
                DoubleVector c3 = DoubleVector.broadcast(sp, Twiddles.C3);
                DoubleVector t2r = t1r.fma(c3, a0r);
                DoubleVector t2i = t1i.fma(c3, a0i);
                DoubleVector dr = a1r.sub(a2r).mul(Twiddles.S3);
                DoubleVector di = a1i.sub(a2i).mul(Twiddles.S3);
                store(lanes, map, a0r.add(t1r), yr, yro, 0, os);
                store(lanes, map, a0i.add(t1i), yi, yio, 0, os);
                twiddled(sp, lanes, tmap, map, t2r.add(di), t2i.sub(dr), twRe, twIm, tw0, yr, yro, yi, yio, 1, os);
                twiddled(sp, lanes, tmap, map, t2r.sub(di), t2i.add(dr), twRe, twIm, tw0 + m, yr, yro, yi, yio, 2, os);
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
                twiddled(sp, lanes, tmap, map, t1r.add(t3i), t1i.sub(t3r), twRe, twIm, tw0, yr, yro, yi, yio, 1, os);
                twiddled(sp, lanes, tmap, map, t0r.sub(t2r), t0i.sub(t2i), twRe, twIm, tw0 + m, yr, yro, yi, yio, 2, os);
                twiddled(sp, lanes, tmap, map, t1r.sub(t3i), t1i.add(t3r), twRe, twIm, tw0 + 2 * m, yr, yro, yi, yio, 3,
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
                twiddled(sp, lanes, tmap, map, t1r.add(u1i), t1i.sub(u1r), twRe, twIm, tw0, yr, yro, yi, yio, 1, os);
                twiddled(sp, lanes, tmap, map, t2r.add(u2i), t2i.sub(u2r), twRe, twIm, tw0 + m, yr, yro, yi, yio, 2, os);
                twiddled(sp, lanes, tmap, map, t2r.sub(u2i), t2i.add(u2r), twRe, twIm, tw0 + 2 * m, yr, yro, yi, yio, 3,
                        os);
                twiddled(sp, lanes, tmap, map, t1r.sub(u1i), t1i.add(u1r), twRe, twIm, tw0 + 3 * m, yr, yro, yi, yio, 4,
                        os);
            }
            default -> throw new IllegalArgumentException("radix = " + radix + " is not supported: must be 2, 3, 4 or 5");
        }
    }
}
