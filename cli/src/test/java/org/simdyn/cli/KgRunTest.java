package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.cli.common.NpyStream;

/**
 * {@code kg run} and {@code kg presets} end to end (kg.md sections 8, 8.1, 8.2 and the amangkurat row of 11): the
 * headline keys, the files and datasets, the presets, the four shipped amangkurat configs with corrected physics,
 * npy and vacuum initial conditions, and checkpoint/restart bit identity. Runs are short (they run mostly
 * interpreted).
 */
class KgRunTest {
    @TempDir
    Path tmp;

    private static final String[] AMANGKURAT = {"case1_linear_wave", "case2_kink", "case3_breather",
        "case4_collision"};

    private Path config(String name) throws IOException {
        Path f = tmp.resolve(name + ".txt");
        try (InputStream in = KgRunTest.class.getResourceAsStream("/peer/amangkurat/" + name + ".txt")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    private static JsonNode ok(Cli.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r.json();
    }

    @Test
    void presetsListFiveWithTheAmangkuratAliases() {
        JsonNode j = ok(Cli.run("kg", "presets", "--json"));
        List<String> names = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        j.get("presets").forEach(p -> {
            names.add(p.get("name").asText());
            p.get("aliases").forEach(a -> aliases.add(a.asText()));
            assertThat(p.has("description") && p.has("parameters") && p.has("corrects")).isTrue();
        });
        assertThat(names).containsExactly("linear-wave", "static-kink", "breather", "kink-antikink", "collision");
        assertThat(aliases).containsExactly("case1", "case2", "case3", "case4");
    }

    @Test
    void presetRunHasEveryHeadlineKeyAndDataset() throws IOException {
        Path out = tmp.resolve("ka");
        JsonNode j = ok(Cli.run("kg", "run", "--preset", "case4", "--N", "256", "--T", "2", "--dt", "0.01",
                "--diag-every", "0.5", "--out", out.toString(), "--json", "--quiet", "--formats", "h5,csv,npy"));
        JsonNode h = j.get("headline");
        for (String k : List.of("dim", "shape", "L", "dx", "x_min", "bc", "winding", "potential", "m2_linear", "ic",
                "method", "filter", "dt", "steps", "t_final", "step_control", "energy", "momentum", "charge",
                "kinks", "max_abs_phi", "center", "collision", "exact", "entropy", "kde", "embedding",
                "us_per_step", "threads", "fft_provider", "state_sha256", "state_order")) {
            assertThat(h.has(k)).as(k).isTrue();
        }
        assertThat(h.get("steps").asLong()).isEqualTo(200);
        assertThat(h.get("t_final").asDouble()).isEqualTo(2.0);
        assertThat(h.get("energy").get("samples").asLong()).isEqualTo(5);
        assertThat(h.get("energy").get("max_rel_drift").asDouble()).isLessThan(1e-6);
        assertThat(h.get("charge").get("kinks").asInt()).isEqualTo(1);
        assertThat(h.get("kinks").get("initial").get(0).get("type").asText()).isEqualTo("kink");
        assertThat(h.get("kinks").get("initial").get(0).get("x").asDouble()).isCloseTo(-10, within(1e-3));
        assertThat(h.get("kinks").get("initial").get(1).get("type").asText()).isEqualTo("antikink");
        assertThat(h.get("state_sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(h.get("center").get("samples").asLong()).isEqualTo(200);
        try (HdfFile f = new HdfFile(out.resolve("kg.h5"))) {
            for (String d : List.of("/x", "/t", "/phi", "/final/phi", "/final/pi", "/t_energy", "/energy",
                    "/momentum", "/charge", "/max_abs_phi_series", "/entropy/shannon", "/entropy/renyi_05",
                    "/entropy/renyi_2", "/entropy/renyi_10", "/entropy/tsallis_05", "/entropy/tsallis_2",
                    "/t_center", "/center", "/probe/phi", "/probe/pi", "/embedding/points", "/spectrum/k",
                    "/spectrum/power", "/kde/grid", "/kde/density", "/kinks/t", "/kinks/x", "/kinks/type")) {
                assertThat(f.getDatasetByPath(d)).as(d).isNotNull();
            }
            double[][] phi = toDouble(f.getDatasetByPath("/phi").getData());
            assertThat(phi).hasNumberOfRows(5);
            // the corrected pair: -v outside, +v between
            assertThat(phi[0][0]).isCloseTo(-1.0, within(1e-6));
            double gamma = 1 / Math.sqrt(1 - 0.3 * 0.3);
            assertThat(phi[0][128]).isCloseTo(2 * Math.tanh(10 * gamma / Math.sqrt(2)) - 1, within(1e-6));
            byte[] type = (byte[]) f.getDatasetByPath("/kinks/type").getData();
            assertThat(type[0]).isEqualTo((byte) 1);
            assertThat(type[1]).isEqualTo((byte) -1);
            // the KDE pools |phi| of all 5 frames (1280 values, stride 1): Scott's bandwidth, integral 1
            double mean = 0;
            double max = 0;
            for (double[] row : phi) {
                for (double v : row) {
                    mean += Math.abs(v) / (5 * 256);
                    max = Math.max(max, Math.abs(v));
                }
            }
            double ss = 0;
            for (double[] row : phi) {
                for (double v : row) {
                    ss += (Math.abs(v) - mean) * (Math.abs(v) - mean);
                }
            }
            double scott = Math.sqrt(ss / (5 * 256 - 1)) * Math.pow(5 * 256, -0.2);
            assertThat(h.get("kde").get("n").asInt()).isEqualTo(1280);
            // the snapshots are float32, the pool float64: perturbations d_i <= 2^-24 max|phi| move the standard
            // deviation by at most |d| / sqrt(n - 1) <= 2^-24 max|phi|
            assertThat(h.get("kde").get("bandwidth").asDouble()).isCloseTo(scott,
                    within(0x1p-24 * max * Math.pow(5 * 256, -0.2)));
            double[] grid = (double[]) f.getDatasetByPath("/kde/grid").getData();
            double[] dens = (double[]) f.getDatasetByPath("/kde/density").getData();
            double area = 0;
            for (int k = 1; k < grid.length; k++) {
                area += 0.5 * (dens[k] + dens[k - 1]) * (grid[k] - grid[k - 1]);
            }
            assertThat(area).isCloseTo(1, within(1e-12));
        }
        assertThat(out.resolve("kg_final_phi.npy")).exists();
        assertThat(out.resolve("kg_entropy_shannon.npy")).exists();
        assertThat(Files.readAllLines(out.resolve("kg.csv")).get(2)).startsWith("t_energy,energy,momentum,charge");
    }

    private static double[][] toDouble(Object data) {
        if (data instanceof double[][] d) {
            return d;
        }
        float[][] f = (float[][]) data;
        double[][] d = new double[f.length][];
        for (int i = 0; i < f.length; i++) {
            d[i] = new double[f[i].length];
            for (int j = 0; j < f[i].length; j++) {
                d[i][j] = f[i][j];
            }
        }
        return d;
    }

    @Test
    void everyAmangkuratConfigValidatesUnchanged() throws IOException {
        for (String name : AMANGKURAT) {
            JsonNode j = ok(Cli.run("run", "--config", config(name).toString(), "--dry-run", "--json"));
            assertThat(j.get("command").asText()).isEqualTo("kg run");
            List<String> codes = new ArrayList<>();
            j.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
            switch (name) {
                case "case2_kink" -> assertThat(codes).contains("kink_bc_antiperiodic");
                case "case3_breather", "case4_collision" -> assertThat(codes).contains("amangkurat_ic_corrected");
                default -> assertThat(codes).doesNotContain("amangkurat_ic_corrected", "kink_bc_antiperiodic");
            }
        }
    }

    static Stream<Arguments> shortAmangkuratRuns() {
        return Stream.of(Arguments.of("case1_linear_wave", "2"), Arguments.of("case2_kink", "2"),
                Arguments.of("case3_breather", "3.2"), Arguments.of("case4_collision", "1"));
    }

    /** The shipped values with a shorter T (and our --out): the corrected physics of kg.md section 11. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shortAmangkuratRuns")
    void amangkuratConfigsRunWithCorrectedPhysics(String name, String t) throws IOException {
        Path out = tmp.resolve(name);
        JsonNode j = ok(Cli.run("run", "--config", config(name).toString(), "--t_final", t, "--out",
                out.toString(), "--json", "--quiet", "--formats", "h5"));
        JsonNode h = j.get("headline");
        assertThat(h.get("L").get(0).asDouble()).isEqualTo(h.get("x_min").get(0).asDouble() * -2);
        switch (name) {
            case "case1_linear_wave" -> {
                assertThat(h.get("exact").get("kind").asText()).isEqualTo("linear");
                assertThat(h.get("exact").get("linf_error").asDouble()).isLessThan(1e-12);
            }
            case "case2_kink" -> {
                assertThat(h.get("bc").get(0).asText()).isEqualTo("antiperiodic");
                assertThat(h.get("max_abs_phi").asDouble()).isLessThanOrEqualTo(1.0 + 1e-9);
                // expo is not exact for the kink: a splitting error of order dt^2 = 2.5e-5 (measured 9.7e-7)
                assertThat(h.get("exact").get("linf_error").asDouble()).isLessThan(2e-6);
            }
            case "case3_breather" -> {
                // peak 4 arctan(eps/omega) = 4 pi/3 at t = pi/(2 omega) = pi
                assertThat(h.get("max_abs_phi").asDouble()).isCloseTo(4 * Math.PI / 3, within(2e-3));
                assertThat(h.get("momentum").get("final").asDouble()).isCloseTo(0.0, within(1e-10));
                // order-2 expo at dt = 0.01 (the config's method): measured 1.48e-4 at t = 3.2
                assertThat(h.get("exact").get("linf_error").asDouble()).isLessThan(3e-4);
            }
            default -> {
                assertThat(h.get("kinks").get("initial").get(0).get("type").asText()).isEqualTo("kink");
                assertThat(h.get("center").get("min").asDouble()).isGreaterThan(0.9);
                assertThat(h.get("momentum").get("initial").asDouble()).isCloseTo(0.0, within(1e-12));
            }
        }
        assertThat(out.resolve(name.startsWith("case1") ? "case_1_linear_wave.h5" : name.startsWith("case2")
                ? "case_2_kink_soliton.h5" : name.startsWith("case3") ? "case_3_breather.h5"
                        : "case_4_kink_antikink_collision.h5")).exists();
    }

    @Test
    void vacuumStaysAndNpyFilesAreRead() throws IOException {
        JsonNode v = ok(Cli.run("kg", "run", "--ic", "vacuum", "--N", "64", "--L", "20", "--T", "1", "--out",
                tmp.resolve("v").toString(), "--json", "--quiet", "--formats", "none")).get("headline");
        assertThat(v.get("energy").get("initial").asDouble()).isZero();
        assertThat(v.get("energy").get("final").asDouble()).isZero();
        assertThat(v.get("max_abs_phi").asDouble()).isEqualTo(1.0);
        // npy: the kink-antikink field written to files must reproduce the built-in IC's run bit for bit
        double[] phi = new double[64];
        double[] pi = new double[64];
        org.simdyn.fields.InitialConditions.kinkAntikink(org.simdyn.fields.Grid.line(64, 40),
                org.simdyn.fields.Potentials.phi4(1, 1), 0, 10, 0.2, phi, pi);
        Path f0 = tmp.resolve("phi0.npy");
        Path f1 = tmp.resolve("pi0.npy");
        NpyStream.write(f0, false, new int[] {64}, phi);
        NpyStream.write(f1, false, new int[] {64}, pi);
        String[] common = {"--N", "64", "--L", "40", "--T", "1", "--separation", "10", "--json", "--quiet",
            "--formats", "none"};
        JsonNode a = ok(Cli.run(concat(common, "kg", "run", "--u", "0.2", "--out", tmp.resolve("a").toString())));
        JsonNode b = ok(Cli.run(concat(common, "kg", "run", "--ic", "npy", "--phi0-file", f0.toString(),
                "--pi0-file", f1.toString(), "--out", tmp.resolve("b").toString())));
        assertThat(b.get("headline").get("state_sha256")).isEqualTo(a.get("headline").get("state_sha256"));
    }

    private static String[] concat(String[] tail, String... head) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void restartAndThreadsGiveTheSameState() {
        String[] common = {"--N", "128", "--L", "50", "--T", "2", "--u", "0.3", "--json", "--quiet", "--formats",
            "h5"};
        Path full = tmp.resolve("full");
        JsonNode a = ok(Cli.run(concat(common, "kg", "run", "--threads", "1", "--out", full.toString())));
        Path part = tmp.resolve("part");
        JsonNode b = ok(Cli.run(concat(new String[] {"--threads", "2", "--checkpoint-every", "0.5", "--out",
            part.toString(), "--json", "--quiet", "--formats", "h5", "--N", "128", "--L", "50", "--u", "0.3"},
                "kg", "run", "--T", "1")));
        assertThat(b.get("status").asText()).isEqualTo("ok");
        JsonNode c = ok(Cli.run(concat(common, "kg", "run", "--threads", "2", "--restart",
                part.resolve("checkpoint.h5").toString(), "--out", tmp.resolve("continued").toString())));
        assertThat(c.get("headline").get("state_sha256")).isEqualTo(a.get("headline").get("state_sha256"));
        for (String method : List.of("verlet", "expo4", "verlet4")) {
            JsonNode one = ok(Cli.run(concat(common, "kg", "run", "--method", method, "--dt", "0.01", "--threads",
                    "1", "--out", tmp.resolve(method + "1").toString())));
            JsonNode two = ok(Cli.run(concat(common, "kg", "run", "--method", method, "--dt", "0.01", "--threads",
                    "2", "--out", tmp.resolve(method + "2").toString())));
            assertThat(two.get("headline").get("state_sha256")).as(method)
                    .isEqualTo(one.get("headline").get("state_sha256"));
        }
    }

    /** --classify reproduces the library's classifier on the same set-up bit for bit (outcome, bounces, v_out). */
    @ParameterizedTest(name = "u = {0}")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.12, 0.3})
    void classifyAgreesWithTheLibraryClassifier(double u) {
        var setup = new org.simdyn.fields.analysis.CollisionClassifier.Setup(1024, 200.0, 0.02,
                org.simdyn.fields.Method.EXPO, org.simdyn.fields.Filter.NONE, 20.0, u, 30.0, 10.0, 1.0, 1.0);
        var lib = org.simdyn.fields.analysis.CollisionClassifier.run(setup);
        JsonNode c = ok(Cli.run("kg", "run", "--classify", "--N", "1024", "--L", "200", "--u", Double.toString(u),
                "--t-after", "30", "--t-out", "10", "--out", tmp.resolve("c" + u).toString(), "--json", "--quiet",
                "--formats", "none")).get("headline").get("collision");
        assertThat(c.get("outcome").asText()).isEqualTo(lib.outcome().key());
        assertThat(c.get("bounces").asInt()).isEqualTo(lib.bounces());
        if (Double.isNaN(lib.vOut())) {
            assertThat(c.get("v_out").isNull()).isTrue();
        } else {
            assertThat(c.get("v_out").asDouble()).isEqualTo(lib.vOut());
        }
        assertThat(c.get("rel_energy_change").asDouble()).isEqualTo(lib.relEnergyChange());
        assertThat(c.get("t_run").asDouble()).isEqualTo(lib.tRun());
        assertThat(c.get("central_mean").asDouble()).isEqualTo(lib.centralMean());
        assertThat(c.get("crossings_t_run").size()).isEqualTo(lib.crossingsTRun().length);
    }

    @Test
    void reversibleStepControlSamplesOnTheDtGridAndDivergenceExitsOne() {
        JsonNode h = ok(Cli.run("kg", "run", "--potential", "sine-gordon", "--ic", "breather", "--method", "verlet",
                "--step-control", "reversible", "--dt", "0.05", "--N", "128", "--L", "60", "--T", "2", "--out",
                tmp.resolve("sc").toString(), "--json", "--quiet", "--formats", "none")).get("headline");
        assertThat(h.get("step_control").get("mode").asText()).isEqualTo("reversible");
        assertThat(h.get("t_final").asDouble()).isGreaterThanOrEqualTo(2.0).isLessThan(2.05);
        assertThat(h.get("steps").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(h.get("energy").get("samples").asLong()).isEqualTo(3);
        Cli.Result bad = Cli.run("kg", "run", "--ic", "gaussian", "--amplitude", "100", "--dt", "0.1", "--N", "64",
                "--L", "20", "--T", "5", "--out", tmp.resolve("nan").toString(), "--quiet", "--formats", "h5");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.errLines()).singleElement().asString().startsWith("simdyn kg run: failed at step ")
                .contains("NaN or infinite").doesNotContain("Exception");
    }
}
