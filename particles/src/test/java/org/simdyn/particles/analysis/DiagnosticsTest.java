package org.simdyn.particles.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.simdyn.particles.Domain;
import org.simdyn.particles.SwarmState;

/** Diagnostics on hand-made states (spec section 10, "diagnostics"). */
class DiagnosticsTest {

    /** A ring mill of radius r about (cx, cy, cz), counter-clockwise, in a box of side L. */
    static SwarmState mill(int n, double cx, double cy, double cz, double r, double box) {
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[] vx = new double[n];
        double[] vy = new double[n];
        double[] vz = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            x[i] = wrap(cx + r * Math.cos(a), box);
            y[i] = wrap(cy + r * Math.sin(a), box);
            z[i] = wrap(cz, box);
            vx[i] = -Math.sin(a);
            vy[i] = Math.cos(a);
        }
        return SwarmState.of(x, y, z, vx, vy, vz);
    }

    static double wrap(double v, double box) {
        double w = v % box;
        return w < 0 ? w + box : w;
    }

    static SwarmState aligned(int n, long seed, double box) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] p = new double[3][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                p[k][i] = r.nextDouble() * box;
            }
        }
        double[] one = new double[n];
        java.util.Arrays.fill(one, 2.0);
        return SwarmState.of(p[0], p[1], p[2], one, new double[n], new double[n]);
    }

    @Test
    void millingIsInvariantUnderTranslationAcrossAFaceOnlyWithThePeriodicCentroid() {
        double box = 20;
        OrderParameters op = new OrderParameters(3, 40, Domain.PERIODIC, box);
        op.compute(mill(40, 10, 10, 10, 4, box));
        double inside = op.millingPbc();
        double insideNaive = op.millingNaive();
        assertThat(inside).isCloseTo(1, within(1e-12));
        assertThat(insideNaive).isCloseTo(1, within(1e-12));
        assertThat(op.polarization()).isCloseTo(0, within(1e-12));
        op.compute(mill(40, 19, 1, 10, 4, box)); // straddles two faces
        assertThat(op.millingPbc()).isCloseTo(inside, within(1e-9));
        assertThat(op.millingNaive()).as("naive centroid is wrong across a face").isLessThan(inside - 0.1);
        assertThat(op.centroidPbc()[0]).isCloseTo(19, within(1e-9));
        assertThat(op.spreadPbc()).isCloseTo(4, within(1e-3));
    }

    @Test
    void histogramRuleEdgesAndLastBin() {
        assertThat(Histograms.bin(0.05, 0, 1, 20)).isEqualTo(1); // on an edge: the upper bin
        assertThat(Histograms.bin(1.0, 0, 1, 20)).isEqualTo(19); // x = b: the last bin
        assertThat(Histograms.bin(0.0, 0, 1, 20)).isEqualTo(0);
        assertThat(Histograms.bin(1.0000001, 0, 1, 20)).isEqualTo(-1);
        assertThat(Histograms.bin(Double.NaN, 0, 1, 20)).isEqualTo(-1);
        for (int k = 0; k <= 25; k++) {
            double e = 0 + k * (12.5 / 25);
            assertThat(Histograms.bin(e, 0, 12.5, 25)).isEqualTo(Math.min(k, 24));
        }
        assertThat(Histograms.normalised(new double[5], 5)).isEqualTo(0.5);
        assertThat(Histograms.normalised(new double[] {1, 1, 1, 1}, 4)).isCloseTo(1, within(1e-15));
    }

    @Test
    void compatEntropiesOfAnAlignedSchool() {
        SwarmState s = aligned(50, 3, 25);
        double[] h = CompatEntropies.compute(s, Domain.PERIODIC, 25);
        assertThat(h[5]).as("H6 all aligned").isZero();
        assertThat(h[1]).as("H2 one cell").isZero();
        assertThat(h[7]).isCloseTo(0.18 * h[0] + 0.08 * h[2] + 0.08 * h[3] + 0.10 * h[4] + 0.10 * h[6],
                within(1e-15));
        // coincident headings and too few agents: the special values
        SwarmState two = SwarmState.of(new double[] {1, 2}, new double[] {1, 1}, new double[] {1, 1},
                new double[] {1, 1}, new double[] {0, 0}, new double[] {0, 0});
        double[] h2 = CompatEntropies.compute(two, Domain.OPEN, 25);
        assertThat(h2[3]).isEqualTo(0.5);
        assertThat(h2[4]).isEqualTo(0.5);
        assertThat(h2[6]).isEqualTo(0.5);
        assertThat(h2[5]).isZero();
        // nearest-neighbour distance beyond L/2 (open domain): empty histogram -> 0.5
        SwarmState far = SwarmState.of(new double[] {0, 20}, new double[] {0, 0}, new double[] {0, 0},
                new double[] {1, 1}, new double[] {0, 0}, new double[] {0, 0});
        assertThat(CompatEntropies.compute(far, Domain.OPEN, 25)[0]).isEqualTo(0.5);
    }

    @Test
    void shapeEigenvalues() {
        double[] ev = Eigen.symmetric3(new double[][] {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}});
        java.util.Arrays.sort(ev);
        assertThat(ev).containsExactly(new double[] {1, 3, 5}, within(1e-12));
    }

    @Test
    void millerMadowAndEqualAreaEntropies() {
        SwarmState s = aligned(64, 4, 25);
        assertThat(SchoolDiagnostics.polarizationEntropyEa(s)).as("floor: one occupied cell").isZero();
        // two headings, half each: (ln 2 + 1/(2N)) / ln 128
        double[] vx = new double[64];
        double[] vy = new double[64];
        for (int i = 0; i < 64; i++) {
            vx[i] = i % 2 == 0 ? 1 : -1;
            vy[i] = 1e-3;
        }
        SwarmState two = SwarmState.of(s.x(), s.y(), s.z(), vx, vy, new double[64]);
        assertThat(SchoolDiagnostics.polarizationEntropyEa(two))
                .isCloseTo((Math.log(2) + 1.0 / 128) / Math.log(128), within(1e-15));
        assertThat(SchoolDiagnostics.cohesionEntropyScaled(s, Domain.PERIODIC, 25, 1)).isGreaterThan(0);
    }

    @Test
    void correlationOfAUniformFieldIsUndefined() {
        SwarmState s = aligned(60, 5, 10);
        double[] c = SchoolDiagnostics.correlation(s, Domain.PERIODIC, 10, 0.5, 5);
        assertThat(c).hasSize(10);
        assertThat(java.util.Arrays.stream(c).allMatch(Double::isNaN)).isTrue();
        assertThat(SchoolDiagnostics.correlationLength(c, 0.5)).isNaN();
        assertThat(SchoolDiagnostics.correlationLength(new double[] {0.8, 0.4, -0.4, 0.1}, 1.0))
                .isCloseTo(2.0, within(1e-15));
    }

    @Test
    void clustersOfTwoSeparatedGroups() {
        double[] x = {1, 1.5, 2, 2.5, 3, 11, 11.5, 12, 12.5, 13};
        double[] zero = new double[10];
        double[] one = new double[10];
        java.util.Arrays.fill(one, 1);
        SwarmState s = SwarmState.of(x, zero, zero, one, zero, zero);
        int[] labels = SchoolDiagnostics.clusters(s, Domain.OPEN, 20, 1);
        assertThat(labels).containsExactly(0, 0, 0, 0, 0, 5, 5, 5, 5, 5);
        assertThat(SchoolDiagnostics.largest(labels)).isZero();
        // periodic: the two groups join across the face when the box is 14
        int[] wrapped = SchoolDiagnostics.clusters(s, Domain.PERIODIC, 14, 2.5);
        assertThat(wrapped).containsOnly(0);
    }
}
