package org.simdyn.particles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.SwarmState;

/**
 * Zero allocation per step (one thread, all-pairs and cells, both rule sets) after warm-up, measured with
 * {@code getCurrentThreadAllocatedBytes}. Alone in its JVM so that no other test's profile deoptimises the step.
 */
class AllocationTest {
    private static final long SEED = 20260417L;

    @Test
    void zeroAllocationPerStep() {
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (NeighbourSearch search : new NeighbourSearch[] {NeighbourSearch.ALL_PAIRS, NeighbourSearch.CELLS}) {
            for (Domain d : new Domain[] {Domain.PERIODIC, Domain.OPEN}) {
                for (CouzinRules rules : CouzinRules.values()) {
                    CouzinConfig cfg = DeterminismTest.config(3, rules, d, 400, search);
                    CouzinSimulation sim = CouzinSimulation.create(cfg, SwarmState.random(cfg, SEED), SEED);
                    sim.addObserver((step, state) -> { }, 10);
                    // warm up until the JIT has compiled the step (interpreted vector code allocates)
                    int quiet = 0;
                    for (int round = 0; round < 300 && quiet < 10; round++) {
                        long before = bean.getCurrentThreadAllocatedBytes();
                        sim.advance(20);
                        quiet = bean.getCurrentThreadAllocatedBytes() == before ? quiet + 1 : 0;
                    }
                    // a real per-step allocation shows in every window; a rare JVM event (deoptimisation and
                    // recompilation) may add a few hundred bytes to one: take the best of three windows
                    long best = Long.MAX_VALUE;
                    for (int attempt = 0; attempt < 3 && best != 0; attempt++) {
                        long before = bean.getCurrentThreadAllocatedBytes();
                        sim.advance(200);
                        best = Math.min(best, bean.getCurrentThreadAllocatedBytes() - before);
                    }
                    assertThat(best).as(search + " " + d + " " + rules + " " + sim.kernelName()).isZero();
                }
            }
        }
    }
}
