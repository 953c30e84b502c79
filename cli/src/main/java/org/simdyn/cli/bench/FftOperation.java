package org.simdyn.cli.bench;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jtransforms.fft.DoubleFFT_1D;
import org.simdyn.ffm.Fftw;
import org.simdyn.ffm.FftwPlan;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * One timed forward transform of {@code simdyn bench fft} (fft spec section 6): non-destructive, from an unchanged
 * input to an output buffer, single thread, planned when built (planning is not timed).
 * <ul>
 *   <li>{@code java}, {@code fftw}: {@code forward(inRe, inIm, outRe, outIm)} / {@code forward(in, outRe, outIm)}
 *       of {@link Fft#provider(String)} with one thread;</li>
 *   <li>{@code fftw-native}: {@link FftwPlan#execute} on aligned interleaved segments from {@link Fftw#allocate};</li>
 *   <li>{@code jtransforms} (1-D only): {@code System.arraycopy} of the interleaved input into a work array, then
 *       {@code complexForward(work)} / {@code realForward(work)}, with {@code ConcurrencyUtils} at one thread.</li>
 * </ul>
 */
abstract class FftOperation {
    /** Provider names, in the order of the default list. */
    static final String JAVA = "java";
    static final String FFTW = "fftw";
    static final String FFTW_NATIVE = "fftw-native";
    static final String JTRANSFORMS = "jtransforms";

    /** Runs the transform once. */
    abstract void run();

    /**
     * Builds the operation of a provider.
     *
     * @param provider {@code java}, {@code fftw}, {@code fftw-native} or {@code jtransforms}
     * @param complex c2c when true, else r2c
     * @param shape the shape. Not modified.
     * @param re the real input (c2c: real parts). Not modified.
     * @param im the imaginary parts (c2c), else null. Not modified.
     * @return the operation, planned
     */
    static FftOperation of(String provider, boolean complex, int[] shape, double[] re, double[] im) {
        return switch (provider) {
            case FFTW_NATIVE -> complex ? nativeC2c(shape, re, im) : nativeR2c(shape, re);
            case JTRANSFORMS -> complex ? jtransformsC2c(shape[0], re, im) : jtransformsR2c(shape[0], re);
            default -> complex ? c2c(Fft.provider(provider).complex(shape).withThreads(1), re, im)
                    : r2c(Fft.provider(provider).real(shape).withThreads(1), re);
        };
    }

    private static FftOperation c2c(ComplexFft fft, double[] re, double[] im) {
        double[] outRe = new double[re.length];
        double[] outIm = new double[re.length];
        return new FftOperation() {
            @Override
            void run() {
                fft.forward(re, im, outRe, outIm);
            }
        };
    }

    private static FftOperation r2c(RealFft fft, double[] in) {
        double[] outRe = new double[fft.spectrumSize()];
        double[] outIm = new double[fft.spectrumSize()];
        return new FftOperation() {
            @Override
            void run() {
                fft.forward(in, outRe, outIm);
            }
        };
    }

    private static FftOperation nativeC2c(int[] shape, double[] re, double[] im) {
        FftwPlan plan = Fftw.c2c(Fftw.FORWARD, shape);
        MemorySegment in = Fftw.allocate(plan.inputDoubles());
        MemorySegment out = Fftw.allocate(plan.outputDoubles());
        for (int j = 0; j < re.length; j++) {
            in.setAtIndex(ValueLayout.JAVA_DOUBLE, 2L * j, re[j]);
            in.setAtIndex(ValueLayout.JAVA_DOUBLE, 2L * j + 1, im[j]);
        }
        return execute(plan, in, out);
    }

    private static FftOperation nativeR2c(int[] shape, double[] x) {
        FftwPlan plan = Fftw.r2c(shape);
        MemorySegment in = Fftw.allocate(plan.inputDoubles());
        MemorySegment out = Fftw.allocate(plan.outputDoubles());
        MemorySegment.copy(x, 0, in, ValueLayout.JAVA_DOUBLE, 0, x.length);
        return execute(plan, in, out);
    }

    private static FftOperation execute(FftwPlan plan, MemorySegment in, MemorySegment out) {
        return new FftOperation() {
            @Override
            void run() {
                plan.execute(in, out);
            }
        };
    }

    private static FftOperation jtransformsC2c(int n, double[] re, double[] im) {
        ConcurrencyUtils.setNumberOfThreads(1);
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        double[] input = new double[2 * n];
        for (int j = 0; j < n; j++) {
            input[2 * j] = re[j];
            input[2 * j + 1] = im[j];
        }
        double[] work = new double[2 * n];
        return new FftOperation() {
            @Override
            void run() {
                System.arraycopy(input, 0, work, 0, input.length);
                fft.complexForward(work);
            }
        };
    }

    private static FftOperation jtransformsR2c(int n, double[] x) {
        ConcurrencyUtils.setNumberOfThreads(1);
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        double[] work = new double[n];
        return new FftOperation() {
            @Override
            void run() {
                System.arraycopy(x, 0, work, 0, n);
                fft.realForward(work);
            }
        };
    }

    /**
     * Runs the operation for at least {@code nanos} and at least {@code minCalls} calls, reading the clock between
     * batches that grow until a batch takes about 1/32 of the time.
     *
     * @param nanos the time to spend
     * @param minCalls the fewest calls
     * @return the mean nanoseconds per call
     */
    double time(long nanos, int minCalls) {
        long calls = 0;
        long batch = 1;
        long start = System.nanoTime();
        long now;
        do {
            long b0 = System.nanoTime();
            for (long i = 0; i < batch; i++) {
                run();
            }
            calls += batch;
            now = System.nanoTime();
            if (now - b0 < nanos / 32) {
                batch *= 2;
            }
        } while (calls < minCalls || now - start < nanos);
        return (double) (now - start) / calls;
    }
}
