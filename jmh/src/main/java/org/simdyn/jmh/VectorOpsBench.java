package org.simdyn.jmh;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
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
import org.simdyn.vector.VectorOps;

/**
 * {@link VectorOps} is written as plain loops on the claim that C2 auto-vectorises them as well as a Panama
 * loop would (foundation spec section 7: a Panama twin only if JMH shows it at least 1.3x faster). This
 * benchmark checks the claim: the library call, a hand-written Panama loop of the same formula (bit-identical
 * results, see the module's tests), and the library call in a fork with {@code -XX:-UseSuperWord} (C2's
 * auto-vectoriser off) to show what vectorisation is worth.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class VectorOpsBench {

    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Param({"4096"})
    public int n;

    double[] re;
    double[] im;
    double[] fRe;
    double[] fIm;

    @Setup
    public void setup() {
        re = ReductionBench.data(n);
        im = ReductionBench.data(n);
        fRe = new double[n];
        fIm = new double[n];
        for (int k = 0; k < n; k++) {
            // factors on the unit circle: repeated in-place products neither overflow nor underflow
            fRe[k] = Math.cos(0.001 * k);
            fIm[k] = Math.sin(0.001 * k);
        }
    }

    /** The same formula as {@link VectorOps#complexMultiply}, as a Panama loop with a scalar tail. */
    static void complexMultiplyPanama(double[] re, double[] im, double[] fRe, double[] fIm, int n) {
        int k = 0;
        for (int bound = S.loopBound(n); k < bound; k += S.length()) {
            DoubleVector a = DoubleVector.fromArray(S, re, k);
            DoubleVector b = DoubleVector.fromArray(S, im, k);
            DoubleVector c = DoubleVector.fromArray(S, fRe, k);
            DoubleVector d = DoubleVector.fromArray(S, fIm, k);
            a.fma(c, b.mul(d).neg()).intoArray(re, k);
            a.fma(d, b.mul(c)).intoArray(im, k);
        }
        for (; k < n; k++) {
            double a = re[k];
            double b = im[k];
            re[k] = Math.fma(a, fRe[k], -(b * fIm[k]));
            im[k] = Math.fma(a, fIm[k], b * fRe[k]);
        }
    }

    /** The same formula as {@link VectorOps#axpy}, as a Panama loop with a scalar tail. */
    static void axpyPanama(double a, double[] x, double[] y, int n) {
        DoubleVector va = DoubleVector.broadcast(S, a);
        int k = 0;
        for (int bound = S.loopBound(n); k < bound; k += S.length()) {
            va.fma(DoubleVector.fromArray(S, x, k), DoubleVector.fromArray(S, y, k)).intoArray(y, k);
        }
        for (; k < n; k++) {
            y[k] = Math.fma(a, x[k], y[k]);
        }
    }

    @Benchmark
    public void complexMultiply(Blackhole bh) {
        VectorOps.complexMultiply(re, im, 0, fRe, fIm, 0, n);
        bh.consume(re);
    }

    @Benchmark
    public void complexMultiplyPanama(Blackhole bh) {
        complexMultiplyPanama(re, im, fRe, fIm, n);
        bh.consume(re);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xms2g", "-Xmx2g", "-XX:-UseSuperWord"})
    public void complexMultiplyNoSuperWord(Blackhole bh) {
        VectorOps.complexMultiply(re, im, 0, fRe, fIm, 0, n);
        bh.consume(re);
    }

    @Benchmark
    public void axpy(Blackhole bh) {
        VectorOps.axpy(1e-9, fRe, 0, re, 0, n);
        bh.consume(re);
    }

    @Benchmark
    public void axpyPanama(Blackhole bh) {
        axpyPanama(1e-9, fRe, re, n);
        bh.consume(re);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xms2g", "-Xmx2g", "-XX:-UseSuperWord"})
    public void axpyNoSuperWord(Blackhole bh) {
        VectorOps.axpy(1e-9, fRe, 0, re, 0, n);
        bh.consume(re);
    }
}
