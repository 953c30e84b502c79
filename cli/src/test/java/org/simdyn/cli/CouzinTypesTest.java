package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simdyn.cli.CouzinCliTest.bad;

import com.fasterxml.jackson.databind.JsonNode;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.simdyn.cli.common.ConfigFile;
import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.ParticlePurposes;
import org.simdyn.particles.SwarmState;

/**
 * Several agent types from the command line (couzin spec section 5): per-type lists on the command line and in
 * config files, equality with the library run built from the same {@link AgentType}s, bad lists, an informed
 * minority steering the group (Couzin et al. 2005), lists in {@code /parameters}, and the provenance of replayed
 * draws (section 3). Small runs.
 */
class CouzinTypesTest {
    /** The two types of {@link #library}, as command-line options. */
    private static final List<String> TWO_TYPES = List.of("--N", "20", "--type_counts", "12,8", "--box", "15",
            "--speed", "1,1.5", "--r_r", "1,0.5", "--r_o", "3,2", "--r_a", "6,5", "--max_turn", "0.3,0.2", "--noise",
            "0.1,0.05", "--blind_angle", "30,20", "--orientation_weight", "1,0.5", "--informed_weight", "0,0.3",
            "--preferred_azimuth", "30", "--preferred_elevation", "10", "--steps", "30", "--seed", "7");

    @TempDir
    Path tmp;

    private static Cli.Result ok(List<String> args) {
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as("%s: %s", args, r.err()).isZero();
        return r;
    }

    private static List<String> args(String action, List<String> base, String... more) {
        List<String> a = new ArrayList<>(List.of("couzin", action));
        a.addAll(base);
        a.addAll(List.of(more));
        return a;
    }

    /** The state SHA-256 after 30 steps of the library run with the two types of {@link #TWO_TYPES}. */
    private static String library() {
        AgentType a = new AgentType(1, 1, 3, 6, 0.3, 0.1, 30, 1, 0, null);
        AgentType b = new AgentType(1.5, 0.5, 2, 5, 0.2, 0.05, 20, 0.5, 0.3, AgentType.direction(3, 30, 10));
        CouzinConfig cfg = new CouzinConfig(3, CouzinRules.COUZIN2002, Domain.PERIODIC, 15, 0.1,
                new AgentType[] {a, b}, new int[] {12, 8}, true, NeighbourSearch.AUTO, false);
        CouzinSimulation sim = CouzinSimulation.create(cfg, SwarmState.random(cfg, 7), 7);
        sim.advance(30);
        return sim.stateSha256();
    }

    @Test
    void listsOnTheCommandLineGiveTheLibraryRunOfTheSameTypes() throws IOException {
        Path out = tmp.resolve("cli");
        JsonNode j = ok(args("run", TWO_TYPES, "--out", out.toString(), "--formats", "h5", "--json", "--quiet"))
                .json();
        JsonNode h = j.get("headline");
        assertThat(h.get("state_sha256").asText()).isEqualTo(library());
        assertThat(h.get("theta")).extracting(JsonNode::asDouble).containsExactly(0.3, 0.2);
        assertThat(h.get("sigma")).extracting(JsonNode::asDouble).containsExactly(0.1, 0.05);
        JsonNode informed = h.get("informed");
        assertThat(informed).hasSize(1);
        assertThat(informed.get(0).get("type").asInt()).isEqualTo(1);
        assertThat(informed.get(0).get("count").asInt()).isEqualTo(8);
        assertThat(informed.get(0).get("weight").asDouble()).isEqualTo(0.3);
        double[] g = AgentType.direction(3, 30, 10);
        assertThat(informed.get(0).get("direction")).extracting(JsonNode::asDouble).containsExactly(g[0], g[1], g[2]);
        assertThat(informed.get(0).get("alignment").isNumber()).isTrue();
        JsonNode params = j.get("parameters");
        assertThat(params.get("speed")).extracting(JsonNode::asDouble).containsExactly(1.0, 1.5);
        assertThat(params.get("preferred_azimuth").asDouble()).isEqualTo(30.0);
        assertThat(j.get("provenance").get("parameters")).isEqualTo(params);
        try (HdfFile f = new HdfFile(out.resolve("couzin.h5"))) {
            assertThat(f.getByPath("/parameters").getAttribute("r_o").getData()).isEqualTo(new double[] {3, 2});
            assertThat(f.getByPath("/parameters").getAttribute("box").getData()).isEqualTo(15.0);
        }
    }

    @Test
    void listsInAConfigFileGiveTheSameRun() throws IOException {
        Path conf = tmp.resolve("two.conf");
        Files.writeString(conf, """
                # two agent types
                N = 20
                type_counts = 12, 8
                box = 15
                speed = 1, 1.5
                r_r = 1,0.5
                r_o = 3 ,2
                r_a = 6, 5
                max_turn = 0.3, 0.2
                noise = 0.1, 0.05
                blind_angle = 30, 20
                orientation_weight = 1, 0.5
                informed_weight = 0, 0.3
                preferred_azimuth = 30
                preferred_elevation = 10
                steps = 30
                seed = 7
                """, StandardCharsets.UTF_8);
        JsonNode j = ok(List.of("couzin", "run", "--config", conf.toString(), "--out", tmp.resolve("f").toString(),
                "--formats", "none", "--json", "--quiet")).json();
        assertThat(j.get("headline").get("state_sha256").asText()).isEqualTo(library());
        assertThat(j.get("provenance").get("config_dialect").asText()).isEqualTo(ConfigFile.SIMDYN);
    }

    @Test
    void aSingleValueAppliesToEveryType() {
        List<String> base = List.of("--N", "20", "--box", "15", "--r_a", "6", "--steps", "10", "--formats", "none",
                "--json", "--quiet");
        JsonNode one = ok(args("run", base, "--out", tmp.resolve("a").toString())).json();
        JsonNode two = ok(args("run", base, "--type_counts", "5,15", "--speed", "1", "--out",
                tmp.resolve("b").toString())).json();
        JsonNode listed = ok(args("run", base, "--type_counts", "5,15", "--speed", "1,1", "--out",
                tmp.resolve("c").toString())).json();
        assertThat(two.get("headline").get("state_sha256")).isEqualTo(one.get("headline").get("state_sha256"));
        assertThat(listed.get("headline").get("state_sha256")).isEqualTo(one.get("headline").get("state_sha256"));
        assertThat(two.get("headline").get("theta").asDouble()).isEqualTo(0.3);
        assertThat(two.get("headline").get("informed").isNull()).isTrue();
    }

    static Stream<Arguments> badLists() {
        return Stream.of(
                bad("--type_counts 12,8 --speed 1,2,3", "speed = 1.0,2.0,3.0 has 3 values", "one per type",
                        "type_counts = 12,8 gives 2 types"),
                bad("--speed 1,2", "speed = 1.0,2.0 has 2 values", "type_counts is unset (1 type)"),
                bad("--type_counts 12,8 --speed 1,-2", "speed[1] = -2 is out of range: must be finite and > 0",
                        "indices from 0"),
                bad("--type_counts 12,8 --max_turn 0.3,4", "max_turn[1] = 4 is out of range", "(0, 3.14"),
                bad("--type_counts 12,8 --blind_angle 10,180", "blind_angle[1] = 180 is out of range", "[0, 180)"),
                bad("--type_counts 12,8 --noise 0.1,x", "noise[1] = x is not a number"),
                bad("--type_counts 12,8 --r_o 3,0.5", "type 1: r_o = 0.5 is out of range: must be >= r_r = 1.0"),
                bad("--type_counts 12,8 --r_a 6,2", "type 1: r_a = 2.0 is out of range: must be >= r_o = 5.0"),
                bad("--type_counts 12,8 --r_a 10,11", "type 1: r_a = 11.0 is out of range", "box/2 = 10.5"),
                bad("--type_counts 12,8 --turn_rate 1,40", "type 1: turn_rate * dt = 4.0 is out of range"),
                bad("--type_counts 12,8 --rules peer-compat --orientation_weight 1,1.5",
                        "type 1: orientation_weight = 1.5 is out of range", "[0, 1]"),
                bad("--type_counts 12,8 --max_turn 0.3,0.2 --turn_rate 1",
                        "max_turn = 0.3,0.2 and turn_rate = 1.0 cannot be combined"));
    }

    @ParameterizedTest(name = "couzin run {0}")
    @MethodSource("badLists")
    void aBadListExitsTwoWithOneLine(String args, String[] expected) {
        List<String> argv = new ArrayList<>(List.of("--N", "20", "--box", "21"));
        argv.addAll(List.of(args.split(" ")));
        CouzinCliTest.assertBadRun(tmp.resolve("out"), argv, expected);
    }

    @Test
    void aBadListInAConfigFileNamesTheLine() throws IOException {
        Path conf = tmp.resolve("bad.conf");
        Files.writeString(conf, "N = 20\ntype_counts = 12,8\nspeed = 1, 0\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("couzin", "run", "--config", conf.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("bad.conf:3: speed[1] = 0 is out of range");
    }

    @Test
    void hysteresisNeedsOneValueOfTheSweptKeyAndKeepsEachTypesAttractionWidth() {
        Cli.Result r = Cli.run("couzin", "hysteresis", "--N", "30", "--type_counts", "20,10", "--r_o", "2,3",
                "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("r_o = 2.0,3.0 is not accepted by couzin "
                + "hysteresis", "the swept key takes one value");
        Cli.Result too = Cli.run("couzin", "hysteresis", "--N", "30", "--type_counts", "20,10", "--r_a", "15,29",
                "--from", "1", "--to", "4", "--out", tmp.resolve("y").toString());
        assertThat(too.code()).isEqualTo(2);
        assertThat(too.errLines()).singleElement().asString().contains("plateau r_o = 4.0", "type 1: r_a = 31.0",
                "box/2 = 30.0");
        JsonNode j = ok(List.of("couzin", "hysteresis", "--N", "30", "--type_counts", "20,10", "--r_a", "15,12",
                "--from", "1", "--to", "2", "--steps-per-value", "10", "--out", tmp.resolve("h").toString(),
                "--formats", "csv", "--json", "--quiet")).json();
        assertThat(j.get("headline").get("up")).extracting(o -> o.get("r_a").asDouble()).containsExactly(14.0, 15.0);
        assertThat(j.get("parameters").get("r_a")).extracting(JsonNode::asDouble).containsExactly(15.0, 12.0);
    }

    /**
     * Couzin et al. 2005: a minority of informed agents (here 10 of 100, weight 0.5, preferred direction e_x)
     * moves the whole group towards e_x. Statistic per seed: a = window mean of V.e_x, V = (1/N) sum u_i (the
     * headline alignment). Null hypothesis (nobody informed): the model, the random initial state (uniform in the
     * cube [0, L)^3, isotropic normal headings) and the open domain are invariant under the reflection x -> L - x,
     * which maps a to -a, so P(a > 0) = 1/2 (a = 0 has probability 0). Seeds are independent Philox keys, so
     * all of eight seeds with a > 0 has probability 2^-8 < 0.004 under the null: a sign test, which needs no
     * assumption about how polarised the group is.
     *
     * <p>History, kept because the threshold must not be tuned: a first design (r_o = 2, three seeds, a >= 0.75
     * each, from the six-axis symmetry bound P(a >= c) <= 1/6 for c > 1/sqrt 2) failed: a = 0.741, 0.590, 0.792
     * for seeds 1-3, because the group was a moving swarm (window mean P 0.75-0.81) and a <= P. With r_o = 5 (a
     * polarised group, closer to the aligned groups of Couzin 2005) seeds 4-6 gave a = 0.738, 0.681, 0.837 with P
     * 0.85-0.87: still below 0.75, so that threshold was dropped, not lowered, and the sign test was fixed before
     * running these eight fresh seeds (11-18). Parameters: Couzin 2005's alpha = 1, speed 1, theta = 2 rad/s and
     * 340 degree field of perception; r_o = 5, r_a = 6; dt = 0.1, 500 steps.
     */
    @Test
    void anInformedMinorityMovesTheGroupTowardsItsDirection() {
        for (int seed = 11; seed <= 18; seed++) {
            JsonNode h = ok(List.of("couzin", "run", "--N", "100", "--type_counts", "90,10", "--informed_weight",
                    "0,0.5", "--domain", "open", "--box", "6", "--speed", "1", "--r_r", "1", "--r_o", "5", "--r_a",
                    "6", "--max_turn", "0.2", "--noise", "0.01", "--blind_angle", "10", "--steps", "500", "--seed",
                    Integer.toString(seed), "--entropies", "off", "--threads", "1", "--formats", "none", "--json",
                    "--quiet", "--out", tmp.resolve("inf" + seed).toString())).json().get("headline");
            JsonNode informed = h.get("informed");
            assertThat(informed).hasSize(1);
            assertThat(informed.get(0).get("count").asInt()).isEqualTo(10);
            assertThat(informed.get(0).get("alignment").asDouble()).as("seed %s", seed).isPositive();
        }
    }

    @Test
    void replayedDrawsAreNamedInTheProvenance() throws IOException {
        int n = 20;
        int steps = 5;
        int k = 4;
        Path npy = CouzinCliTest.philoxDraws(tmp.resolve("draws.npy"), 3, steps, n, k);
        String sha = ConfigFile.sha256(Files.readAllBytes(npy));
        Path out = tmp.resolve("r");
        JsonNode j = ok(List.of("couzin", "run", "--N", "20", "--steps", "5", "--seed", "3", "--draws",
                npy.toString(), "--out", out.toString(), "--formats", "h5", "--json", "--quiet")).json();
        JsonNode rng2 = j.get("provenance").get("rng");
        assertThat(rng2.get("generator").asText()).isEqualTo("replay");
        assertThat(rng2.get("philox").asText()).isEqualTo("Philox4x32-10");
        assertThat(rng2.get("replay").get("file").asText()).isEqualTo(npy.toAbsolutePath().toString());
        assertThat(rng2.get("replay").get("sha256").asText()).isEqualTo(sha);
        assertThat(rng2.get("replay").get("shape")).extracting(JsonNode::asInt).containsExactly(steps, n, k);
        assertThat(rng2.get("replay").get("purposes").get("NOISE").asInt()).isEqualTo(ParticlePurposes.NOISE);
        assertThat(rng2.get("purposes").has("NOISE")).isFalse();
        assertThat(rng2.get("purposes").get("INIT_POSITION").asInt()).isEqualTo(ParticlePurposes.INIT_POSITION);
        assertThat(j.get("headline").get("draws_sha256").asText()).isEqualTo(sha);
        try (HdfFile f = new HdfFile(out.resolve("couzin.h5"))) {
            assertThat(f.getAttribute("rng_generator").getData()).isEqualTo("replay");
        }
        JsonNode philox = ok(List.of("couzin", "run", "--N", "20", "--steps", "5", "--seed", "3", "--out",
                tmp.resolve("p").toString(), "--formats", "none", "--json", "--quiet")).json();
        assertThat(philox.get("provenance").get("rng").get("generator").asText()).isEqualTo("Philox4x32-10");
        assertThat(philox.get("provenance").get("rng").has("replay")).isFalse();
        assertThat(philox.get("headline").get("state_sha256")).isEqualTo(j.get("headline").get("state_sha256"));
        Cli.Result hyst = Cli.run("couzin", "hysteresis", "--N", "20", "--draws", npy.toString(), "--out",
                tmp.resolve("h").toString());
        assertThat(hyst.code()).isEqualTo(2);
        assertThat(hyst.errLines()).singleElement().asString().contains("draws = " + npy,
                "not accepted by couzin hysteresis");
    }
}
