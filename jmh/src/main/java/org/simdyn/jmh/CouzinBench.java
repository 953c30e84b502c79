package org.simdyn.jmh;

import java.util.concurrent.TimeUnit;
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
import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.SwarmState;
import org.simdyn.particles.analysis.CompatEntropies;
import org.simdyn.particles.analysis.SchoolDiagnostics;

/**
 * Couzin model benchmarks of couzin spec section 11, one thread, float64. Benchmark state: the dewi-kadita swarm
 * parameters (r_r/r_o/r_a = 2/3/15, θ = 0.4, σ = 0.2, β = 30, w = 1, v0 = 1, dt = 0.1) at constant density, box
 * {@code L = 25 (N/150)^(1/3)}, periodic, random start (seed 5) relaxed for 20 steps; each invocation is one
 * step of a run that keeps going.
 *
 * <ul>
 *   <li>{@code stepPeerCompat} (N = 200, 2000) against {@code stepPeerCompatScalar}, the same step with the scalar
 *       pair kernel ({@code -Dsimdyn.vector=scalar} fork); the numpy baseline
 *       ({@code jmh/baselines/couzin_numpy.py}) is timed back to back; targets ≤ 0.50 ms (N = 200), ≤ 8.5 ms
 *       (N = 2000) and ≥ 20× numpy.</li>
 *   <li>{@code stepCouzin2002} (N = 2000): ≤ 1.1× {@code stepPeerCompat}.</li>
 *   <li>{@code stepCells} (r_a = 10, N = 10^4, 10^5, 10^6) against {@code stepAllPairs} at 10^4: ≤ 1 µs per
 *       agent-step at 10^5 and O(N) (10^6 within 1.3× of 10^5 per agent).</li>
 *   <li>{@code pairKernel}: the pair kernel in situ, a noiseless PEER_COMPAT all-pairs step at N = 2000 (N² pair
 *       evaluations against O(N) per-agent work), against {@code pairKernelScalar} (the scalar twin): ≥ 4× at
 *       512 bits. Divide by N² = 4·10^6 for the time per pair.</li>
 *   <li>{@code entropies} (N = 2000): the seven compat entropies with OSI plus the corrected ones (equal-area and
 *       scaled entropies, C(r), clusters) of one frame: ≤ 15 ms.</li>
 * </ul>
 * Allocation: run with {@code -prof gc}; {@code gc.alloc.rate.norm} is 0 B per step after warm-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CouzinBench {

    /**
     * The benchmark's configuration: dewi-kadita swarm parameters at constant density.
     *
     * @param rules the rule set
     * @param n agents
     * @param rA attraction radius (15 for the swarm; 10 for the cell-list rows)
     * @param noise σ per step
     * @param search the neighbour search
     * @return the configuration (periodic, one type, half-box check in warn mode for small boxes)
     */
    static CouzinConfig config(CouzinRules rules, int n, double rA, double noise, NeighbourSearch search) {
        double box = 25 * Math.cbrt(n / 150.0);
        AgentType t = AgentType.of(1, 2, 3, rA, 0.4, noise, 30, 1);
        return new CouzinConfig(3, rules, Domain.PERIODIC, box, 0.1, new AgentType[] {t}, new int[] {n}, true, search,
                true);
    }

    /**
     * A simulation of a configuration, random start (seed 5), relaxed for 20 steps, one thread.
     *
     * @param cfg the configuration
     * @return the simulation at step 20
     */
    static CouzinSimulation relaxed(CouzinConfig cfg) {
        CouzinSimulation s = CouzinSimulation.create(cfg, SwarmState.random(cfg, 5), 5).threads(1);
        s.advance(20);
        return s;
    }

    /** Steps of the swarm benchmark at N = 200 and 2000. */
    @State(Scope.Thread)
    public static class Swarm {
        @Param({"200", "2000"})
        public int n;
        CouzinSimulation peer;

        @Setup(Level.Trial)
        public void setup() {
            peer = relaxed(config(CouzinRules.PEER_COMPAT, n, 15, 0.2, NeighbourSearch.ALL_PAIRS));
        }
    }

    /** The COUZIN2002 step and the noiseless pair-kernel step at N = 2000. */
    @State(Scope.Thread)
    public static class Large {
        CouzinSimulation couzin;
        CouzinSimulation noiseless;

        @Setup(Level.Trial)
        public void setup() {
            couzin = relaxed(config(CouzinRules.COUZIN2002, 2000, 15, 0.2, NeighbourSearch.ALL_PAIRS));
            noiseless = relaxed(config(CouzinRules.PEER_COMPAT, 2000, 15, 0, NeighbourSearch.ALL_PAIRS));
        }
    }

    /** Cell lists at r_a = 10. */
    @State(Scope.Thread)
    public static class Cells {
        @Param({"10000", "100000", "1000000"})
        public int n;
        CouzinSimulation cells;

        @Setup(Level.Trial)
        public void setup() {
            cells = relaxed(config(CouzinRules.PEER_COMPAT, n, 10, 0.2, NeighbourSearch.CELLS));
        }
    }

    /** All-pairs at N = 10^4, r_a = 10: the baseline of the cell list. */
    @State(Scope.Thread)
    public static class AllPairs10k {
        CouzinSimulation all;

        @Setup(Level.Trial)
        public void setup() {
            all = relaxed(config(CouzinRules.PEER_COMPAT, 10_000, 10, 0.2, NeighbourSearch.ALL_PAIRS));
        }
    }

    /** One relaxed state at N = 2000 for the frame diagnostics. */
    @State(Scope.Thread)
    public static class Frame {
        SwarmState state;
        CouzinConfig cfg;

        @Setup(Level.Trial)
        public void setup() {
            cfg = config(CouzinRules.PEER_COMPAT, 2000, 15, 0.2, NeighbourSearch.ALL_PAIRS);
            state = relaxed(cfg).state().copy();
        }
    }

    @Benchmark
    public void stepPeerCompat(Swarm s) {
        s.peer.step();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g", "-Dsimdyn.vector=scalar"})
    public void stepPeerCompatScalar(Swarm s) {
        s.peer.step();
    }

    @Benchmark
    public void stepCouzin2002(Large s) {
        s.couzin.step();
    }

    @Benchmark
    public void pairKernel(Large s) {
        s.noiseless.step();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g", "-Dsimdyn.vector=scalar"})
    public void pairKernelScalar(Large s) {
        s.noiseless.step();
    }

    @Benchmark
    public void stepCells(Cells s) {
        s.cells.step();
    }

    @Benchmark
    public void stepAllPairs(AllPairs10k s) {
        s.all.step();
    }

    /**
     * The frame diagnostics of one state.
     *
     * @param f the state
     * @param bh consumes the results
     */
    @Benchmark
    public void entropies(Frame f, Blackhole bh) {
        bh.consume(frame(f.state, f.cfg));
    }

    /**
     * Every frame diagnostic of a state: compat entropies and OSI, equal-area and scaled entropies, C(r) and its
     * length, clusters (r_a).
     *
     * @param s the state. Not modified.
     * @param cfg its configuration
     * @return a digest of the values (their sum), so that nothing is dead code
     */
    static double frame(SwarmState s, CouzinConfig cfg) {
        double sum = 0;
        for (double h : CompatEntropies.compute(s, cfg.domain(), cfg.box())) {
            sum += h;
        }
        sum += SchoolDiagnostics.polarizationEntropyEa(s);
        sum += SchoolDiagnostics.cohesionEntropyScaled(s, cfg.domain(), cfg.box(), cfg.type(0).rR());
        double bin = cfg.type(0).rR() / 2;
        double[] c = SchoolDiagnostics.correlation(s, cfg.domain(), cfg.box(), bin, Math.min(2 * cfg.type(0).rA(),
                cfg.box() / 2));
        sum += SchoolDiagnostics.correlationLength(c, bin);
        sum += SchoolDiagnostics.largest(SchoolDiagnostics.clusters(s, cfg.domain(), cfg.box(), cfg.type(0).rA()));
        return sum;
    }
}
