package org.simdyn.vector.internal.fft;

/**
 * Scalar twin of {@link FftKernels}. Its butterflies ({@link #butterfly}) are also the tails of the Panama
 * twin, which performs the same operations lane by lane.
 *
 * <p>Complex products use {@code re = fma(a, c, -(b d))}, {@code im = fma(a, d, b c)}.
 */
public final class ScalarFftKernels implements FftKernels {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void transform(Program p, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff,
                          double[] yi, int yiOff, double[] sr, double[] si, int sOff) {
        p.stages(this, 1, 1, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sr, si, sOff);
    }

    @Override
    public void transpose(double[] src, int sOff, int sPitch, int rows, int cols, double[] dst, int dOff,
                          int dPitch) {
        transposeLoop(src, sOff, sPitch, rows, cols, dst, dOff, dPitch);
    }

    /** {@link #transpose} element by element. */
    static void transposeLoop(double[] src, int sOff, int sPitch, int rows, int cols, double[] dst, int dOff,
                              int dPitch) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                dst[dOff + r + c * dPitch] = src[sOff + r * sPitch + c];
            }
        }
    }

    @Override
    public void twiddle(double[] tr, double[] ti, int tOff, int tPitch, int rows, int cols, double[] wr, double[] wi,
                        int wOff, int wPitch, double[] ar, double[] ai, int aOff, int aPitch) {
        for (int r = 0; r < rows; r++) {
            twiddleRow(tr, ti, tOff + r * tPitch, 0, cols, wr, wi, wOff + r * wPitch, ar, ai, aOff + r * aPitch);
        }
    }

    /** One row of {@link #twiddle}, columns {@code from <= c < cols}. */
    static void twiddleRow(double[] tr, double[] ti, int t, int from, int cols, double[] wr, double[] wi, int w,
                           double[] ar, double[] ai, int a) {
        for (int c = from; c < cols; c++) {
            double x = tr[t + c];
            double y = ti[t + c];
            double u = wr[w + c];
            double v = wi[w + c];
            ar[a + c] = Math.fma(x, u, -(y * v));
            ai[a + c] = Math.fma(x, v, y * u);
        }
    }

    @Override
    public void deinterleave(double[] in, int inOff, double[] re, int reOff, double[] im, int imOff, int m) {
        for (int j = 0; j < m; j++) {
            re[reOff + j] = in[inOff + 2 * j];
            im[imOff + j] = in[inOff + 2 * j + 1];
        }
    }

    @Override
    public void interleave(double[] re, double[] im, int m, boolean scaled, double scale, double[] out, int outOff) {
        interleaveTail(re, im, 0, m, scaled, scale, out, outOff);
    }

    /** {@link #interleave} for {@code from <= j < m}. */
    static void interleaveTail(double[] re, double[] im, int from, int m, boolean scaled, double scale, double[] out,
                               int outOff) {
        if (scaled) {
            for (int j = from; j < m; j++) {
                out[outOff + 2 * j] = re[j] * scale;
                out[outOff + 2 * j + 1] = im[j] * scale;
            }
        } else {
            for (int j = from; j < m; j++) {
                out[outOff + 2 * j] = re[j];
                out[outOff + 2 * j + 1] = im[j];
            }
        }
    }

    @Override
    public void post(double[] re, double[] im, int off, int m, double[] wr, double[] wi) {
        postEnds(re, im, off, m, wr, wi);
        postPairs(re, im, off, 1, m, wr, wi);
    }

    /** {@code X_0} and {@code X_m} of {@link #post}. */
    static void postEnds(double[] re, double[] im, int off, int m, double[] wr, double[] wi) {
        double z0r = re[off];
        double z0i = im[off];
        post(z0r, z0i, z0r, z0i, wr[0], wi[0], re, im, off);
        post(z0r, z0i, z0r, z0i, wr[m], wi[m], re, im, off + m);
        im[off] = 0.0;
        im[off + m] = 0.0;
    }

    /** {@code X_k} and {@code X_{m-k}} of {@link #post} for {@code from <= k <= m - k}. */
    static void postPairs(double[] re, double[] im, int off, int from, int m, double[] wr, double[] wi) {
        for (int k = from, j = m - from; k <= j; k++, j--) {
            double akr = re[off + k];
            double aki = im[off + k];
            double ajr = re[off + j];
            double aji = im[off + j];
            post(akr, aki, ajr, aji, wr[k], wi[k], re, im, off + k);
            post(ajr, aji, akr, aki, wr[j], wi[j], re, im, off + j);
        }
    }

    /** Writes {@code X_k} from {@code A = Z_k}, {@code Z_{m-k}} and {@code w^k = (c, d)} to {@code (re, im)[at]}. */
    private static void post(double ar, double ai, double zr, double zi, double c, double d, double[] re, double[] im,
                             int at) {
        double sr = ar + zr;
        double si = ai - zi;
        double dr = ar - zr;
        double di = ai + zi;
        double u = Math.fma(dr, c, -(di * d));
        double v = Math.fma(dr, d, di * c);
        re[at] = 0.5 * (sr + v);
        im[at] = 0.5 * (si - u);
    }

    @Override
    public void pre(double[] xr, double[] xi, int off, int m, double[] wr, double[] wi, double[] yr, double[] yi) {
        preHead(xr, off, m, wr, wi, yr, yi);
        preTail(xr, xi, off, 1, m, wr, wi, yr, yi);
    }

    /** {@code Y_0} of {@link #pre}. */
    static void preHead(double[] xr, int off, int m, double[] wr, double[] wi, double[] yr, double[] yi) {
        pre(xr[off], 0.0, xr[off + m], 0.0, wr[0], wi[0], yr, yi, 0);
    }

    /** {@link #pre} for {@code 1 <= from <= k < m}. */
    static void preTail(double[] xr, double[] xi, int off, int from, int m, double[] wr, double[] wi, double[] yr,
                        double[] yi) {
        for (int k = from; k < m; k++) {
            pre(xr[off + k], xi[off + k], xr[off + m - k], xi[off + m - k], wr[k], wi[k], yr, yi, k);
        }
    }

    /** Writes {@code Y_k} from {@code X_k}, {@code X_{m-k}} and {@code w^k = (c, -d)} to {@code (yr, yi)[k]}. */
    private static void pre(double akr, double aki, double ajr, double aji, double c, double wik, double[] yr,
                            double[] yi, int k) {
        double sr = akr + ajr;
        double si = aki - aji;
        double dr = akr - ajr;
        double di = aki + aji;
        double d = -wik;
        double u = Math.fma(dr, c, -(di * d));
        double v = Math.fma(dr, d, di * c);
        yr[k] = sr - v;
        yi[k] = si + u;
    }

    @Override
    public void stage(int radix, int m, int s, int st, int w, double[] twRe, double[] twIm, int twOff,
                      double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi,
                      int yiOff) {
        int bigS = st * s;
        int xs = bigS * m;
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < s; q++) {
                int bi = st * q + bigS * p;
                int bo = st * q + bigS * radix * p;
                for (int b = 0; b < w; b++) {
                    butterfly(radix, twRe, twIm, twOff + p, m, xr, xrOff + bi + b, xi, xiOff + bi + b, xs,
                            yr, yrOff + bo + b, yi, yiOff + bo + b, bigS);
                }
            }
        }
    }

    /**
     * One butterfly: inputs at {@code xr[xro + r xs]}, outputs at {@code yr[yro + k os]}, twiddle {@code k}
     * at {@code tw[tw0 + (k - 1) m]}.
     */
    static void butterfly(int radix, double[] twRe, double[] twIm, int tw0, int m, double[] xr, int xro,
                          double[] xi, int xio, int xs, double[] yr, int yro, double[] yi, int yio, int os) {
        switch (radix) {
            case 2 -> {
                double a0r = xr[xro];
                double a0i = xi[xio];
                double a1r = xr[xro + xs];
                double a1i = xi[xio + xs];
                yr[yro] = a0r + a1r;
                yi[yio] = a0i + a1i;
                double dr = a0r - a1r;
                double di = a0i - a1i;
                double c = twRe[tw0];
                double d = twIm[tw0];
                yr[yro + os] = Math.fma(dr, c, -(di * d));
                yi[yio + os] = Math.fma(dr, d, di * c);
            }
            case 3 -> {
                double a0r = xr[xro];
                double a0i = xi[xio];
                double a1r = xr[xro + xs];
                double a1i = xi[xio + xs];
                double a2r = xr[xro + 2 * xs];
                double a2i = xi[xio + 2 * xs];
                double t1r = a1r + a2r;
                double t1i = a1i + a2i;
                double t2r = Math.fma(Twiddles.C3, t1r, a0r);
                double t2i = Math.fma(Twiddles.C3, t1i, a0i);
                double dr = Twiddles.S3 * (a1r - a2r);
                double di = Twiddles.S3 * (a1i - a2i);
                yr[yro] = a0r + t1r;
                yi[yio] = a0i + t1i;
                double b1r = t2r + di;
                double b1i = t2i - dr;
                double b2r = t2r - di;
                double b2i = t2i + dr;
                double c = twRe[tw0];
                double d = twIm[tw0];
                yr[yro + os] = Math.fma(b1r, c, -(b1i * d));
                yi[yio + os] = Math.fma(b1r, d, b1i * c);
                c = twRe[tw0 + m];
                d = twIm[tw0 + m];
                yr[yro + 2 * os] = Math.fma(b2r, c, -(b2i * d));
                yi[yio + 2 * os] = Math.fma(b2r, d, b2i * c);
            }
            case 4 -> {
                double a0r = xr[xro];
                double a0i = xi[xio];
                double a1r = xr[xro + xs];
                double a1i = xi[xio + xs];
                double a2r = xr[xro + 2 * xs];
                double a2i = xi[xio + 2 * xs];
                double a3r = xr[xro + 3 * xs];
                double a3i = xi[xio + 3 * xs];
                double t0r = a0r + a2r;
                double t0i = a0i + a2i;
                double t1r = a0r - a2r;
                double t1i = a0i - a2i;
                double t2r = a1r + a3r;
                double t2i = a1i + a3i;
                double t3r = a1r - a3r;
                double t3i = a1i - a3i;
                yr[yro] = t0r + t2r;
                yi[yio] = t0i + t2i;
                double b1r = t1r + t3i;
                double b1i = t1i - t3r;
                double b2r = t0r - t2r;
                double b2i = t0i - t2i;
                double b3r = t1r - t3i;
                double b3i = t1i + t3r;
                double c = twRe[tw0];
                double d = twIm[tw0];
                yr[yro + os] = Math.fma(b1r, c, -(b1i * d));
                yi[yio + os] = Math.fma(b1r, d, b1i * c);
                c = twRe[tw0 + m];
                d = twIm[tw0 + m];
                yr[yro + 2 * os] = Math.fma(b2r, c, -(b2i * d));
                yi[yio + 2 * os] = Math.fma(b2r, d, b2i * c);
                c = twRe[tw0 + 2 * m];
                d = twIm[tw0 + 2 * m];
                yr[yro + 3 * os] = Math.fma(b3r, c, -(b3i * d));
                yi[yio + 3 * os] = Math.fma(b3r, d, b3i * c);
            }
            case 5 -> {
                double a0r = xr[xro];
                double a0i = xi[xio];
                double a1r = xr[xro + xs];
                double a1i = xi[xio + xs];
                double a2r = xr[xro + 2 * xs];
                double a2i = xi[xio + 2 * xs];
                double a3r = xr[xro + 3 * xs];
                double a3i = xi[xio + 3 * xs];
                double a4r = xr[xro + 4 * xs];
                double a4i = xi[xio + 4 * xs];
                double s1r = a1r + a4r;
                double s1i = a1i + a4i;
                double s2r = a2r + a3r;
                double s2i = a2i + a3i;
                double d1r = a1r - a4r;
                double d1i = a1i - a4i;
                double d2r = a2r - a3r;
                double d2i = a2i - a3i;
                yr[yro] = (a0r + s1r) + s2r;
                yi[yio] = (a0i + s1i) + s2i;
                double t1r = Math.fma(Twiddles.C52, s2r, Math.fma(Twiddles.C51, s1r, a0r));
                double t1i = Math.fma(Twiddles.C52, s2i, Math.fma(Twiddles.C51, s1i, a0i));
                double t2r = Math.fma(Twiddles.C51, s2r, Math.fma(Twiddles.C52, s1r, a0r));
                double t2i = Math.fma(Twiddles.C51, s2i, Math.fma(Twiddles.C52, s1i, a0i));
                double u1r = Math.fma(Twiddles.S52, d2r, Twiddles.S51 * d1r);
                double u1i = Math.fma(Twiddles.S52, d2i, Twiddles.S51 * d1i);
                double u2r = Math.fma(-Twiddles.S51, d2r, Twiddles.S52 * d1r);
                double u2i = Math.fma(-Twiddles.S51, d2i, Twiddles.S52 * d1i);
                double b1r = t1r + u1i;
                double b1i = t1i - u1r;
                double b4r = t1r - u1i;
                double b4i = t1i + u1r;
                double b2r = t2r + u2i;
                double b2i = t2i - u2r;
                double b3r = t2r - u2i;
                double b3i = t2i + u2r;
                double c = twRe[tw0];
                double d = twIm[tw0];
                yr[yro + os] = Math.fma(b1r, c, -(b1i * d));
                yi[yio + os] = Math.fma(b1r, d, b1i * c);
                c = twRe[tw0 + m];
                d = twIm[tw0 + m];
                yr[yro + 2 * os] = Math.fma(b2r, c, -(b2i * d));
                yi[yio + 2 * os] = Math.fma(b2r, d, b2i * c);
                c = twRe[tw0 + 2 * m];
                d = twIm[tw0 + 2 * m];
                yr[yro + 3 * os] = Math.fma(b3r, c, -(b3i * d));
                yi[yio + 3 * os] = Math.fma(b3r, d, b3i * c);
                c = twRe[tw0 + 3 * m];
                d = twIm[tw0 + 3 * m];
                yr[yro + 4 * os] = Math.fma(b4r, c, -(b4i * d));
                yi[yio + 4 * os] = Math.fma(b4r, d, b4i * c);
            }
            default -> throw new IllegalArgumentException("radix = " + radix + " is not supported: must be 2, 3, 4 or 5");
        }
    }
}
