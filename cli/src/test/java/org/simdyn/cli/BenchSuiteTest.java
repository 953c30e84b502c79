package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code simdyn bench} (cli spec section 11): the ids, bad input, and the worker that each forked JVM runs (in
 * this JVM here; the forks themselves are tried by hand, see the README). No timing is asserted.
 */
class BenchSuiteTest {

    @Test
    void listNamesEveryIdWithItsBaseline() {
        Cli.Result r = Cli.run("bench", "--list", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> ids = new ArrayList<>();
        r.json().get("ids").forEach(o -> ids.add(o.get("id").asText() + " vs " + o.get("baseline_name").asText()));
        assertThat(ids).containsExactly("fft-c2c-4096 vs JTransforms 3.2", "fft-r2c-65536 vs JTransforms 3.2",
                "philox-normals-1e6 vs scalar twin", "kg-step-phi4-4096 vs scalar twin",
                "couzin-step-2000 vs scalar twin");
        assertThat(r.json().get("planned").toString()).contains("em-3d-1e6").contains("havok-lorenz-50000");
    }

    @Test
    void badIdsAndOutputsExitTwoWithOneLine() {
        for (String[] args : new String[][] {{"bench", "--only", "fft-c2c-4096,nope"},
            {"bench", "--only", "baoab-3d-1e6"}, {"bench", "--only", ""}, {"bench", "--json", "--markdown"}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.err()).startsWith("simdyn bench: ").doesNotContain("Exception");
        }
        assertThat(Cli.run("bench", "--only", "nope").err()).contains("nope is not an id")
                .contains("kg-step-phi4-4096");
        assertThat(Cli.run("bench", "--only", "baoab-3d-1e6").err()).contains("stochastic module");
    }

    /** The worker prints five positive batch means of the baseline (JTransforms, no warm-up minimum). */
    @Test
    void workerTimesFiveBatches() {
        Cli.Result r = Cli.run("bench", "--worker", "fft-c2c-4096", "--baseline", "--warmup-ms", "0", "--batch-ms",
                "20");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("id").asText()).isEqualTo("fft-c2c-4096");
        assertThat(j.get("variant").asText()).isEqualTo("baseline");
        assertThat(j.get("ns")).hasSize(5);
        j.get("ns").forEach(v -> assertThat(v.asDouble()).isPositive());
    }
}
