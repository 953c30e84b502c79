package org.simdyn.particles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.simdyn.particles.analysis.OrderParameters;

/**
 * The {@code couzin2002-torus} preset (N = 100, L = 60, v0 = 3, r 1/2/15, θ = 0.07, σ = 0.05, β = 45, w = 1,
 * torus R = 6, 1500 steps, dt = 0.1): COUZIN2002 mills (window mean of M_pbc over the last 25 % >= 0.85 for every
 * seed), PEER_COMPAT does not (<= 0.5). About 10 s: part of the default run.
 */
class MillTest {
    static final long[] SEEDS = {1, 2, 3, 4};

    static CouzinConfig preset(CouzinRules rules) {
        return CouzinConfig.of(3, rules, Domain.PERIODIC, 60, 0.1, AgentType.of(3, 1, 2, 15, 0.07, 0.05, 45, 1), 100);
    }

    /** Window mean of M_pbc over k in [steps - floor(steps/4), steps]. */
    static double meanMillPbc(CouzinRules rules, long seed) {
        CouzinConfig cfg = preset(rules);
        int steps = 1500;
        int k0 = steps - steps / 4;
        CouzinSimulation sim = CouzinSimulation.create(cfg, SwarmState.torus(cfg, 6, seed), seed);
        OrderParameters op = new OrderParameters(3, cfg.n(), cfg.domain(), cfg.box());
        double sum = 0;
        int count = 0;
        for (int k = 0; k <= steps; k++) {
            if (k > 0) {
                sim.step();
            }
            if (k >= k0) {
                sum += op.compute(sim.state()).millingPbc();
                count++;
            }
        }
        return sum / count;
    }

    @Test
    void couzin2002Mills() {
        for (long seed : SEEDS) {
            double m = meanMillPbc(CouzinRules.COUZIN2002, seed);
            System.out.println("couzin2002-torus COUZIN2002 seed " + seed + ": mean M_pbc = " + m);
            assertThat(m).as("seed %d", seed).isGreaterThanOrEqualTo(0.85);
        }
    }

    @Test
    void peerCompatDoesNotMill() {
        for (long seed : SEEDS) {
            double m = meanMillPbc(CouzinRules.PEER_COMPAT, seed);
            System.out.println("couzin2002-torus PEER_COMPAT seed " + seed + ": mean M_pbc = " + m);
            assertThat(m).as("seed %d", seed).isLessThanOrEqualTo(0.5);
        }
    }
}
