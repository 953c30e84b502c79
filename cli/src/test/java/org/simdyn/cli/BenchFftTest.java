package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.random.Philox4x32;

/**
 * {@code simdyn bench fft} (fft spec section 6): bad input exits 2 with one line; verify-mode files parse as NumPy
 * 1.0 (read by an independent reader here) and equal a direct DFT within the fft spec section 4 bounds; speed-mode
 * JSON has the specified keys.
 */
class BenchFftTest {
    private static final double EPS = 0x1p-53;
    private static final Pattern HEADER = Pattern.compile(
            "\\{'descr': '(<f8|<c16)', 'fortran_order': False, 'shape': \\(([0-9, ]*)\\), \\} *\\n");

    @TempDir
    Path tmp;

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("--sizes", "77"), "--sizes: 77", "next fast size is 80"),
                Arguments.of(List.of("--sizes", "1024,0"), "--sizes: 0", "product of 2, 3 and 5"),
                Arguments.of(List.of("--sizes", "12x7"), "--sizes: 12x7", "next fast size is 8"),
                Arguments.of(List.of("--sizes", "1024,"), "--sizes: 1024,", "comma list"),
                Arguments.of(List.of("--sizes", "16384x16384x2"), "--sizes: 16384x16384x2", "2^28"),
                Arguments.of(List.of("--sizes", "99999999999999"), "--sizes: 99999999999999", "product of 2, 3"),
                Arguments.of(List.of("--kinds", "c2r"), "--kinds: c2r", "c2c, r2c"),
                Arguments.of(List.of("--providers", "fftx"), "--providers: fftx", "java, fftw, fftw-native, jtransforms"),
                Arguments.of(List.of("--providers", "jtransforms", "--verify", "--out", "OUT"),
                        "--providers: jtransforms", "speed mode only"),
                Arguments.of(List.of("--rounds", "0"), "--rounds: 0 is out of range", "[1, 1000]"),
                Arguments.of(List.of("--rounds", "two"), "--rounds: two is not an integer", "[1, 1000]"),
                Arguments.of(List.of("--measure-ms", "0"), "--measure-ms: 0 is out of range", "[1, 600000]"),
                Arguments.of(List.of("--warmup-ms", "-1"), "--warmup-ms: -1 is out of range", "[0, 600000]"),
                Arguments.of(List.of("--seed", "-1"), "--seed: -1 is out of range", "18446744073709551615"),
                Arguments.of(List.of("--verify"), "--verify: needs --out", "no default"),
                Arguments.of(List.of("--out", "OUT"), "--out: ", "without --verify"),
                Arguments.of(List.of("--frobnicate"), "--frobnicate: unknown option", "--sizes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputExitsTwoWithOneLine(List<String> args, String names, String allowed) {
        Path out = tmp.resolve("out");
        List<String> argv = new ArrayList<>(List.of("bench", "fft"));
        args.forEach(a -> argv.add(a.equals("OUT") ? out.toString() : a));
        Cli.Result r = Cli.run(argv.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("simdyn bench fft: ").contains(names).contains(allowed)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void nonEmptyOutNeedsForce() throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "x");
        Cli.Result r = Cli.run("bench", "fft", "--verify", "--out", tmp.toString(), "--sizes", "4", "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not empty").contains("--force");
        Cli.Result forced = Cli.run("bench", "fft", "--verify", "--out", tmp.toString(), "--sizes", "4", "--force",
                "--providers", "java", "--debug");
        assertThat(forced.code()).as(forced.err()).isZero();
    }

    /** Verify mode: every file parses, inputs are the Philox stream, transforms meet the section 4 bounds. */
    @Test
    void verifyFilesMatchDirectDft() throws IOException {
        Path out = tmp.resolve("v");
        Cli.Result r = Cli.run("bench", "fft", "--verify", "--out", out.toString(), "--sizes", "60,3x4x5,16",
                "--seed", "7", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("command").asText()).isEqualTo("bench fft");
        assertThat(j.get("mode").asText()).isEqualTo("verify");
        assertThat(j.get("out").asText()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(j.get("vector").has("provider")).isTrue();
        List<String> providers = new ArrayList<>();
        j.get("providers").forEach(p -> providers.add(p.asText()));
        assertThat(providers).startsWith("java");
        assertThat(j.get("cases")).hasSize(2 * 3 * providers.size());
        Philox4x32 rng = Philox4x32.of(7);
        for (JsonNode c : j.get("cases")) {
            boolean complex = c.get("kind").asText().equals("c2c");
            int[] shape = new int[c.get("shape").size()];
            for (int a = 0; a < shape.length; a++) {
                shape[a] = c.get("shape").get(a).asInt();
            }
            int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            double bound = Math.ceil(Math.log(n) / Math.log(2)) + 1;
            String label = String.join("x", Arrays.stream(shape).mapToObj(Integer::toString).toList());
            String stem = "fft-" + c.get("kind").asText() + "-" + label;
            JsonNode files = c.get("files");
            assertThat(files.get("input").asText()).isEqualTo(stem + "-input.npy");
            assertThat(files.get("forward").asText()).isEqualTo(stem + "-" + c.get("provider").asText() + ".npy");

            Npy input = Npy.read(out.resolve(files.get("input").asText()));
            assertThat(input.complex()).isEqualTo(complex);
            assertThat(input.shape()).containsExactly(shape);
            for (int i = 0; i < n; i++) {
                assertThat(input.re()[i]).isEqualTo(2 * rng.uniform(i, 1, 0, 0) - 1);
                assertThat(input.im()[i]).isEqualTo(complex ? 2 * rng.uniform(i, 1, 0, 1) - 1 : 0.0);
            }
            double[][] exact = dft(shape, input.re(), input.im(), -1);
            Npy forward = Npy.read(out.resolve(files.get("forward").asText()));
            assertThat(forward.complex()).isTrue();
            if (complex) {
                assertThat(forward.shape()).containsExactly(shape);
                assertWithin(forward.re(), forward.im(), exact[0], exact[1], bound, c);
                assertThat(files.get("inverse").asText()).isEqualTo(stem + "-" + c.get("provider").asText()
                        + "-inverse.npy");
                Npy inverse = Npy.read(out.resolve(files.get("inverse").asText()));
                double[][] inv = dft(shape, input.re(), input.im(), +1);
                for (int i = 0; i < n; i++) {
                    inv[0][i] /= n;
                    inv[1][i] /= n;
                }
                assertWithin(inverse.re(), inverse.im(), inv[0], inv[1], bound, c);
            } else {
                int[] half = shape.clone();
                half[half.length - 1] = half[half.length - 1] / 2 + 1;
                assertThat(forward.shape()).containsExactly(half);
                double[][] cut = halfSpectrum(shape, exact);
                assertWithin(forward.re(), forward.im(), cut[0], cut[1], bound, c);
                Npy roundtrip = Npy.read(out.resolve(files.get("roundtrip").asText()));
                assertThat(roundtrip.complex()).isFalse();
                assertThat(roundtrip.shape()).containsExactly(shape);
                double err = 0;
                for (int i = 0; i < n; i++) {
                    err = Math.max(err, Math.abs(roundtrip.re()[i] - input.re()[i]));
                }
                assertThat(err).isLessThanOrEqualTo(2 * EPS * bound);
            }
            assertThat(c.get("roundtrip_rel_max").asDouble()).isBetween(0.0, 2 * EPS * bound);
            assertThat(c.get("parseval_rel").asDouble()).isBetween(0.0, 4 * EPS * bound);
        }
    }

    @Test
    void speedJsonHasEveryKey() {
        Cli.Result r = Cli.run("bench", "fft", "--sizes", "16,4x4", "--warmup-ms", "0", "--measure-ms", "4",
                "--rounds", "2", "--json", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = r.json();
        assertThat(j.get("command").asText()).isEqualTo("bench fft");
        assertThat(j.get("mode").asText()).isEqualTo("speed");
        for (String k : List.of("simdyn_version", "jdk", "vector", "cpu", "load_average", "threads", "providers",
                "unavailable", "results", "ratios")) {
            assertThat(j.has(k)).as(k).isTrue();
        }
        assertThat(j.get("cpu").has("model")).isTrue();
        assertThat(j.get("cpu").get("cores").asInt()).isPositive();
        assertThat(j.get("threads").asInt()).isEqualTo(1);
        List<String> providers = new ArrayList<>();
        j.get("providers").forEach(p -> providers.add(p.asText()));
        assertThat(providers).contains("java", "jtransforms");
        int perShape1d = providers.size();
        int perShape2d = providers.size() - 1;
        assertThat(j.get("results")).hasSize(2 * (perShape1d + perShape2d));
        for (JsonNode row : j.get("results")) {
            assertThat(row.get("kind").asText()).isIn("c2c", "r2c");
            assertThat(row.get("n").asInt()).isEqualTo(16);
            assertThat(row.get("rounds")).hasSize(2);
            double ns = row.get("ns").asDouble();
            assertThat(ns).isPositive().isGreaterThanOrEqualTo(row.get("ns_min").asDouble());
            assertThat(row.get("gflops").asDouble()).isCloseTo(5.0 * 16 * 4 / ns, org.assertj.core.data.Offset
                    .offset(1e-12 * row.get("gflops").asDouble()));
            if (row.get("shape").size() == 2) {
                assertThat(row.get("provider").asText()).isNotEqualTo("jtransforms");
            }
        }
        JsonNode first = j.get("ratios").get(0);
        assertThat(first.get("kind").asText()).isEqualTo("c2c");
        assertThat(first.get("n").asInt()).isEqualTo(16);
        assertThat(first.get("jtransforms_over_java").asDouble()).isPositive();
        // 2-D shapes have no JTransforms row, so no jtransforms_over_java (with FFTW absent they have no ratio at all)
        int oneD = 0;
        for (JsonNode ratio : j.get("ratios")) {
            if (ratio.get("shape").size() == 2) {
                assertThat(ratio.has("jtransforms_over_java")).as("no JTransforms for 2-D shapes").isFalse();
            } else {
                assertThat(ratio.get("jtransforms_over_java").asDouble()).isPositive();
                oneD++;
            }
        }
        assertThat(oneD).as("a ratio for c2c and r2c of the 1-D shape").isEqualTo(2);
    }

    @Test
    void speedTextEndsWithTheJmhNote() {
        Cli.Result r = Cli.run("bench", "fft", "--sizes", "8", "--kinds", "r2c", "--providers", "java",
                "--warmup-ms", "0", "--measure-ms", "2", "--rounds", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("r2c  8").endsWith("quick benchmark, not JMH: published numbers are in "
                + "jmh/RESULTS.md\n");
        assertThat(r.errLines()).singleElement().asString().startsWith("simdyn bench fft: r2c 8: java ");
    }

    private static void assertWithin(double[] re, double[] im, double[] xr, double[] xi, double l, JsonNode c) {
        double diff2 = 0;
        double norm2 = 0;
        double diffMax = 0;
        double normMax = 0;
        for (int i = 0; i < re.length; i++) {
            double d = Math.hypot(re[i] - xr[i], im[i] - xi[i]);
            double m = Math.hypot(xr[i], xi[i]);
            diff2 += d * d;
            norm2 += m * m;
            diffMax = Math.max(diffMax, d);
            normMax = Math.max(normMax, m);
        }
        assertThat(Math.sqrt(diff2 / norm2)).as("relative RMS of %s", c).isLessThanOrEqualTo(EPS * l);
        assertThat(diffMax / normMax).as("relative max of %s", c).isLessThanOrEqualTo(2 * EPS * l);
    }

    /** The direct n-D DFT, StrictMath twiddles of {@code (sum_a j_a k_a / n_a) mod 1}, Neumaier sums. */
    private static double[][] dft(int[] shape, double[] re, double[] im, int sign) {
        int n = re.length;
        double[] outRe = new double[n];
        double[] outIm = new double[n];
        int[] k = new int[shape.length];
        int[] j = new int[shape.length];
        for (int kk = 0; kk < n; kk++) {
            unravel(kk, shape, k);
            double sr = 0;
            double cr = 0;
            double si = 0;
            double ci = 0;
            for (int jj = 0; jj < n; jj++) {
                unravel(jj, shape, j);
                long num = 0;
                long den = 1;
                for (int a = 0; a < shape.length; a++) {
                    num = (num * shape[a] + (long) j[a] * k[a] % shape[a] * den) % (den * shape[a]);
                    den *= shape[a];
                }
                double angle = sign * 2 * StrictMath.PI * num / den;
                double c = StrictMath.cos(angle);
                double s = StrictMath.sin(angle);
                double[] tr = {re[jj] * c, -im[jj] * s};
                double[] ti = {re[jj] * s, im[jj] * c};
                for (double v : tr) {
                    double t = sr + v;
                    cr += Math.abs(sr) >= Math.abs(v) ? (sr - t) + v : (v - t) + sr;
                    sr = t;
                }
                for (double v : ti) {
                    double t = si + v;
                    ci += Math.abs(si) >= Math.abs(v) ? (si - t) + v : (v - t) + si;
                    si = t;
                }
            }
            outRe[kk] = sr + cr;
            outIm[kk] = si + ci;
        }
        return new double[][] {outRe, outIm};
    }

    private static void unravel(int index, int[] shape, int[] out) {
        for (int a = shape.length - 1; a >= 0; a--) {
            out[a] = index % shape[a];
            index /= shape[a];
        }
    }

    private static double[][] halfSpectrum(int[] shape, double[][] full) {
        int last = shape[shape.length - 1];
        int h = last / 2 + 1;
        int rows = full[0].length / last;
        double[] re = new double[rows * h];
        double[] im = new double[rows * h];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(full[0], r * last, re, r * h, h);
            System.arraycopy(full[1], r * last, im, r * h, h);
        }
        return new double[][] {re, im};
    }

    /** A NumPy 1.0 {@code <f8} or {@code <c16} file in C order, read independently of the writer. */
    private record Npy(boolean complex, int[] shape, double[] re, double[] im) {
        static Npy read(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0);
            int len = b.getShort(8) & 0xFFFF;
            assertThat((10 + len) % 64).as("data aligned to 64 bytes").isZero();
            String dict = new String(bytes, 10, len, StandardCharsets.US_ASCII);
            Matcher m = HEADER.matcher(dict);
            assertThat(m.matches()).as(dict).isTrue();
            boolean complex = m.group(1).equals("<c16");
            int[] shape = Arrays.stream(m.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
            int n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
            assertThat(bytes.length).isEqualTo(10 + len + n * (complex ? 16 : 8));
            b.position(10 + len);
            double[] re = new double[n];
            double[] im = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = b.getDouble();
                im[i] = complex ? b.getDouble() : 0.0;
            }
            return new Npy(complex, shape, re, im);
        }
    }
}
