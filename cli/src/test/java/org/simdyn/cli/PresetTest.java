package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared preset mechanism (defaults < preset < config file < options) through the TEST-ONLY osc group. */
class PresetTest {
    @TempDir
    Path tmp;

    private static JsonNode dryRun(String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.json();
    }

    @Test
    void presetSetsParametersAndRunKeysByNameOrAlias() {
        for (String name : new String[] {"slow", "case1"}) {
            JsonNode j = dryRun("osc", "run", "--preset", name, "--dry-run", "--json");
            assertThat(j.get("parameters").get("omega").asDouble()).isEqualTo(0.5);
            assertThat(j.get("parameters").get("N").asLong()).isEqualTo(3);
            assertThat(j.get("parameters").get("gamma").asDouble()).as("default kept").isEqualTo(0.1);
            assertThat(j.get("provenance").get("seed").asLong()).isEqualTo(7);
        }
    }

    @Test
    void configFileAndOptionsOverrideThePreset() throws IOException {
        Path conf = tmp.resolve("o.conf");
        Files.writeString(conf, "scenario = osc\nomega = 2\nseed = 9\n");
        JsonNode j = dryRun("osc", "run", "--preset", "slow", "--config", conf.toString(), "--N", "5", "--dry-run",
                "--json");
        assertThat(j.get("parameters").get("omega").asDouble()).isEqualTo(2.0);
        assertThat(j.get("parameters").get("N").asLong()).isEqualTo(5);
        assertThat(j.get("provenance").get("seed").asLong()).isEqualTo(9);
        JsonNode viaRun = dryRun("run", "--config", conf.toString(), "--preset", "fast", "--N", "6", "--dry-run",
                "--json");
        assertThat(viaRun.get("parameters").get("omega").asDouble()).isEqualTo(2.0);
        assertThat(viaRun.get("parameters").get("N").asLong()).isEqualTo(6);
    }

    @Test
    void unknownPresetIsOneLineNamingThePresets() {
        Cli.Result r = Cli.run("osc", "run", "--preset", "slwo", "--dry-run");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("simdyn osc run: --preset: slwo is not a preset of osc "
                + "(presets: slow, fast; did you mean 'slow'?)");
    }

    @Test
    void presetsCommandListsTextAndJson() {
        Cli.Result text = Cli.run("osc", "presets");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("slow (alias case1): A slow oscillator.").contains("omega = 0.5")
                .contains("corrects: nothing; a test preset").contains("fast: A fast oscillator.");
        JsonNode j = Cli.run("osc", "presets", "--json").json();
        assertThat(j.get("command").asText()).isEqualTo("osc presets");
        assertThat(j.get("presets")).hasSize(2);
        JsonNode slow = j.get("presets").get(0);
        assertThat(slow.get("name").asText()).isEqualTo("slow");
        assertThat(slow.get("aliases").get(0).asText()).isEqualTo("case1");
        assertThat(slow.get("parameters").get("omega").asText()).isEqualTo("0.5");
        assertThat(j.get("presets").get(1).get("corrects").isNull()).isTrue();
    }
}
