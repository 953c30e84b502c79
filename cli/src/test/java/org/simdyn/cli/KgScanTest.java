package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg scan} end to end on a small, coarse set-up (the literature scan is the library's slow test and a hand
 * run): headline keys, {@code scan.csv} rows, one {@code scan.h5} group per run, and identical results for
 * {@code --parallel-runs} 1 and 2 (kg.md section 13 item 4).
 */
class KgScanTest {
    @TempDir
    Path tmp;

    private JsonNode scan(String out, String parallel) {
        Cli.Result r = Cli.run("kg", "scan", "--u", "0.05,0.28:0.3:0.02", "--refine-tol", "0.005", "--N", "512",
                "--L", "100", "--dt", "0.05", "--t-after", "20", "--t-out", "10", "--parallel-runs", parallel,
                "--out", tmp.resolve(out).toString(), "--json", "--quiet", "--formats", "h5,csv");
        assertThat(r.code()).as(r.err()).isZero();
        return r.json();
    }

    @Test
    void scanIsIndependentOfParallelRunsAndWritesOneGroupPerRun() throws IOException {
        JsonNode one = scan("p1", "1");
        JsonNode two = scan("p2", "2");
        JsonNode h = one.get("headline");
        for (String k : List.of("rows", "pattern", "v_c", "v_c_bracket", "windows", "first_two_bounce_window", "runs",
                "max_abs_rel_energy_change", "parallel_runs")) {
            assertThat(h.has(k)).as(k).isTrue();
        }
        assertThat(h.get("pattern").asText()).hasSize(3);
        assertThat(h.get("rows").get(0).get("outcome").asText()).isEqualTo("capture");
        assertThat(h.get("rows").get(0).get("v_out").isNull()).isTrue();
        assertThat(h.get("parallel_runs").asInt()).isEqualTo(1);
        assertThat(two.get("headline").get("parallel_runs").asInt()).isEqualTo(2);
        assertThat(two.get("headline").get("rows")).isEqualTo(h.get("rows"));
        assertThat(two.get("headline").get("v_c")).isEqualTo(h.get("v_c"));
        List<String> csv1 = Files.readAllLines(tmp.resolve("p1/scan.csv"));
        List<String> csv2 = Files.readAllLines(tmp.resolve("p2/scan.csv"));
        assertThat(csv1.get(2)).isEqualTo("u,outcome,bounces,v_out,rel_energy_change,steps,refinement");
        assertThat(csv1.subList(2, csv1.size())).isEqualTo(csv2.subList(2, csv2.size())).hasSize(
                h.get("runs").asInt() + 1);
        try (HdfFile f = new HdfFile(tmp.resolve("p1/scan.h5"))) {
            for (JsonNode row : h.get("rows")) {
                String g = "/u" + row.get("u").asDouble();
                double[] center = (double[]) f.getDatasetByPath(g + "/center").getData();
                assertThat(center).hasSize(row.get("steps").asInt());
                assertThat(((long[]) f.getDatasetByPath(g + "/bounces").getData())[0])
                        .isEqualTo(row.get("bounces").asLong());
                assertThat(f.getDatasetByPath(g + "/t_center")).isNotNull();
                assertThat(f.getDatasetByPath(g + "/energy")).isNotNull();
                assertThat(f.getDatasetByPath(g + "/t_energy")).isNotNull();
                assertThat(f.getDatasetByPath(g + "/v_out")).isNotNull();
            }
        }
    }
}
