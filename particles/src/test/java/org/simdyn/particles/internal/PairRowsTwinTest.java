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
        double[] want = new double[size];
        scalar.alignmentRow(ux[i], uy[i], uz[i], ux, uy, uz, off, len, want);
        for (int j = off; j < len; j++) {
            assertThat(want[j - off]).isEqualTo((ux[i] * ux[j] + uy[i] * uy[j] + uz[i] * uz[j] + 1) / 2);
        }
        for (int bits : new int[] {128, 256, 512}) {
            double[] v = new double[size];
            PairRowsPanama.forBits(bits).alignmentRow(ux[i], uy[i], uz[i], ux, uy, uz, off, len, v);
            assertThat(bits(v)).as("v %d bits", bits).containsExactly(bits(want));
        }
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
