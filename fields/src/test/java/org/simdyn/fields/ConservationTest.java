package org.simdyn.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Energy behaviour: no drift, resonance warning and filter, sponge, reversible step control. */
class ConservationTest {

    private static KleinGordon breather(Method m, double dt, Grid g) {
        double[] phi = new double[g.size()];
        double[] pi = new double[g.size()];
        InitialConditions.breather(g, 0.5, 0.0, 0.0, 0.0, 0.0, phi, pi);
        return KleinGordon.create(KgParams.of(g, Potentials.sineGordon(), m, dt), phi, pi);
    }

    @ParameterizedTest
    @CsvSource({"EXPO4, 0.1", "VERLET, 0.05"})
    void noEnergyDrift(Method m, double dt) {
        Grid g = Grid.line(256, 80.0);
        KleinGordon kg = breather(m, dt, g);
        double e0 = kg.energy();
        assertThat(e0).isCloseTo(16.0 * Math.sqrt(0.75), org.assertj.core.data.Offset.offset(1e-9));
        int perUnit = (int) Math.round(1.0 / dt);
        double first = 0.0;
        double last = 0.0;
        for (int t = 1; t <= 1000; t++) {
            kg.advance(perUnit);
            double d = Math.abs(kg.energy() - e0) / e0;
            if (t <= 100) {
                first = Math.max(first, d);
            } else if (t > 900) {
                last = Math.max(last, d);
            }
        }
        assertThat(last).as("first %s last %s", first, last).isLessThanOrEqualTo(1.05 * first);
    }

    @Test
    void resonanceWarningAndSincFilter() {
        Grid g = Grid.line(512, 100.0);
        Potential p = Potentials.phi4(1.0, 1.0);
        double[] phi = new double[512];
        double[] pi = new double[512];
        InitialConditions.kink(g, p, 1, 0.0, 0.0, 0.0, phi, pi);
        KleinGordon none = KleinGordon.create(KgParams.of(g, p, Method.EXPO, 0.2), phi, pi);
        assertThat(none.warnings()).extracting(KgWarning::code).containsExactly("expo_resonance");
        KleinGordon sinc = KleinGordon.create(KgParams.of(g, p, Method.EXPO, 0.2).withFilter(Filter.SINC), phi, pi);
        assertThat(sinc.warnings()).isEmpty();
        double e0 = sinc.energy();
        double worst = 0.0;
        for (int t = 0; t < 100; t++) {
            sinc.advance(5);
            worst = Math.max(worst, Math.abs(sinc.energy() - e0) / e0);
        }
        assertThat(worst).isLessThanOrEqualTo(2e-2);
    }

    @Test
    void smoothFieldDoesNotWarn() {
        Grid g = Grid.line(4096, 100.0);
        Potential p = Potentials.phi4(1.0, 1.0);
        double[] phi = new double[4096];
        double[] pi = new double[4096];
        InitialConditions.kinkAntikink(g, p, 0.0, 20.0, 0.3, phi, pi);
        KleinGordon kg = KleinGordon.create(KgParams.of(g, p, Method.EXPO, 0.02), phi, pi);
        assertThat(kg.warnings()).isEmpty();
    }

    @Test
    void spongeAbsorbs() {
        Grid g = Grid.line(512, 100.0);
        Potential p = Potentials.linear(0.0);
        double[] phi = new double[512];
        double[] pi = new double[512];
        InitialConditions.gaussian(g, 1.0, 2.0, new double[] {0.0}, 0.0, phi, pi);
        KgParams base = KgParams.of(g, p, Method.EXPO, 0.05);
        KleinGordon free = KleinGordon.create(base, phi, pi);
        KleinGordon sponge = KleinGordon.create(base.withSponge(20.0, 1.0), phi, pi);
        double e0 = free.energy();
        free.advance(2000);
        sponge.advance(2000);
        assertThat(Math.abs(free.energy() - e0) / e0).isLessThanOrEqualTo(1e-12);
        assertThat(sponge.energy() / e0).isLessThanOrEqualTo(5e-3);
    }

    @Test
    void reversibleStepControl() {
        Grid g = Grid.line(256, 80.0);
        KgParams p = KgParams.of(g, Potentials.sineGordon(), Method.VERLET, 0.05)
                .withStepControl(StepControl.reversible(1.0));
        double[] phi0 = new double[256];
        double[] pi0 = new double[256];
        InitialConditions.breather(g, 0.5, 0.0, 0.0, 0.0, 0.0, phi0, pi0);
        KleinGordon kg = KleinGordon.create(p, phi0, pi0);
        double minH = Double.MAX_VALUE;
        double maxH = 0.0;
        for (int i = 0; i < 2000; i++) {
            kg.step();
            minH = Math.min(minH, kg.lastStep());
            maxH = Math.max(maxH, kg.lastStep());
        }
        // M = mean cos^2(phi) is about 1 in this box: s = 2^(-1/2), rho = sqrt 2, level j = 2
        assertThat(minH).isEqualTo(0.05 * StrictMath.pow(2.0, -0.5));
        assertThat(maxH).isEqualTo(minH);
        kg.reverse();
        kg.advance(2000);
        double[] phi = new double[256];
        double[] pi = new double[256];
        kg.phi(phi);
        kg.pi(pi);
        for (int j = 0; j < 256; j++) {
            pi[j] = -pi[j];
        }
        assertThat(LinearKgTest.maxDiff(phi, phi0)).isLessThanOrEqualTo(1e-9);
        assertThat(LinearKgTest.maxDiff(pi, pi0)).isLessThanOrEqualTo(1e-9);
    }

    @Test
    void dampingDecaysEnergy() {
        Grid g = Grid.line(256, 80.0);
        double[] phi = new double[256];
        double[] pi = new double[256];
        InitialConditions.breather(g, 0.5, 0.0, 0.0, 0.0, 0.0, phi, pi);
        for (Method m : new Method[] {Method.EXPO, Method.VERLET}) {
            KleinGordon kg = KleinGordon.create(KgParams.of(g, Potentials.sineGordon(), m, 0.05).withDamping(0.1),
                    phi, pi);
            double e0 = kg.energy();
            double prev = e0;
            for (int i = 0; i < 20; i++) {
                kg.advance(20);
                double e = kg.energy();
                assertThat(e).as("%s", m).isLessThan(prev);
                prev = e;
            }
        }
    }
}
