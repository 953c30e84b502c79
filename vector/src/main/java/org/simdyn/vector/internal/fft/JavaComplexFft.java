package org.simdyn.vector.internal.fft;

import org.simdyn.vector.Parallel;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.spi.FftArguments;

/**
 * Complex plan of the java provider: rows of the last axis as 1-D Stockham transforms, then every other axis
 * as a batch of column transforms vectorised across the contiguous index. The inverse is the forward
 * transform of the arrays with real and imaginary parts exchanged (exact), scaled by {@code 1/N} afterwards.
 * With {@code threads > 1}, rows and column chunks of n-D transforms, and the passes of the four-step split of
 * large 1-D transforms ({@link FourStep}), run on {@link Parallel}; smaller 1-D transforms run on the caller.
 */
public final class JavaComplexFft implements ComplexFft {
    private final int[] shape;
    private final int size;
    private final int threads;
    private final FftKernels kernels;
    private final Program[] programs;
    private final int[] pitch;
    private final double scale;

    /**
     * A plan on explicit kernels (tests pick the twin and the width here).
     *
     * @param shape a validated shape. Not modified.
     * @param kernels the twin
     * @param threads the thread count, {@code >= 1}
     */
    public JavaComplexFft(int[] shape, FftKernels kernels, int threads) {
        this.size = FftArguments.checkShape(shape);
        this.shape = shape.clone();
        this.threads = FftArguments.checkThreads(threads);
        this.kernels = kernels;
        int d = shape.length;
        programs = new Program[d];
        pitch = new int[d];
        int p = 1;
        for (int a = d - 1; a >= 0; a--) {
            programs[a] = Program.of(shape[a]);
            pitch[a] = p;
            p *= shape[a];
        }
        scale = 1.0 / size;
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
    public String provider() {
        return "java";
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public ComplexFft withThreads(int threads) {
        FftArguments.checkThreads(threads);
        return threads == this.threads ? this : new JavaComplexFft(shape, kernels, threads);
    }

    @Override
    public void forward(double[] re, double[] im) {
        inPlace(re, 0, im, 0, false, false, false);
    }

    @Override
    public void forward(double[] re, int reOff, double[] im, int imOff) {
        inPlace(re, reOff, im, imOff, true, false, false);
    }

    @Override
    public void forward(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        outOfPlace(inRe, inIm, outRe, outIm, false, false);
    }

    @Override
    public void inverse(double[] re, double[] im) {
        inPlace(re, 0, im, 0, false, true, true);
    }

    @Override
    public void inverse(double[] re, int reOff, double[] im, int imOff) {
        inPlace(re, reOff, im, imOff, true, true, true);
    }

    @Override
    public void inverse(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        outOfPlace(inRe, inIm, outRe, outIm, true, true);
    }

    @Override
    public void inverseUnscaled(double[] re, double[] im) {
        inPlace(re, 0, im, 0, false, true, false);
    }

    @Override
    public void inverseUnscaled(double[] re, int reOff, double[] im, int imOff) {
        inPlace(re, reOff, im, imOff, true, true, false);
    }

    @Override
    public void inverseUnscaled(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        outOfPlace(inRe, inIm, outRe, outIm, true, false);
    }

    private void inPlace(double[] re, int reOff, double[] im, int imOff, boolean offsets, boolean inverse,
                         boolean scaled) {
        if (offsets) {
            FftArguments.checkArray(re, "re", reOff, "reOff", size);
            FftArguments.checkArray(im, "im", imOff, "imOff", size);
        } else {
            FftArguments.checkArray(re, "re", size);
            FftArguments.checkArray(im, "im", size);
        }
        run(inverse, scaled, re, reOff, im, imOff, re, reOff, im, imOff);
    }

    private void outOfPlace(double[] inRe, double[] inIm, double[] outRe, double[] outIm, boolean inverse,
                            boolean scaled) {
        FftArguments.checkArray(inRe, "inRe", size);
        FftArguments.checkArray(inIm, "inIm", size);
        FftArguments.checkArray(outRe, "outRe", size);
        FftArguments.checkArray(outIm, "outIm", size);
        run(inverse, scaled, inRe, 0, inIm, 0, outRe, 0, outIm, 0);
    }

    private void run(boolean inverse, boolean scaled, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr,
                     int yrOff, double[] yi, int yiOff) {
        if (inverse) {
            transform(xi, xiOff, xr, xrOff, yi, yiOff, yr, yrOff);
            if (scaled) {
                for (int i = 0; i < size; i++) {
                    yr[yrOff + i] *= scale;
                }
                for (int i = 0; i < size; i++) {
                    yi[yiOff + i] *= scale;
                }
            }
        } else {
            transform(xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff);
        }
    }

    /** The forward transform of {@code x} into {@code y} (which may be {@code x}). */
    void transform(double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi, int yiOff) {
        int d = shape.length;
        Scratch sc = Scratch.get(size, 0, 0);
        int nl = shape[d - 1];
        Program last = programs[d - 1];
        if (d == 1) {
            last.run(kernels, threads, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sc.ar, sc.ai, 0);
        } else if (threads == 1) {
            for (int o = 0; o < size; o += nl) {
                last.run(kernels, 1, 1, xr, xrOff + o, xi, xiOff + o, yr, yrOff + o, yi, yiOff + o, sc.ar, sc.ai, 0);
            }
        } else {
            Parallel.forChunks(size / nl, 1, threads, (chunk, from, to) -> {
                Scratch own = Scratch.get(nl, 0, 0);
                for (int r = from; r < to; r++) {
                    int o = r * nl;
                    last.run(kernels, 1, 1, xr, xrOff + o, xi, xiOff + o, yr, yrOff + o, yi, yiOff + o, own.ar, own.ai,
                            0);
                }
            });
        }
        for (int a = d - 2; a >= 0; a--) {
            if (threads == 1) {
                programs[a].columns(kernels, pitch[a], size, yr, yrOff, yi, yiOff, yr, yrOff, yi, yiOff, sc.ar, sc.ai);
            } else {
                programs[a].columns(kernels, pitch[a], size, yr, yrOff, yi, yiOff, yr, yrOff, yi, yiOff, threads);
            }
        }
    }
}
