package org.simdyn.vector.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.simdyn.vector.random.Philox4x32;

class Kde1DTest {

    private static double gauss(double z, double h) {
        return StrictMath.exp(-0.5 * z * z) / (h * Math.sqrt(2 * Math.PI));
    }

    @Test
    void oneSampleIsTheGaussianKernel() {
        Kde1D kde = Kde1D.of(new double[] {9, 1.5}, 1, 1, 0.7);
        for (double x = -3; x <= 6; x += 0.37) {
            double expected = gauss((x - 1.5) / 0.7, 0.7);
            assertThat(kde.density(x)).isCloseTo(expected, within(2e-16 * Math.max(1, expected)));
        }
        assertThat(kde.size()).isEqualTo(1);
        assertThat(kde.bandwidth()).isEqualTo(0.7);
    }

    @Test
    void termsBeyondEightBandwidthsAreSkipped() {
        Kde1D kde = Kde1D.of(new double[] {0}, 0, 1, 1);
        assertThat(kde.density(8)).isEqualTo(gauss(8, 1));
        assertThat(kde.density(Math.nextUp(8.0))).isZero();
        assertThat(kde.density(-Math.nextUp(8.0))).isZero();
        assertThat(kde.density(Double.NaN)).isNaN();
    }

    @Test
    void integratesToOneAndIgnoresSampleOrder() {
        double[] x = {0.3, -1.2, 2.5, 0.31, 7};
        double[] y = {7, 0.31, 2.5, -1.2, 0.3};
        Kde1D a = Kde1D.of(x, 0, 5, 0.4);
        Kde1D b = Kde1D.of(y, 0, 5, 0.4);
        int m = 20001;
        double[] grid = new double[m];
        double[] fa = new double[m];
        double[] fb = new double[m];
        for (int k = 0; k < m; k++) {
            grid[k] = -6 + 19.0 * k / (m - 1);
        }
        a.evaluate(grid, 0, m, fa, 0);
        b.evaluate(grid, 0, m, fb, 0);
        double area = 0;
        for (int k = 1; k < m; k++) {
            area += 0.5 * (fa[k] + fa[k - 1]) * (grid[k] - grid[k - 1]);
            assertThat(Double.doubleToRawLongBits(fa[k])).isEqualTo(Double.doubleToRawLongBits(fb[k]));
        }
        // trapezoid error of a Gaussian sum on a step of 9.5e-4 is far below 1e-9; the cut-off removes < 1e-14
        assertThat(area).isCloseTo(1, within(1e-9));
    }

    /**
     * KDE of n = 4000 standard normals at fixed h: E f(x) = phi_{1 + h^2}(x) exactly, and
     * Var f(x) = (E[K_h^2] - (E K_h)^2) / n with E[K_h(x - X)^2] = phi_{1 + h^2/2}(x) / (2 h sqrt(pi)).
     */
    @Test
    void normalSampleMatchesTheExactExpectationWithinFiveStandardErrors() {
        int n = 4000;
        double h = 0.3;
        Philox4x32 rng = Philox4x32.of(20261203L);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = rng.normal(i, 7, 0, 0);
        }
        Kde1D kde = Kde1D.of(z, 0, n, h);
        for (double x : new double[] {-2, -0.5, 0, 1, 2.5}) {
            double mean = normalPdf(x, 1 + h * h);
            double second = normalPdf(x, 1 + h * h / 2) / (2 * h * Math.sqrt(Math.PI));
            double se = Math.sqrt((second - mean * mean) / n);
            assertThat(kde.density(x)).as("x = %s", x).isCloseTo(mean, within(5 * se));
        }
    }

    private static double normalPdf(double x, double variance) {
        return Math.exp(-x * x / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
    }

    @Test
    void bandwidthRulesFollowTheirFormulas() {
        double[] x = {-1, 4, 2, 5, 3, 1};
        // mean 2.5 of {1..5} at offset 1, s^2 = 10/4
        double s = Math.sqrt(2.5);
        double f = Math.pow(5, -0.2);
        assertThat(Bandwidth.scott(x, 1, 5)).isCloseTo(s * f, within(1e-15));
        assertThat(Bandwidth.silverman(x, 1, 5)).isCloseTo(1.06 * s * f, within(1e-15));
        // quartiles 2 and 4 (linear interpolation): IQR / 1.34 = 1.4925... < s
        assertThat(Bandwidth.silvermanRobust(x, 1, 5)).isCloseTo(0.9 * (2 / 1.34) * f, within(1e-15));
        // a sample whose IQR vanishes falls back to s
        double[] flat = {0, 0, 0, 0, 0, 10};
        double sFlat = Math.sqrt((5 * (10.0 / 6) * (10.0 / 6) + (50.0 / 6) * (50.0 / 6)) / 5);
        assertThat(Bandwidth.silvermanRobust(flat, 0, 6)).isCloseTo(0.9 * sFlat * Math.pow(6, -0.2),
                within(1e-14));
    }

    @Test
    void quantilesInterpolateLikeNumpy() {
        double[] sorted = new SplittableRandom(5).doubles(11, 0, 1).sorted().toArray();
        assertThat(Bandwidth.quantile(sorted, 0.25)).isCloseTo(sorted[2] + 0.5 * (sorted[3] - sorted[2]),
                within(1e-16));
        assertThat(Bandwidth.quantile(sorted, 1)).isEqualTo(sorted[10]);
        assertThat(Bandwidth.quantile(sorted, 0)).isEqualTo(sorted[0]);
    }

    @Test
    void badInputNamesTheParameter() {
        double[] x = {1, 2, Double.NaN};
        assertThatThrownBy(() -> Kde1D.of(x, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("len = 0 is out of range: a density needs >= 1 value");
        assertThatThrownBy(() -> Kde1D.of(x, 0, 3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x[2] = NaN is out of range: must be finite");
        assertThatThrownBy(() -> Kde1D.of(x, 0, 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bandwidth = 0.0 is out of range: must be finite and > 0");
        assertThatThrownBy(() -> Kde1D.of(x, 0, 2, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bandwidth = Infinity");
        assertThatThrownBy(() -> Kde1D.of(null, 0, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x is null: must be a non-null array");
        assertThatThrownBy(() -> Kde1D.of(x, 2, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("off + len = 4 exceeds x.length = 3");
        assertThatThrownBy(() -> Bandwidth.scott(x, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("len = 1 is out of range: a bandwidth needs >= 2 values");
        Kde1D kde = Kde1D.of(x, 0, 2, 1);
        assertThatThrownBy(() -> kde.evaluate(x, 0, 3, new double[2], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("outOff + len = 3 exceeds out.length = 2");
    }
}
