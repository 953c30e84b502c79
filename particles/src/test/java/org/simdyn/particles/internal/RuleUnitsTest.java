package org.simdyn.particles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.SwarmState;

/** The per-agent rules (spec sections 2.2-2.4) and every degenerate case of section 2.6. */
class RuleUnitsTest {

    static TypeTable table(int dim, double theta, double sigma, double w) {
        CouzinConfig cfg = CouzinConfig.of(dim, CouzinRules.COUZIN2002, Domain.OPEN, 10, 0.1,
                AgentType.of(1, 1, 2, 3, theta, sigma, 0, w), 2);
        return new TypeTable(cfg);
    }

    /** Sums whose orientation term alone points along (dx, dy, dz). */
    static long[] orientation(double dx, double dy, double dz) {
        long[] s = new long[PairKernel.SUMS];
        s[3] = PairKernel.q(dx);
        s[4] = PairKernel.q(dy);
        s[5] = PairKernel.q(dz);
        s[10] = 1;
        return s;
    }

    static double angle(double ax, double ay, double az, double bx, double by, double bz) {
        double cx = ay * bz - az * by;
        double cy = az * bx - ax * bz;
        double cz = ax * by - ay * bx;
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.31, 0.59, 0.6, 1.0, 2.0, 3.0, 3.1})
    void exactTurnIsMinOfPhiAndTheta(double phi) {
        double theta = 0.3;
        TypeTable tt = table(3, theta, 0, 1);
        // u = e_x rotated into a generic direction; d at angle phi from u
        double ux = 0.6;
        double uy = 0.8;
        double uz = 0;
        double dx = Math.cos(phi) * ux - Math.sin(phi) * 0.48;
        double dy = Math.cos(phi) * uy + Math.sin(phi) * 0.36;
        double dz = Math.sin(phi) * 0.8;
        double m = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double[] w = new double[AgentUpdate.SCRATCH];
        AgentUpdate.update3(false, orientation(dx / m, dy / m, dz / m), 0, ux, uy, uz, tt, 0, 0, 0, 0, 0, w);
        assertThat(angle(ux, uy, uz, w[0], w[1], w[2])).isCloseTo(Math.min(phi, theta), within(1e-9));
        assertThat(Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2])).isCloseTo(1, within(1e-12));
        // the turn is towards d: u' lies in the plane of u and d, on d's side
        double nx = uy * dz - uz * dy;
        double ny = uz * dx - ux * dz;
        double nz = ux * dy - uy * dx;
        assertThat(w[0] * nx + w[1] * ny + w[2] * nz).isCloseTo(0, within(1e-7));
        // 2-D twin: in-plane d at +phi (counter-clockwise) and -phi
        TypeTable t2 = table(2, theta, 0, 1);
        for (double sgn : new double[] {1, -1}) {
            double a = sgn * phi;
            double ex = Math.cos(a) * ux - Math.sin(a) * uy;
            double ey = Math.sin(a) * ux + Math.cos(a) * uy;
            AgentUpdate.update2(false, orientation(ex, ey, 0), 0, ux, uy, t2, 0, 0, 0, w);
            double turned = Math.atan2(ux * w[1] - uy * w[0], ux * w[0] + uy * w[1]);
            assertThat(turned).isCloseTo(sgn * Math.min(phi, theta), within(1e-9));
        }
    }

    @Test
    void exactTurnTo1e12WithExactDirections() {
        // d = e_y, u = e_x: phi = pi/2 exactly representable in the sums
        TypeTable tt = table(3, 0.3, 0, 1);
        double[] w = new double[AgentUpdate.SCRATCH];
        AgentUpdate.update3(false, orientation(0, 1, 0), 0, 1, 0, 0, tt, 0, 0, 0, 0, 0, w);
        assertThat(angle(1, 0, 0, w[0], w[1], w[2])).isCloseTo(0.3, within(1e-12));
        assertThat(w[2]).isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.35, 0.45, 0.6, 0.9, 1.5, 2.5, 3.0})
    void lerpTurnAngleIsTheAtan2Formula(double phi) {
        double theta = 0.3;
        TypeTable tt = table(3, theta, 0, 1);
        double[] w = new double[AgentUpdate.SCRATCH];
        double dx = Math.cos(phi);
        double dy = Math.sin(phi);
        AgentUpdate.update3(true, orientation(dx, dy, 0), 0, 1, 0, 0, tt, 0, 0, 0, 0, 0, w);
        double t = theta / phi;
        double want = Math.atan2(t * Math.sin(phi), 1 - t + t * Math.cos(phi));
        assertThat(angle(1, 0, 0, w[0], w[1], w[2])).isCloseTo(want, within(1e-9));
        if (phi == 0.45) {
            assertThat(want).isGreaterThan(theta); // above the cap for theta < phi < 2 theta
        }
        if (phi == 3.0) {
            assertThat(want).isLessThan(0.2 * theta); // far below the cap for large phi
        }
    }

    @Test
    void lerpAngleKnownValueFromTheSpec() {
        double t = 0.3 / 0.45;
        assertThat(Math.atan2(t * Math.sin(0.45), 1 - t + t * Math.cos(0.45))).isCloseTo(0.30114, within(5e-6));
    }

    @Test
    void repulsionWithCancellingSumKeepsHeading() {
        TypeTable tt = table(3, 0.3, 0, 1);
        long[] s = new long[PairKernel.SUMS];
        s[9] = 2; // two repulsion neighbours whose directions cancel
        s[3] = PairKernel.q(0.0);
        s[4] = PairKernel.q(1.0); // an orientation term that must be ignored (repulsion has priority)
        s[10] = 1;
        double[] w = new double[AgentUpdate.SCRATCH];
        for (boolean compat : new boolean[] {false, true}) {
            AgentUpdate.update3(compat, s, 0, 0.6, 0, 0.8, tt, 0, 0, 0, 0, 0, w);
            assertThat(w[0]).isEqualTo(0.6);
            assertThat(w[1]).isEqualTo(0.0);
            assertThat(w[2]).isEqualTo(0.8);
        }
    }

    @Test
    void antiparallelDesiredDirectionUsesTheFixedAxis() {
        TypeTable tt = table(3, 0.3, 0, 1);
        double[] w = new double[AgentUpdate.SCRATCH];
        // u = e_z, d = -e_z: perp(u, d) falls back to e_x (|u_x| < 0.9)
        AgentUpdate.update3(false, orientation(0, 0, -1), 0, 0, 0, 1, tt, 0, 0, 0, 0, 0, w);
        assertThat(w[0]).isCloseTo(Math.sin(0.3), within(1e-15));
        assertThat(w[1]).isZero();
        assertThat(w[2]).isCloseTo(Math.cos(0.3), within(1e-15));
        // u = e_x, d = -e_x: falls back to e_y
        AgentUpdate.update3(false, orientation(-1, 0, 0), 0, 1, 0, 0, tt, 0, 0, 0, 0, 0, w);
        assertThat(w[1]).isCloseTo(Math.sin(0.3), within(1e-15));
        assertThat(w[2]).isZero();
        // 2-D: antiparallel turns counter-clockwise
        TypeTable t2 = table(2, 0.3, 0, 1);
        AgentUpdate.update2(false, orientation(-1, 0, 0), 0, 1, 0, t2, 0, 0, 0, w);
        assertThat(w[0]).isCloseTo(Math.cos(0.3), within(1e-15));
        assertThat(w[1]).isCloseTo(Math.sin(0.3), within(1e-15));
    }

    @Test
    void degenerateNoiseAxisUsesTheFixedAxisBuiltFromTheDesiredDirection() {
        TypeTable tt = table(3, Math.PI, 0.5, 1);
        double[] w = new double[AgentUpdate.SCRATCH];
        // no neighbours: d = u = e_z; noise vector (0, 0, 2) is parallel to d -> axis e_x; eta = 0.5 * 1
        AgentUpdate.update3(false, new long[PairKernel.SUMS], 0, 0, 0, 1, tt, 0, 0, 0, 2, 1, w);
        assertThat(w[0]).isCloseTo(StrictMath.sin(0.5), within(1e-15));
        assertThat(w[1]).isZero();
        assertThat(w[2]).isCloseTo(StrictMath.cos(0.5), within(1e-15));
    }

    @Test
    void lerpMixShorterThanTinyKeepsHeading() {
        // theta = pi/2, d = -u: t = 1/2, mix = 0 -> u
        TypeTable tt = table(3, Math.PI / 2, 0, 1);
        double[] w = new double[AgentUpdate.SCRATCH];
        AgentUpdate.update3(true, orientation(-1, 0, 0), 0, 1, 0, 0, tt, 0, 0, 0, 0, 0, w);
        assertThat(w).startsWith(1.0, 0.0, 0.0);
    }

    @Test
    void additiveNoiseSumShorterThanTinyKeepsTurnedHeading() {
        TypeTable tt = table(3, 0.3, 1.0, 1);
        double[] w = new double[AgentUpdate.SCRATCH];
        // no neighbours: u' = u = e_y; noise xi = -e_y cancels it exactly
        AgentUpdate.update3(true, new long[PairKernel.SUMS], 0, 0, 1, 0, tt, 0, 0, -1, 0, 0, w);
        assertThat(w).startsWith(0.0, 1.0, 0.0);
        TypeTable t2 = table(2, 0.3, 1.0, 1);
        AgentUpdate.update2(true, new long[PairKernel.SUMS], 0, 0, 1, t2, 0, 0, -1, w);
        assertThat(w).startsWith(0.0, 1.0);
    }

    @Test
    void coincidentPairIsIgnoredAndZeroVelocityHeadsAlongX() {
        // agents 0 and 1 coincide; 0 has |v| = 0. Neither sees the other in any zone: 0 keeps e_x, 1 keeps its
        // heading; agent 2 is far away.
        CouzinConfig cfg = CouzinConfig.of(3, CouzinRules.COUZIN2002, Domain.OPEN, 10, 0.1,
                AgentType.of(2, 1, 2, 3, 0.3, 0, 0, 1), 3);
        SwarmState s = SwarmState.of(new double[] {1, 1, 50}, new double[] {1, 1, 0}, new double[] {1, 1, 0},
                new double[] {0, 0, 1}, new double[] {0, 1, 0}, new double[] {0, 0, 0});
        CouzinSimulation sim = CouzinSimulation.create(cfg, s, 1);
        sim.step();
        SwarmState t = sim.state();
        assertThat(new double[] {t.vx()[0], t.vy()[0], t.vz()[0]}).containsExactly(2, 0, 0);
        assertThat(new double[] {t.vx()[1], t.vy()[1], t.vz()[1]}).containsExactly(0, 2, 0);
        assertThat(t.x()[0]).isEqualTo(1.2);
        assertThat(t.y()[1]).isEqualTo(1.2);
    }

    @Test
    void noiseIsDrawnOnlyWhereNeededAndInformedAgentsFollowTheirDirection() {
        // two types: informed (omega large) with preferred +y; uninformed; no neighbours; no noise
        double[] g = AgentType.direction(3, 90, 0);
        AgentType informed = new AgentType(1, 0.1, 0.2, 0.3, Math.PI, 0, 0, 1, 1e6, g);
        AgentType plain = AgentType.of(1, 0.1, 0.2, 0.3, Math.PI, 0, 0, 1);
        CouzinConfig cfg = new CouzinConfig(3, CouzinRules.COUZIN2002, Domain.OPEN, 10, 0.1,
                new AgentType[] {informed, plain}, new int[] {1, 1}, true, NeighbourSearch.AUTO, false);
        SwarmState s = SwarmState.of(new double[] {0, 5}, new double[] {0, 5}, new double[] {0, 5},
                new double[] {1, 1}, new double[] {0, 0}, new double[] {0, 0});
        CouzinSimulation sim = CouzinSimulation.create(cfg, s, 1);
        sim.step();
        assertThat(sim.state().vy()[0]).isCloseTo(1, within(1e-6));
        assertThat(sim.state().vx()[1]).isEqualTo(1.0);
    }

    @Test
    void freeRotationalDiffusionMatchesExpMinusNSigmaSquaredOverTwo() {
        for (int dim : new int[] {3, 2}) {
            double sigma = 0.15;
            int side = dim == 3 ? 14 : 50;
            int n = dim == 3 ? side * side * side : side * side;
            double ra = 1;
            CouzinConfig cfg = new CouzinConfig(dim, CouzinRules.COUZIN2002, Domain.OPEN, 10 * ra * side, 0.1,
                    new AgentType[] {AgentType.of(0.1, 0.5, 0.7, ra, Math.PI, sigma, 30, 1)}, new int[] {n}, true,
                    NeighbourSearch.CELLS, false);
            double[] x = new double[n];
            double[] y = new double[n];
            double[] z = dim == 3 ? new double[n] : null;
            double[] vx = new double[n];
            double[] vy = new double[n];
            double[] vz = dim == 3 ? new double[n] : null;
            SplittableRandom r = new SplittableRandom(99);
            for (int i = 0; i < n; i++) {
                x[i] = 10 * ra * (i % side);
                y[i] = 10 * ra * ((i / side) % side);
                if (z != null) {
                    z[i] = 10 * ra * (i / (side * side));
                }
                double a = r.nextGaussian();
                double b = r.nextGaussian();
                double c = dim == 3 ? r.nextGaussian() : 0;
                double m = Math.sqrt(a * a + b * b + c * c);
                vx[i] = 0.1 * a / m;
                vy[i] = 0.1 * b / m;
                if (vz != null) {
                    vz[i] = 0.1 * c / m;
                }
            }
            CouzinSimulation sim = CouzinSimulation.create(cfg, SwarmState.of(x, y, z, vx, vy, vz), 5);
            int done = 0;
            for (int target : new int[] {10, 100}) {
                sim.advance(target - done);
                done = target;
                SwarmState s = sim.state();
                double sum = 0;
                double sum2 = 0;
                for (int i = 0; i < n; i++) {
                    double d = (vx[i] * s.vx()[i] + vy[i] * s.vy()[i] + (dim == 3 ? vz[i] * s.vz()[i] : 0)) / 0.01;
                    sum += d;
                    sum2 += d * d;
                }
                double mean = sum / n;
                double se = Math.sqrt((sum2 / n - mean * mean) / (n - 1));
                double want = Math.exp(-target * sigma * sigma / 2);
                assertThat(mean).as("%d-D, n = %d (SE %s)", dim, target, se).isCloseTo(want, within(5 * se));
            }
        }
    }
}
