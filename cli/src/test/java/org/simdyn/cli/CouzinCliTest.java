package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.simdyn.cli.common.NpyStream;
import org.simdyn.particles.ParticlePurposes;
import org.simdyn.vector.random.Philox4x32;

/**
 * {@code simdyn couzin} end to end (couzin spec sections 3, 8, 9 and 10): presets, the four dewi-kadita configs,
 * headline and files, ensemble = single runs, init_state and replayed draws, hysteresis,
 * analyze. Small runs (N <= 60, <= 80 steps).
 */
class CouzinCliTest {
    @TempDir
    Path tmp;

    /** A small milling-preset run: N = 40, the given steps, h5 and csv. */
    private List<String> small(Path out, int steps, String... more) {
        List<String> a = new ArrayList<>(List.of("couzin", "run", "--preset", "mill", "--N", "40", "--steps",
                Integer.toString(steps), "--out", out.toString(), "--formats", "h5,csv", "--json", "--quiet",
                "--entropy_every", "5"));
        a.addAll(List.of(more));
        return a;
    }

    private static Cli.Result ok(List<String> args) {
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as("%s: %s", args, r.err()).isZero();
        return r;
    }

    private static double[] h5(Path file, String path) throws IOException {
        try (HdfFile h = new HdfFile(file)) {
            Object data = h.getDatasetByPath(path).getData();
            if (data instanceof double[] d) {
                return d;
            }
            double[][] m = (double[][]) data;
            return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
        }
    }

    private static long[] bits(double[] a) {
        return Arrays.stream(a).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void runWritesTheHeadlineKeysAndFiles() throws IOException {
        Path out = tmp.resolve("run");
        List<String> args = small(out, 40, "--probe_steps", "0,20");
        args.set(args.indexOf("h5,csv"), "h5,csv,npy,png");
        JsonNode j = ok(args).json();
        assertThat(j.get("command").asText()).isEqualTo("couzin run");
        assertThat(j.get("files")).extracting(JsonNode::asText).contains("couzin.h5", "couzin.csv",
                "couzin_final_state.csv", "couzin_frames.csv", "couzin_x_final.npy", "couzin_v_final.npy",
                "couzin_positions.npy", "order_parameters.png", "snapshot_xy.png", "snapshot_xz.png");
        JsonNode h = j.get("headline");
        for (String k : List.of("rules", "dim", "domain", "N", "steps", "dt", "t_final", "seed", "theta", "sigma",
                "turn_rate", "rot_diffusion", "window", "mean", "final", "probes", "correlation", "informed",
                "neighbour_search", "cells_per_axis", "ms_per_step", "ns_per_agent_step", "state_sha256",
                "state_order")) {
            assertThat(h.has(k)).as(k).isTrue();
        }
        assertThat(h.get("rules").asText()).isEqualTo("couzin2002");
        assertThat(h.get("N").asInt()).isEqualTo(40);
        assertThat(h.get("theta").asDouble()).isEqualTo(0.07);
        assertThat(h.get("window").get("from_step").asLong()).isEqualTo(30);
        assertThat(h.get("window").get("order_samples").asInt()).isEqualTo(11);
        assertThat(h.get("window").get("frame_samples").asInt()).isEqualTo(3);
        for (String k : List.of("P", "M_pbc", "M_naive", "spread_pbc", "spread_naive", "OSI",
                "polarization_entropy_ea", "cohesion_entropy_scaled", "n_clusters", "largest_cluster_fraction",
                "P_largest", "M_pbc_largest", "school_cohesion_entropy", "school_shape_entropy")) {
            assertThat(h.get("mean").get(k).isNumber()).as(k).isTrue();
            assertThat(h.get("final").get(k).isNumber()).as(k).isTrue();
        }
        assertThat(h.get("final").get("state_label").asText()).isIn("highly_parallel", "dynamic_parallel", "milling",
                "transitional", "swarm");
        assertThat(h.get("probes")).hasSize(2);
        assertThat(h.get("probes").get(1).get("step").asInt()).isEqualTo(20);
        assertThat(h.get("state_order")).extracting(JsonNode::asText).containsExactly("x", "y", "z", "vx", "vy",
                "vz", "ix", "iy", "iz");
        assertThat(h.get("state_sha256").asText()).hasSize(64);
        double[] p = h5(out.resolve("couzin.h5"), "P");
        assertThat(p).hasSize(41);
        assertThat(Double.doubleToRawLongBits(p[20])).isEqualTo(Double.doubleToRawLongBits(h.get("probes").get(1)
                .get("P").asDouble()));
        double mean = 0;
        for (int k = 30; k <= 40; k++) {
            mean += p[k];
        }
        assertThat(h.get("mean").get("P").asDouble()).isEqualTo(mean / 11);
        assertThat(h5(out.resolve("couzin.h5"), "x_final")).hasSize(120);
        try (HdfFile f = new HdfFile(out.resolve("couzin.h5"))) {
            assertThat(f.getDatasetByPath("positions").getDimensions()).containsExactly(41, 40, 3);
            assertThat(f.getDatasetByPath("image_final").getData()).isInstanceOf(int[][].class);
        }
        List<String> finalState = Files.readAllLines(out.resolve("couzin_final_state.csv"));
        assertThat(finalState.get(2)).isEqualTo("agent,x,y,z,vx,vy,vz");
        assertThat(finalState).hasSize(43);
        List<String> frames = Files.readAllLines(out.resolve("couzin_frames.csv"));
        assertThat(frames).hasSize(3 + 3);
        assertThat(frames.get(2)).startsWith("step,t,school_cohesion_entropy,");
        List<String> series = Files.readAllLines(out.resolve("couzin.csv"));
        assertThat(series.get(2)).isEqualTo("step,t,P,M_pbc,M_naive,spread_pbc");
        assertThat(series).hasSize(3 + 41);
        assertThat(readable(out.resolve("couzin.h5"))).contains("/P", "/t", "/frames/step", "/frames/OSI",
                "/frames/n_clusters", "/parameters/keys").doesNotContain("/OSI", "/n_clusters");
        double[] frameSteps = h5(out.resolve("couzin.h5"), "frames/step");
        assertThat(frameSteps).hasSize(3).endsWith(40.0);
        assertThat(frames.get(5)).startsWith("40");
        for (String k : List.of("OSI", "n_clusters", "polarization_entropy_ea")) {
            double[] v = h5(out.resolve("couzin.h5"), "frames/" + k);
            assertThat(v).hasSize(3).doesNotContain(Double.NaN);
            assertThat(v[2]).as(k).isEqualTo(h.get("final").get(k).asDouble());
        }
    }

    @Test
    void withoutFrameDiagnosticsTheFileIsReadableAndHasNoFrameTable() throws IOException {
        Path out = tmp.resolve("off");
        ok(List.of("couzin", "run", "--preset", "mill", "--N", "20", "--steps", "10", "--entropies", "off", "--out",
                out.toString(), "--formats", "h5,csv", "--quiet"));
        assertThat(readable(out.resolve("couzin.h5"))).contains("/P", "/parameters/keys")
                .noneMatch(p -> p.startsWith("/frames") || p.equals("/OSI"));
        assertThat(out.resolve("couzin_frames.csv")).doesNotExist();
    }

    /** Reads every dataset of an HDF5 file with jHDF and returns their paths (an unreadable file throws). */
    static List<String> readable(Path file) {
        List<String> paths = new java.util.ArrayList<>();
        try (HdfFile f = new HdfFile(file)) {
            walk(f, paths);
        }
        return paths;
    }

    private static void walk(io.jhdf.api.Group g, List<String> paths) {
        for (io.jhdf.api.Node n : g.getChildren().values()) {
            if (n instanceof io.jhdf.api.Group c) {
                walk(c, paths);
            } else if (n instanceof io.jhdf.api.Dataset d) {
                assertThat(d.getData()).as(d.getPath()).isNotNull();
                paths.add(d.getPath());
            }
        }
    }

    @Test
    void presetsListsTheFiveWithTheMillAlias() {
        Cli.Result r = Cli.run("couzin", "presets", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode presets = r.json().get("presets");
        assertThat(presets).extracting(p -> p.get("name").asText()).containsExactly("dk-swarm", "dk-torus",
                "dk-dynamic-parallel", "dk-highly-parallel", "couzin2002-torus");
        assertThat(presets.get(4).get("aliases")).extracting(JsonNode::asText).containsExactly("mill");
    }

    static Stream<Arguments> dkConfigs() {
        return Stream.of(Arguments.of("case1_swarm.txt", "dk-swarm", true),
                Arguments.of("case2_torus.txt", "dk-torus", false),
                Arguments.of("case3_dynamic_parallel.txt", "dk-dynamic-parallel", true),
                Arguments.of("case4_highly_parallel.txt", "dk-highly-parallel", true));
    }

    private Path resource(String name) throws IOException {
        Path p = tmp.resolve(name);
        try (InputStream in = CouzinCliTest.class.getResourceAsStream("/peer/dewi-kadita/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @ParameterizedTest(name = "{0} = --preset {1}")
    @MethodSource("dkConfigs")
    void dewiKaditaConfigsRunUnchangedAndEqualTheirPresets(String file, String preset, boolean halfBox)
            throws IOException {
        Path conf = resource(file);
        Cli.Result r = Cli.run("run", "--config", conf.toString(), "--dry-run", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("command").asText()).isEqualTo("couzin run");
        List<String> codes = new ArrayList<>();
        j.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        assertThat(codes).contains("rules_default");
        assertThat(codes.contains("radius_exceeds_half_box")).isEqualTo(halfBox);
        Cli.Result p = Cli.run("couzin", "run", "--preset", preset, "--dry-run", "--json");
        assertThat(p.code()).as(p.err()).isZero();
        JsonNode a = j.get("parameters");
        JsonNode b = p.json().get("parameters");
        for (String k : List.of("N", "box", "speed", "r_r", "r_o", "r_a", "max_turn", "noise", "blind_angle",
                "orientation_weight", "dt", "steps", "torus_radius", "rules")) {
            assertThat(a.get(k)).as(k).isEqualTo(b.get(k));
        }
        assertThat(j.get("provenance").get("seed")).isEqualTo(p.json().get("provenance").get("seed"));
        assertThat(p.json().get("warnings").toString()).doesNotContain("rules_default");
    }

    @Test
    void aDewiKaditaConfigRunsForReal() throws IOException {
        Path conf = resource("case2_torus.txt");
        Path out = tmp.resolve("dk");
        JsonNode j = ok(List.of("run", "--config", conf.toString(), "--out", out.toString(), "--steps", "20",
                "--formats", "h5,csv", "--json", "--quiet")).json();
        assertThat(j.get("status").asText()).isEqualTo("ok");
        assertThat(j.get("ignored_keys")).extracting(JsonNode::asText).contains("use_numba", "save_gif");
        assertThat(j.get("files")).extracting(JsonNode::asText).contains("case_2_torus.h5",
                "case_2_torus_final_state.csv");
        assertThat(j.get("headline").get("N").asInt()).isEqualTo(200);
    }

    @Test
    void ensembleRunsEqualSingleRuns() throws IOException {
        Path e = tmp.resolve("ens");
        JsonNode ens = ok(List.of("couzin", "ensemble", "--preset", "mill", "--N", "30", "--steps", "40", "--seeds",
                "3,5-6", "--parallel-runs", "2", "--out", e.toString(), "--formats", "h5,csv", "--json", "--quiet"))
                .json();
        JsonNode h = ens.get("headline");
        assertThat(h.get("seeds")).extracting(JsonNode::asLong).containsExactly(3L, 5L, 6L);
        assertThat(h.get("stats").get("mean").get("M_pbc").get("n").asInt()).isEqualTo(3);
        Path s = tmp.resolve("single");
        JsonNode one = ok(List.of("couzin", "run", "--preset", "mill", "--N", "30", "--steps", "40", "--seed", "5",
                "--threads", "1", "--out", s.toString(), "--formats", "h5", "--json", "--quiet")).json();
        JsonNode run5 = h.get("runs").get(1);
        assertThat(run5.get("seed").asLong()).isEqualTo(5);
        assertThat(run5.get("state_sha256")).isEqualTo(one.get("headline").get("state_sha256"));
        assertThat(run5.get("mean")).isEqualTo(one.get("headline").get("mean"));
        assertThat(bits(h5(e.resolve("couzin_ensemble.h5"), "seed_5/M_pbc")))
                .isEqualTo(bits(h5(s.resolve("couzin.h5"), "M_pbc")));
        assertThat(readable(e.resolve("couzin_ensemble.h5"))).contains("/seed_5/frames/step", "/seed_5/frames/OSI")
                .doesNotContain("/seed_5/OSI");
        assertThat(bits(h5(e.resolve("couzin_ensemble.h5"), "seed_5/frames/OSI")))
                .isEqualTo(bits(h5(s.resolve("couzin.h5"), "frames/OSI")));
        Cli.Result bad = Cli.run("couzin", "ensemble", "--seeds", "1-3", "--seed", "4", "--out",
                tmp.resolve("x").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().contains("--seed cannot be combined with --seeds");
    }

    @Test
    void finalStateLoadsAsInitStateAndAnalyzeReproducesTheFinalValues() throws IOException {
        Path a = tmp.resolve("thirty");
        ok(small(a, 30, "--noise", "0"));
        Path b = tmp.resolve("twenty");
        JsonNode twenty = ok(small(b, 20, "--noise", "0")).json();
        Path c = tmp.resolve("ten");
        ok(small(c, 10, "--noise", "0", "--init", "file", "--init_state",
                b.resolve("couzin_final_state.csv").toString()));
        assertThat(bits(h5(c.resolve("couzin.h5"), "x_final"))).isEqualTo(bits(h5(a.resolve("couzin.h5"),
                "x_final")));
        assertThat(bits(h5(c.resolve("couzin.h5"), "v_final"))).isEqualTo(bits(h5(a.resolve("couzin.h5"),
                "v_final")));
        Cli.Result an = Cli.run("couzin", "analyze", "--state", b.resolve("couzin_final_state.csv").toString(),
                "--box", "60", "--json", "--quiet", "--out", tmp.resolve("an").toString());
        assertThat(an.code()).as(an.err()).isZero();
        JsonNode fin = twenty.get("headline").get("final");
        for (String k : List.of("P", "M_pbc", "M_naive", "OSI", "n_clusters", "P_largest")) {
            assertThat(an.json().get("headline").get(k)).as(k).isEqualTo(fin.get(k));
        }
        assertThat(an.json().get("headline").get("centroid_pbc")).hasSize(3);
    }

    /**
     * Writes the noise draws of a Philox run as a draws file: {@code [step, agent, normal]}, each value the normal
     * {@code c} of {@code (agent, NOISE, step)}, so that replaying it equals the Philox run of the same seed.
     *
     * @return {@code file}
     */
    static Path philoxDraws(Path file, long seed, int steps, int n, int k) throws IOException {
        double[] draws = new double[steps * n * k];
        Philox4x32 rng = Philox4x32.of(seed);
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    draws[(s * n + i) * k + c] = rng.normal(i, ParticlePurposes.NOISE, s, c);
                }
            }
        }
        NpyStream.write(file, false, new int[] {steps, n, k}, draws);
        return file;
    }

    @Test
    void recordedDrawsReplayThePhiloxRun() throws IOException {
        int n = 20;
        int steps = 15;
        int k = 4;
        Path npy = philoxDraws(tmp.resolve("draws.npy"), 9, steps, n, k);
        List<String> base = List.of("couzin", "run", "--N", "20", "--seed", "9", "--formats", "none", "--json",
                "--quiet");
        List<String> philox = new ArrayList<>(base);
        philox.addAll(List.of("--steps", "15", "--out", tmp.resolve("p").toString()));
        List<String> replay = new ArrayList<>(base);
        replay.addAll(List.of("--steps", "15", "--out", tmp.resolve("r").toString(), "--draws", npy.toString()));
        assertThat(ok(replay).json().get("headline").get("state_sha256"))
                .isEqualTo(ok(philox).json().get("headline").get("state_sha256"));
        List<String> shortDraws = new ArrayList<>(base);
        shortDraws.addAll(List.of("--steps", "16", "--draws", npy.toString(), "--out", tmp.resolve("s").toString()));
        Cli.Result bad = Cli.run(shortDraws.toArray(String[]::new));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().contains("shape (15, 20, 4)", "(>= 16, 20, 4)");
    }

    @Test
    void hysteresisSweepsUpAndDown() {
        JsonNode j = ok(List.of("couzin", "hysteresis", "--N", "30", "--from", "1", "--to", "3", "--by", "1",
                "--steps-per-value", "20", "--out", tmp.resolve("h").toString(), "--formats", "csv", "--json",
                "--quiet")).json();
        JsonNode h = j.get("headline");
        assertThat(h.get("up")).extracting(o -> o.get("r_o").asDouble()).containsExactly(1.0, 2.0, 3.0);
        assertThat(h.get("down")).extracting(o -> o.get("r_o").asDouble()).containsExactly(3.0, 2.0, 1.0);
        assertThat(h.get("up")).extracting(o -> o.get("r_a").asDouble()).containsExactly(14.0, 15.0, 16.0);
        assertThat(h.get("final_step").asLong()).isEqualTo(120);
        assertThat(h.get("up").get(0).get("P").asDouble()).isBetween(0.0, 1.0);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("--N -5", "N = -5 is out of range", "[2, 10000000]"),
                bad("--n_fish 1", "n_fish (N) = 1 is out of range"),
                bad("--dim 4", "dim = 4 is out of range"),
                bad("--box 0", "box = 0 is out of range", "> 0"),
                bad("--box_size nan", "box_size (box) = nan is out of range"),
                bad("--speed 200 --box 25", "speed * dt = 20.0 is out of range", "< box/2"),
                bad("--dt -0.1", "dt = -0.1 is out of range"),
                bad("--steps 0", "steps = 0 is out of range"),
                bad("--r_r 6", "r_o = 5.0 is out of range", "must be >= r_r = 6.0"),
                bad("--r_a 4", "r_a = 4.0 is out of range", "must be >= r_o = 5.0"),
                bad("--rules peer-compat --r_o 1", "r_r = 1.0 is out of range", "< r_o"),
                bad("--rules peer-compat --orientation_weight 1.5", "orientation_weight = 1.5", "[0, 1]"),
                bad("--r_a 20", "r_a = 20.0 is out of range", "box/2 = 12.5", "half_box_check = warn"),
                bad("--cluster_radius 20", "cluster_radius = 20.0 is out of range", "box/2"),
                bad("--max_turn 0.3 --turn_rate 3", "max_turn = 0.3 and turn_rate = 3.0 cannot be combined"),
                bad("--noise 0.1 --rot_diffusion 1", "cannot be combined"),
                bad("--blind_angle 30 --field_of_view 300", "cannot be combined"),
                bad("--max_turn 4", "max_turn = 4 is out of range", "(0, 3.14"),
                bad("--turn_rate 40", "turn_rate * dt = 4.0 is out of range"),
                bad("--noise -1", "noise = -1 is out of range"),
                bad("--blind_angle 180", "blind_angle = 180 is out of range", "[0, 180)"),
                bad("--field_of_view 0", "field_of_view = 0 is out of range"),
                bad("--rules vicsek", "rules = vicsek is not accepted", "couzin2002, peer-compat"),
                bad("--domain torus", "domain = torus is not accepted"),
                bad("--neighbour_search cells", "neighbour_search = cells is unusable"),
                bad("--type_counts 100,40", "type_counts = 100,40 is out of range", "sum to N = 150"),
                bad("--type_counts 1,x", "type_counts = 1,x is not accepted"),
                bad("--probe_steps 5,2000", "probe_steps = 5,2000 is out of range", "[0, steps = 1000]"),
                bad("--init file", "init = file needs init_state"),
                bad("--init torus --init_state nosuch.csv", "init = torus cannot be combined with init_state"),
                bad("--init_state nosuch.csv", "init_state = nosuch.csv: no such file"),
                bad("--torus_init true --init random", "torus_init = true cannot be combined with init = random"),
                bad("--draws nosuch.npy", "draws = nosuch.npy: no such file", "(>= 1000, 150, 4)"),
                bad("--entropies maybe", "entropies = maybe is not accepted"),
                bad("--entropy_every 0", "entropy_every = 0 is out of range"),
                bad("--nfish 3", "--nfish: unknown option", "--n_fish"),
                bad("--set nfish=3", "unknown key 'nfish'", "did you mean 'n_fish'"),
                bad("--preset frob", "--preset: frob is not a preset of couzin"),
                bad("--half_box_check maybe", "half_box_check = maybe is not accepted"));
    }

    static Arguments bad(String args, String... expected) {
        return Arguments.of(args, expected);
    }

    @ParameterizedTest(name = "couzin run {0}")
    @MethodSource("badInput")
    void badInputExitsTwoWithOneLineBeforeAnyWork(String args, String[] expected) {
        assertBadRun(tmp.resolve("out"), List.of(args.split(" ")), expected);
    }

    /**
     * {@code couzin run ARGS --out OUT} exits 2 with one line on stderr, naming every expected fragment, before any
     * work: nothing on stdout, OUT not created.
     */
    static void assertBadRun(Path out, List<String> args, String... expected) {
        List<String> argv = new ArrayList<>(List.of("couzin", "run"));
        argv.addAll(args);
        argv.addAll(List.of("--out", out.toString()));
        Cli.Result r = Cli.run(argv.toArray(String[]::new));
        assertThat(r.code()).as("exit code: %s", r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
        String line = r.errLines().get(0);
        assertThat(line).startsWith("simdyn couzin run: ").doesNotContain("Exception").doesNotContain("\tat ");
        for (String e : expected) {
            assertThat(line).contains(e);
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void badInputOfTheOtherActions() throws IOException {
        Path state = tmp.resolve("state.csv");
        Files.writeString(state, "x,y,z,vx,vy\n1,2,3,1,0\n", StandardCharsets.UTF_8);
        String[][] cases = {
            {"couzin ensemble --seeds 1-x", "seeds = 1-x is not accepted"},
            {"couzin ensemble --seeds 5-2", "seeds = 5-2 is out of range"},
            {"couzin ensemble --seeds 0-100000", "at most 100000 seeds"},
            {"couzin ensemble --N 10", "seeds is missing"},
            {"couzin hysteresis --rules peer-compat --from 1", "plateau r_o = 1.0", "must be < r_o"},
            {"couzin hysteresis --to 40", "plateau r_o = 18.0", "box/2 = 30.0"},
            {"couzin analyze --state " + state, "box is missing"},
            {"couzin analyze --state " + state + " --box 10 --dim 3", "has no column 'vz'"},
            {"couzin analyze --state nosuch.csv --domain open", "no such file"},
        };
        for (String[] c : cases) {
            Path out = tmp.resolve("o");
            List<String> argv = new ArrayList<>(List.of(c[0].split(" ")));
            argv.addAll(List.of("--out", out.toString()));
            Cli.Result r = Cli.run(argv.toArray(String[]::new));
            assertThat(r.code()).as("%s: %s", c[0], r.err()).isEqualTo(2);
            assertThat(r.errLines()).as(c[0]).hasSize(1);
            for (int i = 1; i < c.length; i++) {
                assertThat(r.errLines().get(0)).as(c[0]).contains(c[i]);
            }
            assertThat(out).doesNotExist();
        }
    }
}
