package org.simdyn.ffm;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shared pieces of the FFT tests: the known answers of fft.md section 4, the bounds of that section, random
 * inputs and conversions between split arrays and FFTW's interleaved native layout.
 */
public final class FftTesting {

    /** {@code eps = 2^-53}, the unit roundoff. */
    public static final double EPS = 0x1p-53;

    private FftTesting() {
    }

    /**
     * One known answer: a c2c case ({@code inIm} set) or an r2c case ({@code inIm == null}, output on the half
     * spectrum).
     *
     * @param kind {@code "c2c"} or {@code "r2c"}
     * @param shape the shape
     * @param inRe the input (real parts)
     * @param inIm the input's imaginary parts, {@code null} for r2c
     * @param outRe the forward transform, real parts
     * @param outIm its imaginary parts
     */
    public record Case(String kind, int[] shape, double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        @Override
        public String toString() {
            return kind + " " + shapeText(shape);
        }

        /** @return the number of points {@code N} */
        public int size() {
            return inRe.length;
        }
    }

    /** @return {@code L = ceil(log2 N) + 1} of section 4 */
    public static int levels(long n) {
        return n <= 1 ? 1 : 64 - Long.numberOfLeadingZeros(n - 1) + 1;
    }

    /** @return the shape as text, e.g. {@code "3x4"} */
    public static String shapeText(int[] shape) {
        StringBuilder text = new StringBuilder();
        for (int a = 0; a < shape.length; a++) {
            text.append(a == 0 ? "" : "x").append(shape[a]);
        }
        return text.toString();
    }

    /** @return the product of the shape */
    public static int size(int[] shape) {
        int n = 1;
        for (int a : shape) {
            n *= a;
        }
        return n;
    }

    /** @return the number of complex points of the half spectrum of a real shape */
    public static int spectrumSize(int[] shape) {
        int last = shape[shape.length - 1];
        return size(shape) / last * (last / 2 + 1);
    }

    /** @return every known answer of {@code fft/known_answers.txt}, in file order */
    public static List<Case> knownAnswers() {
        Map<String, List<String[]>> lines = new LinkedHashMap<>();
        try (InputStream stream = FftTesting.class.getResourceAsStream("/fft/known_answers.txt")) {
            if (stream == null) {
                throw new IllegalStateException("fft/known_answers.txt is not on the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.strip().split("\\s+");
                lines.computeIfAbsent(words[0] + " " + words[1], k -> new ArrayList<>()).add(words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> entry : lines.entrySet()) {
            String[] key = entry.getKey().split(" ");
            int[] shape = Arrays.stream(key[1].split("x")).mapToInt(Integer::parseInt).toArray();
            int n = size(shape);
            if (key[0].equals("c2c")) {
                double[][] v = new double[4][n];
                for (String[] w : entry.getValue()) {
                    int i = Integer.parseInt(w[2]);
                    for (int c = 0; c < 4; c++) {
                        v[c][i] = Double.parseDouble(w[3 + c]);
                    }
                }
                cases.add(new Case("c2c", shape, v[0], v[1], v[2], v[3]));
            } else {
                int h = spectrumSize(shape);
                double[] x = new double[n];
                double[] re = new double[h];
                double[] im = new double[h];
                for (String[] w : entry.getValue()) {
                    int i = Integer.parseInt(w[3]);
                    if (w[2].equals("in")) {
                        x[i] = Double.parseDouble(w[4]);
                    } else {
                        re[i] = Double.parseDouble(w[4]);
                        im[i] = Double.parseDouble(w[5]);
                    }
                }
                cases.add(new Case("r2c", shape, x, null, re, im));
            }
        }
        return cases;
    }

    /**
     * Asserts a computed forward transform against a known answer: per element {@code |X' - X| <= 2 eps L
     * max|X|} (section 4), exactly for {@code N = 1}.
     *
     * @param c the case
     * @param re computed real parts
     * @param im computed imaginary parts
     */
    public static void assertKnownAnswer(Case c, double[] re, double[] im) {
        assertThat(re).hasSameSizeAs(c.outRe());
        assertThat(im).hasSameSizeAs(c.outIm());
        double bound = 2.0 * EPS * levels(c.size()) * maxAbs(c.outRe(), c.outIm());
        if (c.size() == 1) {
            bound = 0.0;
        }
        for (int k = 0; k < re.length; k++) {
            assertThat(Math.hypot(re[k] - c.outRe()[k], im[k] - c.outIm()[k])).as("%s X[%d]", c, k)
                    .isLessThanOrEqualTo(bound);
        }
    }

    /** @return {@code n} uniforms in [-1, 1) from a fixed seed */
    public static double[] uniform(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(-1.0, 1.0);
        }
        return x;
    }

    /** @return {@code max_i |(re_i, im_i)|} ({@code im} may be {@code null}) */
    public static double maxAbs(double[] re, double[] im) {
        double max = 0.0;
        for (int i = 0; i < re.length; i++) {
            max = Math.max(max, Math.hypot(re[i], im == null ? 0.0 : im[i]));
        }
        return max;
    }

    /** @return {@code max_i |a_i - b_i|} over complex numbers (imaginary arrays may be {@code null}) */
    public static double maxAbsDiff(double[] aRe, double[] aIm, double[] bRe, double[] bIm) {
        double max = 0.0;
        for (int i = 0; i < aRe.length; i++) {
            max = Math.max(max, Math.hypot(aRe[i] - bRe[i], (aIm == null ? 0.0 : aIm[i]) - (bIm == null ? 0.0 : bIm[i])));
        }
        return max;
    }

    /**
     * {@code sum |z_i|^2}, summed with Neumaier's compensation so that the reference itself stays far below the
     * Parseval bound at large {@code N} (a plain loop errs by about {@code sqrt(N) eps}).
     *
     * @param re real parts
     * @param im imaginary parts, or {@code null}
     * @return the energy
     */
    public static double energy(double[] re, double[] im) {
        double sum = 0.0;
        double compensation = 0.0;
        for (int i = 0; i < re.length; i++) {
            double term = re[i] * re[i] + (im == null ? 0.0 : im[i] * im[i]);
            double t = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }
        return sum + compensation;
    }

    /** @return a new aligned native buffer holding {@code re, im} interleaved */
    public static MemorySegment interleaved(double[] re, double[] im) {
        MemorySegment segment = Fftw.allocate(2L * re.length);
        for (int i = 0; i < re.length; i++) {
            segment.setAtIndex(JAVA_DOUBLE, 2L * i, re[i]);
            segment.setAtIndex(JAVA_DOUBLE, 2L * i + 1, im[i]);
        }
        return segment;
    }

    /** @return a new aligned native buffer holding {@code x} */
    public static MemorySegment real(double[] x) {
        MemorySegment segment = Fftw.allocate(x.length);
        MemorySegment.copy(x, 0, segment, JAVA_DOUBLE, 0, x.length);
        return segment;
    }

    /** @return the real parts of the first {@code n} interleaved complex numbers */
    public static double[] re(MemorySegment segment, int n) {
        double[] re = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = segment.getAtIndex(JAVA_DOUBLE, 2L * i);
        }
        return re;
    }

    /** @return the imaginary parts of the first {@code n} interleaved complex numbers */
    public static double[] im(MemorySegment segment, int n) {
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            im[i] = segment.getAtIndex(JAVA_DOUBLE, 2L * i + 1);
        }
        return im;
    }

    /** @return the first {@code n} doubles */
    public static double[] doubles(MemorySegment segment, int n) {
        double[] x = new double[n];
        MemorySegment.copy(segment, JAVA_DOUBLE, 0, x, 0, n);
        return x;
    }
}
