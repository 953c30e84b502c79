package org.simdyn.ffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simdyn.ffm.FftTesting.EPS;
import static org.simdyn.ffm.FftTesting.levels;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;
import org.simdyn.vector.spi.FftProvider;

/**
 * The {@code fftw} provider's {@code double[]} API: known answers, round trips and Parseval (section 4
 * bounds), agreement with the tier-1 API, the Hermitian conventions of the real transforms, concurrency,
 * caching, and agreement with the java provider. Skipped without FFTW unless
 * {@code -Dsimdyn.requireNative=true}.
 */
class FftwProviderTest {

    private static FftProvider fftw;

    @BeforeAll
    static void library() {
        NativeTests.requireOrSkip(Fftw.isAvailable(), Fftw.unavailableReason());
        fftw = Fft.provider("fftw");
    }

    static Stream<FftTesting.Case> knownAnswers() {
        return FftTesting.knownAnswers().stream();
    }

    /** Every forward overload against the known answers, offsets included. */
    @ParameterizedTest
    @MethodSource("knownAnswers")
    void forwardMatchesTheKnownAnswers(FftTesting.Case c) {
        int n = c.size();
        if (c.kind().equals("c2c")) {
            ComplexFft plan = fftw.complex(c.shape());
            double[] re = c.inRe().clone();
            double[] im = c.inIm().clone();
            plan.forward(re, im);
            FftTesting.assertKnownAnswer(c, re, im);

            double[] reOff = new double[n + 3];
            double[] imOff = new double[n + 5];
            System.arraycopy(c.inRe(), 0, reOff, 3, n);
            System.arraycopy(c.inIm(), 0, imOff, 5, n);
            plan.forward(reOff, 3, imOff, 5);
            FftTesting.assertKnownAnswer(c, Arrays.copyOfRange(reOff, 3, n + 3), Arrays.copyOfRange(imOff, 5, n + 5));

            double[] inRe = c.inRe().clone();
            double[] inIm = c.inIm().clone();
            double[] outRe = new double[n];
            double[] outIm = new double[n];
            plan.forward(inRe, inIm, outRe, outIm);
            FftTesting.assertKnownAnswer(c, outRe, outIm);
            assertThat(inRe).containsExactly(c.inRe());
            assertThat(inIm).containsExactly(c.inIm());
        } else {
            RealFft plan = fftw.real(c.shape());
            int h = plan.spectrumSize();
            double[] in = c.inRe().clone();
            double[] outRe = new double[h];
            double[] outIm = new double[h];
            plan.forward(in, outRe, outIm);
            FftTesting.assertKnownAnswer(c, outRe, outIm);
            assertThat(in).containsExactly(c.inRe());

            double[] inOff = new double[n + 2];
            System.arraycopy(c.inRe(), 0, inOff, 2, n);
            double[] re = new double[h + 7];
            double[] im = new double[h + 7];
            plan.forward(inOff, 2, re, im, 7);
            FftTesting.assertKnownAnswer(c, Arrays.copyOfRange(re, 7, h + 7), Arrays.copyOfRange(im, 7, h + 7));
        }
    }

    static Stream<int[]> shapes() {
        return Stream.of(new int[] {1}, new int[] {2}, new int[] {3}, new int[] {6}, new int[] {15}, new int[] {16},
                new int[] {60}, new int[] {243}, new int[] {625}, new int[] {4096}, new int[] {1 << 16},
                new int[] {8, 12}, new int[] {3840, 16}, new int[] {16, 15, 4}, new int[] {5, 1, 9});
    }

    /** {@code inverse(forward(x)) = x} for every overload, Parseval, and the inverses' relation. */
    @ParameterizedTest
    @MethodSource("shapes")
    void complexRoundTripAndParseval(int[] shape) {
        ComplexFft plan = fftw.complex(shape);
        int n = plan.size();
        int l = levels(n);
        double[] re = FftTesting.uniform(n, 31L * n);
        double[] im = FftTesting.uniform(n, 37L * n);
        double[] xRe = new double[n];
        double[] xIm = new double[n];
        plan.forward(re, im, xRe, xIm);
        double energy = FftTesting.energy(re, im);
        assertThat(Math.abs(FftTesting.energy(xRe, xIm) / n - energy)).isLessThanOrEqualTo(4 * EPS * l * energy);

        double[] backRe = new double[n];
        double[] backIm = new double[n];
        plan.inverse(xRe, xIm, backRe, backIm);
        double max = FftTesting.maxAbs(re, im);
        assertThat(FftTesting.maxAbsDiff(backRe, backIm, re, im) / max).isLessThanOrEqualTo(2 * EPS * l);

        // In place and at offsets: the same plan, the same bits.
        double[] inPlaceRe = new double[n + 1];
        double[] inPlaceIm = new double[n + 2];
        System.arraycopy(xRe, 0, inPlaceRe, 1, n);
        System.arraycopy(xIm, 0, inPlaceIm, 2, n);
        plan.inverse(inPlaceRe, 1, inPlaceIm, 2);
        assertThat(Arrays.copyOfRange(inPlaceRe, 1, n + 1)).containsExactly(backRe);
        assertThat(Arrays.copyOfRange(inPlaceIm, 2, n + 2)).containsExactly(backIm);

        // inverse = inverseUnscaled * (1/N), exactly.
        double[] unRe = xRe.clone();
        double[] unIm = xIm.clone();
        plan.inverseUnscaled(unRe, unIm);
        for (int i = 0; i < n; i++) {
            assertThat(unRe[i] * (1.0 / n)).isEqualTo(backRe[i]);
            assertThat(unIm[i] * (1.0 / n)).isEqualTo(backIm[i]);
        }
    }

    /** {@code inverse(forward(x)) = x} for the real transforms, with both overloads. */
    @ParameterizedTest
    @MethodSource("shapes")
    void realRoundTrip(int[] shape) {
        RealFft plan = fftw.real(shape);
        int n = plan.size();
        int h = plan.spectrumSize();
        assertThat(h).isEqualTo(FftTesting.spectrumSize(shape));
        int[] spectrumShape = shape.clone();
        spectrumShape[shape.length - 1] = shape[shape.length - 1] / 2 + 1;
        assertThat(plan.spectrumShape()).containsExactly(spectrumShape);
        double[] x = FftTesting.uniform(n, 41L * n);
        double[] re = new double[h];
        double[] im = new double[h];
        plan.forward(x, re, im);
        double[] reCopy = re.clone();
        double[] imCopy = im.clone();
        double[] back = new double[n + 4];
        plan.inverse(re, im, 0, back, 4);
        assertThat(re).containsExactly(reCopy); // the c2r copy is destroyed, never the caller's arrays
        assertThat(im).containsExactly(imCopy);
        double[] y = Arrays.copyOfRange(back, 4, n + 4);
        assertThat(FftTesting.maxAbsDiff(y, null, x, null) / FftTesting.maxAbs(x, null))
                .isLessThanOrEqualTo(2 * EPS * levels(n));
        double[] unscaled = new double[n];
        plan.inverseUnscaled(re, im, unscaled);
        for (int i = 0; i < n; i++) {
            assertThat(unscaled[i] * (1.0 / n)).isEqualTo(y[i]);
        }
    }

    /** The {@code double[]} API runs the tier-1 plans: the same bits. */
    @Test
    void doubleArraysAndNativeMemoryAgree() {
        int[] shape = {12, 10};
        int n = 120;
        int h = 12 * 6;
        double[] re = FftTesting.uniform(n, 1);
        double[] im = FftTesting.uniform(n, 2);
        MemorySegment out = Fftw.allocate(2 * n);
        Fftw.c2c(Fftw.FORWARD, shape).execute(FftTesting.interleaved(re, im), out);
        double[] xRe = new double[n];
        double[] xIm = new double[n];
        fftw.complex(shape).forward(re, im, xRe, xIm);
        assertThat(xRe).containsExactly(FftTesting.re(out, n));
        assertThat(xIm).containsExactly(FftTesting.im(out, n));

        Fftw.c2c(Fftw.BACKWARD, shape).execute(FftTesting.interleaved(xRe, xIm), out);
        double[] backRe = new double[n];
        double[] backIm = new double[n];
        fftw.complex(shape).inverse(xRe, xIm, backRe, backIm);
        double[] nativeRe = FftTesting.re(out, n);
        double[] nativeIm = FftTesting.im(out, n);
        for (int i = 0; i < n; i++) {
            assertThat(backRe[i]).isEqualTo(nativeRe[i] * (1.0 / n));
            assertThat(backIm[i]).isEqualTo(nativeIm[i] * (1.0 / n));
        }

        MemorySegment spectrum = Fftw.allocate(2 * h);
        Fftw.r2c(shape).execute(FftTesting.real(re), spectrum);
        double[] sRe = new double[h];
        double[] sIm = new double[h];
        fftw.real(shape).forward(re, sRe, sIm);
        assertThat(sRe).containsExactly(FftTesting.re(spectrum, h));
        assertThat(sIm).containsExactly(FftTesting.im(spectrum, h));
        MemorySegment real = Fftw.allocate(n);
        Fftw.c2r(shape).execute(spectrum, real);
        double[] y = new double[n];
        fftw.real(shape).inverseUnscaled(sRe, sIm, y);
        assertThat(y).containsExactly(FftTesting.doubles(real, n));
    }

    /** 1-D even n: {@code Im X_0 = Im X_{n/2} = +0.0}; the inverse ignores those imaginary parts. */
    @ParameterizedTest
    @MethodSource("shapes")
    void realTransformsFollowTheHermitianConventions(int[] shape) {
        RealFft plan = fftw.real(shape);
        int n = plan.size();
        int h = plan.spectrumSize();
        int last = shape[shape.length - 1];
        int columns = last / 2 + 1;
        double[] re = new double[h];
        double[] im = new double[h];
        plan.forward(FftTesting.uniform(n, 43L * n), re, im);
        if (shape.length == 1) {
            assertThat(Double.doubleToRawLongBits(im[0])).isZero();
            if (last % 2 == 0) {
                assertThat(Double.doubleToRawLongBits(im[last / 2])).isZero();
            }
        }
        // A spectrum that is not the transform of anything real: numpy's irfftn keeps only the Hermitian part
        // of the columns k = 0 and k = n/2 (even n) along the leading axes.
        double[] xRe = FftTesting.uniform(h, 47L * n);
        double[] xIm = FftTesting.uniform(h, 53L * n);
        double[] projectedRe = xRe.clone();
        double[] projectedIm = xIm.clone();
        int rows = h / columns;
        int[] leading = Arrays.copyOf(shape, shape.length - 1);
        for (int column : last % 2 == 0 ? new int[] {0, last / 2} : new int[] {0}) {
            for (int r = 0; r < rows; r++) {
                int mirror = mirror(r, leading);
                int i = r * columns + column;
                int j = mirror * columns + column;
                projectedRe[i] = 0.5 * (xRe[i] + xRe[j]);
                projectedIm[i] = 0.5 * (xIm[i] - xIm[j]);
            }
        }
        double[] y = new double[n];
        double[] expected = new double[n];
        plan.inverse(xRe, xIm, y);
        plan.inverse(projectedRe, projectedIm, expected);
        if (shape.length == 1) {
            assertThat(y).containsExactly(expected); // the ignored parts are not even read
        } else {
            assertThat(FftTesting.maxAbsDiff(y, null, expected, null) / FftTesting.maxAbs(expected, null))
                    .isLessThanOrEqualTo(2 * EPS * levels(n));
        }
    }

    /** The row-major index of {@code -k} (mod each extent) for the row-major index {@code r} of {@code k}. */
    private static int mirror(int r, int[] shape) {
        int result = 0;
        int stride = 1;
        for (int a = shape.length - 1; a >= 0; a--) {
            int k = r / stride % shape[a];
            result += (k == 0 ? 0 : shape[a] - k) * stride;
            stride *= shape[a];
        }
        return result;
    }

    @Test
    void plansAreCachedAndSingleThreaded() {
        ComplexFft c = fftw.complex(4, 6);
        assertThat(Fft.provider("fftw").complex(4, 6)).isSameAs(c); // a new provider instance, the same plan
        assertThat(c.shape()).containsExactly(4, 6);
        assertThat(c.size()).isEqualTo(24);
        assertThat(c.provider()).isEqualTo("fftw");
        assertThat(c.threads()).isEqualTo(1);
        for (int t = 1; t <= 4; t++) {
            assertThat(c.withThreads(t)).isSameAs(c);
        }
        RealFft r = fftw.real(4, 6);
        assertThat(Fft.provider("fftw").real(4, 6)).isSameAs(r).isNotSameAs(fftw.real(6, 4));
        assertThat(r.withThreads(3)).isSameAs(r);
        assertThat(r.provider()).isEqualTo("fftw");
        assertThat(r.threads()).isEqualTo(1);
        assertThat(r.size()).isEqualTo(24);
        assertThat(fftw.name()).isEqualTo("fftw");
        assertThat(fftw.priority()).isEqualTo(100);
        assertThat(fftw.unavailableReason()).isNull();
        assertThat(fftw.description()).matches("FFTW via FFM \\(.+, fftw-3\\.\\S+, planner estimate\\)");
    }

    /** One plan used from 4 threads on different arrays gives the sequential results, bit for bit. */
    @Test
    void onePlanFromFourThreads() throws Exception {
        int n = 960;
        int tasks = 12;
        ComplexFft c = fftw.complex(n);
        RealFft r = fftw.real(n);
        List<double[][]> inputs = new ArrayList<>();
        List<double[][]> expected = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            double[][] in = {FftTesting.uniform(n, 300 + t), FftTesting.uniform(n, 400 + t)};
            inputs.add(in);
            expected.add(transform(c, r, t, in));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<double[][]>>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<double[][]> results = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int t = worker; t < tasks; t += 4) {
                            results.add(transform(c, r, t, inputs.get(t)));
                        }
                    }
                    return results;
                }));
            }
            start.countDown();
            for (int w = 0; w < 4; w++) {
                List<double[][]> results = futures.get(w).get();
                int i = 0;
                for (int round = 0; round < 5; round++) {
                    for (int t = w; t < tasks; t += 4) {
                        double[][] got = results.get(i++);
                        for (int part = 0; part < got.length; part++) {
                            assertThat(got[part]).as("task %d round %d", t, round).containsExactly(expected.get(t)[part]);
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Task {@code t}: c2c forward, c2c inverse, r2c forward or c2r inverse, by {@code t mod 4}. */
    private static double[][] transform(ComplexFft c, RealFft r, int t, double[][] in) {
        int n = c.size();
        double[] re = new double[n];
        double[] im = new double[n];
        switch (t % 4) {
            case 0 -> c.forward(in[0], in[1], re, im);
            case 1 -> c.inverse(in[0], in[1], re, im);
            case 2 -> r.forward(in[0], re, im);
            default -> r.inverse(in[0], in[1], re);
        }
        return new double[][] {re, im};
    }

    /** The java provider and FFTW agree within the sum of their section 4 bounds. */
    static Stream<int[]> randomShapes() {
        SplittableRandom rng = new SplittableRandom(20261203L);
        List<int[]> shapes = new ArrayList<>();
        int[] fast = {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24, 25, 27, 30, 32, 36, 40, 45, 48, 50, 60, 64};
        while (shapes.size() < 30) {
            int rank = 1 + rng.nextInt(3);
            int[] shape = new int[rank];
            for (int a = 0; a < rank; a++) {
                shape[a] = rank == 1 ? Fft.nextFastSize(1 + rng.nextInt(4096)) : fast[rng.nextInt(fast.length)];
            }
            if (FftTesting.size(shape) <= 4096) {
                shapes.add(shape);
            }
        }
        return shapes.stream();
    }

    @ParameterizedTest
    @MethodSource("randomShapes")
    void agreesWithTheJavaProvider(int[] shape) {
        FftProvider java = Fft.provider("java");
        ComplexFft fc = fftw.complex(shape);
        ComplexFft jc = java.complex(shape);
        int n = fc.size();
        int l = levels(n);
        double[] re = FftTesting.uniform(n, 59L * n + shape.length);
        double[] im = FftTesting.uniform(n, 61L * n + shape.length);
        double[] fRe = new double[n];
        double[] fIm = new double[n];
        double[] jRe = new double[n];
        double[] jIm = new double[n];
        fc.forward(re, im, fRe, fIm);
        jc.forward(re, im, jRe, jIm);
        assertThat(FftTesting.maxAbsDiff(fRe, fIm, jRe, jIm) / FftTesting.maxAbs(jRe, jIm))
                .isLessThanOrEqualTo(4 * EPS * l);
        fc.inverse(re, im, fRe, fIm);
        jc.inverse(re, im, jRe, jIm);
        assertThat(FftTesting.maxAbsDiff(fRe, fIm, jRe, jIm) / FftTesting.maxAbs(jRe, jIm))
                .isLessThanOrEqualTo(4 * EPS * l);

        RealFft fr = fftw.real(shape);
        RealFft jr = java.real(shape);
        int h = fr.spectrumSize();
        double[] sfRe = new double[h];
        double[] sfIm = new double[h];
        double[] sjRe = new double[h];
        double[] sjIm = new double[h];
        fr.forward(re, sfRe, sfIm);
        jr.forward(re, sjRe, sjIm);
        assertThat(FftTesting.maxAbsDiff(sfRe, sfIm, sjRe, sjIm) / FftTesting.maxAbs(sjRe, sjIm))
                .isLessThanOrEqualTo(4 * EPS * l);
        double[] yf = new double[n];
        double[] yj = new double[n];
        fr.inverse(sjRe, sjIm, yf);
        jr.inverse(sjRe, sjIm, yj);
        assertThat(FftTesting.maxAbsDiff(yf, null, yj, null) / FftTesting.maxAbs(yj, null))
                .isLessThanOrEqualTo(4 * EPS * l);
    }
}
