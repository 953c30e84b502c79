package org.simdyn.jmh;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jtransforms.fft.DoubleFFT_1D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.simdyn.ffm.Fftw;
import org.simdyn.ffm.FftwPlan;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * One-thread forward 1-D FFTs (fft.md section 7): simdyn's pure-Java provider against JTransforms 3.2 and
 * raw FFTW (MEASURE), plus FFTW through simdyn's {@code double[]} API and its tier-1 native API. The operations
 * are those of fft.md section 6: out-of-place from an unchanged input; JTransforms copies the interleaved input
 * into its work array first (it transforms in place). The raw FFTW baseline is a minimal FFM binding that
 * uses no simdyn class at execution; it is planned after simdyn's FFTW plan of the same size, so FFTW's
 * in-process wisdom makes both the same algorithm. Inputs are uniform in [-1, 1) from a fixed seed.
 *
 * <p>JMH runs every benchmark and size in a fork of its own, and FFTW's MEASURE planner picks its algorithm by
 * timing, so two forks planning the same size on a busy machine can pick different algorithms (three JVMs gave
 * three different plans for c2c 2^18 here). The FFTW forks therefore share their plans through a wisdom file
 * ({@link FftwPlans#WISDOM}): the first fork that plans a size measures, and the later ones, the raw baseline
 * included, reuse its choice, so every FFTW variant of a size runs the same algorithm. Delete the file to plan
 * afresh (it belongs to one machine and one FFTW build).
 *
 * <p>Scalar-twin variants run in a fork with {@code -Dsimdyn.vector=scalar}; inverse variants time
 * {@code inverse} (scaled by 1/N) of the same data. Both are reported, not targeted (fft.md section 7).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FftBench {

    /**
     * Uniform numbers in [-1, 1) from a fixed seed: the real and imaginary parts of the inputs come from different
     * streams (one stream for both would make {@code im} a copy of {@code re}, an input that hides swapped parts).
     *
     * @param n how many
     * @param stream which stream, e.g. 1 for real parts and 2 for imaginary parts
     * @return the numbers
     */
    static double[] uniform(int n, long stream) {
        SplittableRandom r = new SplittableRandom(20240601L + 0x9E3779B97F4A7C15L * stream);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(-1.0, 1.0);
        }
        return a;
    }

    /** Input and output arrays of one size, shared by every variant. */
    @State(Scope.Thread)
    public static class Data {
        @Param({"1024", "2048", "4096", "8192", "16384", "32768", "65536", "131072", "262144", "524288",
                "1048576"})
        public int n;

        double[] re;
        double[] im;
        double[] outRe;
        double[] outIm;
        double[] interleaved;
        double[] work;

        @Setup
        public void setup() {
            re = uniform(n, 1);
            im = uniform(n, 2);
            outRe = new double[n];
            outIm = new double[n];
            interleaved = new double[2 * n];
            for (int k = 0; k < n; k++) {
                interleaved[2 * k] = re[k];
                interleaved[2 * k + 1] = im[k];
            }
            work = new double[2 * n];
        }
    }

    /** simdyn's pure-Java plans. */
    @State(Scope.Thread)
    public static class JavaPlans {
        ComplexFft c2c;
        RealFft r2c;

        @Setup
        public void setup(Data d) {
            c2c = Fft.provider("java").complex(d.n);
            r2c = Fft.provider("java").real(d.n);
        }
    }

    /** JTransforms 3.2 on one thread. */
    @State(Scope.Thread)
    public static class JTransforms {
        DoubleFFT_1D fft;

        @Setup
        public void setup(Data d) {
            ConcurrencyUtils.setNumberOfThreads(1);
            fft = new DoubleFFT_1D(d.n);
        }
    }

    /**
     * FFTW through simdyn (double[] API and tier-1), then the raw binding planned after it, all on the plans of
     * the wisdom file {@link #wisdom} when it has them.
     */
    @State(Scope.Thread)
    public static class FftwPlans {
        /** The wisdom file every FFTW fork shares: {@code simdyn-jmh-fftw.wisdom} in {@code java.io.tmpdir}. */
        static final Path WISDOM = Path.of(System.getProperty("java.io.tmpdir"), "simdyn-jmh-fftw.wisdom");

        /** The wisdom file imported before planning and rewritten after (tests point it elsewhere). */
        Path wisdom = WISDOM;
        ComplexFft c2c;
        RealFft r2c;
        FftwPlan tier1;
        MemorySegment in;
        MemorySegment out;
        RawFftw raw;

        @Setup(Level.Trial)
        public void setup(Data d) throws Throwable {
            if (Files.exists(wisdom)) {
                Fftw.importWisdom(wisdom);
            }
            c2c = Fft.provider("fftw").complex(d.n);
            r2c = Fft.provider("fftw").real(d.n);
            tier1 = Fftw.c2c(Fftw.FORWARD, d.n);
            in = Fftw.allocate(2L * d.n);
            out = Fftw.allocate(2L * d.n);
            MemorySegment.copy(d.interleaved, 0, in, ValueLayout.JAVA_DOUBLE, 0, 2 * d.n);
            raw = new RawFftw(d.n, d.interleaved, d.re);
            Fftw.exportWisdom(wisdom);
        }
    }

    /**
     * The baseline: FFTW as a C program would call it. {@code fftw_malloc} buffers, {@code fftw_plan_dft_1d} and
     * {@code fftw_plan_dft_r2c_1d} with {@code FFTW_MEASURE}, one {@code fftw_execute(plan)} downcall per
     * transform.
     */
    static final class RawFftw {
        private static final Linker LINKER = Linker.nativeLinker();
        private static final SymbolLookup LIB = SymbolLookup.libraryLookup("libfftw3.so.3", Arena.global());
        private static final MethodHandle MALLOC = handle("fftw_malloc",
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
        private static final MethodHandle PLAN_C2C = handle("fftw_plan_dft_1d", FunctionDescriptor.of(
                ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        private static final MethodHandle PLAN_R2C = handle("fftw_plan_dft_r2c_1d", FunctionDescriptor.of(
                ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                ValueLayout.JAVA_INT));
        static final MethodHandle EXECUTE = handle("fftw_execute",
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        private static final int FORWARD = -1;
        private static final int MEASURE = 0;

        final MemorySegment c2c;
        final MemorySegment r2c;
        final MemorySegment c2cOut;
        final MemorySegment r2cOut;

        @SuppressWarnings("restricted")
        private static MethodHandle handle(String name, FunctionDescriptor fd) {
            return LINKER.downcallHandle(LIB.find(name).orElseThrow(), fd);
        }

        @SuppressWarnings("restricted")
        private static MemorySegment malloc(long bytes) throws Throwable {
            return ((MemorySegment) MALLOC.invokeExact(bytes)).reinterpret(bytes);
        }

        RawFftw(int n, double[] interleaved, double[] real) throws Throwable {
            MemorySegment cin = malloc(16L * n);
            MemorySegment cout = malloc(16L * n);
            c2cOut = cout;
            MemorySegment rin = malloc(8L * n);
            MemorySegment rout = malloc(16L * (n / 2 + 1));
            r2cOut = rout;
            // MEASURE overwrites the buffers: plan first, then fill the inputs
            c2c = (MemorySegment) PLAN_C2C.invokeExact(n, cin, cout, FORWARD, MEASURE);
            r2c = (MemorySegment) PLAN_R2C.invokeExact(n, rin, rout, MEASURE);
            if (c2c.address() == 0 || r2c.address() == 0) {
                throw new IllegalStateException("FFTW returned a NULL plan for n = " + n);
            }
            MemorySegment.copy(interleaved, 0, cin, ValueLayout.JAVA_DOUBLE, 0, 2 * n);
            MemorySegment.copy(real, 0, rin, ValueLayout.JAVA_DOUBLE, 0, n);
        }
    }

    @Benchmark
    public void c2cJava(Data d, JavaPlans p, Blackhole bh) {
        p.c2c.forward(d.re, d.im, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xms2g", "-Xmx2g", "-Dsimdyn.vector=scalar"})
    public void c2cJavaScalarTwin(Data d, JavaPlans p, Blackhole bh) {
        p.c2c.forward(d.re, d.im, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }

    @Benchmark
    public void c2cJavaInverse(Data d, JavaPlans p, Blackhole bh) {
        p.c2c.inverse(d.re, d.im, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }

    @Benchmark
    public void c2cJTransforms(Data d, JTransforms p, Blackhole bh) {
        System.arraycopy(d.interleaved, 0, d.work, 0, d.work.length);
        p.fft.complexForward(d.work);
        bh.consume(d.work);
    }

    @Benchmark
    public void c2cFftwRaw(FftwPlans p) throws Throwable {
        RawFftw.EXECUTE.invokeExact(p.raw.c2c);
    }

    @Benchmark
    public void c2cFftwTier1(FftwPlans p, Blackhole bh) {
        p.tier1.execute(p.in, p.out);
        bh.consume(p.out);
    }

    @Benchmark
    public void c2cFftwProvider(Data d, FftwPlans p, Blackhole bh) {
        p.c2c.forward(d.re, d.im, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }

    @Benchmark
    public void r2cJava(Data d, JavaPlans p, Blackhole bh) {
        p.r2c.forward(d.re, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xms2g", "-Xmx2g", "-Dsimdyn.vector=scalar"})
    public void r2cJavaScalarTwin(Data d, JavaPlans p, Blackhole bh) {
        p.r2c.forward(d.re, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }

    /** The inverse real transform (c2r) of the first {@code n/2 + 1} values of {@code re, im} as a half spectrum. */
    @Benchmark
    public void r2cJavaInverse(Data d, JavaPlans p, Blackhole bh) {
        p.r2c.inverse(d.re, d.im, d.outRe);
        bh.consume(d.outRe);
    }

    @Benchmark
    public void r2cJTransforms(Data d, JTransforms p, Blackhole bh) {
        System.arraycopy(d.re, 0, d.work, 0, d.n);
        p.fft.realForward(d.work);
        bh.consume(d.work);
    }

    @Benchmark
    public void r2cFftwRaw(FftwPlans p) throws Throwable {
        RawFftw.EXECUTE.invokeExact(p.raw.r2c);
    }

    @Benchmark
    public void r2cFftwProvider(Data d, FftwPlans p, Blackhole bh) {
        p.r2c.forward(d.re, d.outRe, d.outIm);
        bh.consume(d.outRe);
    }
}
