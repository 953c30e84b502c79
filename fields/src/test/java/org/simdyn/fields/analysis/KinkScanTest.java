package org.simdyn.fields.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.simdyn.fields.Filter;
import org.simdyn.fields.Method;
import org.simdyn.fields.analysis.CollisionClassifier.Setup;
import org.simdyn.fields.analysis.KinkScan.Row;
import org.simdyn.fields.analysis.KinkScan.ScanParams;
import org.simdyn.fields.analysis.KinkScan.ScanResult;

/** Velocity scans: independent of the parallelism; the full literature scan is tagged slow. */
class KinkScanTest {

    @Test
    void parallelRunsDoNotChangeResults() {
        Setup small = new Setup(256, 60.0, 0.05, Method.EXPO, Filter.NONE, 16.0, 0.3, 10.0, 5.0, 1.0, 1.0);
        ScanParams p = new ScanParams(new double[] {0.2, 0.4, 0.6}, 0.05, small);
        ScanResult a = KinkScan.run(p, 1);
        ScanResult b = KinkScan.run(p, 2);
        assertThat(b.pattern()).isEqualTo(a.pattern());
        assertThat(b.runs()).isEqualTo(a.runs());
        assertThat(Double.doubleToRawLongBits(b.vc())).isEqualTo(Double.doubleToRawLongBits(a.vc()));
        List<Row> ra = a.rows();
        List<Row> rb = b.rows();
        for (int i = 0; i < ra.size(); i++) {
            assertThat(rb.get(i).u()).isEqualTo(ra.get(i).u());
            assertThat(rb.get(i).result().outcome()).isEqualTo(ra.get(i).result().outcome());
            assertThat(rb.get(i).result().bounces()).isEqualTo(ra.get(i).result().bounces());
            assertThat(Double.doubleToRawLongBits(rb.get(i).result().relEnergyChange()))
                    .isEqualTo(Double.doubleToRawLongBits(ra.get(i).result().relEnergyChange()));
            assertThat(rb.get(i).result().center()).isEqualTo(ra.get(i).result().center());
        }
    }

    @Test
    void aStoppedScanKeepsTheCompletedRuns() {
        Setup small = new Setup(256, 60.0, 0.05, Method.EXPO, Filter.NONE, 16.0, 0.3, 10.0, 5.0, 1.0, 1.0);
        ScanParams p = new ScanParams(new double[] {0.2, 0.4, 0.6}, 0.05, small);
        ScanResult full = KinkScan.run(p, 1);
        assertThat(full.complete()).isTrue();
        assertThat(full.rows()).anyMatch(Row::refinement);
        // the runner completes the grid, then stops the first refinement round
        ScanResult grid = KinkScan.run(p, (batch, later) -> batch.size() == 3 && later == 0
                ? batch.stream().map(CollisionClassifier::run).toList() : java.util.Collections.nCopies(batch.size(),
                        null));
        assertThat(grid.complete()).isFalse();
        assertThat(grid.pattern()).isEqualTo(full.pattern());
        assertThat(grid.rows()).hasSize(3).noneMatch(Row::refinement);
        assertThat(full.vcBracket()).isNotNull();
        double[] b = grid.vcBracket();
        assertThat(b[1] - b[0]).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(grid.vc()).isEqualTo(0.5 * (b[0] + b[1]));
        assertThat(full.vc()).isBetween(b[0], b[1]);
        // stopped inside the grid: the missing points are '?', no analysis
        ScanResult part = KinkScan.run(p, (batch, later) -> java.util.Arrays.asList(CollisionClassifier.run(
                batch.get(0)), null, null));
        assertThat(part.complete()).isFalse();
        assertThat(part.pattern()).isEqualTo(full.pattern().charAt(0) + "??");
        assertThat(part.rows()).hasSize(1);
        assertThat(Double.isNaN(part.vc())).isTrue();
        assertThat(part.windows()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CollisionClassifier.run(small, () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class).hasMessageContaining("step 0");
    }

    @Test
    void validation() {
        Setup s = Setup.standard(0.3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScanParams(new double[] {0.2, 1.0}, 0, s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u[1] = 1.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScanParams(new double[] {0.2, 0.3}, 0.2, s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refine_tol = 0.2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KinkScan.run(new ScanParams(new double[] {0.2}, 0,
                s), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallel_runs = 0");
    }

    @Test
    @Tag("slow")
    @Timeout(7200)
    void literatureScan() {
        ScanParams p = new ScanParams(ScanParams.range(0.18, 0.27, 0.001), 5e-5, Setup.standard(0.2));
        ScanResult r = KinkScan.run(p, Math.max(1, Runtime.getRuntime().availableProcessors()));
        System.out.println("pattern " + r.pattern());
        System.out.println("v_c " + r.vc() + " bracket " + java.util.Arrays.toString(r.vcBracket()));
        for (KinkScan.Window w : r.windows()) {
            System.out.println("window " + w.lo() + " .. " + w.hi() + " points " + w.gridPoints());
        }
        System.out.println("runs " + r.runs() + " max |dE/E| " + r.maxAbsRelEnergyChange());
        assertThat(Math.abs(r.vc() - 0.2598)).isLessThanOrEqualTo(1e-3);
        assertThat(r.firstTwoBounceWindow()).isNotNull();
        assertThat(r.firstTwoBounceWindow().loBracket()).isNotNull();
        assertThat(r.firstTwoBounceWindow().hiBracket()).isNotNull();
    }
}
