package org.simdyn.ffm.internal;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.MemorySegment;
import org.simdyn.ffm.FftwPlan;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.spi.FftArguments;

/**
 * A {@link ComplexFft} of the {@code fftw} provider: split arrays copied to and from one pair of aligned
 * interleaved buffers per thread, transformed by the cached c2c plans of the shape (forward made on the
 * first forward call, backward on the first inverse call). Immutable and thread-safe.
 */
final class FftwComplexFft implements ComplexFft {

    /** A thread's buffers: {@code 2N} doubles each. */
    private record Buffers(MemorySegment in, MemorySegment out) {
    }

    private final FftwLibrary library;
    private final int[] shape;
    private final int size;
    private final double scale;
    private final ThreadLocal<Buffers> buffers;
    private volatile FftwLibrary.Plan forward;
    private volatile FftwLibrary.Plan backward;

    FftwComplexFft(FftwLibrary library, int[] shape) {
        this.library = library;
        this.shape = shape;
        this.size = (int) FftwLibrary.points(shape);
        this.scale = 1.0 / size;
        long doubles = 2L * size;
        this.buffers = ThreadLocal.withInitial(
                () -> new Buffers(FftwLibrary.allocate(doubles), FftwLibrary.allocate(doubles)));
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
        return "fftw";
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public ComplexFft withThreads(int threads) {
        FftArguments.checkThreads(threads);
        return this;
    }

    @Override
    public void forward(double[] re, double[] im) {
        checkInPlace(re, im);
        run(forwardPlan(), re, 0, im, 0, re, 0, im, 0, 1.0);
    }

    @Override
    public void forward(double[] re, int reOff, double[] im, int imOff) {
        checkInPlace(re, reOff, im, imOff);
        run(forwardPlan(), re, reOff, im, imOff, re, reOff, im, imOff, 1.0);
    }

    @Override
    public void forward(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        checkOutOfPlace(inRe, inIm, outRe, outIm);
        run(forwardPlan(), inRe, 0, inIm, 0, outRe, 0, outIm, 0, 1.0);
    }

    @Override
    public void inverse(double[] re, double[] im) {
        checkInPlace(re, im);
        run(backwardPlan(), re, 0, im, 0, re, 0, im, 0, scale);
    }

    @Override
    public void inverse(double[] re, int reOff, double[] im, int imOff) {
        checkInPlace(re, reOff, im, imOff);
        run(backwardPlan(), re, reOff, im, imOff, re, reOff, im, imOff, scale);
    }

    @Override
    public void inverse(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        checkOutOfPlace(inRe, inIm, outRe, outIm);
        run(backwardPlan(), inRe, 0, inIm, 0, outRe, 0, outIm, 0, scale);
    }

    @Override
    public void inverseUnscaled(double[] re, double[] im) {
        checkInPlace(re, im);
        run(backwardPlan(), re, 0, im, 0, re, 0, im, 0, 1.0);
    }

    @Override
    public void inverseUnscaled(double[] re, int reOff, double[] im, int imOff) {
        checkInPlace(re, reOff, im, imOff);
        run(backwardPlan(), re, reOff, im, imOff, re, reOff, im, imOff, 1.0);
    }

    @Override
    public void inverseUnscaled(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        checkOutOfPlace(inRe, inIm, outRe, outIm);
        run(backwardPlan(), inRe, 0, inIm, 0, outRe, 0, outIm, 0, 1.0);
    }

    private void checkInPlace(double[] re, double[] im) {
        FftArguments.checkArray(re, "re", size);
        FftArguments.checkArray(im, "im", size);
    }

    private void checkInPlace(double[] re, int reOff, double[] im, int imOff) {
        FftArguments.checkArray(re, "re", reOff, "reOff", size);
        FftArguments.checkArray(im, "im", imOff, "imOff", size);
    }

    private void checkOutOfPlace(double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        FftArguments.checkArray(inRe, "inRe", size);
        FftArguments.checkArray(inIm, "inIm", size);
        FftArguments.checkArray(outRe, "outRe", size);
        FftArguments.checkArray(outIm, "outIm", size);
    }

    private FftwLibrary.Plan forwardPlan() {
        FftwLibrary.Plan plan = forward;
        if (plan == null) {
            plan = library.plan(FftwPlan.Kind.C2C, FftwLibrary.FORWARD, shape);
            forward = plan;
        }
        return plan;
    }

    private FftwLibrary.Plan backwardPlan() {
        FftwLibrary.Plan plan = backward;
        if (plan == null) {
            plan = library.plan(FftwPlan.Kind.C2C, FftwLibrary.BACKWARD, shape);
            backward = plan;
        }
        return plan;
    }

    /** Copies in (split to interleaved), executes, copies out (interleaved to split, times {@code scale}). */
    private void run(FftwLibrary.Plan plan, double[] inRe, int inReOff, double[] inIm, int inImOff, double[] outRe,
                     int outReOff, double[] outIm, int outImOff, double scale) {
        Buffers b = buffers.get();
        MemorySegment in = b.in();
        MemorySegment out = b.out();
        int n = size;
        for (int i = 0; i < n; i++) {
            in.setAtIndex(JAVA_DOUBLE, 2L * i, inRe[inReOff + i]);
            in.setAtIndex(JAVA_DOUBLE, 2L * i + 1, inIm[inImOff + i]);
        }
        FftwLibrary.execute(plan, in, out);
        for (int i = 0; i < n; i++) {
            outRe[outReOff + i] = out.getAtIndex(JAVA_DOUBLE, 2L * i) * scale;
            outIm[outImOff + i] = out.getAtIndex(JAVA_DOUBLE, 2L * i + 1) * scale;
        }
    }
}
