package org.simdyn.cli.couzin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simdyn.cli.Cli;
import org.simdyn.cli.Hdf5Bits;

/**
 * {@code couzin ensemble} through the multi-run runner (cli spec sections 7-8): interrupted (deterministically, by
 * the step hook, one run at a time) as its first member takes its last step, it writes that completed member, with
 * the bits of the uninterrupted ensemble, status {@code interrupted}, exit 130, and no {@code .spill}; in
 * {@code log} mode it reports progress per run.
 */
class EnsembleInterruptTest {
    private static final int STEPS = 40;

    @TempDir
    Path tmp;

    @AfterEach
    void noInterrupt() {
        CouzinRun.interruptAfter = -1;
    }

    private static List<String> args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("couzin", "ensemble", "--preset", "mill", "--N", "30", "--steps",
                Integer.toString(STEPS), "--seeds", "1-3", "--parallel-runs", "1", "--out", out.toString(), "--formats",
                "h5,csv"));
        a.addAll(List.of(more));
        return a;
    }

    private static Cli.Result run(List<String> args) {
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void interruptedEnsembleKeepsTheCompletedMembers() throws IOException {
        Path full = tmp.resolve("full");
        Cli.Result all = run(args(full, "--json", "--quiet"));
        assertThat(all.code()).as(all.err()).isZero();
        CouzinRun.interruptAfter = STEPS;
        Path part = tmp.resolve("part");
        Cli.Result r = run(args(part, "--json"));
        assertThat(r.code()).as(r.err()).isEqualTo(130);
        JsonNode j = r.json();
        assertThat(j.get("status").asText()).isEqualTo("interrupted");
        assertThat(r.errLines()).filteredOn(l -> l.contains("interrupted")).singleElement().asString()
                .startsWith("simdyn couzin ensemble: interrupted (SIGINT) after 1 of 3 seeds; files are in ");
        JsonNode runs = j.get("headline").get("runs");
        assertThat(runs).hasSize(1);
        JsonNode first = all.json().get("headline").get("runs").get(0);
        assertThat(runs.get(0).get("state_sha256")).isEqualTo(first.get("state_sha256"));
        assertThat(runs.get(0).get("mean")).isEqualTo(first.get("mean"));
        assertThat(j.get("headline").get("stats").get("mean").get("P").get("n").asInt()).isEqualTo(1);
        try (HdfFile f = new HdfFile(part.resolve("couzin_ensemble.h5"))) {
            assertThat(f.getAttribute("status").getData()).isEqualTo("interrupted");
            assertThat(f.getChildren()).containsKey("seed_1").doesNotContainKeys("seed_2", "seed_3");
        }
        for (String d : List.of("seed_1/M_pbc", "seed_1/t", "seed_1/frames/OSI", "seed_1/x_final",
                "seed_1/positions")) {
            assertThat(Hdf5Bits.of(part.resolve("couzin_ensemble.h5"), d)).as(d)
                    .isEqualTo(Hdf5Bits.of(full.resolve("couzin_ensemble.h5"), d));
        }
        assertThat(Files.readAllLines(part.resolve("couzin_ensemble.csv"))).hasSize(3 + 1);
        assertThat(part.resolve(".spill")).doesNotExist();
        assertThat(full.resolve(".spill")).doesNotExist();
    }

    @Test
    void logModeReportsProgressPerRun() {
        Cli.Result r = run(args(tmp.resolve("log"), "--progress", "log"));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> progress = r.errLines().stream().filter(l -> l.startsWith("couzin ensemble: ")).toList();
        assertThat(progress).isNotEmpty().allMatch(l -> l.matches(
                "couzin ensemble: \\d+% run \\d+/3 elapsed [0-9.]+ s eta .*"));
        assertThat(progress.getFirst()).startsWith("couzin ensemble: 33% run 1/3 elapsed");
        assertThat(progress.getLast()).startsWith("couzin ensemble: 100% run 3/3 elapsed");
        assertThat(r.errLines()).filteredOn(l -> l.contains(": seed ")).containsExactly(
                r.errLines().stream().filter(l -> l.contains(": seed 1 done")).findFirst().orElseThrow(),
                r.errLines().stream().filter(l -> l.contains(": seed 2 done")).findFirst().orElseThrow(),
                r.errLines().stream().filter(l -> l.contains(": seed 3 done")).findFirst().orElseThrow());
    }
}
