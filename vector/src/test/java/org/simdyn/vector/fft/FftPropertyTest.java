package org.simdyn.vector.fft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simdyn.vector.fft.FftTestSupport.EPS;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.numbers.core.DD;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Algebraic laws on 100 seeded random fast shapes of rank 1-3 with {@code N <= 4096}: linearity, Parseval,
 * shift theorem (a circular shift along every axis is a phase ramp), Hermitian symmetry of the transform of
 * real input (and r2c equal to its half), round trip. Tolerances in units of {@code eps L max|X|}.
 */
class FftPropertyTest {

    static Stream<Arguments> cases() {
        SplittableRandom rng = new SplittableRandom(20261203L);
        List<Integer> fast = FftTestSupport.fastSizes(4096);
        List<Arguments> list = new ArrayList<>();
        while (list.size() < 100) {
            int rank = 1 + rng.nextInt(3);
            int[] shape = new int[rank];
            int n = 1;
            for (int a = 0; a < rank; a++) {
                int limit = 4096 / n;
                List<Integer> fit = fast.stream().filter(v -> v <= Math.min(limit, rank == 1 ? 4096 : 64)).toList();
                shape[a] = fit.get(rng.nextInt(fit.size()));
                n *= shape[a];
            }
            list.add(Arguments.of(list.size(), shape, rng.nextLong()));
        }
        return list.stream();
    }

    private static double maxAbs(double[] re, double[] im) {
        double m = 0;
        for (int i = 0; i < re.length; i++) {
            m = Math.max(m, Math.hypot(re[i], im[i]));
        }
        return m;
    }

    @ParameterizedTest(name = "{index}: case {0} shape {1}")
    @MethodSource("cases")
    void laws(int index, int[] shape, long seed) {
        int n = FftTestSupport.size(shape);
        SplittableRandom rng = new SplittableRandom(seed);
        double tol = EPS * FftTestSupport.levels(n);
        ComplexFft plan = Fft.complex(shape);
        double[] xr = FftTestSupport.uniform(rng, n);
        double[] xi = FftTestSupport.uniform(rng, n);
        double[] yr = FftTestSupport.uniform(rng, n);
        double[] yi = FftTestSupport.uniform(rng, n);
        double[] fxr = new double[n];
        double[] fxi = new double[n];
        double[] fyr = new double[n];
        double[] fyi = new double[n];
        plan.forward(xr, xi, fxr, fxi);
        plan.forward(yr, yi, fyr, fyi);
        double scale = Math.max(maxAbs(fxr, fxi), maxAbs(fyr, fyi));

        // linearity: F(a x + b y) = a F(x) + b F(y)
        double a = rng.nextDouble(-2, 2);
        double b = rng.nextDouble(-2, 2);
        double[] zr = new double[n];
        double[] zi = new double[n];
        for (int i = 0; i < n; i++) {
            zr[i] = a * xr[i] + b * yr[i];
            zi[i] = a * xi[i] + b * yi[i];
        }
        plan.forward(zr, zi);
        for (int i = 0; i < n; i++) {
            assertThat(Math.hypot(zr[i] - (a * fxr[i] + b * fyr[i]), zi[i] - (a * fxi[i] + b * fyi[i])))
                    .as("linearity at %d", i).isLessThanOrEqualTo(8 * tol * scale * (Math.abs(a) + Math.abs(b)));
        }

        // Parseval
        DD ddx = DD.ZERO;
        DD ddf = DD.ZERO;
        for (int i = 0; i < n; i++) {
            ddx = ddx.add(DD.ofSquare(xr[i])).add(DD.ofSquare(xi[i]));
            ddf = ddf.add(DD.ofSquare(fxr[i])).add(DD.ofSquare(fxi[i]));
        }
        double sx = ddx.doubleValue();
        assertThat(Math.abs(ddf.divide(DD.of(n)).doubleValue() - sx)).as("Parseval").isLessThanOrEqualTo(4 * tol * sx);

        // shift theorem: x'[j] = x[j - s] (circular, every axis) => X'[k] = X[k] exp(-2 pi i sum k_a s_a / n_a)
        int[] shift = new int[shape.length];
        for (int ax = 0; ax < shape.length; ax++) {
            shift[ax] = rng.nextInt(shape[ax]);
        }
        double[] sr = new double[n];
        double[] si = new double[n];
        int[] idx = new int[shape.length];
        for (int i = 0; i < n; i++) {
            int src = 0;
            for (int ax = 0; ax < shape.length; ax++) {
                src = src * shape[ax] + Math.floorMod(idx[ax] - shift[ax], shape[ax]);
            }
            sr[i] = xr[src];
            si[i] = xi[src];
            increment(idx, shape);
        }
        plan.forward(sr, si);
        for (int i = 0; i < n; i++) {
            double phase = 0;
            for (int ax = 0; ax < shape.length; ax++) {
                phase += (double) ((long) idx[ax] * shift[ax] % shape[ax]) / shape[ax];
            }
            double c = StrictMath.cos(2 * Math.PI * phase);
            double s = -StrictMath.sin(2 * Math.PI * phase);
            double er = fxr[i] * c - fxi[i] * s;
            double ei = fxr[i] * s + fxi[i] * c;
            assertThat(Math.hypot(sr[i] - er, si[i] - ei)).as("shift at %d", i).isLessThanOrEqualTo(8 * tol * scale);
            increment(idx, shape);
        }

        // Hermitian symmetry of the transform of real input, and r2c = its half spectrum
        double[] zero = new double[n];
        double[] hr = new double[n];
        double[] hi = new double[n];
        plan.forward(xr, zero, hr, hi);
        double hscale = maxAbs(hr, hi);
        for (int i = 0; i < n; i++) {
            int mirror = 0;
            for (int ax = 0; ax < shape.length; ax++) {
                mirror = mirror * shape[ax] + Math.floorMod(-idx[ax], shape[ax]);
            }
            assertThat(Math.hypot(hr[i] - hr[mirror], hi[i] + hi[mirror])).as("Hermitian at %d", i)
                    .isLessThanOrEqualTo(4 * tol * hscale);
            increment(idx, shape);
        }
        RealFft real = Fft.real(shape);
        double[] rr = new double[real.spectrumSize()];
        double[] ri = new double[real.spectrumSize()];
        real.forward(xr, rr, ri);
        double[][] half = FftTestSupport.half(shape, hr, hi);
        for (int i = 0; i < rr.length; i++) {
            assertThat(Math.hypot(rr[i] - half[0][i], ri[i] - half[1][i])).as("r2c at %d", i)
                    .isLessThanOrEqualTo(4 * tol * hscale);
        }

        // round trips
        double[] br = new double[n];
        double[] bi = new double[n];
        plan.inverse(fxr, fxi, br, bi);
        assertThat(FftTestSupport.relMax(br, bi, xr, xi, n)).as("c2c round trip").isLessThanOrEqualTo(2 * tol);
        double[] back = new double[n];
        real.inverse(rr, ri, back);
        assertThat(FftTestSupport.relMax(back, zero, xr, zero, n)).as("r2c round trip").isLessThanOrEqualTo(2 * tol);
    }

    private static void increment(int[] idx, int[] shape) {
        for (int ax = shape.length - 1; ax >= 0; ax--) {
            if (++idx[ax] < shape[ax]) {
                return;
            }
            idx[ax] = 0;
        }
    }
}
