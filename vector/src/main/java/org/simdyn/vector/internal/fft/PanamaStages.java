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
                transpose(ar, aro, n / s, s, n / s, br, bro, s);
                transpose(ai, aio, n / s, s, n / s, bi, bio, s);
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

    /**
     * Index vectors of the transposition network, per level {@code g = 1, 2, 4, ...}: {@code lo} takes lane
     * {@code e} of the first row when {@code e & g == 0}, else lane {@code e - g} of the second; {@code hi} takes
     * lane {@code e + g} of the first, else lane {@code e} of the second.
     */
    private static final double[] NET = network();

    private static double[] network() {
        double[] t = new double[2 * LANES * Integer.numberOfTrailingZeros(LANES)];
        int at = 0;
        for (int g = 1; g < LANES; g *= 2) {
            for (int e = 0; e < LANES; e++) {
                t[at + e] = (e & g) == 0 ? e : LANES + e - g;
                t[at + LANES + e] = (e & g) == 0 ? e + g : LANES + e;
            }
            at += 2 * LANES;
        }
        return t;
    }

    @Override
    public void transpose(double[] src, int sOff, int sPitch, int rows, int cols, double[] dst, int dOff,
                          int dPitch) {
        if (rows % LANES != 0 || cols % LANES != 0) {
            ScalarFftKernels.transposeLoop(src, sOff, sPitch, rows, cols, dst, dOff, dPitch);
            return;
        }
        for (int r = 0; r < rows; r += LANES) {
            for (int c = 0; c < cols; c += LANES) {
                int from = sOff + r * sPitch + c;
                int to = dOff + r + dPitch * c;
                switch (LANES) {
                    case 8 -> block8(src, from, sPitch, dst, to, dPitch);
                    case 4 -> block4(src, from, sPitch, dst, to, dPitch);
                    default -> block2(src, from, sPitch, dst, to, dPitch);
                }
            }
        }
    }

    @Override
    public void twiddle(double[] tr, double[] ti, int tOff, int tPitch, int rows, int cols, double[] wr, double[] wi,
                        int wOff, int wPitch, double[] ar, double[] ai, int aOff, int aPitch) {
        int bound = SPECIES.loopBound(cols);
        for (int r = 0; r < rows; r++) {
            int t = tOff + r * tPitch;
            int w = wOff + r * wPitch;
            int a = aOff + r * aPitch;
            for (int c = 0; c < bound; c += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, tr, t + c);
                DoubleVector y = DoubleVector.fromArray(SPECIES, ti, t + c);
                DoubleVector u = DoubleVector.fromArray(SPECIES, wr, w + c);
                DoubleVector v = DoubleVector.fromArray(SPECIES, wi, w + c);
                x.fma(u, y.mul(v).neg()).intoArray(ar, a + c);
                x.fma(v, y.mul(u)).intoArray(ai, a + c);
            }
            ScalarFftKernels.twiddleRow(tr, ti, t, bound, cols, wr, wi, w, ar, ai, a);
        }
    }

    /** Transposes the 8 x 8 block at {@code z[from + i zs + l]} to {@code y[to + l ys + i]}. */
    private static void block8(double[] z, int from, int zs, double[] y, int to, int ys) {
        DoubleVector l0 = DoubleVector.fromArray(SPECIES, NET, 0);
        DoubleVector h0 = DoubleVector.fromArray(SPECIES, NET, LANES);
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, z, from);
        DoubleVector v1 = DoubleVector.fromArray(SPECIES, z, from + zs);
        DoubleVector v2 = DoubleVector.fromArray(SPECIES, z, from + 2 * zs);
        DoubleVector v3 = DoubleVector.fromArray(SPECIES, z, from + 3 * zs);
        DoubleVector v4 = DoubleVector.fromArray(SPECIES, z, from + 4 * zs);
        DoubleVector v5 = DoubleVector.fromArray(SPECIES, z, from + 5 * zs);
        DoubleVector v6 = DoubleVector.fromArray(SPECIES, z, from + 6 * zs);
        DoubleVector v7 = DoubleVector.fromArray(SPECIES, z, from + 7 * zs);
        DoubleVector a0 = l0.selectFrom(v0, v1);
        DoubleVector a1 = h0.selectFrom(v0, v1);
        DoubleVector a2 = l0.selectFrom(v2, v3);
        DoubleVector a3 = h0.selectFrom(v2, v3);
        DoubleVector a4 = l0.selectFrom(v4, v5);
        DoubleVector a5 = h0.selectFrom(v4, v5);
        DoubleVector a6 = l0.selectFrom(v6, v7);
        DoubleVector a7 = h0.selectFrom(v6, v7);
        DoubleVector l1 = DoubleVector.fromArray(SPECIES, NET, 2 * LANES);
        DoubleVector h1 = DoubleVector.fromArray(SPECIES, NET, 3 * LANES);
        DoubleVector c0 = l1.selectFrom(a0, a2);
        DoubleVector c2 = h1.selectFrom(a0, a2);
        DoubleVector c1 = l1.selectFrom(a1, a3);
        DoubleVector c3 = h1.selectFrom(a1, a3);
        DoubleVector c4 = l1.selectFrom(a4, a6);
        DoubleVector c6 = h1.selectFrom(a4, a6);
        DoubleVector c5 = l1.selectFrom(a5, a7);
        DoubleVector c7 = h1.selectFrom(a5, a7);
        DoubleVector l2 = DoubleVector.fromArray(SPECIES, NET, 4 * LANES);
        DoubleVector h2 = DoubleVector.fromArray(SPECIES, NET, 5 * LANES);
        l2.selectFrom(c0, c4).intoArray(y, to);
        l2.selectFrom(c1, c5).intoArray(y, to + ys);
        l2.selectFrom(c2, c6).intoArray(y, to + 2 * ys);
        l2.selectFrom(c3, c7).intoArray(y, to + 3 * ys);
        h2.selectFrom(c0, c4).intoArray(y, to + 4 * ys);
        h2.selectFrom(c1, c5).intoArray(y, to + 5 * ys);
        h2.selectFrom(c2, c6).intoArray(y, to + 6 * ys);
        h2.selectFrom(c3, c7).intoArray(y, to + 7 * ys);
    }

    /** Transposes the 4 x 4 block at {@code z[from + i zs + l]} to {@code y[to + l ys + i]}. */
    private static void block4(double[] z, int from, int zs, double[] y, int to, int ys) {
        DoubleVector l0 = DoubleVector.fromArray(SPECIES, NET, 0);
        DoubleVector h0 = DoubleVector.fromArray(SPECIES, NET, LANES);
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, z, from);
        DoubleVector v1 = DoubleVector.fromArray(SPECIES, z, from + zs);
        DoubleVector v2 = DoubleVector.fromArray(SPECIES, z, from + 2 * zs);
        DoubleVector v3 = DoubleVector.fromArray(SPECIES, z, from + 3 * zs);
        DoubleVector a0 = l0.selectFrom(v0, v1);
        DoubleVector a1 = h0.selectFrom(v0, v1);
        DoubleVector a2 = l0.selectFrom(v2, v3);
        DoubleVector a3 = h0.selectFrom(v2, v3);
        DoubleVector l1 = DoubleVector.fromArray(SPECIES, NET, 2 * LANES);
        DoubleVector h1 = DoubleVector.fromArray(SPECIES, NET, 3 * LANES);
        l1.selectFrom(a0, a2).intoArray(y, to);
        l1.selectFrom(a1, a3).intoArray(y, to + ys);
        h1.selectFrom(a0, a2).intoArray(y, to + 2 * ys);
        h1.selectFrom(a1, a3).intoArray(y, to + 3 * ys);
    }

    /** Transposes the 2 x 2 block at {@code z[from + i zs + l]} to {@code y[to + l ys + i]}. */
    private static void block2(double[] z, int from, int zs, double[] y, int to, int ys) {
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, z, from);
        DoubleVector v1 = DoubleVector.fromArray(SPECIES, z, from + zs);
        DoubleVector.fromArray(SPECIES, NET, 0).selectFrom(v0, v1).intoArray(y, to);
        DoubleVector.fromArray(SPECIES, NET, LANES).selectFrom(v0, v1).intoArray(y, to + ys);
    }

    /**
     * Index vectors of the real pre- and post-processing: even lanes, odd lanes (of two vectors), the
     * interleaving of two vectors (low and high halves) and the lane reversal.
     */
    private static final double[] EVEN = index(0);
    private static final double[] ODD = index(1);
    private static final double[] ZIP_LO = index(2);
    private static final double[] ZIP_HI = index(3);
    private static final double[] REVERSE = index(4);

    private static double[] index(int kind) {
        double[] t = new double[LANES];
        for (int e = 0; e < LANES; e++) {
            int h = e / 2 + (kind == 3 ? LANES / 2 : 0);
            t[e] = switch (kind) {
                case 0 -> 2 * e;
                case 1 -> 2 * e + 1;
                case 2, 3 -> (e & 1) == 0 ? h : LANES + h;
                default -> LANES - 1 - e;
            };
        }
        return t;
    }

    @Override
    public void deinterleave(double[] in, int inOff, double[] re, int reOff, double[] im, int imOff, int m) {
        int bound = SPECIES.loopBound(m);
        DoubleVector even = DoubleVector.fromArray(SPECIES, EVEN, 0);
        DoubleVector odd = DoubleVector.fromArray(SPECIES, ODD, 0);
        for (int j = 0; j < bound; j += LANES) {
            DoubleVector v0 = DoubleVector.fromArray(SPECIES, in, inOff + 2 * j);
            DoubleVector v1 = DoubleVector.fromArray(SPECIES, in, inOff + 2 * j + LANES);
            even.selectFrom(v0, v1).intoArray(re, reOff + j);
            odd.selectFrom(v0, v1).intoArray(im, imOff + j);
        }
        for (int j = bound; j < m; j++) {
            re[reOff + j] = in[inOff + 2 * j];
            im[imOff + j] = in[inOff + 2 * j + 1];
        }
    }

    @Override
    public void interleave(double[] re, double[] im, int m, boolean scaled, double scale, double[] out, int outOff) {
        int bound = SPECIES.loopBound(m);
        DoubleVector lo = DoubleVector.fromArray(SPECIES, ZIP_LO, 0);
        DoubleVector hi = DoubleVector.fromArray(SPECIES, ZIP_HI, 0);
        for (int j = 0; j < bound; j += LANES) {
            DoubleVector r = DoubleVector.fromArray(SPECIES, re, j);
            DoubleVector i = DoubleVector.fromArray(SPECIES, im, j);
            if (scaled) {
                r = r.mul(scale);
                i = i.mul(scale);
            }
            lo.selectFrom(r, i).intoArray(out, outOff + 2 * j);
            hi.selectFrom(r, i).intoArray(out, outOff + 2 * j + LANES);
        }
        ScalarFftKernels.interleaveTail(re, im, bound, m, scaled, scale, out, outOff);
    }

    @Override
    public void post(double[] re, double[] im, int off, int m, double[] wr, double[] wi) {
        ScalarFftKernels.postEnds(re, im, off, m, wr, wi);
        DoubleVector rev = DoubleVector.fromArray(SPECIES, REVERSE, 0);
        int k = 1;
        for (; 2 * k + 2 * LANES <= m + 1; k += LANES) {
            int j = m - k - LANES + 1;
            DoubleVector ar = DoubleVector.fromArray(SPECIES, re, off + k);
            DoubleVector ai = DoubleVector.fromArray(SPECIES, im, off + k);
            DoubleVector br = DoubleVector.fromArray(SPECIES, re, off + j);
            DoubleVector bi = DoubleVector.fromArray(SPECIES, im, off + j);
            DoubleVector zr = rev.selectFrom(br);
            DoubleVector zi = rev.selectFrom(bi);
            DoubleVector yr = rev.selectFrom(ar);
            DoubleVector yi = rev.selectFrom(ai);
            // X_k from A = Z_k and Z_{m-k} (lanes of ScalarFftKernels.post), then X_j from Z_j and Z_{m-j}
            DoubleVector dr = ar.sub(zr);
            DoubleVector di = ai.add(zi);
            DoubleVector c = DoubleVector.fromArray(SPECIES, wr, k);
            DoubleVector d = DoubleVector.fromArray(SPECIES, wi, k);
            DoubleVector u = dr.fma(c, di.mul(d).neg());
            DoubleVector v = dr.fma(d, di.mul(c));
            DoubleVector ej = br.sub(yr);
            DoubleVector fj = bi.add(yi);
            DoubleVector cj = DoubleVector.fromArray(SPECIES, wr, j);
            DoubleVector dj = DoubleVector.fromArray(SPECIES, wi, j);
            DoubleVector uj = ej.fma(cj, fj.mul(dj).neg());
            DoubleVector vj = ej.fma(dj, fj.mul(cj));
            ar.add(zr).add(v).mul(0.5).intoArray(re, off + k);
            ai.sub(zi).sub(u).mul(0.5).intoArray(im, off + k);
            br.add(yr).add(vj).mul(0.5).intoArray(re, off + j);
            bi.sub(yi).sub(uj).mul(0.5).intoArray(im, off + j);
        }
        ScalarFftKernels.postPairs(re, im, off, k, m, wr, wi);
    }

    @Override
    public void pre(double[] xr, double[] xi, int off, int m, double[] wr, double[] wi, double[] yr, double[] yi) {
        ScalarFftKernels.preHead(xr, off, m, wr, wi, yr, yi);
        DoubleVector rev = DoubleVector.fromArray(SPECIES, REVERSE, 0);
        int k = 1;
        for (; k + LANES <= m; k += LANES) {
            int j = off + m - k - LANES + 1;
            DoubleVector akr = DoubleVector.fromArray(SPECIES, xr, off + k);
            DoubleVector aki = DoubleVector.fromArray(SPECIES, xi, off + k);
            DoubleVector ajr = rev.selectFrom(DoubleVector.fromArray(SPECIES, xr, j));
            DoubleVector aji = rev.selectFrom(DoubleVector.fromArray(SPECIES, xi, j));
            DoubleVector sr = akr.add(ajr);
            DoubleVector si = aki.sub(aji);
            DoubleVector dr = akr.sub(ajr);
            DoubleVector di = aki.add(aji);
            DoubleVector c = DoubleVector.fromArray(SPECIES, wr, k);
            DoubleVector d = DoubleVector.fromArray(SPECIES, wi, k).neg();
            DoubleVector u = dr.fma(c, di.mul(d).neg());
            DoubleVector v = dr.fma(d, di.mul(c));
            sr.sub(v).intoArray(yr, k);
            si.add(u).intoArray(yi, k);
        }
        ScalarFftKernels.preTail(xr, xi, off, k, m, wr, wi, yr, yi);
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
            if (bound > 0) {
                run(radix, bound, ar, aro + xb, ai, aio + xb, m, br, bro + yb, bi, bio + yb, os, twRe, twIm, twOff, m,
                        false);
            }
            for (int p = bound; p < m; p++) {
                ScalarFftKernels.butterfly(radix, twRe, twIm, twOff + p, m, ar, aro + xb + p, ai, aio + xb + p, m, br,
                        bro + yb + p, bi, bio + yb + p, os);
            }
        }
    }

    /**
     * Per thread, the twiddles {@code k = 1..R-1} of one {@code p} of a natural-layout stage, each spread over
     * {@code LANES} lanes at {@code (k - 1) LANES} (re in {@code [0]}, im in {@code [1]}), so that the butterflies
     * load every twiddle with one plain vector load: one code path per twiddle instead of a broadcast-or-load
     * choice, which halves the twiddle code C2 parses per butterfly (its node budget per compilation).
     */
    private static final ThreadLocal<double[][]> SPREAD = ThreadLocal.withInitial(
            () -> new double[][] {new double[4 * LANES], new double[4 * LANES]});

    /**
     * Runs a stage in the natural layout, vectorised along the runs {@code b < w} (twiddles spread over the
     * lanes once per {@code p}, see {@link #SPREAD}); remainders run the scalar butterflies.
     */
    @Override
    public void stage(int radix, int m, int s, int st, int w, double[] twRe, double[] twIm, int twOff,
                      double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi,
                      int yiOff) {
        int bigS = st * s;
        int xs = bigS * m;
        int bound = SPECIES.loopBound(w);
        double[][] spread = SPREAD.get();
        double[] sr = spread[0];
        double[] si = spread[1];
        for (int p = 0; p < m; p++) {
            if (bound > 0) {
                for (int k = 1; k < radix; k++) {
                    DoubleVector.broadcast(SPECIES, twRe[twOff + (k - 1) * m + p]).intoArray(sr, (k - 1) * LANES);
                    DoubleVector.broadcast(SPECIES, twIm[twOff + (k - 1) * m + p]).intoArray(si, (k - 1) * LANES);
                }
            }
            for (int q = 0; q < s; q++) {
                int bi = st * q + bigS * p;
                int bo = st * q + bigS * radix * p;
                if (bound > 0) {
                    run(radix, bound, xr, xrOff + bi, xi, xiOff + bi, xs, yr, yrOff + bo, yi, yiOff + bo, bigS, sr, si,
                            0, LANES, true);
                }
                for (int b = bound; b < w; b++) {
                    ScalarFftKernels.butterfly(radix, twRe, twIm, twOff + p, m, xr, xrOff + bi + b, xi,
                            xiOff + bi + b, xs, yr, yrOff + bo + b, yi, yiOff + bo + b, bigS);
                }
            }
        }
    }

    /**
     * A run of {@code len / lanes} vectors of butterflies, vector {@code v} at offset {@code v} from the bases:
     * inputs at {@code x[xo + v + r xs]}, outputs at {@code y[yo + v + k os]}, twiddle {@code k} at
     * {@code tw[to + (k - 1) ts]} for every vector ({@code bc}: lanes that already hold one value, see
     * {@link #SPREAD}), or at {@code tw[to + v + (k - 1) ts]}, one per lane; twiddles are always vector loads.
     * One loop method per radix, so that the JIT compiles each with its butterfly inlined.
     */
    private static void run(int radix, int len, double[] xr, int xro, double[] xi, int xio, int xs, double[] yr,
                            int yro, double[] yi, int yio, int os, double[] twr, double[] twi, int to, int ts,
                            boolean bc) {
        switch (radix) {
            case 4 -> b4(len, xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, ts, bc);
            case 2 -> b2(len, xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, bc);
            case 3 -> b3(len, xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, ts, bc);
            case 5 -> {
                b5(len, xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, ts, bc, 1, Twiddles.C51, Twiddles.C52,
                        Twiddles.S51, Twiddles.S52);
                b5(len, xr, xro, xi, xio, xs, yr, yro, yi, yio, os, twr, twi, to, ts, bc, 2, Twiddles.C52, Twiddles.C51,
                        Twiddles.S52, -Twiddles.S51);
            }
            default -> throw new IllegalArgumentException("radix = " + radix + " is not supported: must be 2, 3, 4 or 5");
        }
    }


    /*
     * No method here passes a vector to a method of its own: the vector code calls the Vector API directly (its
     * methods are @ForceInline, so C2 inlines them at every call site). C2 inlines an ordinary helper only when
     * its own heuristics allow (call-site frequency, size, the node budget NodeCountInliningCutoff of the
     * compilation), and a call it leaves out of line boxes its vectors: a heap object per vector and the slow
     * Java fallback of every operation on it. Small helpers (load, broadcast) and a 62-byte twiddle-and-store
     * helper were left out of line depending on the JIT's history, up to 165 KB of garbage per transform at
     * n = 3840, 768 B at n = 60. The complex products are therefore written out, {@code re = fma(br, c,
     * -(bi d))}, {@code im = fma(br, d, bi c)}, in each butterfly.
     */

    private static void b2(int len, double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro,
                           double[] yi, int yio, int os, double[] twr, double[] twi, int to, boolean bc) {
        for (int v = 0; v < len; v += LANES) {
            int t = bc ? to : to + v;
            DoubleVector a0r = DoubleVector.fromArray(SPECIES, xr, xro + v);
            DoubleVector a0i = DoubleVector.fromArray(SPECIES, xi, xio + v);
            DoubleVector a1r = DoubleVector.fromArray(SPECIES, xr, xro + v + xs);
            DoubleVector a1i = DoubleVector.fromArray(SPECIES, xi, xio + v + xs);
            a0r.add(a1r).intoArray(yr, yro + v);
            a0i.add(a1i).intoArray(yi, yio + v);
            DoubleVector e1r = a0r.sub(a1r);
            DoubleVector e1i = a0i.sub(a1i);
            DoubleVector c1 = DoubleVector.fromArray(SPECIES, twr, t);
            DoubleVector d1 = DoubleVector.fromArray(SPECIES, twi, t);
            e1r.fma(c1, e1i.mul(d1).neg()).intoArray(yr, yro + v + os);
            e1r.fma(d1, e1i.mul(c1)).intoArray(yi, yio + v + os);
        }
    }

    private static void b3(int len, double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro,
                           double[] yi, int yio, int os, double[] twr, double[] twi, int to, int ts, boolean bc) {
        // the butterfly constants, broadcast once per call (fewer nodes for C2 than one broadcast per use)
        DoubleVector kc3 = DoubleVector.broadcast(SPECIES, Twiddles.C3);
        DoubleVector ks3 = DoubleVector.broadcast(SPECIES, Twiddles.S3);
        for (int v = 0; v < len; v += LANES) {
            int t = bc ? to : to + v;
            DoubleVector a0r = DoubleVector.fromArray(SPECIES, xr, xro + v);
            DoubleVector a0i = DoubleVector.fromArray(SPECIES, xi, xio + v);
            DoubleVector a1r = DoubleVector.fromArray(SPECIES, xr, xro + v + xs);
            DoubleVector a1i = DoubleVector.fromArray(SPECIES, xi, xio + v + xs);
            DoubleVector a2r = DoubleVector.fromArray(SPECIES, xr, xro + v + 2 * xs);
            DoubleVector a2i = DoubleVector.fromArray(SPECIES, xi, xio + v + 2 * xs);
            DoubleVector t1r = a1r.add(a2r);
            DoubleVector t1i = a1i.add(a2i);
            DoubleVector t2r = t1r.fma(kc3, a0r);
            DoubleVector t2i = t1i.fma(kc3, a0i);
            DoubleVector dr = a1r.sub(a2r).mul(ks3);
            DoubleVector di = a1i.sub(a2i).mul(ks3);
            a0r.add(t1r).intoArray(yr, yro + v);
            a0i.add(t1i).intoArray(yi, yio + v);
            DoubleVector e1r = t2r.add(di);
            DoubleVector e1i = t2i.sub(dr);
            DoubleVector c1 = DoubleVector.fromArray(SPECIES, twr, t);
            DoubleVector d1 = DoubleVector.fromArray(SPECIES, twi, t);
            e1r.fma(c1, e1i.mul(d1).neg()).intoArray(yr, yro + v + os);
            e1r.fma(d1, e1i.mul(c1)).intoArray(yi, yio + v + os);
            DoubleVector e2r = t2r.sub(di);
            DoubleVector e2i = t2i.add(dr);
            DoubleVector c2 = DoubleVector.fromArray(SPECIES, twr, t + ts);
            DoubleVector d2 = DoubleVector.fromArray(SPECIES, twi, t + ts);
            e2r.fma(c2, e2i.mul(d2).neg()).intoArray(yr, yro + v + 2 * os);
            e2r.fma(d2, e2i.mul(c2)).intoArray(yi, yio + v + 2 * os);
        }
    }

    private static void b4(int len, double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro,
                           double[] yi, int yio, int os, double[] twr, double[] twi, int to, int ts, boolean bc) {
        for (int v = 0; v < len; v += LANES) {
            int t = bc ? to : to + v;
            DoubleVector a0r = DoubleVector.fromArray(SPECIES, xr, xro + v);
            DoubleVector a0i = DoubleVector.fromArray(SPECIES, xi, xio + v);
            DoubleVector a1r = DoubleVector.fromArray(SPECIES, xr, xro + v + xs);
            DoubleVector a1i = DoubleVector.fromArray(SPECIES, xi, xio + v + xs);
            DoubleVector a2r = DoubleVector.fromArray(SPECIES, xr, xro + v + 2 * xs);
            DoubleVector a2i = DoubleVector.fromArray(SPECIES, xi, xio + v + 2 * xs);
            DoubleVector a3r = DoubleVector.fromArray(SPECIES, xr, xro + v + 3 * xs);
            DoubleVector a3i = DoubleVector.fromArray(SPECIES, xi, xio + v + 3 * xs);
            DoubleVector t0r = a0r.add(a2r);
            DoubleVector t0i = a0i.add(a2i);
            DoubleVector t1r = a0r.sub(a2r);
            DoubleVector t1i = a0i.sub(a2i);
            DoubleVector t2r = a1r.add(a3r);
            DoubleVector t2i = a1i.add(a3i);
            DoubleVector t3r = a1r.sub(a3r);
            DoubleVector t3i = a1i.sub(a3i);
            t0r.add(t2r).intoArray(yr, yro + v);
            t0i.add(t2i).intoArray(yi, yio + v);
            DoubleVector e1r = t1r.add(t3i);
            DoubleVector e1i = t1i.sub(t3r);
            DoubleVector c1 = DoubleVector.fromArray(SPECIES, twr, t);
            DoubleVector d1 = DoubleVector.fromArray(SPECIES, twi, t);
            e1r.fma(c1, e1i.mul(d1).neg()).intoArray(yr, yro + v + os);
            e1r.fma(d1, e1i.mul(c1)).intoArray(yi, yio + v + os);
            DoubleVector e2r = t0r.sub(t2r);
            DoubleVector e2i = t0i.sub(t2i);
            DoubleVector c2 = DoubleVector.fromArray(SPECIES, twr, t + ts);
            DoubleVector d2 = DoubleVector.fromArray(SPECIES, twi, t + ts);
            e2r.fma(c2, e2i.mul(d2).neg()).intoArray(yr, yro + v + 2 * os);
            e2r.fma(d2, e2i.mul(c2)).intoArray(yi, yio + v + 2 * os);
            DoubleVector e3r = t1r.sub(t3i);
            DoubleVector e3i = t1i.add(t3r);
            DoubleVector c3 = DoubleVector.fromArray(SPECIES, twr, t + 2 * ts);
            DoubleVector d3 = DoubleVector.fromArray(SPECIES, twi, t + 2 * ts);
            e3r.fma(c3, e3i.mul(d3).neg()).intoArray(yr, yro + v + 3 * os);
            e3r.fma(d3, e3i.mul(c3)).intoArray(yi, yio + v + 3 * os);
        }
    }

    /**
     * Half of the radix-5 butterflies: the outputs {@code k} and {@code 5 - k}, {@code k = 1} ({@code (ca, cb, sa,
     * sb) = (C51, C52, S51, S52)}, plus output 0) or {@code k = 2} ({@code (C52, C51, S52, -S51)}):
     * {@code t = fma(s2, cb, fma(s1, ca, a0))}, {@code u = fma(d2, sb, d1 sa)},
     * {@code y_k = w^k (t_r + u_i + i (t_i - u_r))}, {@code y_{5-k} = w^{5-k} (t_r - u_i + i (t_i + u_r))}: exactly the
     * operations of {@link ScalarFftKernels#butterfly}. The whole butterfly in one loop gave C2 more than its node
     * budget for one compilation (NodeCountInliningCutoff), so {@link #run} calls this twice; the two halves read
     * the inputs twice.
     */
    private static void b5(int len, double[] xr, int xro, double[] xi, int xio, int xs, double[] yr, int yro,
                           double[] yi, int yio, int os, double[] twr, double[] twi, int to, int ts, boolean bc,
                           int k, double ca, double cb, double sa, double sb) {
        DoubleVector kca = DoubleVector.broadcast(SPECIES, ca);
        DoubleVector kcb = DoubleVector.broadcast(SPECIES, cb);
        DoubleVector ksa = DoubleVector.broadcast(SPECIES, sa);
        DoubleVector ksb = DoubleVector.broadcast(SPECIES, sb);
        int lo = k * os;
        int hi = (5 - k) * os;
        int tlo = (k - 1) * ts;
        int thi = (4 - k) * ts;
        for (int v = 0; v < len; v += LANES) {
            int t = bc ? to : to + v;
            DoubleVector a0r = DoubleVector.fromArray(SPECIES, xr, xro + v);
            DoubleVector a0i = DoubleVector.fromArray(SPECIES, xi, xio + v);
            DoubleVector a1r = DoubleVector.fromArray(SPECIES, xr, xro + v + xs);
            DoubleVector a1i = DoubleVector.fromArray(SPECIES, xi, xio + v + xs);
            DoubleVector a2r = DoubleVector.fromArray(SPECIES, xr, xro + v + 2 * xs);
            DoubleVector a2i = DoubleVector.fromArray(SPECIES, xi, xio + v + 2 * xs);
            DoubleVector a3r = DoubleVector.fromArray(SPECIES, xr, xro + v + 3 * xs);
            DoubleVector a3i = DoubleVector.fromArray(SPECIES, xi, xio + v + 3 * xs);
            DoubleVector a4r = DoubleVector.fromArray(SPECIES, xr, xro + v + 4 * xs);
            DoubleVector a4i = DoubleVector.fromArray(SPECIES, xi, xio + v + 4 * xs);
            DoubleVector s1r = a1r.add(a4r);
            DoubleVector s1i = a1i.add(a4i);
            DoubleVector s2r = a2r.add(a3r);
            DoubleVector s2i = a2i.add(a3i);
            DoubleVector d1r = a1r.sub(a4r);
            DoubleVector d1i = a1i.sub(a4i);
            DoubleVector d2r = a2r.sub(a3r);
            DoubleVector d2i = a2i.sub(a3i);
            if (k == 1) {
                a0r.add(s1r).add(s2r).intoArray(yr, yro + v);
                a0i.add(s1i).add(s2i).intoArray(yi, yio + v);
            }
            DoubleVector tr = s2r.fma(kcb, s1r.fma(kca, a0r));
            DoubleVector ti = s2i.fma(kcb, s1i.fma(kca, a0i));
            DoubleVector ur = d2r.fma(ksb, d1r.mul(ksa));
            DoubleVector ui = d2i.fma(ksb, d1i.mul(ksa));
            DoubleVector e1r = tr.add(ui);
            DoubleVector e1i = ti.sub(ur);
            DoubleVector c1 = DoubleVector.fromArray(SPECIES, twr, t + tlo);
            DoubleVector d1 = DoubleVector.fromArray(SPECIES, twi, t + tlo);
            e1r.fma(c1, e1i.mul(d1).neg()).intoArray(yr, yro + v + lo);
            e1r.fma(d1, e1i.mul(c1)).intoArray(yi, yio + v + lo);
            DoubleVector e2r = tr.sub(ui);
            DoubleVector e2i = ti.add(ur);
            DoubleVector c2 = DoubleVector.fromArray(SPECIES, twr, t + thi);
            DoubleVector d2 = DoubleVector.fromArray(SPECIES, twi, t + thi);
            e2r.fma(c2, e2i.mul(d2).neg()).intoArray(yr, yro + v + hi);
            e2r.fma(d2, e2i.mul(c2)).intoArray(yi, yio + v + hi);
        }
    }
}
