package org.simdyn.vector.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.internal.PhiloxBulk;
import org.simdyn.vector.internal.PhiloxBulkScalar;

/**
 * Statistics of the stream with fixed seeds and 5-standard-error tolerances (foundation spec section 9), drawn
 * through the bulk path: 2^24 normals (moments, lag-1 correlations), a Kolmogorov-Smirnov test of 2*10^6
 * normals, and 2^22 uniforms.
 *
 * <p>Every twin gives the same bits ({@link Philox4x32BulkTest}), so these statistics hold for all of them. The
 * samples come from the scalar twin: in a test JVM that has also run the Panama twins at other widths, the
 * Vector API's call sites are polymorphic and the Panama twins run orders of magnitude slower (in production
 * only one width ever runs), while the scalar twin's speed does not depend on what ran before.
 */
class Philox4x32StatisticsTest {

    static final Philox4x32 RNG = Philox4x32.of(20240601L);
    static final int PURPOSE = RngPurpose.TOOLS + 0x42;
    static final long STEP = 987_654_321_000L;
    /** 2^22 particles, four normals each: 2^24 normals. */
    static final int PARTICLES = 1 << 22;
    static final int SLAB = 1 << 16;
    static final int KS_SIZE = 2_000_000;
    static final PhiloxBulk SCALAR = new PhiloxBulkScalar();

    /** Running Pearson correlation of pairs (x, y). */
    static final class Correlation {
        double n;
        double sx;
        double sy;
        double sxx;
        double syy;
        double sxy;

        void add(double x, double y) {
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }

        double r() {
            double cov = sxy / n - (sx / n) * (sy / n);
            double vx = sxx / n - (sx / n) * (sx / n);
            double vy = syy / n - (sy / n) * (sy / n);
            return cov / Math.sqrt(vx * vy);
        }

        double bound() {
            return 5.0 / Math.sqrt(n);
        }
    }

    @Test
    void momentsAndLagOneCorrelationsOf2To24Normals() {
        double[][] z = new double[4][SLAB];
        double[][] next = new double[2][SLAB];
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double largest = 0;
        Correlation pair = new Correlation();
        Correlation particles = new Correlation();
        Correlation steps = new Correlation();
        double[] last = new double[4];
        for (int from = 0; from < PARTICLES; from += SLAB) {
            RNG.normals(SCALAR, STEP, PURPOSE, 0, from, SLAB, z[0], z[1], z[2], z[3], 0);
            RNG.normals(SCALAR, STEP + 1, PURPOSE, 0, from, SLAB, next[0], next[1], null, null, 0);
            for (int k = 0; k < 4; k++) {
                double[] a = z[k];
                for (int i = 0; i < SLAB; i++) {
                    double x = a[i];
                    double x2 = x * x;
                    s1 += x;
                    s2 += x2;
                    s3 += x2 * x;
                    s4 += x2 * x2;
                    largest = Math.max(largest, Math.abs(x));
                    if (i > 0 || from > 0) {
                        particles.add(i > 0 ? a[i - 1] : last[k], x);
                    }
                }
                last[k] = a[SLAB - 1];
            }
            for (int i = 0; i < SLAB; i++) {
                pair.add(z[0][i], z[1][i]);
                pair.add(z[2][i], z[3][i]);
                steps.add(z[0][i], next[0][i]);
                steps.add(z[1][i], next[1][i]);
            }
        }
        double n = 4.0 * PARTICLES;
        double mean = s1 / n;
        double m2 = s2 / n - mean * mean;
        double m3 = s3 / n - 3 * mean * s2 / n + 2 * mean * mean * mean;
        double m4 = s4 / n - 4 * mean * s3 / n + 6 * mean * mean * s2 / n - 3 * mean * mean * mean * mean;
        double skewness = m3 / Math.pow(m2, 1.5);
        double excessKurtosis = m4 / (m2 * m2) - 3;
        assertThat(Math.abs(mean)).as("mean %s", mean).isLessThan(5 / Math.sqrt(n));
        assertThat(Math.abs(m2 - 1)).as("variance %s", m2).isLessThan(5 * Math.sqrt(2 / n));
        assertThat(Math.abs(skewness)).as("skewness %s", skewness).isLessThan(5 * Math.sqrt(6 / n));
        assertThat(Math.abs(excessKurtosis)).as("excess kurtosis %s", excessKurtosis)
                .isLessThan(5 * Math.sqrt(24 / n));
        assertThat(Math.abs(pair.r())).as("inside a Box-Muller pair %s", pair.r()).isLessThan(pair.bound());
        assertThat(Math.abs(particles.r())).as("across particles %s", particles.r()).isLessThan(particles.bound());
        assertThat(Math.abs(steps.r())).as("across steps %s", steps.r()).isLessThan(steps.bound());
        // the radius of the smallest uniform, 2^-33, bounds every normal
        assertThat(largest).isLessThan(Math.sqrt(66 * Math.log(2))).isGreaterThan(5.0);
    }

    @Test
    void kolmogorovSmirnovOf2Million() {
        int particles = KS_SIZE / 4;
        double[][] z = new double[4][particles];
        RNG.normals(SCALAR, STEP, PURPOSE + 1, 7, 0, particles, z[0], z[1], z[2], z[3], 0);
        double[] all = new double[KS_SIZE];
        for (int k = 0; k < 4; k++) {
            System.arraycopy(z[k], 0, all, k * particles, particles);
        }
        Arrays.sort(all);
        double d = 0;
        for (int i = 0; i < KS_SIZE; i++) {
            double f = phi(all[i]);
            d = Math.max(d, Math.max((i + 1.0) / KS_SIZE - f, f - (double) i / KS_SIZE));
        }
        // sqrt(-ln(alpha / 2) / (2 N)) = 1.9045e-3 for alpha = 1e-6, rounded down as in the spec
        assertThat(Math.sqrt(-Math.log(0.5e-6) / (2.0 * KS_SIZE))).isBetween(1.9e-3, 1.905e-3);
        assertThat(d).as("KS statistic").isLessThan(1.9e-3);
    }

    /** Standard normal CDF through erfc (Numerical Recipes' erfcc, relative error below 1.2e-7). */
    static double phi(double x) {
        double t = x / Math.sqrt(2);
        double a = Math.abs(t);
        double s = 1 / (1 + 0.5 * a);
        double erfc = s * Math.exp(-a * a - 1.26551223 + s * (1.00002368 + s * (0.37409196 + s * (0.09678418
                + s * (-0.18628806 + s * (0.27886807 + s * (-1.13520398 + s * (1.48851587 + s * (-0.82215223
                + s * 0.17087277)))))))));
        return t >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
    }

    @Test
    void theNormalCdfUsedByTheKsTestIsAccurate() {
        assertThat(phi(0)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-7));
        assertThat(phi(1.96)).isCloseTo(0.9750021048517795, org.assertj.core.api.Assertions.within(1e-7));
        assertThat(phi(-1)).isCloseTo(0.15865525393145707, org.assertj.core.api.Assertions.within(1e-7));
        assertThat(phi(-4)).isCloseTo(3.167124183311992e-5, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void uniformsHaveTheMeanAndVarianceOfU01() {
        int particles = 1 << 20;
        double[][] u = new double[4][particles];
        RNG.uniforms(SCALAR, STEP, PURPOSE + 2, 0, 0, particles, u[0], u[1], u[2], u[3], 0);
        double n = 4.0 * particles;
        double s1 = 0;
        double s2 = 0;
        double min = 1;
        double max = 0;
        for (double[] a : u) {
            for (double x : a) {
                s1 += x;
                s2 += x * x;
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        double mean = s1 / n;
        double variance = s2 / n - mean * mean;
        assertThat(Math.abs(mean - 0.5)).as("mean %s", mean).isLessThan(5 * Math.sqrt(1 / 12.0 / n));
        // Var(x^2 - E x^2 ...) of the sample variance: (mu4 - sigma^4) / n with mu4 = 1/80, sigma^2 = 1/12
        assertThat(Math.abs(variance - 1 / 12.0)).as("variance %s", variance)
                .isLessThan(5 * Math.sqrt((1 / 80.0 - 1 / 144.0) / n));
        assertThat(min).isGreaterThanOrEqualTo(0x1p-33);
        assertThat(max).isLessThanOrEqualTo(1 - 0x1p-33);
    }

    static Stream<Arguments> twins() {
        return Twins.all();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("twins")
    void uniformsOfTheExtremeWordsAreTheBoundsExactly(String name, PhiloxBulk twin) {
        long[] w = new long[19];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i & 1) == 0 ? 0 : 0xFFFFFFFFL;
        }
        double[] u = new double[w.length + 1];
        twin.uniforms(w, w.length, u, 1);
        for (int i = 0; i < w.length; i++) {
            assertThat(u[i + 1]).as("%s word %d", name, w[i]).isEqualTo((i & 1) == 0 ? 0x1p-33 : 1 - 0x1p-33);
        }
        // and their normals: R = sqrt(-2 log(2^-33)) at angle u(0) = 2^-33 (cosine ~ 1), u(2^32 - 1) (tiny R)
        double[] zc = new double[w.length];
        double[] zs = new double[w.length];
        twin.normals(w, w, new double[w.length], w.length, zc, zs, 0);
        double r = Math.sqrt(-2 * org.simdyn.vector.DetMath.log(0x1p-33));
        assertThat(zc[0]).isCloseTo(r, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Math.abs(zc[1])).isLessThan(1e-4);
    }
}
