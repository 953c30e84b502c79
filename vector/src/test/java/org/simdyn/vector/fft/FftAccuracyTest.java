package org.simdyn.vector.fft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simdyn.vector.fft.FftTestSupport.EPS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.numbers.core.DD;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accuracy of the java provider (fft.md section 4): forward against a direct DFT summed in double-double
 * ({@code relRms <= eps L}, {@code relMax <= 2 eps L}), round trip {@code <= 2 eps L}, Parseval
 * {@code <= 4 eps L sum|x|^2}, for every fast size up to 512, a spread of sizes up to 4096 and 2-D/3-D
 * shapes; large sizes by round trip and Parseval only.
 */
class FftAccuracyTest {

    static Stream<int[]> shapes() {
        List<int[]> list = new ArrayList<>();
        for (int n : FftTestSupport.fastSizes(512)) {
            list.add(new int[] {n});
        }
        for (int n : new int[] {540, 600, 729, 768, 1000, 1024, 1536, 2048, 3125, 3840, 4096}) {
            list.add(new int[] {n});
        }
        list.add(new int[] {3, 4});
        list.add(new int[] {8, 12});
        list.add(new int[] {64, 64});
        list.add(new int[] {5, 9, 16});
        list.add(new int[] {16, 15, 4});
        list.add(new int[] {16, 16, 16});
        list.add(new int[] {2, 1, 3});
        return list.stream();
    }

    static Stream<int[]> largeShapes() {
        return Stream.of(new int[] {65536}, new int[] {3840, 16}, new int[] {1 << 20});
    }

    @ParameterizedTest(name = "{index}: shape {0}")
    @MethodSource("shapes")
    void forwardAgainstDoubleDoubleDft(int[] shape) {
        int n = FftTestSupport.size(shape);
        SplittableRandom rng = new SplittableRandom(0xF0F0L + n * 7L + shape.length);
        double[] re = FftTestSupport.uniform(rng, n);
        double[] im = FftTestSupport.uniform(rng, n);
        double[][] ref = FftTestSupport.referenceDft(shape, re, im);
        double bound = EPS * FftTestSupport.levels(n);
        double[] outRe = new double[n];
        double[] outIm = new double[n];
        Fft.complex(shape).forward(re, im, outRe, outIm);
        assertThat(FftTestSupport.relRms(outRe, outIm, ref[0], ref[1], n)).as("c2c rms").isLessThanOrEqualTo(bound);
        assertThat(FftTestSupport.relMax(outRe, outIm, ref[0], ref[1], n)).as("c2c max")
                .isLessThanOrEqualTo(2 * bound);
        roundTripAndParseval(shape, re, im);

        // real input: the real part alone, against the half spectrum of its reference
        double[][] refReal = FftTestSupport.referenceDft(shape, re, new double[n]);
        double[][] half = FftTestSupport.half(shape, refReal[0], refReal[1]);
        RealFft real = Fft.real(shape);
        int h = real.spectrumSize();
        double[] xr = new double[h];
        double[] xi = new double[h];
        real.forward(re, xr, xi);
        assertThat(FftTestSupport.relRms(xr, xi, half[0], half[1], h)).as("r2c rms").isLessThanOrEqualTo(bound);
        assertThat(FftTestSupport.relMax(xr, xi, half[0], half[1], h)).as("r2c max").isLessThanOrEqualTo(2 * bound);
    }

    @ParameterizedTest(name = "{index}: shape {0}")
    @MethodSource("largeShapes")
    void largeRoundTripAndParseval(int[] shape) {
        int n = FftTestSupport.size(shape);
        SplittableRandom rng = new SplittableRandom(0xABCDL + n);
        roundTripAndParseval(shape, FftTestSupport.uniform(rng, n), FftTestSupport.uniform(rng, n));
    }

    private static void roundTripAndParseval(int[] shape, double[] re, double[] im) {
        int n = FftTestSupport.size(shape);
        double bound = EPS * FftTestSupport.levels(n);
        ComplexFft plan = Fft.complex(shape);
        double[] fr = new double[n];
        double[] fi = new double[n];
        plan.forward(re, im, fr, fi);
        double[] br = new double[n];
        double[] bi = new double[n];
        plan.inverse(fr, fi, br, bi);
        assertThat(FftTestSupport.relMax(br, bi, re, im, n)).as("c2c round trip").isLessThanOrEqualTo(2 * bound);
        // sums in double-double: a plain double sum of 65536 squares is itself off by more than the bound
        DD ddx = DD.ZERO;
        DD ddf = DD.ZERO;
        for (int i = 0; i < n; i++) {
            ddx = ddx.add(DD.ofSquare(re[i])).add(DD.ofSquare(im[i]));
            ddf = ddf.add(DD.ofSquare(fr[i])).add(DD.ofSquare(fi[i]));
        }
        double sx = ddx.doubleValue();
        double sf = ddf.divide(DD.of(n)).doubleValue();
        assertThat(Math.abs(sf - sx)).as("Parseval").isLessThanOrEqualTo(4 * bound * sx);

        RealFft real = Fft.real(shape);
        double[] xr = new double[real.spectrumSize()];
        double[] xi = new double[real.spectrumSize()];
        real.forward(re, xr, xi);
        double[] back = new double[n];
        real.inverse(xr, xi, back);
        double err = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            err = Math.max(err, Math.abs(back[i] - re[i]));
            max = Math.max(max, Math.abs(re[i]));
        }
        assertThat(err / max).as("r2c round trip %s", Arrays.toString(shape)).isLessThanOrEqualTo(2 * bound);
    }
}
