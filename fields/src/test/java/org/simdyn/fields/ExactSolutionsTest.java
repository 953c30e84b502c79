package org.simdyn.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Kinks, breathers and the sine-Gordon kink-antikink against their exact solutions (kg.md section 11). */
class ExactSolutionsTest {

    private static double log2(double r) {
        return Math.log(r) / Math.log(2.0);
    }

    /** Max error of the breather (omega 0.5, L 80, N 256) at T = 50. */
    private static double breatherError(Method m, double dt) {
        Grid g = Grid.line(256, 80.0);
        double[] phi = new double[256];
        double[] pi = new double[256];
        InitialConditions.breather(g, 0.5, 0.0, 0.0, 0.0, 0.0, phi, pi);
        KleinGordon kg = KleinGordon.create(KgParams.of(g, Potentials.sineGordon(), m, dt), phi, pi);
        kg.advance(Math.round(50.0 / dt));
        double[] got = new double[256];
        kg.phi(got);
        InitialConditions.breather(g, 0.5, 0.0, 0.0, 0.0, kg.time(), phi, pi);
        return LinearKgTest.maxDiff(got, phi);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void breatherConvergenceOrder(Method m) {
        double e1 = breatherError(m, 0.02);
        double e2 = breatherError(m, 0.01);
        double order = log2(e1 / e2);
        if (m.order() == 2) {
            assertThat(order).as("%s errors %s %s", m, e1, e2).isBetween(1.9, 2.1);
        } else {
            assertThat(order).as("%s errors %s %s", m, e1, e2).isBetween(3.8, 4.2);
        }
    }

    @Test
    void staticPhi4Kink() {
        Grid g = Grid.line(512, 100.0, Boundary.ANTIPERIODIC);
        Potential p = Potentials.phi4(1.0, 1.0);
        double[] phi = new double[512];
        double[] pi = new double[512];
        InitialConditions.kink(g, p, 1, 0.0, 0.0, 0.0, phi, pi);
        KleinGordon v = KleinGordon.create(KgParams.of(g, p, Method.VERLET, 0.05), phi, pi);
        double e0 = v.energy();
        assertThat(Math.abs(e0 - 2.0 * Math.sqrt(2.0) / 3.0) / e0).isLessThanOrEqualTo(1e-12);
        v.advance(2000);
        double[] got = new double[512];
        v.phi(got);
        assertThat(LinearKgTest.maxDiff(got, phi)).isLessThanOrEqualTo(1e-10);
        assertThat(v.kinks().x()).hasSize(1);
        assertThat(v.kinks().charge()).isEqualTo(1);
        assertThat(Math.abs(v.kinks().x()[0])).isLessThan(1e-9);
        double[] change = new double[2];
        for (int i = 0; i < 2; i++) {
            double dt = i == 0 ? 0.1 : 0.05;
            KleinGordon e = KleinGordon.create(KgParams.of(g, p, Method.EXPO, dt), phi, pi);
            e.advance(Math.round(100.0 / dt));
            e.phi(got);
            change[i] = LinearKgTest.maxDiff(got, phi);
        }
        assertThat(change[0] / change[1]).as("expo changes %s %s", change[0], change[1]).isBetween(3.5, 4.5);
    }

    @Test
    void movingKinkOrder4() {
        Grid g = Grid.line(512, 100.0, Boundary.ANTIPERIODIC);
        Potential p = Potentials.phi4(1.0, 1.0);
        double[] err = new double[2];
        for (int i = 0; i < 2; i++) {
            double dt = i == 0 ? 0.1 : 0.05;
            double[] phi = new double[512];
            double[] pi = new double[512];
            InitialConditions.kink(g, p, 1, 0.0, 0.5, 0.0, phi, pi);
            KleinGordon kg = KleinGordon.create(KgParams.of(g, p, Method.EXPO4, dt), phi, pi);
            kg.advance(Math.round(50.0 / dt));
            double[] got = new double[512];
            kg.phi(got);
            InitialConditions.kink(g, p, 1, 0.0, 0.5, kg.time(), phi, pi);
            err[i] = LinearKgTest.maxDiff(got, phi);
        }
        assertThat(log2(err[0] / err[1])).as("errors %s %s", err[0], err[1]).isBetween(3.8, 4.2);
    }

    @Test
    void sineGordonKinkAntikink() {
        Grid g = Grid.line(512, 80.0);
        double[] err = new double[2];
        for (int i = 0; i < 2; i++) {
            double dt = i == 0 ? 0.02 : 0.01;
            double[] phi = new double[512];
            double[] pi = new double[512];
            InitialConditions.sgKinkAntikink(g, 0.4, 0.0, -20.0, 0.0, phi, pi);
            KleinGordon kg = KleinGordon.create(KgParams.of(g, Potentials.sineGordon(), Method.EXPO4, dt), phi, pi);
            kg.advance(Math.round(40.0 / dt));
            double[] got = new double[512];
            kg.phi(got);
            InitialConditions.sgKinkAntikink(g, 0.4, 0.0, -20.0, kg.time(), phi, pi);
            err[i] = LinearKgTest.maxDiff(got, phi);
        }
        assertThat(err[0]).isLessThanOrEqualTo(1e-5);
        assertThat(log2(err[0] / err[1])).as("errors %s %s", err[0], err[1]).isBetween(3.8, 4.2);
    }

    @Test
    void sineGordonKinkWithWinding() {
        Grid g = Grid.line(256, 60.0, Boundary.winding(1));
        Potential p = Potentials.sineGordon();
        double[] phi = new double[256];
        double[] pi = new double[256];
        InitialConditions.kink(g, p, 1, 0.0, 0.3, 0.0, phi, pi);
        KleinGordon kg = KleinGordon.create(KgParams.of(g, p, Method.EXPO4, 0.02), phi, pi);
        double e0 = kg.energy();
        double p0 = kg.momentum()[0];
        assertThat(p0).isCloseTo(8.0 * 0.3 / Math.sqrt(1.0 - 0.09), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(e0).isCloseTo(8.0 / Math.sqrt(1.0 - 0.09), org.assertj.core.data.Offset.offset(1e-9));
        kg.advance(500);
        double[] got = new double[256];
        kg.phi(got);
        InitialConditions.kink(g, p, 1, 0.0, 0.3, kg.time(), phi, pi);
        assertThat(LinearKgTest.maxDiff(got, phi)).isLessThan(1e-6);
        assertThat(kg.kinks().charge()).isEqualTo(1);
        // linear interpolation of the crossing: within dx^2 of the true centre, and the same as on the exact field
        assertThat(kg.kinks().x()[0]).isCloseTo(0.3 * kg.time(), org.assertj.core.data.Offset.offset(1e-3));
        KleinGordon exact = KleinGordon.create(KgParams.of(g, p, Method.EXPO4, 0.02), phi, pi);
        assertThat(kg.kinks().x()[0]).isCloseTo(exact.kinks().x()[0], org.assertj.core.data.Offset.offset(1e-6));
        // with winding the split parts are not separately translation invariant (mu^2 psi^2 / 2 is not invariant
        // under psi -> psi + const), so P drifts at the method's order: about 2e-8 here
        assertThat(kg.momentum()[0]).isCloseTo(p0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
