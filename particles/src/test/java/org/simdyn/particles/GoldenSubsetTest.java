package org.simdyn.particles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The known answers of golden_subset.json (IC mappings with injected draws, 3 noiseless steps per rule set). */
class GoldenSubsetTest {
    private static JsonNode root;
    private static double tol;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = GoldenSubsetTest.class.getResourceAsStream("/golden_subset.json")) {
            root = new ObjectMapper().readTree(in);
        }
        tol = root.get("tolerance_abs").asDouble();
        assertThat(tol).isEqualTo(1e-9);
    }

    static CouzinConfig config(JsonNode p, NeighbourSearch search) {
        CouzinRules rules = p.has("rules") && p.get("rules").asText().equals("peer-compat")
                ? CouzinRules.PEER_COMPAT : CouzinRules.COUZIN2002;
        AgentType t = AgentType.of(p.get("speed").asDouble(), p.get("r_r").asDouble(), p.get("r_o").asDouble(),
                p.get("r_a").asDouble(), p.get("max_turn").asDouble(), p.get("noise").asDouble(),
                p.get("blind_angle").asDouble(), p.get("orientation_weight").asDouble());
        assertThat(p.get("domain").asText()).isEqualTo("periodic");
        return new CouzinConfig(p.get("dim").asInt(), rules, Domain.PERIODIC, p.get("box").asDouble(),
                p.get("dt").asDouble(), new AgentType[] {t}, new int[] {p.get("N").asInt()},
                p.get("blind_repulsion").asBoolean(), search, false);
    }

    static double[] column(JsonNode rows, int k) {
        double[] c = new double[rows.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = rows.get(i).get(k).asDouble();
        }
        return c;
    }

    static void assertState(SwarmState s, JsonNode x, JsonNode v, String what) {
        double[][] got = {s.x(), s.y(), s.z(), s.vx(), s.vy(), s.vz()};
        for (int i = 0; i < s.n(); i++) {
            for (int k = 0; k < 3; k++) {
                assertThat(got[k][i]).as(what + " x[%d][%d]", i, k).isCloseTo(x.get(i).get(k).asDouble(), within(tol));
                assertThat(got[3 + k][i]).as(what + " v[%d][%d]", i, k)
                        .isCloseTo(v.get(i).get(k).asDouble(), within(tol));
            }
        }
    }

    @Test
    void randomInitialCondition() {
        JsonNode c = root.get("init_random");
        CouzinConfig cfg = config(c.get("params"), NeighbourSearch.AUTO);
        JsonNode u = c.get("uniforms");
        JsonNode g = c.get("normals");
        SwarmState s = SwarmState.randomFrom(cfg, column(u, 0), column(u, 1), column(u, 2), column(g, 0),
                column(g, 1), column(g, 2));
        assertState(s, c.get("x"), c.get("v"), "init_random");
    }

    @Test
    void torusInitialCondition() {
        JsonNode c = root.get("init_torus");
        CouzinConfig cfg = config(c.get("params"), NeighbourSearch.AUTO);
        JsonNode g = c.get("normals");
        SwarmState s = SwarmState.torusFrom(cfg, c.get("params").get("torus_radius").asDouble(), column(g, 0),
                column(g, 1), column(g, 2), column(g, 3));
        assertState(s, c.get("x"), c.get("v"), "init_torus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"steps_noiseless_peer_compat", "steps_noiseless_couzin2002"})
    void threeNoiselessSteps(String key) {
        JsonNode c = root.get(key);
        for (NeighbourSearch search : new NeighbourSearch[] {NeighbourSearch.ALL_PAIRS, NeighbourSearch.AUTO}) {
            CouzinConfig cfg = config(c.get("params"), search);
            JsonNode x0 = c.get("x0");
            JsonNode v0 = c.get("v0");
            SwarmState s0 = SwarmState.of(column(x0, 0), column(x0, 1), column(x0, 2), column(v0, 0), column(v0, 1),
                    column(v0, 2));
            CouzinSimulation sim = CouzinSimulation.create(cfg, s0, 7);
            int steps = c.get("params").get("steps").asInt();
            for (int s = 0; s < steps; s++) {
                sim.step();
                assertState(sim.state(), c.get("x").get(s), c.get("v").get(s), key + " step " + (s + 1));
            }
        }
    }
}
