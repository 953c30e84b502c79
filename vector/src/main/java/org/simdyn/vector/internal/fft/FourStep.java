package org.simdyn.vector.internal.fft;

import org.simdyn.vector.Parallel;

/**
 * The cache-blocked four-step transform of a large length {@code n = n1 n2} (spec section 3.5), used from
 * {@code n >= }{@value #MIN_SIZE} (below, the Stockham stages run in cache and are faster here), chosen from
 * {@code n} only: {@code n1} is the largest power of two with {@code n1 | n} and {@code n1^2 <= n}. Viewing
 * {@code x[j1 n2 + j2]} as {@code n1} rows of {@code n2}: (1) the column transforms of length {@code n1}, on
 * blocks of {@link #width} contiguous columns copied to a small buffer, vectorised across the columns; (2) the
 * product by {@code w_n^(j2 k1)} (a precomputed table, each entry computed directly), written to the scratch;
 * (3) the row transforms of length {@code n2}, by blocks of {@link #ROWS} rows, each block (4) transposed into
 * {@code X[k1 + n1 k2]}. Every output sees the same operations whatever the vector width, the thread count or
 * the blocking: threads only split the column blocks and the row blocks into fixed chunks.
 */
final class FourStep {
    /** Smallest length that uses the four-step transform. */
    static final int MIN_SIZE = 1 << 20;
    /** Rows per row block. */
    static final int ROWS = 8;

    final int n;
    final int n1;
    final int n2;
    /** Columns per column block. */
    final int width;
    private final Program p1;
    private final Program p2;
    private final double[] twRe;
    private final double[] twIm;

    private FourStep(int n, int n1) {
        this.n = n;
        this.n1 = n1;
        this.n2 = n / n1;
        this.width = 64;
        p1 = Program.of(n1);
        p2 = Program.of(n2);
        twRe = new double[n];
        twIm = new double[n];
        for (int k1 = 0; k1 < n1; k1++) {
            for (int j2 = 0; j2 < n2; j2++) {
                Twiddles.put((long) j2 * k1, n, twRe, twIm, k1 * n2 + j2);
            }
        }
    }

    /** The four-step plan of {@code n}, or null when {@code n} is below {@link #MIN_SIZE} or has too few twos. */
    static FourStep of(int n) {
        if (n < MIN_SIZE) {
            return null;
        }
        int n1 = 1;
        while (n % (2 * n1) == 0 && (long) (2 * n1) * (2 * n1) <= n) {
            n1 *= 2;
        }
        return n1 < 64 ? null : new FourStep(n, n1);
    }

    /** Elements of the per-thread buffer {@link Scratch#four}: a column block and its ping-pong, or a row block. */
    int buffer() {
        return Math.max(2 * n1 * width, (ROWS + 1) * n2);
    }

    /**
     * The forward transform of {@code x} into {@code y} (which may be {@code x}); {@code (ar, ai)} hold {@code n}
     * elements of scratch from {@code aOff}.
     */
    void run(FftKernels k, int threads, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff,
             double[] yi, int yiOff, double[] ar, double[] ai, int aOff) {
        int blocks = (n2 + width - 1) / width;
        int rowBlocks = n1 / ROWS;
        if (threads == 1) {
            Scratch sc = Scratch.four(buffer());
            for (int c = 0; c < blocks; c++) {
                columns(k, c, xr, xrOff, xi, xiOff, ar, ai, aOff, sc.fr, sc.fi);
            }
            for (int r = 0; r < rowBlocks; r++) {
                rows(k, r, ar, ai, aOff, yr, yrOff, yi, yiOff, sc.fr, sc.fi);
            }
            return;
        }
        Task task = Scratch.four(buffer()).task();
        task.set(this, k, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, ar, ai, aOff);
        try {
            task.rows = false;
            Parallel.forChunks(blocks, 1, threads, task);
            task.rows = true;
            Parallel.forChunks(rowBlocks, 1, threads, task);
        } finally {
            task.set(null, null, null, 0, null, 0, null, 0, null, 0, null, null, 0);
        }
    }

    /** Steps 1 and 2 for column block {@code c}: {@code a[k1 n2 + j2] = w_n^(j2 k1) FFT_n1(x[. n2 + j2])[k1]}. */
    private void columns(FftKernels k, int c, double[] xr, int xrOff, double[] xi, int xiOff, double[] ar,
                         double[] ai, int aOff, double[] fr, double[] fi) {
        int c0 = c * width;
        int w = Math.min(width, n2 - c0);
        // copy the block where the ping-pong of an odd or even stage count starts, so that none copies again
        int in = (p1.radix.length & 1) == 1 ? n1 * width : 0;
        for (int j1 = 0; j1 < n1; j1++) {
            System.arraycopy(xr, xrOff + j1 * n2 + c0, fr, in + j1 * w, w);
            System.arraycopy(xi, xiOff + j1 * n2 + c0, fi, in + j1 * w, w);
        }
        p1.stages(k, w, w, fr, in, fi, in, fr, 0, fi, 0, fr, fi, n1 * width);
        k.twiddle(fr, fi, 0, w, n1, w, twRe, twIm, c0, n2, ar, ai, aOff + c0, n2);
    }

    /** Steps 3 and 4 for row block {@code r}: {@code y[k1 + n1 k2] = FFT_n2(a[k1 n2 + .])[k2]}. */
    private void rows(FftKernels k, int r, double[] ar, double[] ai, int aOff, double[] yr, int yrOff, double[] yi,
                      int yiOff, double[] fr, double[] fi) {
        int r0 = r * ROWS;
        int spare = ROWS * n2;
        for (int i = 0; i < ROWS; i++) {
            int at = aOff + (r0 + i) * n2;
            p2.run(k, 1, 1, ar, at, ai, at, fr, i * n2, fi, i * n2, fr, fi, spare);
        }
        k.transpose(fr, 0, n2, ROWS, n2, yr, yrOff + r0, n1);
        k.transpose(fi, 0, n2, ROWS, n2, yi, yiOff + r0, n1);
    }

    /** The reusable chunk body of a threaded call, one per calling thread (no allocation per call). */
    static final class Task implements Parallel.ChunkBody {
        private FourStep plan;
        private FftKernels k;
        private double[] xr;
        private int xrOff;
        private double[] xi;
        private int xiOff;
        private double[] yr;
        private int yrOff;
        private double[] yi;
        private int yiOff;
        private double[] ar;
        private double[] ai;
        private int aOff;
        /** Row blocks (true) or column blocks (false). */
        private boolean rows;

        void set(FourStep plan, FftKernels k, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr,
                 int yrOff, double[] yi, int yiOff, double[] ar, double[] ai, int aOff) {
            this.plan = plan;
            this.k = k;
            this.xr = xr;
            this.xrOff = xrOff;
            this.xi = xi;
            this.xiOff = xiOff;
            this.yr = yr;
            this.yrOff = yrOff;
            this.yi = yi;
            this.yiOff = yiOff;
            this.ar = ar;
            this.ai = ai;
            this.aOff = aOff;
        }

        @Override
        public void run(int chunkIndex, int from, int to) {
            Scratch sc = Scratch.four(plan.buffer());
            for (int u = from; u < to; u++) {
                if (rows) {
                    plan.rows(k, u, ar, ai, aOff, yr, yrOff, yi, yiOff, sc.fr, sc.fi);
                } else {
                    plan.columns(k, u, xr, xrOff, xi, xiOff, ar, ai, aOff, sc.fr, sc.fi);
                }
            }
        }
    }
}
