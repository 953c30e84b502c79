package org.simdyn.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.cli.osc.OscillatorScenario;

/** Config files: every rule of cli spec section 4, dialect detection and the eight peer configs. */
class ConfigFileTest {
    private static final Scenario OSC = new OscillatorScenario();

    private static ConfigFile parse(String text) {
        return ConfigFile.parse(Path.of("t.conf"), text, ConfigFile.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void linesCommentsAndSplitting() {
        ConfigFile c = parse("# head\n\n  omega = 2.5   # trailing\nlabel=a=b\r\n   \n#x = 1\n");
        assertThat(c.entries()).containsExactly(new ConfigFile.Entry("omega", "2.5", 3),
                new ConfigFile.Entry("label", "a=b", 4));
        assertThat(c.dialect()).isEqualTo(ConfigFile.SIMDYN);
        assertThatThrownBy(() -> parse("omega = 1\njust words\n")).isInstanceOf(UsageException.class)
                .hasMessage("t.conf:2: 'just words' is not a 'key = value' line");
    }

    @Test
    void valuesNoneNumbersIntegersBooleansAndPrecedence() {
        ConfigFile c = parse("omega = 2\nN = 1e1\ngamma = none\nverbose_series = TRUE\nlabel = fancy\ndt = 0.5\n");
        Parameters p = Parameters.resolve(OSC, List.of(), c, List.of(Map.entry("dt", "0.25")));
        assertThat(p.real("omega")).isEqualTo(2.0);
        assertThat(p.integer("N")).isEqualTo(10L);
        assertThat(p.real("gamma")).isEqualTo(0.1);
        assertThat(p.bool("verbose_series")).isTrue();
        assertThat(p.text("label")).isEqualTo("fancy");
        assertThat(p.real("dt")).isEqualTo(0.25);
        assertThat(p.warnings()).isEmpty();
        for (String v : new String[] {"nan", "NaN", "inf", "-INF", "Infinity"}) {
            assertThatThrownBy(() -> Parameters.resolve(OSC, List.of(), parse("omega = " + v + "\n"), List.of()))
                    .hasMessage("t.conf:1: omega = " + v + " is out of range: must be finite and > 0");
        }
    }

    @Test
    void repeatedKeyWarnsAndLastWins() {
        Parameters p = Parameters.resolve(OSC, List.of(), parse("omega = 1\nomega = 3\n"), List.of());
        assertThat(p.real("omega")).isEqualTo(3.0);
        assertThat(p.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("repeated_key");
            assertThat(w.message()).contains("t.conf:2", "omega", "line 1");
        });
    }

    @Test
    void keysAreCaseSensitiveAndUnknownKeysSuggest() {
        assertThatThrownBy(() -> Parameters.resolve(OSC, List.of(), parse("OMEGA = 1\n"), List.of()))
                .hasMessage("t.conf:1: unknown key 'OMEGA'");
        assertThatThrownBy(() -> Parameters.resolve(OSC, List.of(), parse("gama = 1\n"), List.of()))
                .hasMessage("t.conf:1: unknown key 'gama' (did you mean 'gamma'?)");
        assertThatThrownBy(() -> Parameters.resolve(OSC, List.of(), parse("zzzzzz = 1\n"), List.of()))
                .hasMessage("t.conf:1: unknown key 'zzzzzz'");
        assertThat(Parameters.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Parameters.nearest("nxx", List.of("nx", "ny"))).isEqualTo("nx");
    }

    @Test
    void foreignKeysAreIgnoredWithWarnings() {
        Parameters p = Parameters.resolve(OSC, List.of(), parse("fps = 30\nadaptive_dt = true\nosc_gui = yes\n"), List.of());
        assertThat(p.ignoredKeys()).containsExactly("fps", "adaptive_dt", "osc_gui");
        assertThat(p.warnings()).extracting(Warning::code).containsExactly("ignored_key", "ignored_key",
                "adaptive_dt_ignored", "ignored_key");
    }

    @Test
    void stemNormalisation() {
        assertThat(RunContext.stem("Case 1 - Linear Wave")).isEqualTo("case_1_linear_wave");
        assertThat(RunContext.stem("--Kink!!")).isEqualTo("kink");
    }

    @Test
    void dialectDetection() {
        assertThat(parse("scenario = osc\nn_fish = 3\n").group()).isEqualTo("osc");
        assertThat(parse("scenario = osc\nn_fish = 3\n").dialect()).isEqualTo(ConfigFile.SIMDYN);
        assertThat(parse("box_size = 3\n").group()).isEqualTo("couzin");
        assertThat(parse("r_repulsion = 3\n").dialect()).isEqualTo(ConfigFile.DEWI_KADITA);
        assertThat(parse("ic_type = kink\n").group()).isEqualTo("kg");
        assertThat(parse("potential = phi4\n").dialect()).isEqualTo(ConfigFile.AMANGKURAT);
        assertThatThrownBy(() -> parse("dt = 1\n").group()).hasMessageContaining("cannot tell which model")
                .hasMessageContaining("add 'scenario = ...'");
    }

    /** Keys of the peer configs per the module specs (kg.md 8.2, couzin.md 2), as a test-only scenario. */
    private record PeerScenario(String group, List<Param> parameters) implements Scenario {
        @Override
        public String action() {
            return "run";
        }

        @Override
        public String description() {
            return "peer keys";
        }

        @Override
        public String defaultStem() {
            return group;
        }

        @Override
        public int defaultFrames() {
            return 2;
        }

        @Override
        public Simulation create(Parameters p, RunContext context) {
            throw new UnsupportedOperationException();
        }
    }

    private static Param real(String key, String... aliases) {
        return Param.real(key, 1.0, Param.Range.FINITE, "1", key).alias(aliases);
    }

    private static final Scenario KG = new PeerScenario("kg", List.of(
            Param.integer("N", 2048, 2, 1 << 24, "points").alias("nx"), real("x_min"), real("x_max"), real("T",
                    "t_final"), real("dt"), Param.choice("potential", "phi4", "V", "linear", "phi4", "sine_gordon"),
            real("mass"), real("lambda"), real("vacuum"), Param.choice("ic", "kink", "ic", "gaussian", "kink",
                    "breather", "kink_antikink").alias("ic_type"), real("amplitude"), real("width"),
            real("x0", "position"), real("u", "velocity"), real("omega", "frequency"), real("S", "separation")));

    private static final Scenario COUZIN = new PeerScenario("couzin", List.of(
            Param.integer("N", 150, 2, 10_000_000, "agents").alias("n_fish"), real("box", "box_size"),
            real("speed"), real("r_r", "r_repulsion"), real("r_o", "r_orientation"), real("r_a", "r_attraction"),
            real("max_turn"), real("noise"), real("blind_angle"), real("orientation_weight"),
            Param.bool("torus_init", false, "ring start"), real("torus_radius"),
            Param.integer("steps", 1000, 1, 1L << 62, "steps").alias("n_steps"), real("dt"),
            Param.choice("entropies", "auto", "e", "auto", "on", "off", "true", "false").alias("compute_entropy")));

    static Stream<Arguments> peerConfigs() {
        return Stream.of(
                Arguments.of("amangkurat/case1_linear_wave.txt", "kg", Set.of("adaptive_dt", "energy_tol",
                        "save_animation", "fps", "dpi", "colormap"), "case_1_linear_wave"),
                Arguments.of("amangkurat/case2_kink.txt", "kg", Set.of("adaptive_dt", "energy_tol", "save_animation",
                        "fps", "dpi", "colormap"), "case_2_kink_soliton"),
                Arguments.of("amangkurat/case3_breather.txt", "kg", Set.of("adaptive_dt", "energy_tol",
                        "save_animation", "fps", "dpi", "colormap"), "case_3_breather"),
                Arguments.of("amangkurat/case4_collision.txt", "kg", Set.of("adaptive_dt", "energy_tol",
                        "save_animation", "fps", "dpi", "colormap"), "case_4_kink_antikink_collision"),
                Arguments.of("dewi-kadita/case1_swarm.txt", "couzin", dkIgnored(), "case_1_swarm"),
                Arguments.of("dewi-kadita/case2_torus.txt", "couzin", dkIgnored(), "case_2_torus"),
                Arguments.of("dewi-kadita/case3_dynamic_parallel.txt", "couzin", dkIgnored(),
                        "case_3_dynamic_parallel"),
                Arguments.of("dewi-kadita/case4_highly_parallel.txt", "couzin", dkIgnored(),
                        "case_4_highly_parallel"));
    }

    private static Set<String> dkIgnored() {
        return Set.of("use_numba", "save_gif", "animation_fps", "animation_dpi", "animation_skip",
                "animation_duration");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peerConfigs")
    void peerConfigsParseWithDialectAliasesAndIgnoredKeys(String resource, String group, Set<String> ignored,
            String stem) throws IOException {
        String text;
        try (InputStream in = ConfigFileTest.class.getResourceAsStream("/peer/" + resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ConfigFile c = ConfigFile.parse(Path.of(resource), text, ConfigFile.sha256(text.getBytes(
                StandardCharsets.UTF_8)));
        assertThat(c.group()).isEqualTo(group);
        assertThat(c.dialect()).isEqualTo(group.equals("kg") ? ConfigFile.AMANGKURAT : ConfigFile.DEWI_KADITA);
        Parameters p = Parameters.resolve(group.equals("kg") ? KG : COUZIN, List.of(), c, List.of());
        assertThat(Set.copyOf(p.ignoredKeys())).isEqualTo(ignored);
        assertThat(p.warnings()).filteredOn(w -> w.code().equals("ignored_key")).hasSize(ignored.size());
        assertThat(RunContext.stem(p.run().get("scenario_name"))).isEqualTo(stem);
        assertThat(p.run()).containsEntry("output_dir", "outputs");
        if (group.equals("kg")) {
            assertThat(p.given("N")).isEqualTo("nx");
            assertThat(p.integer("N")).isEqualTo(Long.parseLong(c.last("nx")));
            assertThat(p.text("ic")).isEqualTo(c.last("ic_type"));
            assertThat(p.real("T")).isEqualTo(Double.parseDouble(c.last("t_final")));
            assertThat(p.run()).containsEntry("n_cores", "0").containsKey("n_frames").containsEntry("save_netcdf",
                    "true");
            assertThat(p.warnings()).extracting(Warning::code).contains("adaptive_dt_ignored");
        } else {
            assertThat(p.given("N")).isEqualTo("n_fish");
            assertThat(p.integer("N")).isEqualTo(Long.parseLong(c.last("n_fish")));
            assertThat(p.real("r_a")).isEqualTo(Double.parseDouble(c.last("r_attraction")));
            assertThat(p.integer("steps")).isEqualTo(Long.parseLong(c.last("n_steps")));
            assertThat(p.run()).containsEntry("seed", c.last("seed")).containsEntry("save_csv", "true")
                    .containsEntry("save_png", "true");
        }
    }
}
