package org.simdyn.vector.internal.fft;

import org.simdyn.vector.fft.RealFft;
import org.simdyn.vector.spi.FftArguments;

/**
 * Real plan of the java provider. Rows of even length {@code n = 2m} go through a complex transform of
 * length {@code m} on {@code z_j = x_{2j} + i x_{2j+1}}, then
 * {@code X_k = (Z_k + conj Z_{m-k})/2 - (i/2) w_n^k (Z_k - conj Z_{m-k})}, {@code k = 0..m},
 * {@code Z_m = Z_0}; the inverse runs these steps backwards. Rows of odd length go through the complex
 * transform of length {@code n} (about twice as slow). Other axes are complex column transforms on the half
 * spectrum; the inverse runs them first, in the reverse order. With {@code threads > 1} the forward column
 * passes, and in 1-D the passes of a four-step row transform, run on {@code Parallel}; the rest runs on the
 * caller.
 */
public final class JavaRealFft implements RealFft {
    private final int[] shape;
    private final int size;
    private final int threads;
    private final FftKernels kernels;
    private final int nl;
    private final int half;
    private final int specSize;
    private final Program row;
    private final Program[] programs;
    private final int[] pitch;
    private final double[] wr;
    private final double[] wi;
    private final double scale;
    /** Threads of the row transform: {@link #threads} in 1-D (four-step passes), else 1. */
    private final int rowThreads;

    /**
     * A plan on explicit kernels (tests pick the twin and the width here).
     *
     * @param shape a validated shape. Not modified.
     * @param kernels the twin
     * @param threads the thread count, {@code >= 1}
     */
    public JavaRealFft(int[] shape, FftKernels kernels, int threads) {
        this.size = FftArguments.checkShape(shape);
        this.shape = shape.clone();
        this.threads = FftArguments.checkThreads(threads);
        this.kernels = kernels;
        int d = shape.length;
        nl = shape[d - 1];
        half = nl / 2 + 1;
        specSize = size / nl * half;
        boolean even = nl % 2 == 0;
        row = Program.of(even ? nl / 2 : nl);
        programs = new Program[d - 1];
        pitch = new int[d - 1];
        int p = half;
        for (int a = d - 2; a >= 0; a--) {
            programs[a] = Program.of(shape[a]);
            pitch[a] = p;
            p *= shape[a];
        }
        if (even) {
            int m = nl / 2;
            wr = new double[m + 1];
            wi = new double[m + 1];
            for (int k = 0; k <= m; k++) {
                Twiddles.put(k, nl, wr, wi, k);
            }
        } else {
            wr = null;
            wi = null;
        }
        scale = 1.0 / size;
        rowThreads = d == 1 ? threads : 1;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int[] spectrumShape() {
        int[] s = shape.clone();
        s[s.length - 1] = half;
        return s;
    }

    @Override
    public int spectrumSize() {
        return specSize;
    }

    @Override
    public String provider() {
        return "java";
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public RealFft withThreads(int threads) {
        FftArguments.checkThreads(threads);
        return threads == this.threads ? this : new JavaRealFft(shape, kernels, threads);
    }

    @Override
    public void forward(double[] in, double[] outRe, double[] outIm) {
        FftArguments.checkArray(in, "in", size);
        FftArguments.checkArray(outRe, "outRe", specSize);
        FftArguments.checkArray(outIm, "outIm", specSize);
        forwardChecked(in, 0, outRe, outIm, 0);
    }

    @Override
    public void forward(double[] in, int inOff, double[] outRe, double[] outIm, int outOff) {
        FftArguments.checkArray(in, "in", inOff, "inOff", size);
        FftArguments.checkArray(outRe, "outRe", outOff, "outOff", specSize);
        FftArguments.checkArray(outIm, "outIm", outOff, "outOff", specSize);
        forwardChecked(in, inOff, outRe, outIm, outOff);
    }

    @Override
    public void inverse(double[] inRe, double[] inIm, double[] out) {
        inverseChecked(inRe, inIm, 0, out, 0, true, false);
    }

    @Override
    public void inverse(double[] inRe, double[] inIm, int inOff, double[] out, int outOff) {
        inverseChecked(inRe, inIm, inOff, out, outOff, true, true);
    }

    @Override
    public void inverseUnscaled(double[] inRe, double[] inIm, double[] out) {
        inverseChecked(inRe, inIm, 0, out, 0, false, false);
    }

    @Override
    public void inverseUnscaled(double[] inRe, double[] inIm, int inOff, double[] out, int outOff) {
        inverseChecked(inRe, inIm, inOff, out, outOff, false, true);
    }

    private void forwardChecked(double[] in, int inOff, double[] outRe, double[] outIm, int outOff) {
        Scratch sc = Scratch.get(Math.max(nl, specSize), nl, 0);
        for (int r = 0, o = 0; r < specSize; r += half, o += nl) {
            rowForward(in, inOff + o, outRe, outIm, outOff + r, sc);
        }
        for (int a = shape.length - 2; a >= 0; a--) {
            if (threads == 1) {
                programs[a].columns(kernels, pitch[a], specSize, outRe, outOff, outIm, outOff, outRe, outOff, outIm,
                        outOff, sc.ar, sc.ai);
            } else {
                programs[a].columns(kernels, pitch[a], specSize, outRe, outOff, outIm, outOff, outRe, outOff, outIm,
                        outOff, threads);
            }
        }
    }

    private void inverseChecked(double[] inRe, double[] inIm, int inOff, double[] out, int outOff, boolean scaled,
                                boolean offsets) {
        if (offsets) {
            FftArguments.checkArray(inRe, "inRe", inOff, "inOff", specSize);
            FftArguments.checkArray(inIm, "inIm", inOff, "inOff", specSize);
            FftArguments.checkArray(out, "out", outOff, "outOff", size);
        } else {
            FftArguments.checkArray(inRe, "inRe", specSize);
            FftArguments.checkArray(inIm, "inIm", specSize);
            FftArguments.checkArray(out, "out", size);
        }
        int d = shape.length;
        Scratch sc = Scratch.get(Math.max(nl, specSize), nl, d > 1 ? specSize : 0);
        double[] xr = inRe;
        double[] xi = inIm;
        int xOff = inOff;
        for (int a = 0; a < d - 1; a++) {
            // inverse = forward with real and imaginary parts exchanged
            programs[a].columns(kernels, pitch[a], specSize, xi, xOff, xr, xOff, sc.di, 0, sc.dr, 0, sc.ar, sc.ai);
            xr = sc.dr;
            xi = sc.di;
            xOff = 0;
        }
        for (int r = 0, o = 0; r < specSize; r += half, o += nl) {
            rowInverse(xr, xi, xOff + r, out, outOff + o, scaled, sc);
        }
    }

    private void rowForward(double[] in, int inOff, double[] outRe, double[] outIm, int outOff, Scratch sc) {
        if (wr == null) {
            for (int j = 0; j < nl; j++) {
                sc.cr[j] = in[inOff + j];
                sc.ci[j] = 0.0;
            }
            row.run(kernels, 1, 1, sc.cr, 0, sc.ci, 0, sc.br, 0, sc.bi, 0, sc.ar, sc.ai, 0);
            System.arraycopy(sc.br, 0, outRe, outOff, half);
            System.arraycopy(sc.bi, 0, outIm, outOff, half);
            return;
        }
        int m = nl / 2;
        kernels.deinterleave(in, inOff, sc.cr, 0, sc.ci, 0, m);
        row.run(kernels, rowThreads, sc.cr, 0, sc.ci, 0, outRe, outOff, outIm, outOff, sc.ar, sc.ai, 0);
        kernels.post(outRe, outIm, outOff, m, wr, wi);
    }

    private void rowInverse(double[] xr, double[] xi, int xOff, double[] out, int outOff, boolean scaled,
                            Scratch sc) {
        if (wr == null) {
            sc.cr[0] = xr[xOff];
            sc.ci[0] = 0.0;
            for (int k = 1; k < half; k++) {
                sc.cr[k] = xr[xOff + k];
                sc.ci[k] = xi[xOff + k];
                sc.cr[nl - k] = xr[xOff + k];
                sc.ci[nl - k] = -xi[xOff + k];
            }
            row.run(kernels, 1, 1, sc.ci, 0, sc.cr, 0, sc.bi, 0, sc.br, 0, sc.ai, sc.ar, 0);
            if (scaled) {
                for (int j = 0; j < nl; j++) {
                    out[outOff + j] = sc.br[j] * scale;
                }
            } else {
                System.arraycopy(sc.br, 0, out, outOff, nl);
            }
            return;
        }
        int m = nl / 2;
        kernels.pre(xr, xi, xOff, m, wr, wi, sc.cr, sc.ci);
        row.run(kernels, rowThreads, sc.ci, 0, sc.cr, 0, sc.bi, 0, sc.br, 0, sc.ai, sc.ar, 0);
        kernels.interleave(sc.br, sc.bi, m, scaled, scale, out, outOff);
    }
}
