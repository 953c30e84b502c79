package org.simdyn.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.SwarmState;

/**
 * At small N the implementations {@link CouzinBench} and the numpy baseline compare compute the same step: cell
 * lists = all-pairs bit for bit, and {@code jmh/baselines/couzin_numpy.py} = simdyn's PEER_COMPAT step to 1e-9
 * over 3 noiseless steps (skipped when python3 with numpy is missing).
 */
class CouzinBenchAgreementTest {
    @TempDir
    Path tmp;

    @Test
    void cellListsAndAllPairsGiveTheSameBits() {
        CouzinSimulation cells = CouzinBench.relaxed(CouzinBench.config(CouzinRules.PEER_COMPAT, 300, 10, 0.2,
                NeighbourSearch.CELLS));
        CouzinSimulation all = CouzinBench.relaxed(CouzinBench.config(CouzinRules.PEER_COMPAT, 300, 10, 0.2,
                NeighbourSearch.ALL_PAIRS));
        assertThat(cells.neighbourSearch()).isEqualTo(NeighbourSearch.CELLS);
        assertThat(cells.cellsPerAxis()).isEqualTo(3);
        cells.advance(5);
        all.advance(5);
        assertThat(cells.stateSha256()).isEqualTo(all.stateSha256());
        CouzinConfig cfg = CouzinBench.config(CouzinRules.PEER_COMPAT, 300, 15, 0.2, NeighbourSearch.ALL_PAIRS);
        assertThat(CouzinBench.frame(all.state(), cfg)).isFinite();
    }

    private static boolean numpy() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void numpyBaselineStepEqualsThePeerCompatStep() throws IOException, InterruptedException {
        assumeTrue(numpy(), "python3 with numpy is not installed");
        int n = 60;
        CouzinConfig cfg = CouzinBench.config(CouzinRules.PEER_COMPAT, n, 15, 0, NeighbourSearch.ALL_PAIRS);
        CouzinSimulation sim = CouzinBench.relaxed(cfg);
        SwarmState s0 = sim.state().copy();
        ObjectMapper m = new ObjectMapper();
        ObjectNode in = m.createObjectNode();
        in.put("box", cfg.box());
        in.put("speed", 1.0);
        in.put("r_r", 2.0);
        in.put("r_o", 3.0);
        in.put("r_a", 15.0);
        in.put("max_turn", 0.4);
        in.put("blind_angle", 30.0);
        in.put("orientation_weight", 1.0);
        in.put("dt", 0.1);
        in.put("steps", 3);
        ArrayNode x = in.putArray("x");
        ArrayNode v = in.putArray("v");
        for (int i = 0; i < n; i++) {
            x.addArray().add(s0.x()[i]).add(s0.y()[i]).add(s0.z()[i]);
            v.addArray().add(s0.vx()[i]).add(s0.vy()[i]).add(s0.vz()[i]);
        }
        Path inFile = tmp.resolve("in.json");
        Path outFile = tmp.resolve("out.json");
        m.writeValue(inFile.toFile(), in);
        Process p = new ProcessBuilder("python3", "baselines/couzin_numpy.py", "--check", inFile.toString(),
                outFile.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(log).isZero();
        sim.advance(3);
        JsonNode out = m.readTree(Files.readString(outFile));
        SwarmState s = sim.state();
        double[][] java = {s.x(), s.y(), s.z(), s.vx(), s.vy(), s.vz()};
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                assertThat(out.get("x").get(i).get(a).asDouble()).isCloseTo(java[a][i],
                        org.assertj.core.data.Offset.offset(1e-9));
                assertThat(out.get("v").get(i).get(a).asDouble()).isCloseTo(java[3 + a][i],
                        org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
