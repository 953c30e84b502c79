package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.simdyn.cli.common.Checkpoint;
import org.simdyn.cli.osc.OscillatorScenario;

/**
 * Checkpoints, interrupts and restarts (cli spec section 7): an interrupted run continued with {@code --restart}
 * ends bit-identical (state SHA-256 and every dataset) to the uninterrupted run, for thread counts 1 and 2.
 */
class RestartTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noInterrupt() {
        OscillatorScenario.interruptAfter(-1);
    }

    private static List<String> base(Path out, int threads) {
        return new ArrayList<>(List.of("osc", "run", "--out", out.toString(), "--t_end", "2", "--N", "70",
                "--save-every", "0.1", "--checkpoint-every", "0.5", "--formats", "h5,csv,npy", "--threads",
                Integer.toString(threads), "--json", "--quiet", "--seed", "99"));
    }

    @ParameterizedTest(name = "interrupted with {0} thread(s), restarted with the other count")
    @ValueSource(ints = {1, 2})
    void interruptedThenRestartedEqualsUninterrupted(int threads) throws IOException {
        Path a = tmp.resolve("a");
        Cli.Result full = Cli.run(base(a, 1).toArray(String[]::new));
        assertThat(full.code()).as(full.err()).isZero();

        Path b = tmp.resolve("b");
        OscillatorScenario.interruptAfter(130);
        Cli.Result cut = Cli.run(base(b, threads).toArray(String[]::new));
        OscillatorScenario.interruptAfter(-1);
        assertThat(cut.code()).isEqualTo(130);
        assertThat(cut.json().get("status").asText()).isEqualTo("interrupted");
        assertThat(cut.errLines()).singleElement().asString().startsWith("simdyn osc run: interrupted (SIGINT) at "
                + "step 130 (t = 1.3)").contains("--restart");
        assertThat(Json(b.resolve("run.json")).get("status").asText()).isEqualTo("interrupted");
        try (HdfFile h = new HdfFile(b.resolve("osc.h5"))) {
            assertThat(h.getAttribute("status").getData()).isEqualTo("interrupted");
            assertThat(h.getDatasetByPath("t").getDimensions()).containsExactly(14);
        }
        Checkpoint cp = Checkpoint.read(b.resolve(Checkpoint.FILE));
        assertThat(cp.step()).isEqualTo(130);
        assertThat(cp.sha256()).matches("[0-9a-f]{64}");

        // A checkpoint is self-contained: the parameters, seed and output settings come from it.
        Cli.Result rest = Cli.run("osc", "run", "--restart", b.resolve(Checkpoint.FILE).toString(), "--threads",
                Integer.toString(3 - threads), "--json", "--quiet");
        assertThat(rest.code()).as(rest.err()).isZero();
        assertThat(rest.json().get("timings").get("steps").asLong()).isEqualTo(70);
        assertThat(rest.json().get("provenance").get("restart_from").get("step").asLong()).isEqualTo(130);
        assertThat(rest.json().get("headline").get("state_sha256"))
                .isEqualTo(full.json().get("headline").get("state_sha256"));
        assertThat(Hdf5Bits.all(b.resolve("osc.h5"))).isEqualTo(Hdf5Bits.all(a.resolve("osc.h5")));
        assertThat(csvRows(b.resolve("osc.csv"))).isEqualTo(csvRows(a.resolve("osc.csv")));
        assertThat(Files.readAllBytes(b.resolve("osc_x.npy"))).isEqualTo(Files.readAllBytes(a.resolve("osc_x.npy")));
    }

    @Test
    void finishedRunWithCheckpointsContinuesToALaterEndInPlace() throws IOException {
        Path a = tmp.resolve("a");
        List<String> longer = base(a, 1);
        longer.set(longer.indexOf("--t_end") + 1, "3");
        Cli.Result full = Cli.run(longer.toArray(String[]::new));
        assertThat(full.code()).as(full.err()).isZero();
        Path b = tmp.resolve("b");
        assertThat(Cli.run(base(b, 1).toArray(String[]::new)).code()).isZero();
        Cli.Result more = Cli.run("osc", "run", "--restart", b.resolve(Checkpoint.FILE).toString(), "--t_end", "3",
                "--json", "--quiet");
        assertThat(more.code()).as(more.err()).isZero();
        assertThat(more.json().get("headline").get("state_sha256"))
                .isEqualTo(full.json().get("headline").get("state_sha256"));
        assertThat(Hdf5Bits.all(b.resolve("osc.h5"))).isEqualTo(Hdf5Bits.all(a.resolve("osc.h5")));
    }

    @Test
    void restartRejectsChangedParametersBeforeAnyWork() throws IOException {
        Path b = tmp.resolve("b");
        OscillatorScenario.interruptAfter(60);
        assertThat(Cli.run(base(b, 1).toArray(String[]::new)).code()).isEqualTo(130);
        OscillatorScenario.interruptAfter(-1);
        long before = Files.getLastModifiedTime(b.resolve("osc.h5")).toMillis();
        Cli.Result r = Cli.run("osc", "run", "--restart", b.resolve(Checkpoint.FILE).toString(), "--t_end", "2",
                "--N", "70", "--save-every", "0.1", "--seed", "99", "--formats", "h5,csv,npy", "--omega", "2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("simdyn osc run: --restart ")
                .contains("omega = 2.0 differs from the checkpoint's 1.0");
        Cli.Result seed = Cli.run("osc", "run", "--restart", b.resolve(Checkpoint.FILE).toString(), "--t_end", "2",
                "--N", "70", "--save-every", "0.1", "--seed", "98", "--formats", "h5,csv,npy");
        assertThat(seed.code()).isEqualTo(2);
        assertThat(seed.errLines()).singleElement().asString().contains("seed = 98 differs from the checkpoint's 99");
        assertThat(Files.getLastModifiedTime(b.resolve("osc.h5")).toMillis()).isEqualTo(before);
        Files.write(b.resolve(Checkpoint.FILE), new byte[] {1, 2, 3});
        Cli.Result broken = Cli.run("osc", "run", "--restart", b.resolve(Checkpoint.FILE).toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.errLines()).singleElement().asString().contains("not a readable simdyn checkpoint");
    }

    private static JsonNode Json(Path p) throws IOException {
        return org.simdyn.cli.common.Json.parse(Files.readString(p));
    }


    private static List<String> csvRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(2, lines.size());
    }
}
