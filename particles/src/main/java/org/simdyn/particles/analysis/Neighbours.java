package org.simdyn.particles.analysis;

import org.simdyn.particles.SwarmState;
import org.simdyn.particles.internal.PairRows;
import org.simdyn.particles.internal.PairRowsScalar;
import org.simdyn.vector.VectorRuntime;

/**
 * Distances and k nearest-neighbour distances by brute force (minimum image when periodic), and the row kernels
 * of the O(N²) diagnostics.
 */
final class Neighbours {
    /** The row kernel of the width in force (Panama or scalar, chosen once). */
    static final PairRows ROWS = VectorRuntime.select(PairRows.class,
            "org.simdyn.particles.internal.PairRowsPanama", new PairRowsScalar());

    private Neighbours() {
    }

    /** Distance between agents i and j. */
    static double distance(SwarmState s, int i, int j, double box, boolean periodic) {
        return Math.sqrt(distance2(s.x(), s.y(), s.z(), i, j, box, periodic));
    }

    /** Squared distance between agents i and j ({@code z} null in 2-D): {@code dx*dx + dy*dy + dz*dz}. */
    static double distance2(double[] x, double[] y, double[] z, int i, int j, double box, boolean periodic) {
        double dx = Geometry.minImage(x[j] - x[i], box, periodic);
        double dy = Geometry.minImage(y[j] - y[i], box, periodic);
        double dz = z == null ? 0 : Geometry.minImage(z[j] - z[i], box, periodic);
        return dx * dx + dy * dy + dz * dz;
    }

    /**
     * Whether agents i and j are closer than {@code radius}, i.e. {@code Math.sqrt(r2) < radius}, with the square
     * root taken only near the boundary ({@code lo2}, {@code hi2} from {@link #bounds}).
     */
    static boolean closer(double r2, double radius, double lo2, double hi2) {
        if (r2 <= lo2) {
            return true;
        }
        return r2 < hi2 && Math.sqrt(r2) < radius;
    }

    /** {@code [lo2, hi2]}: squares of {@code radius (1 -/+ 1e-9)}, outside which {@code sqrt(r2) < radius} is decided. */
    static double[] bounds(double radius) {
        double lo = radius * (1 - 1e-9);
        double hi = radius * (1 + 1e-9);
        return new double[] {lo * lo, hi * hi};
    }

    /** The k smallest distances from i to every j != i, ascending, into {@code out[0..k)}; returns how many. */
    static int nearest(SwarmState s, int i, int k, double box, boolean periodic, double[] out) {
        int m = 0;
        for (int j = 0; j < s.n(); j++) {
            if (j == i) {
                continue;
            }
            double d = distance(s, i, j, box, periodic);
            if (m < k) {
                int p = m++;
                while (p > 0 && out[p - 1] > d) {
                    out[p] = out[p - 1];
                    p--;
                }
                out[p] = d;
            } else if (d < out[k - 1]) {
                int p = k - 1;
                while (p > 0 && out[p - 1] > d) {
                    out[p] = out[p - 1];
                    p--;
                }
                out[p] = d;
            }
        }
        return m;
    }
}
