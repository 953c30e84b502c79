package org.simdyn.cli.kg;

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

/**
 * {@code kg scan} through the multi-run runner (cli spec sections 7-8): interrupted after its second collision
 * (deterministically, by the test hook, with one run at a time) it writes the two completed runs to a readable
 * {@code scan.h5} and {@code scan.csv}, status {@code interrupted}, one line, exit 130; in {@code log} mode it
 * reports progress per run.
 */
class KgScanInterruptTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noInterrupt() {
        KgScan.interruptAfterRuns = -1;
    }

    private static List<String> args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("kg", "scan", "--u", "0.05,0.28:0.3:0.02", "--refine-tol", "0.005",
                "--N", "256", "--L", "60", "--dt", "0.05", "--t-after", "10", "--t-out", "5", "--parallel-runs", "1",
                "--out", out.toString(), "--formats", "h5,csv"));
        a.addAll(List.of(more));
        return a;
    }

    private static Cli.Result run(List<String> args) {
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void interruptedScanKeepsTheCompletedRuns() throws IOException {
        Path full = tmp.resolve("full");
        Cli.Result all = run(args(full, "--json", "--quiet"));
        assertThat(all.code()).as(all.err()).isZero();
        JsonNode whole = all.json();
        KgScan.interruptAfterRuns = 2;
        Path part = tmp.resolve("part");
        Cli.Result r = run(args(part, "--json"));
        assertThat(r.code()).as(r.err()).isEqualTo(130);
        JsonNode j = r.json();
        assertThat(j.get("status").asText()).isEqualTo("interrupted");
        assertThat(j.has("error")).isFalse();
        assertThat(r.errLines()).filteredOn(l -> l.contains("interrupted")).singleElement().asString()
                .startsWith("simdyn kg scan: interrupted (SIGINT) after 2 completed runs of the scan; files are in ");
        JsonNode h = j.get("headline");
        assertThat(h.get("runs").asInt()).isEqualTo(2);
        assertThat(h.get("pattern").asText()).hasSize(3).endsWith("?");
        assertThat(h.get("v_c").isNull()).isTrue();
        // the completed runs are the first two grid points, with the bits of the uninterrupted scan
        for (int i = 0; i < 2; i++) {
            JsonNode row = h.get("rows").get(i);
            JsonNode same = null;
            for (JsonNode w : whole.get("headline").get("rows")) {
                if (w.get("u").equals(row.get("u"))) {
                    same = w;
                }
            }
            assertThat(row).isEqualTo(same);
        }
        assertThat(h.get("pattern").asText()).startsWith(whole.get("headline").get("pattern").asText()
                .substring(0, 2));
        assertThat(JsonNodes.text(j.get("files"))).contains("scan.h5", "scan.csv");
        List<String> csv = Files.readAllLines(part.resolve("scan.csv"));
        assertThat(csv).hasSize(3 + 2);
        assertThat(csv.get(1)).contains("\"status\":\"interrupted\"");
        try (HdfFile f = new HdfFile(part.resolve("scan.h5"))) {
            assertThat(f.getAttribute("status").getData()).isEqualTo("interrupted");
            assertThat((double[]) f.getDatasetByPath("u").getData()).containsExactly(0.05, 0.28);
            for (String g : List.of("/u0.05", "/u0.28")) {
                double[] center = (double[]) f.getDatasetByPath(g + "/center").getData();
                assertThat(center.length).isPositive();
            }
            assertThat(f.getChildren()).doesNotContainKey("u0.3");
        }
        assertThat(part.resolve("run.json")).exists();
    }

    @Test
    void logModeReportsProgressPerRun() {
        Cli.Result r = run(args(tmp.resolve("log"), "--progress", "log"));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> progress = r.errLines().stream().filter(l -> l.startsWith("kg scan: ")).toList();
        assertThat(progress).isNotEmpty().allMatch(l -> l.matches("kg scan: \\d+% run \\d+/\\d+ elapsed [0-9.]+ s "
                + "eta .*"));
        assertThat(progress.getLast()).matches("kg scan: 100% run (\\d+)/\\1 elapsed .*");
        assertThat(progress.getFirst()).matches("kg scan: (33|66)% run [12]/3 elapsed .*");
    }

    /** Text of a JSON array's elements. */
    private static final class JsonNodes {
        static List<String> text(JsonNode array) {
            List<String> l = new ArrayList<>();
            array.forEach(n -> l.add(n.asText()));
            return l;
        }
    }
}
