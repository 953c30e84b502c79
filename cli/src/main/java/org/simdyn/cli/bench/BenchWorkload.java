package org.simdyn.cli.bench;

import java.util.List;
import org.simdyn.fields.Grid;
import org.simdyn.fields.InitialConditions;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.KleinGordon;
import org.simdyn.fields.Method;
import org.simdyn.fields.Potentials;
import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.SwarmState;
import org.simdyn.vector.random.Philox4x32;

/**
 * The ids of {@code simdyn bench} (cli spec section 11): what each times, in which unit, against which baseline.
 * A baseline is either another implementation in the same kind of JVM (JTransforms) or simdyn's scalar twin, run
 * in a JVM started with {@code -Dsimdyn.vector=scalar}. Set-ups follow the JMH benchmarks of the same name
 * ({@code FftBench}, {@code KgStepBench}, {@code CouzinBench}) so the numbers can be compared with
 * {@code jmh/RESULTS.md}. The spec's {@code em-3d-1e6}, {@code baoab-3d-1e6} and {@code havok-lorenz-50000} come
 * with the stochastic and koopman modules.
 */
enum BenchWorkload {
    /** Complex forward FFT, n = 4096, one thread, against JTransforms. */
    FFT_C2C_4096("fft-c2c-4096", "n = 4096", "us", "JTransforms 3.2", false, ">= 1.0"),
    /** Real forward FFT, n = 65536, one thread, against JTransforms. */
    FFT_R2C_65536("fft-r2c-65536", "n = 65536", "us", "JTransforms 3.2", false, ">= 1.0"),
    /** 10^6 Philox normals through the bulk path, against its scalar twin. */
    PHILOX_NORMALS_1E6("philox-normals-1e6", "10^6 normals", "ms", "scalar twin", true, null),
    /** One phi^4 expo step (kink-antikink pair, L = 400, dt = 0.02), N = 4096, one thread. */
    KG_STEP_PHI4_4096("kg-step-phi4-4096", "N = 4096", "us", "scalar twin", true, null),
    /** One PEER_COMPAT Couzin step, N = 2000, all pairs, one thread (couzin spec section 11's state). */
    COUZIN_STEP_2000("couzin-step-2000", "N = 2000", "ms", "scalar twin", true, null);

    /** The spec's ids that need modules not built yet, with the module. */
    static final List<String> PLANNED = List.of("em-3d-1e6 (stochastic)", "baoab-3d-1e6 (stochastic)",
            "havok-lorenz-50000 (koopman)");

    final String id;
    final String size;
    final String unit;
    final String baselineName;
    final boolean scalarBaseline;
    final String target;

    BenchWorkload(String id, String size, String unit, String baselineName, boolean scalarBaseline, String target) {
        this.id = id;
        this.size = size;
        this.unit = unit;
        this.baselineName = baselineName;
        this.scalarBaseline = scalarBaseline;
        this.target = target;
    }

    /** @return nanoseconds per unit */
    double nanosPerUnit() {
        return unit.equals("ms") ? 1e6 : 1e3;
    }

    /**
     * Returns the id of a name.
     *
     * @param name an id
     * @return the workload, or null
     */
    static BenchWorkload of(String name) {
        for (BenchWorkload w : values()) {
            if (w.id.equals(name)) {
                return w;
            }
        }
        return null;
    }

    /**
     * Builds the operation to time (set-up included here, not in the timing).
     *
     * @param baseline whether to build the baseline (JTransforms for the FFT ids; the scalar twins run the same
     *        code as ours in a scalar JVM)
     * @return one call = one timed operation
     */
    Runnable operation(boolean baseline) {
        return switch (this) {
            case FFT_C2C_4096 -> fft(baseline, true, 4096);
            case FFT_R2C_65536 -> fft(baseline, false, 65536);
            case PHILOX_NORMALS_1E6 -> normals();
            case KG_STEP_PHI4_4096 -> kgStep();
            case COUZIN_STEP_2000 -> couzinStep();
        };
    }

    private static Runnable fft(boolean jtransforms, boolean complex, int n) {
        double[] re = new double[n];
        double[] im = complex ? new double[n] : null;
        Philox4x32.of(1).uniforms(0, FftBenchCommand.PURPOSE, 0, 0, n, re, im, null, null, 0);
        FftOperation op = FftOperation.of(jtransforms ? FftOperation.JTRANSFORMS : FftOperation.JAVA, complex,
                new int[] {n}, re, im);
        return op::run;
    }

    private static Runnable normals() {
        Philox4x32 rng = Philox4x32.of(1);
        int count = 250_000;
        double[][] z = new double[4][count];
        long[] step = {0};
        return () -> rng.normals(step[0]++, FftBenchCommand.PURPOSE, 0, 0, count, z[0], z[1], z[2], z[3], 0);
    }

    private static Runnable kgStep() {
        int n = 4096;
        Grid g = Grid.line(n, 400);
        double[] phi = new double[n];
        double[] pi = new double[n];
        InitialConditions.kinkAntikink(g, Potentials.phi4(1, 1), 0.0, 20.0, 0.3, phi, pi);
        KleinGordon kg = KleinGordon.create(KgParams.of(g, Potentials.phi4(1, 1), Method.EXPO, 0.02), phi, pi)
                .threads(1);
        return kg::step;
    }

    private static Runnable couzinStep() {
        int n = 2000;
        AgentType t = AgentType.of(1, 2, 3, 15, 0.4, 0.2, 30, 1);
        CouzinConfig cfg = new CouzinConfig(3, CouzinRules.PEER_COMPAT, Domain.PERIODIC, 25 * Math.cbrt(n / 150.0),
                0.1, new AgentType[] {t}, new int[] {n}, true, NeighbourSearch.ALL_PAIRS, true);
        CouzinSimulation s = CouzinSimulation.create(cfg, SwarmState.random(cfg, 5), 5).threads(1);
        s.advance(20);
        return s::step;
    }
}
