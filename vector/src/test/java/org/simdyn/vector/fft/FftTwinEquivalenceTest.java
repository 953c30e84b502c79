package org.simdyn.vector.fft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.internal.fft.FftKernels;
import org.simdyn.vector.internal.fft.JavaComplexFft;
import org.simdyn.vector.internal.fft.JavaRealFft;
import org.simdyn.vector.internal.fft.ScalarFftKernels;

/**
 * Panama twins (128, 256, 512 bits) and thread counts 1..4 against the scalar twin, bit-exact, for every
 * overload (offsets 0 and non-zero), on random, impulse and signed-zero inputs; out-of-place calls never
 * modify their input.
 */
class FftTwinEquivalenceTest {
    private static final int[][] SHAPES = {{1}, {2}, {3}, {4}, {5}, {6}, {8}, {9}, {12}, {15}, {16}, {25}, {27},
        {32}, {60}, {64}, {120}, {128}, {243}, {625}, {1024}, {3840}, {4096}, {65536}, {8, 12}, {16, 15, 4}};
    private static final String[] INPUTS = {"random", "impulse", "signed zeros"};

    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (int[] shape : SHAPES) {
            for (String input : INPUTS) {
                list.add(Arguments.of(shape, input));
            }
        }
        return list.stream();
    }

    private static double[] input(String kind, int n, long seed, int component) {
        double[] x = new double[n];
        SplittableRandom rng = new SplittableRandom(seed * 31 + component);
        for (int i = 0; i < n; i++) {
            x[i] = switch (kind) {
                case "random" -> rng.nextDouble(-1.0, 1.0);
                case "impulse" -> i == (component == 0 ? 0 : n / 3) ? 1.0 : 0.0;
                default -> rng.nextBoolean() ? -0.0 : 0.0;
            };
        }
        return x;
    }

    private static double[] shifted(double[] x, int off) {
        double[] y = new double[x.length + off + 3];
        Arrays.fill(y, Double.NaN);
        System.arraycopy(x, 0, y, off, x.length);
        return y;
    }

    /** All complex outputs of one plan, concatenated. */
    private static List<double[]> complexOutputs(ComplexFft plan, double[] re, double[] im) {
        int n = re.length;
        List<double[]> out = new ArrayList<>();
        for (int op = 0; op < 3; op++) {
            double[] reCopy = re.clone();
            double[] imCopy = im.clone();
            double[] outRe = new double[n];
            double[] outIm = new double[n];
            switch (op) {
                case 0 -> plan.forward(re, im, outRe, outIm);
                case 1 -> plan.inverse(re, im, outRe, outIm);
                default -> plan.inverseUnscaled(re, im, outRe, outIm);
            }
            assertThat(re).isEqualTo(reCopy);
            assertThat(im).isEqualTo(imCopy);
            out.add(outRe);
            out.add(outIm);
            double[] a = re.clone();
            double[] b = im.clone();
            switch (op) {
                case 0 -> plan.forward(a, b);
                case 1 -> plan.inverse(a, b);
                default -> plan.inverseUnscaled(a, b);
            }
            assertBits(a, outRe);
            assertBits(b, outIm);
            double[] c = shifted(re, 5);
            double[] d = shifted(im, 1);
            switch (op) {
                case 0 -> plan.forward(c, 5, d, 1);
                case 1 -> plan.inverse(c, 5, d, 1);
                default -> plan.inverseUnscaled(c, 5, d, 1);
            }
            assertBits(Arrays.copyOfRange(c, 5, 5 + n), outRe);
            assertBits(Arrays.copyOfRange(d, 1, 1 + n), outIm);
            assertThat(Double.isNaN(c[4]) && Double.isNaN(c[5 + n]) && Double.isNaN(d[0])).isTrue();
        }
        return out;
    }

    private static List<double[]> realOutputs(RealFft plan, double[] x) {
        int h = plan.spectrumSize();
        int n = plan.size();
        List<double[]> out = new ArrayList<>();
        double[] xCopy = x.clone();
        double[] re = new double[h];
        double[] im = new double[h];
        plan.forward(x, re, im);
        assertThat(x).isEqualTo(xCopy);
        double[] re2 = new double[h + 7];
        double[] im2 = new double[h + 7];
        plan.forward(shifted(x, 3), 3, re2, im2, 7);
        assertBits(Arrays.copyOfRange(re2, 7, 7 + h), re);
        assertBits(Arrays.copyOfRange(im2, 7, 7 + h), im);
        out.add(re);
        out.add(im);
        double[] reCopy = re.clone();
        double[] imCopy = im.clone();
        for (boolean scaled : new boolean[] {true, false}) {
            double[] y = new double[n];
            if (scaled) {
                plan.inverse(re, im, y);
            } else {
                plan.inverseUnscaled(re, im, y);
            }
            assertThat(re).isEqualTo(reCopy);
            assertThat(im).isEqualTo(imCopy);
            double[] y2 = new double[n + 2];
            if (scaled) {
                plan.inverse(shifted(re, 4), shifted(im, 4), 4, y2, 2);
            } else {
                plan.inverseUnscaled(shifted(re, 4), shifted(im, 4), 4, y2, 2);
            }
            assertBits(Arrays.copyOfRange(y2, 2, 2 + n), y);
            out.add(y);
        }
        return out;
    }

    private static void assertBits(double[] actual, double[] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < actual.length; i++) {
            if (Double.doubleToRawLongBits(actual[i]) != Double.doubleToRawLongBits(expected[i])) {
                throw new AssertionError("element " + i + ": " + actual[i] + " != " + expected[i]);
            }
        }
    }

    @ParameterizedTest(name = "{index}: shape {0}, {1}")
    @MethodSource("cases")
    void twinsAndThreadsGiveTheSameBits(int[] shape, String kind) {
        int n = FftTestSupport.size(shape);
        double[] re = input(kind, n, n, 0);
        double[] im = input(kind, n, n, 1);
        List<double[]> cExpected = complexOutputs(new JavaComplexFft(shape, new ScalarFftKernels(), 1), re, im);
        List<double[]> rExpected = realOutputs(new JavaRealFft(shape, new ScalarFftKernels(), 1), re);
        boolean big = n > 5000;
        for (FftKernels k : FftTestSupport.twins()) {
            for (int threads = 1; threads <= 4; threads++) {
                if (big && threads > 1 && threads < 4) {
                    continue;
                }
                List<double[]> c = complexOutputs(new JavaComplexFft(shape, k, threads), re, im);
                for (int i = 0; i < c.size(); i++) {
                    assertBits(c.get(i), cExpected.get(i));
                }
                List<double[]> r = realOutputs(new JavaRealFft(shape, k, threads), re);
                for (int i = 0; i < r.size(); i++) {
                    assertBits(r.get(i), rExpected.get(i));
                }
            }
        }
    }
}
