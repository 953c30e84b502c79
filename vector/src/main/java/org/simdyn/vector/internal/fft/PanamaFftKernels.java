package org.simdyn.vector.internal.fft;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.ConcurrentHashMap;
import org.simdyn.vector.VectorRuntime;
import org.simdyn.vector.kernel.Species;

/**
 * Panama twin of {@link FftKernels}, per vector width. The stages themselves are {@link PanamaStages},
 * defined once per width as a hidden class whose class data is the species.
 */
public final class PanamaFftKernels implements FftKernels {
    private static final ConcurrentHashMap<Integer, FftKernels> WIDTHS = new ConcurrentHashMap<>();

    private final FftKernels stages;

    /** The twin at the width in force ({@link VectorRuntime#bits()}). */
    public PanamaFftKernels() {
        this(VectorRuntime.bits());
    }

    /**
     * The twin at an explicit width (tests).
     *
     * @param bits 128, 256 or 512
     */
    public PanamaFftKernels(int bits) {
        Species.doubles(bits);
        stages = WIDTHS.computeIfAbsent(bits, PanamaFftKernels::define);
    }

    private static FftKernels define(int bits) {
        try (InputStream in = PanamaFftKernels.class.getResourceAsStream("PanamaStages.class")) {
            if (in == null) {
                throw new IllegalStateException("PanamaStages.class not found");
            }
            byte[] bytes = in.readAllBytes();
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes,
                    Species.doubles(bits), true);
            return (FftKernels) lookup.findConstructor(lookup.lookupClass(),
                    java.lang.invoke.MethodType.methodType(void.class)).invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot define the " + bits + "-bit FFT stages: " + e, e);
        }
    }

    @Override
    public String name() {
        return stages.name();
    }

    @Override
    public void transform(Program p, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff,
                          double[] yi, int yiOff, double[] sr, double[] si, int sOff) {
        stages.transform(p, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff, sr, si, sOff);
    }

    @Override
    public void transpose(double[] src, int sOff, int sPitch, int rows, int cols, double[] dst, int dOff,
                          int dPitch) {
        stages.transpose(src, sOff, sPitch, rows, cols, dst, dOff, dPitch);
    }

    @Override
    public void twiddle(double[] tr, double[] ti, int tOff, int tPitch, int rows, int cols, double[] wr, double[] wi,
                        int wOff, int wPitch, double[] ar, double[] ai, int aOff, int aPitch) {
        stages.twiddle(tr, ti, tOff, tPitch, rows, cols, wr, wi, wOff, wPitch, ar, ai, aOff, aPitch);
    }

    @Override
    public void deinterleave(double[] in, int inOff, double[] re, int reOff, double[] im, int imOff, int m) {
        stages.deinterleave(in, inOff, re, reOff, im, imOff, m);
    }

    @Override
    public void interleave(double[] re, double[] im, int m, boolean scaled, double scale, double[] out, int outOff) {
        stages.interleave(re, im, m, scaled, scale, out, outOff);
    }

    @Override
    public void post(double[] re, double[] im, int off, int m, double[] wr, double[] wi) {
        stages.post(re, im, off, m, wr, wi);
    }

    @Override
    public void pre(double[] xr, double[] xi, int off, int m, double[] wr, double[] wi, double[] yr, double[] yi) {
        stages.pre(xr, xi, off, m, wr, wi, yr, yi);
    }

    @Override
    public void stage(int radix, int m, int s, int st, int w, double[] twRe, double[] twIm, int twOff,
                      double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi,
                      int yiOff) {
        stages.stage(radix, m, s, st, w, twRe, twIm, twOff, xr, xrOff, xi, xiOff, yr, yrOff, yi, yiOff);
    }
}
