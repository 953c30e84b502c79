package org.simdyn.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.simdyn.vector.random.Philox4x32;

/**
 * Bulk Philox4x32-10 draws for 2^16 particles x 4 (one block per particle), reported per normal or per
 * word ({@code @OperationsPerInvocation}). Targets (fft.md section 7): normals at most 2.5 ns each (stretch
 * 1.5 ns) on the vector path; at least 1 G words/s (at most 1 ns/word; stretch 2 G/s). The scalar twins run
 * in their own fork with {@code -Dsimdyn.vector=scalar}; numpy's ziggurat needs about 10 ns/normal.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class PhiloxBench {

    static final int PARTICLES = 1 << 16;
    static final int DRAWS = 4 * PARTICLES;
    static final int PURPOSE = 0x0001;

    final Philox4x32 rng = Philox4x32.of(20240601L);
    final double[] z0 = new double[PARTICLES];
    final double[] z1 = new double[PARTICLES];
    final double[] z2 = new double[PARTICLES];
    final double[] z3 = new double[PARTICLES];
    final int[] w0 = new int[PARTICLES];
    final int[] w1 = new int[PARTICLES];
    final int[] w2 = new int[PARTICLES];
    final int[] w3 = new int[PARTICLES];
    long step;

    @Setup
    public void setup() {
        step = 0;
    }

    void drawNormals(Blackhole bh) {
        rng.normals(step++, PURPOSE, 0, 0, PARTICLES, z0, z1, z2, z3, 0);
        bh.consume(z0);
        bh.consume(z3);
    }

    void drawWords(Blackhole bh) {
        rng.words(step++, PURPOSE, 0, 0, PARTICLES, w0, w1, w2, w3, 0);
        bh.consume(w0);
        bh.consume(w3);
    }

    /**
     * Eight warm-up iterations, not three: until C2 has compiled the vector passes of the normal transform
     * (which takes 1-6 s on two cores, depending on what else the compiler thread is doing) they run in
     * profiled C1 code at about 20 ns/normal; the steady state is below 2 ns. Measured and recorded in
     * jmh/RESULTS.md.
     */
    @Benchmark
    @OperationsPerInvocation(DRAWS)
    @Warmup(iterations = 8, time = 1)
    public void normals(Blackhole bh) {
        drawNormals(bh);
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xms2g", "-Xmx2g", "-Dsimdyn.vector=scalar"})
    public void normalsScalarTwin(Blackhole bh) {
        drawNormals(bh);
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public void words(Blackhole bh) {
        drawWords(bh);
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xms2g", "-Xmx2g", "-Dsimdyn.vector=scalar"})
    public void wordsScalarTwin(Blackhole bh) {
        drawWords(bh);
    }
}
