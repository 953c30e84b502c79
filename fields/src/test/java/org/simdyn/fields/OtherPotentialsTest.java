package org.simdyn.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Physics of the double sine-Gordon and phi^6 potentials (kg.md sections 1, 4 and 11): small oscillations about a
 * vacuum are linear Klein-Gordon waves of mass^2 = V''(vacuum), and the phi^6 kink has energy sqrt(lambda) v^4 / 4.
 */
class OtherPotentialsTest {

    /**
     * A small double sine-Gordon pulse (A = 1e-4) is a linear KG wave of m^2 = V''(0) = 1 + 4 eta up to the cubic
     * term of V', (1 + 16 eta) A^3 / 6 per unit time.
     */
    @ParameterizedTest
    @ValueSource(doubles = {-0.2, 0.5, 2.0})
    void smallDoubleSineGordonPulseIsLinearWithMassFromTheCurvature(double eta) {
        Grid g = Grid.line(128, 60.0);
        double[] phi = new double[128];
        double[] pi = new double[128];
        InitialConditions.gaussian(g, 1e-4, 2.0, new double[] {0.0}, 0.0, phi, pi);
        Potential p = Potentials.doubleSineGordon(eta);
        assertThat(p.linearMassSquared()).isEqualTo(1 + 4 * eta);
        KleinGordon kg = KleinGordon.create(KgParams.of(g, p, Method.EXPO, 0.01), phi, pi);
        kg.advance(1000);
        double[] exact = new double[128];
        InitialConditions.linearExact(g, Math.sqrt(1 + 4 * eta), phi, pi, kg.time(), exact);
        double[] now = new double[128];
        kg.phi(now);
        double err = 0;
        for (int j = 0; j < 128; j++) {
            err = Math.max(err, Math.abs(now[j] - exact[j]));
        }
        assertThat(err).isLessThan(1e-10).isGreaterThan(0.0);
    }

    /** Small oscillations about the phi^6 vacuum v: m^2 = V''(v) = 4 lambda v^4 (and the exact linear mass 0). */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 2.0})
    void smallPhi6OscillationAboutTheVacuumHasMassFromTheCurvature(double lambda) {
        double v = 1.2;
        Grid g = Grid.line(128, 60.0);
        double[] pulse = new double[128];
        double[] pi = new double[128];
        InitialConditions.gaussian(g, 1e-5, 2.0, new double[] {0.0}, 0.0, pulse, pi);
        double[] phi = new double[128];
        for (int j = 0; j < 128; j++) {
            phi[j] = v + pulse[j];
        }
        Potential p = Potentials.phi6(lambda, v);
        assertThat(p.second(v)).isCloseTo(4 * lambda * Math.pow(v, 4), within(1e-12));
        KleinGordon kg = KleinGordon.create(KgParams.of(g, p, Method.EXPO4, 0.01), phi, pi);
        kg.advance(500);
        double[] exact = new double[128];
        InitialConditions.linearExact(g, Math.sqrt(4 * lambda * Math.pow(v, 4)), pulse, pi, kg.time(), exact);
        double[] now = new double[128];
        kg.phi(now);
        double err = 0;
        for (int j = 0; j < 128; j++) {
            err = Math.max(err, Math.abs(now[j] - v - exact[j]));
        }
        // order-4 splitting error of the linear part (mu^2 = 0) plus the cubic term: both far below the pulse 1e-5
        assertThat(err).isLessThan(1e-9);
    }

    /**
     * A phi^6 kink-antikink pair at rest, far apart: energy 2 sqrt(lambda) v^4 / 4, conserved by expo; one kink and
     * one antikink crossing the barrier v / sqrt 3.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 2.0})
    void phi6PairEnergyAndKinks(double lambda) {
        double v = 1.1;
        Grid g = Grid.line(1024, 200.0);
        double[] phi = new double[1024];
        double[] pi = new double[1024];
        Potential p = Potentials.phi6(lambda, v);
        InitialConditions.kinkAntikink(g, p, 0.0, 80.0, 0.0, phi, pi);
        KleinGordon kg = KleinGordon.create(KgParams.of(g, p, Method.EXPO, 0.01), phi, pi);
        double e0 = kg.energy();
        assertThat(e0).isCloseTo(2 * Math.sqrt(lambda) * Math.pow(v, 4) / 4, within(1e-9));
        KinkSet k = kg.kinks();
        assertThat(k.kinks()).isEqualTo(1);
        assertThat(k.antikinks()).isEqualTo(1);
        assertThat(k.x()[0]).isCloseTo(-40.0, within(0.5));
        kg.advance(500);
        assertThat(Math.abs(kg.energy() - e0) / e0).isLessThan(1e-6);
    }
}
