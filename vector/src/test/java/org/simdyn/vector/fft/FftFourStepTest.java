package org.simdyn.vector.fft;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.simdyn.vector.internal.fft.FftKernels;
import org.simdyn.vector.internal.fft.JavaComplexFft;
import org.simdyn.vector.internal.fft.JavaRealFft;
import org.simdyn.vector.internal.fft.PanamaFftKernels;
import org.simdyn.vector.internal.fft.ScalarFftKernels;

/**
 * The four-step split of large 1-D transforms (n >= 2^20): bit-identical for the scalar twin, every Panama width
 * and every thread count (its column and row blocks are split over threads), complex and real (whose complex
 * half-length transform is four-step at n = 2^21). Accuracy (round trip, Parseval) is in {@link FftAccuracyTest}.
 */
class FftFourStepTest {

    private static void assertBits(double[] actual, double[] expected, String what) {
        for (int i = 0; i < actual.length; i++) {
            if (Double.doubleToRawLongBits(actual[i]) != Double.doubleToRawLongBits(expected[i])) {
                throw new AssertionError(what + ", element " + i + ": " + actual[i] + " != " + expected[i]);
            }
        }
    }

    /** Forward and inverse (out of place) of one complex plan. */
    private static List<double[]> complex(int n, FftKernels k, int threads, double[] re, double[] im) {
        JavaComplexFft plan = new JavaComplexFft(new int[] {n}, k, threads);
        double[] fr = new double[n];
        double[] fi = new double[n];
        plan.forward(re, im, fr, fi);
        double[] br = new double[n];
        double[] bi = new double[n];
        plan.inverse(fr, fi, br, bi);
        return List.of(fr, fi, br, bi);
    }

    private static void complexCase(int n, FftKernels k, int threads, List<double[]> expected, double[] re,
                                    double[] im) {
        List<double[]> got = complex(n, k, threads, re, im);
        for (int i = 0; i < got.size(); i++) {
            assertBits(got.get(i), expected.get(i), "n = " + n + ", " + k.name() + ", threads " + threads
                    + ", output " + i);
        }
    }

    @Test
    void complexPowerOfTwoIsTheSameForEveryTwinAndThreadCount() {
        int n = 1 << 20;
        SplittableRandom rng = new SplittableRandom(0x4F75L);
        double[] re = FftTestSupport.uniform(rng, n);
        double[] im = FftTestSupport.uniform(rng, n);
        List<double[]> expected = complex(n, new ScalarFftKernels(), 1, re, im);
        for (int bits : new int[] {128, 256, 512}) {
            complexCase(n, new PanamaFftKernels(bits), 1, expected, re, im);
        }
        complexCase(n, new ScalarFftKernels(), 3, expected, re, im);
        complexCase(n, new PanamaFftKernels(512), 2, expected, re, im);
        complexCase(n, new PanamaFftKernels(256), 4, expected, re, im);
    }

    @Test
    void complexMixedRadixIsTheSameForEveryTwinAndThreadCount() {
        int n = 3 << 19;
        SplittableRandom rng = new SplittableRandom(0x3A19L);
        double[] re = FftTestSupport.uniform(rng, n);
        double[] im = FftTestSupport.uniform(rng, n);
        List<double[]> expected = complex(n, new ScalarFftKernels(), 1, re, im);
        complexCase(n, new PanamaFftKernels(512), 1, expected, re, im);
        complexCase(n, new PanamaFftKernels(128), 3, expected, re, im);
    }

    @Test
    void realIsTheSameForEveryTwinAndThreadCount() {
        int n = 1 << 21;
        double[] x = FftTestSupport.uniform(new SplittableRandom(0x2E21L), n);
        List<List<double[]>> all = new ArrayList<>();
        FftKernels[] kernels = {new ScalarFftKernels(), new PanamaFftKernels(512), new PanamaFftKernels(256)};
        int[] threads = {1, 2, 3};
        for (int c = 0; c < kernels.length; c++) {
            JavaRealFft plan = new JavaRealFft(new int[] {n}, kernels[c], threads[c]);
            double[] xr = new double[n / 2 + 1];
            double[] xi = new double[n / 2 + 1];
            plan.forward(x, xr, xi);
            double[] back = new double[n];
            plan.inverse(xr, xi, back);
            all.add(List.of(xr, xi, back));
        }
        for (int c = 1; c < all.size(); c++) {
            for (int i = 0; i < 3; i++) {
                assertBits(all.get(c).get(i), all.get(0).get(i), kernels[c].name() + ", threads " + threads[c]
                        + ", output " + i);
            }
        }
    }
}
