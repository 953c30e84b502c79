package org.simdyn.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;

/** Linear Klein-Gordon: expo is exact per mode; verlet and verlet4 equal their discrete-exact M(h, omega)^n. */
class LinearKgTest {

    private static final int N = 128;
    private static final double L = 60.0;
    private static final double T = 50.0;
    private static final MathContext MC = new MathContext(40);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private static double[][] gaussian(Grid g) {
        double[] phi = new double[N];
        double[] pi = new double[N];
        InitialConditions.gaussian(g, 1.0, 2.0, new double[] {0.0}, 0.0, phi, pi);
        return new double[][] {phi, pi};
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.02, 0.01, 0.005})
    void expoIsExact(double dt) {
        Grid g = Grid.line(N, L);
        double[][] ic = gaussian(g);
        KleinGordon kg = KleinGordon.create(KgParams.of(g, Potentials.linear(1.0), Method.EXPO, dt), ic[0], ic[1]);
        long steps = Math.round(T / dt);
        kg.advance(steps);
        assertThat(kg.time()).isEqualTo(steps * dt);
        double[] got = new double[N];
        kg.phi(got);
        double[] exact = new double[N];
        InitialConditions.linearExact(g, 1.0, ic[0], ic[1], kg.time(), exact);
        assertThat(maxDiff(got, exact)).isLessThanOrEqualTo(1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VERLET", "VERLET4"})
    void verletEqualsDiscreteExact(String method) {
        for (double dt : new double[] {0.05, 0.02}) {
            Grid g = Grid.line(N, L);
            double[][] ic = gaussian(g);
            Method m = Method.valueOf(method);
            KleinGordon kg = KleinGordon.create(KgParams.of(g, Potentials.linear(1.0), m, dt), ic[0], ic[1]);
            int steps = (int) Math.round(T / dt);
            kg.advance(steps);
            double[] got = new double[N];
            kg.phi(got);
            double[] exact = discreteExact(g, ic[0], ic[1], dt, steps, m);
            assertThat(maxDiff(got, exact)).as("dt %s", dt).isLessThanOrEqualTo(1e-12);
        }
    }

    /** Per mode: M^n (40-digit binary powering), M the product of the Verlet substep maps. */
    private static double[] discreteExact(Grid g, double[] phi0, double[] pi0, double h, int steps, Method m) {
        RealFft fft = Fft.real(N);
        int mm = N / 2 + 1;
        double[] fr = new double[mm];
        double[] fi = new double[mm];
        double[] pr = new double[mm];
        double[] pim = new double[mm];
        fft.forward(phi0, fr, fi);
        fft.forward(pi0, pr, pim);
        double[] ws = m == Method.VERLET ? new double[] {1.0} : new double[] {KleinGordon.W1, KleinGordon.W0,
            KleinGordon.W1};
        for (int k = 0; k < mm; k++) {
            BigDecimal kk = BigDecimal.valueOf(2.0 * Math.PI * k / L);
            BigDecimal w2 = kk.multiply(kk, MC).add(BigDecimal.ONE);
            BigDecimal[] mat = {BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE};
            for (double w : ws) {
                BigDecimal tau = new BigDecimal(w * h);
                BigDecimal t2w2 = tau.multiply(tau, MC).multiply(w2, MC);
                BigDecimal a = BigDecimal.ONE.subtract(t2w2.multiply(HALF, MC), MC);
                BigDecimal c = tau.negate().multiply(w2, MC).multiply(BigDecimal.ONE.subtract(t2w2.multiply(QUARTER,
                        MC), MC), MC);
                mat = mul(new BigDecimal[] {a, tau, c, a}, mat);
            }
            BigDecimal[] mn = {BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE};
            for (int e = steps; e > 0; e >>= 1) {
                if ((e & 1) != 0) {
                    mn = mul(mat, mn);
                }
                mat = mul(mat, mat);
            }
            double m00 = mn[0].doubleValue();
            double m01 = mn[1].doubleValue();
            double r0 = fr[k];
            double i0 = fi[k];
            fr[k] = m00 * r0 + m01 * pr[k];
            fi[k] = m00 * i0 + m01 * pim[k];
        }
        double[] out = new double[N];
        fft.inverse(fr, fi, out);
        return out;
    }

    private static BigDecimal[] mul(BigDecimal[] a, BigDecimal[] b) {
        return new BigDecimal[] {a[0].multiply(b[0], MC).add(a[1].multiply(b[2], MC), MC),
            a[0].multiply(b[1], MC).add(a[1].multiply(b[3], MC), MC),
            a[2].multiply(b[0], MC).add(a[3].multiply(b[2], MC), MC),
            a[2].multiply(b[1], MC).add(a[3].multiply(b[3], MC), MC)};
    }

    static double maxDiff(double[] a, double[] b) {
        double m = 0.0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
