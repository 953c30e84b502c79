package org.simdyn.jmh;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;
import org.jtransforms.fft.DoubleFFT_3D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * One-thread forward FFTs of the other shapes of fft.md section 7, simdyn's pure-Java provider against
 * JTransforms 3.2 in the same run: 1-D c2c of mixed-radix sizes (3840 = 2^8 3 5, 30720 = 2^11 3 5,
 * 245760 = 2^14 3 5) and 2-D c2c 512x512 against {@code DoubleFFT_1D/_2D.complexForward}, 3-D r2c 128^3
 * against {@code DoubleFFT_3D.realForward}. The operations are those of fft.md section 6: out-of-place
 * from an unchanged input for simdyn; JTransforms copies the (interleaved or real) input into its work
 * array first, since it transforms in place. Inputs are uniform in [-1, 1) from a fixed seed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FftShapeBench {

    /** An in-place JTransforms transform of an array. */
    interface InPlace {
        void apply(double[] a);
    }

    /**
     * Parses a shape parameter.
     *
     * @param shape sizes separated by {@code x}, e.g. {@code "512x512"}
     * @return the sizes
     */
    static int[] parse(String shape) {
        return Arrays.stream(shape.split("x")).mapToInt(Integer::parseInt).toArray();
    }

    /** Complex data of one shape (1-D or 2-D), the java plan and the JTransforms transform of that shape. */
    @State(Scope.Thread)
    public static class Complex {
        @Param({"3840", "30720", "245760", "512x512"})
        public String shape;

        int n;
        double[] re;
        double[] im;
        double[] outRe;
        double[] outIm;
        double[] interleaved;
        double[] work;
        ComplexFft java;
        InPlace jtransforms;

        @Setup
        public void setup() {
            int[] dims = parse(shape);
            n = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
            re = FftBench.uniform(n, 1);
            im = FftBench.uniform(n, 2);
            outRe = new double[n];
            outIm = new double[n];
            interleaved = new double[2 * n];
            for (int k = 0; k < n; k++) {
                interleaved[2 * k] = re[k];
                interleaved[2 * k + 1] = im[k];
            }
            work = new double[2 * n];
            java = Fft.provider("java").complex(dims);
            ConcurrencyUtils.setNumberOfThreads(1);
            jtransforms = switch (dims.length) {
                case 1 -> new DoubleFFT_1D(dims[0])::complexForward;
                case 2 -> new DoubleFFT_2D(dims[0], dims[1])::complexForward;
                default -> throw new IllegalArgumentException("shape = " + shape + ": must be 1-D or 2-D");
            };
        }
    }

    /** Real 3-D data, the java plan and JTransforms' {@code DoubleFFT_3D}. */
    @State(Scope.Thread)
    public static class Real3d {
        @Param({"128x128x128"})
        public String shape;

        int n;
        double[] in;
        double[] outRe;
        double[] outIm;
        double[] work;
        RealFft java;
        DoubleFFT_3D jtransforms;

        @Setup
        public void setup() {
            int[] dims = parse(shape);
            if (dims.length != 3) {
                throw new IllegalArgumentException("shape = " + shape + ": must be 3-D");
            }
            n = dims[0] * dims[1] * dims[2];
            in = FftBench.uniform(n, 1);
            java = Fft.provider("java").real(dims);
            outRe = new double[java.spectrumSize()];
            outIm = new double[java.spectrumSize()];
            work = new double[n];
            ConcurrencyUtils.setNumberOfThreads(1);
            jtransforms = new DoubleFFT_3D(dims[0], dims[1], dims[2]);
        }
    }

    @Benchmark
    public void c2cJava(Complex d, Blackhole bh) {
        d.java.forward(d.re, d.im, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }

    @Benchmark
    public void c2cJTransforms(Complex d, Blackhole bh) {
        System.arraycopy(d.interleaved, 0, d.work, 0, d.work.length);
        d.jtransforms.apply(d.work);
        bh.consume(d.work);
    }

    @Benchmark
    public void r2c3dJava(Real3d d, Blackhole bh) {
        d.java.forward(d.in, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }

    @Benchmark
    public void r2c3dJTransforms(Real3d d, Blackhole bh) {
        System.arraycopy(d.in, 0, d.work, 0, d.n);
        d.jtransforms.realForward(d.work);
        bh.consume(d.work);
    }
}
