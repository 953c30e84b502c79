package org.simdyn.particles.analysis;

import org.simdyn.particles.Domain;
import org.simdyn.particles.SwarmState;

/**
 * The seven entropies of dewi-kadita 0.0.4 and its "order-structure index" OSI (spec section 6.2), 3-D only,
 * reproduced exactly as the peer computes them and labelled <em>compat</em>. Histograms follow numpy's rule (n
 * bins on [a, b], the last bin closed; values outside dropped); each entropy is {@code -Σ p ln p / ln(bins)},
 * 0.5 for an empty histogram.
 *
 * <ol>
 *   <li>H1 {@code school_cohesion_entropy}: nearest-neighbour distances, 25 bins on [0, L/2].</li>
 *   <li>H2 {@code polarization_entropy}: θ = acos(u_z), φ = atan2(u_y, u_x) + π, 12 × 24 bins on
 *       [0, π] × [0, 2π], counts weighted by sin of the bin-centre θ.</li>
 *   <li>H3 {@code depth_stratification_entropy}: z, 15 bins on [0, L].</li>
 *   <li>H4 {@code angular_momentum_entropy}: |r̂ × u| about the naive centroid, 20 bins on [0, 1] (0.5 if N &lt; 3).</li>
 *   <li>H5 {@code nearest_neighbor_entropy}: s.d./(mean + 1e-10) of the 5 nearest distances, 20 bins on [0, 2]
 *       (0.5 if N &lt; 6).</li>
 *   <li>H6 {@code velocity_correlation_entropy}: (u_i·u_j + 1)/2 over pairs i &lt; j, 20 bins on [0, 1].</li>
 *   <li>H7 {@code school_shape_entropy}: Shannon entropy of the normalised eigenvalues (floored at 1e-10) of the
 *       naive sample covariance of the positions, / ln 3 (0.5 if N &lt; 4).</li>
 * </ol>
 * {@code OSI = 0.18 H1 + 0.28 H2 + 0.08 H3 + 0.08 H4 + 0.10 H5 + 0.18 H6 + 0.10 H7} (the peer's code; its README
 * writes 1 - H6).
 *
 * <p><b>Defects</b> (kept for compatibility; use {@link SchoolDiagnostics} instead): H2's sin weighting is inverted
 * (it should divide by the cell's solid angle) and the plug-in estimate is biased; H1 scales with L, not with the
 * school; H3 is meaningless in a periodic box; H4 and H7 use the naive centroid (wrong when the school straddles a
 * face); H6 is not spatial; OSI cannot tell a mill from disorder. Cost: O(N) for the nearest neighbours (a cell
 * list, same distances as brute force), O(N²) for H6's pairs (a Panama row kernel with a scalar twin).
 */
public final class CompatEntropies {
    /** H1..H7 then OSI, by index. */
    public static final String[] KEYS = {"school_cohesion_entropy", "polarization_entropy",
        "depth_stratification_entropy", "angular_momentum_entropy", "nearest_neighbor_entropy",
        "velocity_correlation_entropy", "school_shape_entropy", "OSI"};
    private static final double[] OSI_WEIGHTS = {0.18, 0.28, 0.08, 0.08, 0.10, 0.18, 0.10};

    private CompatEntropies() {
    }

    /**
     * Computes H1..H7 and OSI of a 3-D state.
     *
     * @param s the state, non-null, 3-D. Not modified.
     * @param domain the domain (periodic: minimum-image distances), non-null
     * @param box L, finite, {@code > 0}
     * @return a new array {@code [H1, .., H7, OSI]} (keys {@link #KEYS})
     * @throws IllegalArgumentException for a null or 2-D state, a null domain or a bad box
     */
    public static double[] compute(SwarmState s, Domain domain, double box) {
        if (s == null || s.dim() != 3) {
            throw new IllegalArgumentException("state = " + (s == null ? "null" : s.dim() + "-D")
                    + " is out of range: must be 3-D (the compat entropies are null in 2-D)");
        }
        if (domain == null) {
            throw new IllegalArgumentException("domain is null: must be PERIODIC, OPEN or REFLECTING");
        }
        if (!(box > 0 && box < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("box = " + box + " is out of range: must be finite and > 0");
        }
        boolean periodic = domain == Domain.PERIODIC;
        int n = s.n();
        double[] ux = new double[n];
        double[] uy = new double[n];
        double[] uz = new double[n];
        OrderParameters.headings(s.vx(), s.vy(), s.vz(), n, ux, uy, uz);
        double[] h = new double[8];
        double[] nn = new double[5];
        double[] c1 = new double[25];
        double[] c5 = new double[20];
        double[] e1 = Histograms.edges(0, box / 2, 25);
        double[] e5 = Histograms.edges(0, 2, 20);
        NeighbourGrid grid = new NeighbourGrid(s, box, periodic);
        for (int i = 0; i < n; i++) {
            int m = grid.nearest(i, 5, nn);
            add(c1, Histograms.bin(nn[0], e1));
            if (m == 5) {
                double mean = 0;
                for (double d : nn) {
                    mean += d;
                }
                mean /= 5;
                double var = 0;
                for (double d : nn) {
                    var += (d - mean) * (d - mean);
                }
                add(c5, Histograms.bin(Math.sqrt(var / 5) / (mean + 1e-10), e5));
            }
        }
        h[0] = Histograms.normalised(c1, 25);
        h[4] = n < 6 ? 0.5 : Histograms.normalised(c5, 20);
        double[] c2 = new double[12 * 24];
        double[] eTh = Histograms.edges(0, Math.PI, 12);
        double[] ePh = Histograms.edges(0, 2 * Math.PI, 24);
        for (int i = 0; i < n; i++) {
            double th = StrictMath.acos(Math.clamp(uz[i], -1.0, 1.0));
            double ph = StrictMath.atan2(uy[i], ux[i]) + Math.PI;
            int a = Histograms.bin(th, eTh);
            int b = Histograms.bin(ph, ePh);
            if (a >= 0 && b >= 0) {
                c2[a * 24 + b] += 1;
            }
        }
        double w = Math.PI / 12;
        for (int a = 0; a < 12; a++) {
            double centre = 0.5 * (a * w + (a == 11 ? Math.PI : (a + 1) * w));
            double sin = StrictMath.sin(centre);
            for (int b = 0; b < 24; b++) {
                c2[a * 24 + b] *= sin;
            }
        }
        h[1] = Histograms.normalised(c2, 288);
        double[] c3 = new double[15];
        double[] e3 = Histograms.edges(0, box, 15);
        for (int i = 0; i < n; i++) {
            add(c3, Histograms.bin(s.z()[i], e3));
        }
        h[2] = Histograms.normalised(c3, 15);
        double[] mean = new double[3];
        double[][] pos = {s.x(), s.y(), s.z()};
        for (int k = 0; k < 3; k++) {
            double t = 0;
            for (int i = 0; i < n; i++) {
                t += pos[k][i];
            }
            mean[k] = t / n;
        }
        double[] c4 = new double[20];
        double[] e4 = Histograms.edges(0, 1, 20);
        for (int i = 0; i < n; i++) {
            double rx = s.x()[i] - mean[0];
            double ry = s.y()[i] - mean[1];
            double rz = s.z()[i] - mean[2];
            double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
            double cx = 0;
            double cy = 0;
            double cz = 0;
            if (r >= 1e-10) {
                cx = (ry * uz[i] - rz * uy[i]) / r;
                cy = (rz * ux[i] - rx * uz[i]) / r;
                cz = (rx * uy[i] - ry * ux[i]) / r;
            }
            add(c4, Histograms.bin(Math.sqrt(cx * cx + cy * cy + cz * cz), e4));
        }
        h[3] = n < 3 ? 0.5 : Histograms.normalised(c4, 20);
        h[5] = Histograms.normalised(velocityCorrelationCounts(ux, uy, uz, n), 20);
        h[6] = n < 4 ? 0.5 : shape(pos, mean, n);
        double osi = 0;
        for (int k = 0; k < 7; k++) {
            osi += OSI_WEIGHTS[k] * h[k];
        }
        h[7] = osi;
        return h;
    }

    /**
     * H6's histogram: {@code (u_i·u_j + 1)/2} over the pairs i &lt; j, 20 bins on [0, 1] (integer counts; the row
     * kernel bins by the same numpy rule as {@link Histograms#bin}).
     */
    private static double[] velocityCorrelationCounts(double[] ux, double[] uy, double[] uz, int n) {
        long[] counts = new long[20];
        double[] bins = new double[n];
        for (int i = 0; i < n; i++) {
            Neighbours.ROWS.alignmentBins(ux[i], uy[i], uz[i], ux, uy, uz, 20, i + 1, n, bins);
            for (int k = 0; k < n - i - 1; k++) {
                int b = (int) bins[k];
                if (b >= 0) {
                    counts[b]++;
                }
            }
        }
        double[] c = new double[20];
        for (int b = 0; b < 20; b++) {
            c[b] = counts[b];
        }
        return c;
    }

    private static void add(double[] counts, int bin) {
        if (bin >= 0) {
            counts[bin] += 1;
        }
    }

    private static double shape(double[][] pos, double[] mean, int n) {
        double[][] c = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                double t = 0;
                for (int i = 0; i < n; i++) {
                    t += (pos[a][i] - mean[a]) * (pos[b][i] - mean[b]);
                }
                c[a][b] = t / (n - 1);
                c[b][a] = c[a][b];
            }
        }
        double[] ev = Eigen.symmetric3(c);
        double total = 0;
        for (int k = 0; k < 3; k++) {
            ev[k] = Math.max(ev[k], 1e-10);
            total += ev[k];
        }
        double hh = 0;
        for (double e : ev) {
            double p = e / total;
            hh -= p * Math.log(p);
        }
        return hh / Math.log(3);
    }
}
