package org.simdyn.particles.internal;

/** Scalar twin of {@link PairRows}; its loops also serve as the Panama twin's tails. */
public final class PairRowsScalar implements PairRows {

    @Override
    public void correlationRow(double xi, double yi, double zi, double[] x, double[] y, double[] z, double box,
                               double half, double uxi, double uyi, double uzi, double[] ux, double[] uy,
                               double[] uz, double rMax, double bin, int from, int to, double[] q, double[] dot) {
        correlationTail(xi, yi, zi, x, y, z, box, half, uxi, uyi, uzi, ux, uy, uz, rMax, bin, from, from, to, q,
                dot);
    }

    @Override
    public void alignmentRow(double uxi, double uyi, double uzi, double[] ux, double[] uy, double[] uz, int from,
                             int to, double[] v) {
        alignmentTail(uxi, uyi, uzi, ux, uy, uz, from, from, to, v);
    }

    /** {@link #correlationRow} for {@code j} in {@code [start, to)}, results at {@code j - from}. */
    static void correlationTail(double xi, double yi, double zi, double[] x, double[] y, double[] z, double box,
                                double half, double uxi, double uyi, double uzi, double[] ux, double[] uy,
                                double[] uz, double rMax, double bin, int from, int start, int to, double[] q,
                                double[] dot) {
        for (int j = start; j < to; j++) {
            double dx = minImage(x[j] - xi, box, half);
            double dy = minImage(y[j] - yi, box, half);
            double r2 = dx * dx + dy * dy;
            if (z != null) {
                double dz = minImage(z[j] - zi, box, half);
                r2 += dz * dz;
            }
            double r = Math.sqrt(r2);
            q[j - from] = r < rMax ? r / bin : -1;
            dot[j - from] = uxi * ux[j] + uyi * uy[j] + uzi * uz[j];
        }
    }

    /** {@link #alignmentRow} for {@code j} in {@code [start, to)}, results at {@code j - from}. */
    static void alignmentTail(double uxi, double uyi, double uzi, double[] ux, double[] uy, double[] uz, int from,
                              int start, int to, double[] v) {
        for (int j = start; j < to; j++) {
            v[j - from] = (uxi * ux[j] + uyi * uy[j] + uzi * uz[j] + 1) / 2;
        }
    }

    private static double minImage(double d, double box, double half) {
        if (d > half) {
            return d - box;
        }
        if (d < -half) {
            return d + box;
        }
        return d;
    }
}
