package org.simdyn.vector.internal.fft;

import java.util.concurrent.ConcurrentHashMap;
import org.simdyn.vector.Parallel;

/**
 * The Stockham stages of one transform length {@code n}: the radices (a function of {@code n} only: fours,
 * then a two if the power of two is odd, then threes, then fives) and their twiddle tables, in the order
 * the stages consume them. Immutable; shared JVM-wide per length.
 */
final class Program {
    private static final ConcurrentHashMap<Integer, Program> CACHE = new ConcurrentHashMap<>();

    final int n;
    /** Radix of each stage. */
    final int[] radix;
    /** Twiddle groups {@code m} of each stage. */
    final int[] groups;
    /** Stride {@code s} (product of the earlier radices) of each stage. */
    final int[] blocks;
    /** Offset of each stage's twiddles in {@link #twRe}/{@link #twIm}. */
    final int[] twOff;
    final double[] twRe;
    final double[] twIm;
    /** The four-step split of a large length, else null. */
    private final FourStep four;

    private Program(int n) {
        this.n = n;
        int count = 0;
        int[] tmp = new int[32];
        int rest = n;
        while (rest % 4 == 0) {
            tmp[count++] = 4;
            rest /= 4;
        }
        if (rest % 2 == 0) {
            tmp[count++] = 2;
            rest /= 2;
        }
        while (rest % 3 == 0) {
            tmp[count++] = 3;
            rest /= 3;
        }
        while (rest % 5 == 0) {
            tmp[count++] = 5;
            rest /= 5;
        }
        radix = java.util.Arrays.copyOf(tmp, count);
        groups = new int[count];
        blocks = new int[count];
        twOff = new int[count];
        int s = 1;
        int total = 0;
        for (int t = 0; t < count; t++) {
            blocks[t] = s;
            groups[t] = n / (s * radix[t]);
            twOff[t] = total;
            total += (radix[t] - 1) * groups[t];
            s *= radix[t];
        }
        twRe = new double[total];
        twIm = new double[total];
        for (int t = 0; t < count; t++) {
            int m = groups[t];
            int len = radix[t] * m;
            for (int k = 1; k < radix[t]; k++) {
                for (int p = 0; p < m; p++) {
                    Twiddles.put((long) p * k, len, twRe, twIm, twOff[t] + (k - 1) * m + p);
                }
            }
        }
        four = FourStep.of(n);
    }

    /** The program of a fast length, shared JVM-wide. */
    static Program of(int n) {
        Program p = CACHE.get(n);
        if (p == null) {
            // not computeIfAbsent: a large program makes the programs of its four-step factors
            p = new Program(n);
            Program old = CACHE.putIfAbsent(n, p);
            if (old != null) {
                p = old;
            }
        }
        return p;
    }

    /**
     * Transforms {@code w} columns (pitch {@code st}) of length-{@code n} forward transforms from {@code x}
     * to {@code y}; element {@code i} of column {@code b} is at {@code off + b + st i}. {@code x} may be
     * {@code y} (same offsets). Scratch {@code (sr, si)} is used at {@code sOff + b + st i}.
     */
    void run(FftKernels k, int st, int w, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff,
             double[] yi, int yiOff, double[] sr, double[] si, int sOff) {
        if (radix.length == 0) {
            if (xr != yr || xrOff != yrOff) {
                System.arraycopy(xr, xrOff, yr, yrOff, w);
            }
            if (xi != yi || xiOff != yiOff) {
                System.arraycopy(xi, xiOff, yi, yiOff, w);
            }
            return;
        }
        if (w == 1 && st == 1) {
            transform(k, 1, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sr, si, sOff);
        } else {
            stages(k, st, w, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sr, si, sOff);
        }
    }

    /** {@link #run} of one contiguous transform, the four-step passes (if any) on {@code threads} threads. */
    void run(FftKernels k, int threads, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff,
             double[] yi, int yiOff, double[] sr, double[] si, int sOff) {
        if (radix.length == 0) {
            run(k, 1, 1, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sr, si, sOff);
        } else {
            transform(k, threads, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sr, si, sOff);
        }
    }

    /**
     * The contiguous 1-D transform of {@link #run} (at least one stage): the four-step split for large lengths,
     * its passes on {@code threads} threads, else {@link FftKernels#transform} on the caller.
     */
    void transform(FftKernels k, int threads, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff,
                   double[] yi, int yiOff, double[] sr, double[] si, int sOff) {
        if (four != null) {
            four.run(k, threads, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sr, si, sOff);
        } else {
            k.transform(this, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sr, si, sOff);
        }
    }

    /**
     * {@link #run} as one {@link FftKernels#stage} call per stage, ping-ponging between {@code y} and the scratch
     * (at least one stage).
     */
    void stages(FftKernels k, int st, int w, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff,
                double[] yi, int yiOff, double[] sr, double[] si, int sOff) {
        int count = radix.length;
        boolean alias = (xr == yr || xi == yi) && xrOff == yrOff;
        double[] ar = xr;
        double[] ai = xi;
        int arOff = xrOff;
        int aiOff = xiOff;
        boolean toY = (count & 1) == 1;
        if (alias && toY) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(xr, xrOff + st * i, sr, sOff + st * i, w);
                System.arraycopy(xi, xiOff + st * i, si, sOff + st * i, w);
            }
            ar = sr;
            ai = si;
            arOff = sOff;
            aiOff = sOff;
        }
        for (int t = 0; t < count; t++) {
            double[] br = toY ? yr : sr;
            double[] bi = toY ? yi : si;
            int brOff = toY ? yrOff : sOff;
            int biOff = toY ? yiOff : sOff;
            int s = blocks[t];
            if (w == st) {
                k.stage(radix[t], groups[t], 1, s * st, s * st, twRe, twIm, twOff[t], ar, arOff, ai, aiOff, br, brOff,
                        bi, biOff);
            } else {
                k.stage(radix[t], groups[t], s, st, w, twRe, twIm, twOff[t], ar, arOff, ai, aiOff, br, brOff, bi,
                        biOff);
            }
            ar = br;
            ai = bi;
            arOff = brOff;
            aiOff = biOff;
            toY = !toY;
        }
    }

    /**
     * Column transforms along one axis: {@code total / (n st)} blocks of {@code st} columns of pitch
     * {@code st}, from {@code x} to {@code y} (which may be {@code x}).
     */
    void columns(FftKernels k, int st, int total, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr,
                 int yrOff, double[] yi, int yiOff, double[] sr, double[] si) {
        int block = n * st;
        for (int o = 0; o < total; o += block) {
            run(k, st, st, xr, xrOff + o, xi, xiOff + o, yr, yrOff + o, yi, yiOff + o, sr, si, 0);
        }
    }

    /** Columns per unit of work when column transforms are split over threads (does not change any bit). */
    private static final int COLUMN_CHUNK = 64;

    /**
     * {@link #columns} split over {@code threads} threads on {@link Parallel}: units of at most
     * {@link #COLUMN_CHUNK} columns of one block, each worker with its own scratch. Every column sees the same
     * operations as in {@link #columns}, so the bits do not depend on the thread count.
     */
    void columns(FftKernels k, int st, int total, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr,
                 int yrOff, double[] yi, int yiOff, int threads) {
        int block = n * st;
        int perBlock = (st + COLUMN_CHUNK - 1) / COLUMN_CHUNK;
        int units = total / block * perBlock;
        Parallel.forChunks(units, 1, threads, (chunk, from, to) -> {
            Scratch sc = Scratch.get(block, 0, 0);
            for (int u = from; u < to; u++) {
                int o = u / perBlock * block;
                int b0 = u % perBlock * COLUMN_CHUNK;
                int w = Math.min(COLUMN_CHUNK, st - b0);
                run(k, st, w, xr, xrOff + o + b0, xi, xiOff + o + b0, yr, yrOff + o + b0, yi, yiOff + o + b0, sc.ar,
                        sc.ai, b0);
            }
        });
    }
}
