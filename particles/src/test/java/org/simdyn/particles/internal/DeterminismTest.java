package org.simdyn.particles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.NoiseSource;
import org.simdyn.particles.ParticlePurposes;
import org.simdyn.particles.SwarmState;
import org.simdyn.vector.random.Philox4x32;

/**
 * Bit identity: threads × search × vector width, restart, ensemble = single run, replay (N = 4099 and the
 * allocation check: {@link LargeRunTest}).
 */
class DeterminismTest {
    private static final long SEED = 20260417L;

    /** Two types (one informed), about 1/8 agent per unit volume, box >= 12 so that cells are usable. */
    static CouzinConfig config(int dim, CouzinRules rules, Domain domain, int n, NeighbourSearch search) {
        double box = Math.max(12, Math.pow(n * 8.0, 1.0 / dim));
        AgentType a = AgentType.of(1, 1, 2, 4, 0.4, 0.2, 30, 1);
        AgentType b = new AgentType(1.2, 0.8, 2, 3.5, 0.3, 0.1, 0, 0.5, 0.4, AgentType.direction(dim, 30, 10));
        int nb = n / 3;
        return new CouzinConfig(dim, rules, domain, box, 0.1, new AgentType[] {a, b}, new int[] {n - nb, nb},
                n % 2 == 0, search, false);
    }

    static String run(CouzinConfig cfg, PairKernel kernel, int threads, int steps) {
        Engine e = new Engine(cfg, SwarmState.random(cfg, SEED), NoiseSource.philox(SEED), kernel, 0);
        e.threads(threads);
        for (int s = 0; s < steps; s++) {
            e.step();
        }
        return e.state().sha256();
    }

    static List<Arguments> small() {
        List<Arguments> a = new ArrayList<>();
        for (int n : new int[] {2, 7, 100}) {
            for (Domain d : Domain.values()) {
                for (CouzinRules r : CouzinRules.values()) {
                    a.add(Arguments.of(n, d, r, n == 7 ? 2 : 3));
                }
            }
        }
        return a;
    }

    @ParameterizedTest
    @MethodSource("small")
    void threadsSearchAndWidths(int n, Domain domain, CouzinRules rules, int dim) {
        CouzinConfig all = config(dim, rules, domain, n, NeighbourSearch.ALL_PAIRS);
        CouzinConfig cells = all.withSearch(NeighbourSearch.CELLS);
        int steps = 50;
        String ref = run(all, new PairKernelScalar(), 1, steps);
        for (int t : new int[] {1, 2, 4}) {
            assertThat(run(cells, new PairKernelScalar(), t, steps)).as("cells, %d threads", t).isEqualTo(ref);
            assertThat(run(all, new PairKernelScalar(), t, steps)).as("all-pairs, %d threads", t).isEqualTo(ref);
        }
        for (int bits : new int[] {128, 256, 512}) {
            int st = n > 100 ? 10 : steps;
            String want = st == steps ? ref : run(all, new PairKernelScalar(), 1, st);
            assertThat(run(all, PairKernelPanama.forBits(bits), 2, st)).as("%d bits", bits).isEqualTo(want);
        }
        CouzinSimulation sim = CouzinSimulation.create(all, SwarmState.random(all, SEED), SEED).threads(2);
        sim.advance(steps);
        assertThat(sim.stateSha256()).as("production kernel " + sim.kernelName()).isEqualTo(ref);
    }

    @Test
    void restartAtStep25EqualsUninterrupted() {
        for (Domain d : Domain.values()) {
            CouzinConfig cfg = config(3, CouzinRules.COUZIN2002, d, 200, NeighbourSearch.AUTO);
            CouzinSimulation whole = CouzinSimulation.create(cfg, SwarmState.random(cfg, SEED), SEED);
            whole.advance(50);
            CouzinSimulation first = CouzinSimulation.create(cfg, SwarmState.random(cfg, SEED), SEED);
            first.advance(25);
            SwarmState saved = first.state().copy();
            CouzinSimulation second = CouzinSimulation.restore(cfg, saved, NoiseSource.philox(SEED), 25);
            second.threads(2).advance(25);
            assertThat(second.stepCount()).isEqualTo(50);
            assertThat(second.stateSha256()).as(d.toString()).isEqualTo(whole.stateSha256());
        }
    }

    @Test
    void ensembleRunsEqualSingleRuns() throws Exception {
        CouzinConfig cfg = config(3, CouzinRules.PEER_COMPAT, Domain.PERIODIC, 150, NeighbourSearch.AUTO);
        long[] seeds = {1, 2, 3, 4};
        List<String> single = new ArrayList<>();
        for (long s : seeds) {
            CouzinSimulation sim = CouzinSimulation.create(cfg, SwarmState.random(cfg, s), s);
            sim.advance(30);
            single.add(sim.stateSha256());
        }
        ExecutorService ex = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> f = new ArrayList<>();
            for (long s : seeds) {
                f.add(ex.submit(() -> {
                    CouzinSimulation sim = CouzinSimulation.create(cfg, SwarmState.random(cfg, s), s).threads(2);
                    sim.advance(30);
                    return sim.stateSha256();
                }));
            }
            for (int i = 0; i < seeds.length; i++) {
                assertThat(f.get(i).get()).isEqualTo(single.get(i));
            }
        } finally {
            ex.shutdown();
        }
        assertThat(single).doesNotHaveDuplicates();
    }

    @Test
    void replayOfPhiloxDrawsGivesTheSameState() {
        for (CouzinRules rules : CouzinRules.values()) {
            for (int dim : new int[] {2, 3}) {
                CouzinConfig cfg = config(dim, rules, Domain.PERIODIC, 60, NeighbourSearch.AUTO);
                int steps = 20;
                int n = cfg.n();
                int k = ParticlePurposes.noiseNormals(rules, dim);
                double[] draws = new double[steps * n * k];
                Philox4x32 p = Philox4x32.of(SEED);
                for (int s = 0; s < steps; s++) {
                    for (int i = 0; i < n; i++) {
                        for (int c = 0; c < k; c++) {
                            draws[(s * n + i) * k + c] = p.normal(i, ParticlePurposes.NOISE, s, c);
                        }
                    }
                }
                CouzinSimulation a = CouzinSimulation.create(cfg, SwarmState.random(cfg, SEED), SEED);
                a.advance(steps);
                CouzinSimulation b = CouzinSimulation.replay(cfg, SwarmState.random(cfg, SEED),
                        NoiseSource.ofArray(draws, steps, n, k));
                b.advance(steps);
                assertThat(b.stateSha256()).as(rules + " " + dim + "-D").isEqualTo(a.stateSha256());
                for (int i = 0; i < n * k; i++) {
                    draws[i] += 0.5;
                }
                CouzinSimulation c = CouzinSimulation.replay(cfg, SwarmState.random(cfg, SEED),
                        NoiseSource.ofArray(draws, steps, n, k));
                c.advance(steps);
                assertThat(c.stateSha256()).as("a changed draw changes the state").isNotEqualTo(a.stateSha256());
            }
        }
    }
}
