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
 * N = 4099 bit identity over threads and search with the production kernel. This class never loads the
 * explicit-width kernels, so the production Panama kernel runs with a constant species.
 */
class LargeRunTest {
    private static final long SEED = 20260417L;

    @Test
    void n4099ThreadsAndSearch() {
        CouzinConfig all = DeterminismTest.config(3, CouzinRules.COUZIN2002, Domain.PERIODIC, 4099,
                NeighbourSearch.ALL_PAIRS);
        CouzinConfig cells = all.withSearch(NeighbourSearch.CELLS);
        String ref = DeterminismTest.run(cells, new PairKernelScalar(), 1, 50);
        for (int t : new int[] {1, 2, 4}) {
            CouzinSimulation a = CouzinSimulation.create(all, SwarmState.random(all, SEED), SEED).threads(t);
            a.advance(50);
            assertThat(a.stateSha256()).as("all-pairs " + a.kernelName() + ", %d threads", t).isEqualTo(ref);
            CouzinSimulation c = CouzinSimulation.create(cells, SwarmState.random(cells, SEED), SEED).threads(t);
            c.advance(50);
            assertThat(c.stateSha256()).as("cells, %d threads", t).isEqualTo(ref);
        }
    }
}
