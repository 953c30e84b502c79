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
