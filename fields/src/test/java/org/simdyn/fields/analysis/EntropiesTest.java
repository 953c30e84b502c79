package org.simdyn.fields.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grid-invariant entropies of rho = phi^2, phi a Gaussian: p is N(0, sigma^2/2) (kg.md section 11). */
class EntropiesTest {

    private static final double SIGMA = 1.5;

    @ParameterizedTest
    @ValueSource(ints = {128, 1024})
    void gaussianDensity(int n) {
        double l = 40.0;
        double dx = l / n;
        double[] rho = new double[n];
        for (int j = 0; j < n; j++) {
            double x = -0.5 * l + j * dx;
            double phi = Math.exp(-x * x / (2.0 * SIGMA * SIGMA));
            rho[j] = phi * phi;
        }
        Entropies.Values v = Entropies.of(rho, dx);
        double ps2 = Math.PI * SIGMA * SIGMA;
        Offset<Double> tol = Offset.offset(1e-10);
        assertThat(v.shannon()).isCloseTo(0.5 * Math.log(Math.PI * Math.E * SIGMA * SIGMA), tol);
        assertThat(v.renyi05()).isCloseTo(renyi(0.5), tol);
        assertThat(v.renyi2()).isCloseTo(renyi(2.0), tol);
        assertThat(v.renyi10()).isCloseTo(renyi(10.0), tol);
        assertThat(v.tsallis05()).isCloseTo((1.0 - Math.pow(ps2, 0.25) / Math.sqrt(0.5)) / (0.5 - 1.0), tol);
        assertThat(v.tsallis2()).isCloseTo((1.0 - Math.pow(ps2, -0.5) / Math.sqrt(2.0)) / (2.0 - 1.0), tol);
        Entropies.Values d = Entropies.discrete(rho);
        assertThat(d.shannon()).isCloseTo(v.shannon() - Math.log(dx), Offset.offset(1e-12));
    }

    private static double renyi(double a) {
        return 0.5 * Math.log(Math.PI * SIGMA * SIGMA) + Math.log(a) / (2.0 * (a - 1.0));
    }

    @Test
    void zeroDensityIsNaNAndBadInputIsRefused() {
        assertThat(Entropies.of(new double[8], 0.1).shannon()).isNaN();
        assertThatThrownBy(() -> Entropies.of(new double[8], 0.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dv = 0.0");
        assertThatThrownBy(() -> Entropies.of(null, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rho is null");
    }
}
