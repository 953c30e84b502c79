package org.simdyn.vector.fft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.internal.fft.FftKernels;
import org.simdyn.vector.internal.fft.JavaComplexFft;
import org.simdyn.vector.internal.fft.JavaRealFft;

/** Known answers of {@code fft_known_answers.txt} (80-bit references), bound {@code 2 eps L max|X|}. */
class FftKnownAnswerTest {

    /** One case: the shape, input and expected output (complex, or half spectrum for r2c). */
    record Case(String kind, int[] shape, double[] inRe, double[] inIm, double[] outRe, double[] outIm) {
        @Override
        public String toString() {
            return kind + " " + Arrays.toString(shape);
        }
    }

    static List<Case> cases() throws IOException {
        Map<String, List<String[]>> lines = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FftKnownAnswerTest.class.getResourceAsStream("/fft_known_answers.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                lines.computeIfAbsent(f[0] + " " + f[1], k -> new ArrayList<>()).add(f);
            }
        }
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : lines.entrySet()) {
            String[] key = e.getKey().split(" ");
            int[] shape = Arrays.stream(key[1].split("x")).mapToInt(Integer::parseInt).toArray();
            int n = FftTestSupport.size(shape);
            if (key[0].equals("c2c")) {
                double[][] v = new double[4][n];
                for (String[] f : e.getValue()) {
                    int i = Integer.parseInt(f[2]);
                    for (int c = 0; c < 4; c++) {
                        v[c][i] = Double.parseDouble(f[3 + c]);
                    }
                }
                cases.add(new Case("c2c", shape, v[0], v[1], v[2], v[3]));
            } else {
                int h = n / shape[shape.length - 1] * (shape[shape.length - 1] / 2 + 1);
                double[] x = new double[n];
                double[] outRe = new double[h];
                double[] outIm = new double[h];
                for (String[] f : e.getValue()) {
                    int i = Integer.parseInt(f[3]);
                    if (f[2].equals("in")) {
                        x[i] = Double.parseDouble(f[4]);
                    } else {
                        outRe[i] = Double.parseDouble(f[4]);
                        outIm[i] = Double.parseDouble(f[5]);
                    }
                }
                cases.add(new Case("r2c", shape, x, null, outRe, outIm));
            }
        }
        return cases;
    }

    static Stream<Arguments> casesAndTwins() throws IOException {
        List<Arguments> list = new ArrayList<>();
        for (Case c : cases()) {
            for (FftKernels k : FftTestSupport.twins()) {
                list.add(Arguments.of(c, k));
            }
        }
        return list.stream();
    }

    @Test
    void fileHasEveryCaseOfTheSpec() throws IOException {
        assertThat(cases().stream().map(Case::toString)).containsExactly(
                "c2c [1]", "c2c [2]", "c2c [3]", "c2c [4]", "c2c [5]", "c2c [8]", "c2c [12]", "c2c [15]", "c2c [16]",
                "c2c [60]", "c2c [3, 4]", "c2c [2, 3, 5]", "r2c [2]", "r2c [4]", "r2c [6]", "r2c [15]", "r2c [16]",
                "r2c [60]", "r2c [4, 6]", "r2c [2, 3, 4]");
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("casesAndTwins")
    void matchesKnownAnswer(Case c, FftKernels kernels) {
        int n = FftTestSupport.size(c.shape());
        double[] re;
        double[] im;
        if (c.kind().equals("c2c")) {
            re = new double[n];
            im = new double[n];
            new JavaComplexFft(c.shape(), kernels, 1).forward(c.inRe(), c.inIm(), re, im);
        } else {
            re = new double[c.outRe().length];
            im = new double[c.outIm().length];
            new JavaRealFft(c.shape(), kernels, 1).forward(c.inRe(), re, im);
        }
        double max = 0;
        for (int i = 0; i < re.length; i++) {
            max = Math.max(max, Math.hypot(c.outRe()[i], c.outIm()[i]));
        }
        double bound = n == 1 ? 0.0 : 2 * FftTestSupport.EPS * FftTestSupport.levels(n) * max;
        for (int i = 0; i < re.length; i++) {
            assertThat(Math.abs(re[i] - c.outRe()[i])).as("re[%d]", i).isLessThanOrEqualTo(bound);
            assertThat(Math.abs(im[i] - c.outIm()[i])).as("im[%d]", i).isLessThanOrEqualTo(bound);
        }
    }
}
