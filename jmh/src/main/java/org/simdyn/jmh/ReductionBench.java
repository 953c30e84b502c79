package org.simdyn.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.simdyn.vector.Reductions;

/**
 * {@link Reductions#sum} (fixed blocked order, 16 virtual lanes) against the plain {@code s += a[i]} loop,
 * which C2 cannot vectorise because floating-point addition is not associative. Target (fft.md section 7):
 * {@code sum} at least 2x the plain loop at n = 4096 and at least 1x at n = 2^20. The scalar twin runs in
 * its own fork with {@code -Dsimdyn.vector=scalar}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ReductionBench {

    @Param({"4096", "1048576"})
    public int n;

    double[] a;

    @Setup
    public void setup() {
        a = data(n);
    }

    static double[] data(int n) {
        SplittableRandom r = new SplittableRandom(20240601L);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(-1.0, 1.0);
        }
        return a;
    }

    /** The baseline: the loop a user would write. */
    static double plainSum(double[] a, int n) {
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            s += a[i];
        }
        return s;
    }

    @Benchmark
    public void sum(Blackhole bh) {
        bh.consume(Reductions.sum(a, 0, n));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xms2g", "-Xmx2g", "-Dsimdyn.vector=scalar"})
    public void sumScalarTwin(Blackhole bh) {
        bh.consume(Reductions.sum(a, 0, n));
    }

    @Benchmark
    public void plainLoop(Blackhole bh) {
        bh.consume(plainSum(a, n));
    }
}
