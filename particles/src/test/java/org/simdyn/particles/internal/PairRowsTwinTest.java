package org.simdyn.particles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Panama row kernels = scalar twin, bit for bit, at 128, 256 and 512 bits, in 3-D and 2-D, periodic and open; and
 * the scalar twin = the plain formulas of the diagnostics (minimum image, {@code sqrt}, {@code r / bin}).
 */
class PairRowsTwinTest {
    private static final int[] SIZES = {1, 3, 7, 8, 13, 63, 64, 65, 1000, 4099};
    private static final int[] OFFSETS = {0, 1, 5};

    static List<Arguments> cases() {
        SplittableRandom r = new SplittableRandom(0x5EED_0002L);
        List<Arguments> a = new ArrayList<>();
        for (int size : SIZES) {
            for (int off : OFFSETS) {
                a.add(Arguments.of(size, off, r.nextLong()));
            }
        }
        return a;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void panamaEqualsScalarAndTheFormulas(int size, int off, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double box = 10;
        int len = off + size;
        double[] x = new double[len];
        double[] y = new double[len];
        double[] z = new double[len];
        double[] ux = new double[len];
        double[] uy = new double[len];
        double[] uz = new double[len];
        for (int i = 0; i < len; i++) {
            x[i] = r.nextDouble() * box;
            y[i] = r.nextDouble() * box;
            z[i] = r.nextDouble() * box;
            ux[i] = r.nextGaussian();
            uy[i] = r.nextGaussian();
            uz[i] = r.nextGaussian();
        }
        if (size > 2) {
            x[off + 2] = x[off] + 5; // exactly half a box apart on x: the minimum image's boundary
        }
        PairRows scalar = new PairRowsScalar();
        int i = off + r.nextInt(size);
        double rMax = 1 + r.nextDouble() * 6;
        double bin = rMax / (1 + r.nextInt(12));
        for (boolean periodic : new boolean[] {true, false}) {
            double half = periodic ? box / 2 : Double.POSITIVE_INFINITY;
            for (double[] zz : new double[][] {z, null}) {
                double zi = zz == null ? 0 : zz[i];
                double[] wantQ = new double[size];
                double[] wantDot = new double[size];
                scalar.correlationRow(x[i], y[i], zi, x, y, zz, box, half, ux[i], uy[i], uz[i], ux, uy, uz, rMax, bin,
                        off, len, wantQ, wantDot);
                for (int j = off; j < len; j++) {
                    double dx = mi(x[j] - x[i], box, periodic);
                    double dy = mi(y[j] - y[i], box, periodic);
                    double dz = zz == null ? 0 : mi(z[j] - z[i], box, periodic);
                    double rr = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    assertThat(wantQ[j - off]).isEqualTo(rr < rMax ? rr / bin : -1);
                    assertThat(wantDot[j - off]).isEqualTo(ux[i] * ux[j] + uy[i] * uy[j] + uz[i] * uz[j]);
                }
                for (int bits : new int[] {128, 256, 512}) {
                    PairRows p = PairRowsPanama.forBits(bits);
                    double[] q = new double[size];
                    double[] dot = new double[size];
                    p.correlationRow(x[i], y[i], zi, x, y, zz, box, half, ux[i], uy[i], uz[i], ux, uy, uz, rMax, bin,
                            off, len, q, dot);
                    assertThat(bits(q)).as("q %d bits", bits).containsExactly(bits(wantQ));
                    assertThat(bits(dot)).as("dot %d bits", bits).containsExactly(bits(wantDot));
                }
            }
        }
        for (int bins : new int[] {1, 7, 20}) {
            double[] want = new double[size];
            scalar.alignmentBins(ux[i], uy[i], uz[i], ux, uy, uz, bins, off, len, want);
            for (int j = off; j < len; j++) {
                double v = (ux[i] * ux[j] + uy[i] * uy[j] + uz[i] * uz[j] + 1) / 2;
                assertThat(want[j - off]).as("v = %s", v).isEqualTo(numpyBin(v, bins));
            }
            for (int bits : new int[] {128, 256, 512}) {
                double[] b = new double[size];
                PairRowsPanama.forBits(bits).alignmentBins(ux[i], uy[i], uz[i], ux, uy, uz, bins, off, len, b);
                assertThat(bits(b)).as("bins %d, %d bits", bins, bits).containsExactly(bits(want));
            }
        }
    }

    /**
     * Values on and next to every edge {@code k/bins} (and out of range), as headings whose alignment with
     * {@code (1, 0, 0)} is the value: the Panama guess and its one correction against the scalar loop.
     */
    @ParameterizedTest
    @MethodSource("edgeCases")
    void binsAgreeOnTheEdges(int bins) {
        List<Double> values = new ArrayList<>();
        for (int k = 0; k <= bins; k++) {
            double e = k == bins ? 1 : k * (1.0 / bins);
            for (double v = e, d = 0; d < 3; d++, v = Math.nextDown(v)) {
                values.add(v);
            }
            for (double v = Math.nextUp(e), d = 0; d < 2; d++, v = Math.nextUp(v)) {
                values.add(v);
            }
        }
        values.addAll(List.of(-1e-300, Math.nextUp(1.0), Double.NaN, 0.5));
        int n = values.size();
        double[] ux = new double[n];
        double[] uy = new double[n];
        double[] uz = new double[n];
        for (int j = 0; j < n; j++) {
            ux[j] = 2 * values.get(j) - 1; // (1 * ux + 0 + 0 + 1) / 2 = v, exact for these values up to rounding
        }
        double[] want = new double[n];
        new PairRowsScalar().alignmentBins(1, 0, 0, ux, uy, uz, bins, 0, n, want);
        for (int j = 0; j < n; j++) {
            assertThat(want[j]).isEqualTo(numpyBin((ux[j] + 0 + 0 + 1) / 2, bins));
        }
        for (int bits : new int[] {128, 256, 512}) {
            double[] b = new double[n];
            PairRowsPanama.forBits(bits).alignmentBins(1, 0, 0, ux, uy, uz, bins, 0, n, b);
            assertThat(bits(b)).as("%d bits", bits).containsExactly(bits(want));
        }
    }

    static List<Integer> edgeCases() {
        return List.of(1, 3, 7, 20, 64);
    }

    /** numpy.histogram's bin of v among n equal bins on [0, 1], written out independently: -1 outside. */
    private static double numpyBin(double v, int n) {
        if (!(v >= 0 && v <= 1)) {
            return -1;
        }
        double w = 1.0 / n;
        int k = Math.min(n - 1, (int) (v * n));
        while (k > 0 && v < k * w) {
            k--;
        }
        while (k < n - 1 && v >= ((k + 1) == n ? 1 : (k + 1) * w)) {
            k++;
        }
        return k;
    }

    private static double mi(double d, double box, boolean periodic) {
        if (periodic && d > box / 2) {
            return d - box;
        }
        if (periodic && d < -box / 2) {
            return d + box;
        }
        return d;
    }

    private static long[] bits(double[] a) {
        long[] b = new long[a.length];
        for (int k = 0; k < a.length; k++) {
            b[k] = Double.doubleToRawLongBits(a[k]);
        }
        return b;
    }
}
