package org.simdyn.particles.analysis;

import org.simdyn.particles.SwarmState;

/** k nearest-neighbour distances by brute force (minimum image when periodic). */
final class Neighbours {
    private Neighbours() {
    }

    /** Distance between agents i and j. */
    static double distance(SwarmState s, int i, int j, double box, boolean periodic) {
        double dx = Geometry.minImage(s.x()[j] - s.x()[i], box, periodic);
        double dy = Geometry.minImage(s.y()[j] - s.y()[i], box, periodic);
        double dz = s.z() == null ? 0 : Geometry.minImage(s.z()[j] - s.z()[i], box, periodic);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
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
