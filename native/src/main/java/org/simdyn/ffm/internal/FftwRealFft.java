package org.simdyn.ffm.internal;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.MemorySegment;
import org.simdyn.ffm.FftwPlan;
import org.simdyn.vector.fft.RealFft;
import org.simdyn.vector.spi.FftArguments;

/**
 * A {@link RealFft} of the {@code fftw} provider: per thread one aligned real buffer ({@code N} doubles)
 * and one interleaved half-spectrum buffer ({@code 2H} doubles); {@code forward} copies into the real
 * buffer and runs the r2c plan into the spectrum buffer, {@code inverse} copies into the spectrum buffer
 * and runs the c2r plan (which destroys that copy) into the real buffer. Plans are made on first use per
 * direction. Immutable and thread-safe.
 */
final class FftwRealFft implements RealFft {

    /** A thread's buffers: {@code N} real doubles and {@code 2H} interleaved doubles. */
    private record Buffers(MemorySegment real, MemorySegment spectrum) {
    }

    private final FftwLibrary library;
    private final int[] shape;
    private final int size;
    private final int spectrumSize;
    private final double scale;
    private final ThreadLocal<Buffers> buffers;
    private volatile FftwLibrary.Plan forward;
    private volatile FftwLibrary.Plan backward;

    FftwRealFft(FftwLibrary library, int[] shape) {
        this.library = library;
        this.shape = shape;
        this.size = (int) FftwLibrary.points(shape);
        this.spectrumSize = (int) (FftwPlan.Kind.R2C.outputDoubles(shape) / 2);
        this.scale = 1.0 / size;
        long realDoubles = size;
        long spectrumDoubles = 2L * spectrumSize;
        this.buffers = ThreadLocal.withInitial(() -> new Buffers(FftwLibrary.allocate(realDoubles),
                FftwLibrary.allocate(spectrumDoubles)));
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
        int[] spectrum = shape.clone();
        spectrum[spectrum.length - 1] = spectrum[spectrum.length - 1] / 2 + 1;
        return spectrum;
    }

    @Override
    public int spectrumSize() {
        return spectrumSize;
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
    public RealFft withThreads(int threads) {
        FftArguments.checkThreads(threads);
        return this;
    }

    @Override
    public void forward(double[] in, double[] outRe, double[] outIm) {
        FftArguments.checkArray(in, "in", size);
        FftArguments.checkArray(outRe, "outRe", spectrumSize);
        FftArguments.checkArray(outIm, "outIm", spectrumSize);
        runForward(in, 0, outRe, outIm, 0);
    }

    @Override
    public void forward(double[] in, int inOff, double[] outRe, double[] outIm, int outOff) {
        FftArguments.checkArray(in, "in", inOff, "inOff", size);
        FftArguments.checkArray(outRe, "outRe", outOff, "outOff", spectrumSize);
        FftArguments.checkArray(outIm, "outIm", outOff, "outOff", spectrumSize);
        runForward(in, inOff, outRe, outIm, outOff);
    }

    @Override
    public void inverse(double[] inRe, double[] inIm, double[] out) {
        checkInverse(inRe, inIm, out);
        runInverse(inRe, inIm, 0, out, 0, scale);
    }

    @Override
    public void inverse(double[] inRe, double[] inIm, int inOff, double[] out, int outOff) {
        checkInverse(inRe, inIm, inOff, out, outOff);
        runInverse(inRe, inIm, inOff, out, outOff, scale);
    }

    @Override
    public void inverseUnscaled(double[] inRe, double[] inIm, double[] out) {
        checkInverse(inRe, inIm, out);
        runInverse(inRe, inIm, 0, out, 0, 1.0);
    }

    @Override
    public void inverseUnscaled(double[] inRe, double[] inIm, int inOff, double[] out, int outOff) {
        checkInverse(inRe, inIm, inOff, out, outOff);
        runInverse(inRe, inIm, inOff, out, outOff, 1.0);
    }

    private void checkInverse(double[] inRe, double[] inIm, double[] out) {
        FftArguments.checkArray(inRe, "inRe", spectrumSize);
        FftArguments.checkArray(inIm, "inIm", spectrumSize);
        FftArguments.checkArray(out, "out", size);
    }

    private void checkInverse(double[] inRe, double[] inIm, int inOff, double[] out, int outOff) {
        FftArguments.checkArray(inRe, "inRe", inOff, "inOff", spectrumSize);
        FftArguments.checkArray(inIm, "inIm", inOff, "inOff", spectrumSize);
        FftArguments.checkArray(out, "out", outOff, "outOff", size);
    }

    private void runForward(double[] in, int inOff, double[] outRe, double[] outIm, int outOff) {
        FftwLibrary.Plan plan = forward;
        if (plan == null) {
            plan = library.plan(FftwPlan.Kind.R2C, FftwLibrary.FORWARD, shape);
            forward = plan;
        }
        Buffers b = buffers.get();
        MemorySegment real = b.real();
        MemorySegment spectrum = b.spectrum();
        MemorySegment.copy(in, inOff, real, JAVA_DOUBLE, 0, size);
        FftwLibrary.execute(plan, real, spectrum);
        int h = spectrumSize;
        for (int k = 0; k < h; k++) {
            outRe[outOff + k] = spectrum.getAtIndex(JAVA_DOUBLE, 2L * k);
            outIm[outOff + k] = spectrum.getAtIndex(JAVA_DOUBLE, 2L * k + 1);
        }
    }

    private void runInverse(double[] inRe, double[] inIm, int inOff, double[] out, int outOff, double scale) {
        FftwLibrary.Plan plan = backward;
        if (plan == null) {
            plan = library.plan(FftwPlan.Kind.C2R, FftwLibrary.BACKWARD, shape);
            backward = plan;
        }
        Buffers b = buffers.get();
        MemorySegment real = b.real();
        MemorySegment spectrum = b.spectrum();
        int h = spectrumSize;
        for (int k = 0; k < h; k++) {
            spectrum.setAtIndex(JAVA_DOUBLE, 2L * k, inRe[inOff + k]);
            spectrum.setAtIndex(JAVA_DOUBLE, 2L * k + 1, inIm[inOff + k]);
        }
        FftwLibrary.execute(plan, spectrum, real);
        int n = size;
        for (int i = 0; i < n; i++) {
            out[outOff + i] = real.getAtIndex(JAVA_DOUBLE, i) * scale;
        }
    }
}
