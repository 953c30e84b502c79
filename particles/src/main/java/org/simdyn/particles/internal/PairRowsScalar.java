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
    public void alignmentBins(double uxi, double uyi, double uzi, double[] ux, double[] uy, double[] uz, int bins,
                              int from, int to, double[] b) {
        alignmentTail(uxi, uyi, uzi, ux, uy, uz, bins, from, from, to, b);
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

    /** {@link #alignmentBins} for {@code j} in {@code [start, to)}, results at {@code j - from}. */
    static void alignmentTail(double uxi, double uyi, double uzi, double[] ux, double[] uy, double[] uz, int bins,
                              int from, int start, int to, double[] b) {
        double w = 1.0 / bins;
        for (int j = start; j < to; j++) {
            b[j - from] = bin((uxi * ux[j] + uyi * uy[j] + uzi * uz[j] + 1) / 2, bins, w);
        }
    }

    /** numpy's bin of {@code v} among {@code bins} equal bins on [0, 1] (see {@link PairRows#alignmentBins}). */
    static int bin(double v, int bins, double w) {
        if (!(v >= 0 && v <= 1)) {
            return -1;
        }
        int k = Math.clamp((int) (v * bins), 0, bins - 1);
        while (k > 0 && v < edge(k, bins, w)) {
            k--;
        }
        while (k < bins - 1 && v >= edge(k + 1, bins, w)) {
            k++;
        }
        return k;
    }

    /** Edge {@code k}: {@code k w}, and exactly 1 for {@code k = bins}. */
    static double edge(int k, int bins, double w) {
        return k == bins ? 1 : k * w;
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
