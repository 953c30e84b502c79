package org.simdyn.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Plots#envelope}: long lines are thinned to the per-bucket extremes, short ones kept. */
class PlotsEnvelopeTest {
    @Test
    void longSeriesKeepsEachBucketsExtremesInOrder() {
        int n = 1_000_003;
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.5;
            y[i] = Math.sin(i * 1e-4) + 0.01 * r.nextGaussian();
        }
        y[777_777] = 9.0;
        y[123_456] = -9.0;
        y[500_000] = Double.NaN;
        Plot.Series e = Plots.envelope(new Plot.Series("s", x, y), 1800);
        assertThat(e.y().length).isBetween(1800, 3600);
        assertThat(e.name()).isEqualTo("s");
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < e.y().length; i++) {
            if (i > 0) {
                assertThat(e.x()[i]).isGreaterThan(e.x()[i - 1]);
            }
            int k = (int) (e.x()[i] * 2);
            assertThat(e.y()[i]).isEqualTo(y[k]);
            max = Math.max(max, e.y()[i]);
            min = Math.min(min, e.y()[i]);
        }
        assertThat(max).isEqualTo(9.0);
        assertThat(min).isEqualTo(-9.0);
        for (int b = 0; b < 1800; b++) {
            int from = (int) ((long) n * b / 1800);
            int to = (int) ((long) n * (b + 1) / 1800);
            double bucketMax = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                if (Double.isFinite(y[i])) {
                    bucketMax = Math.max(bucketMax, y[i]);
                }
            }
            boolean found = false;
            for (int i = 0; i < e.x().length; i++) {
                int k = (int) (e.x()[i] * 2);
                found |= k >= from && k < to && e.y()[i] == bucketMax;
            }
            assertThat(found).as("bucket %d keeps its maximum", b).isTrue();
        }
    }

    @Test
    void shortSeriesIsKept() {
        Plot.Series s = new Plot.Series("s", new double[] {0, 1, 2}, new double[] {1, 2, 3});
        assertThat(Plots.envelope(s, 2)).isSameAs(s);
    }
}
