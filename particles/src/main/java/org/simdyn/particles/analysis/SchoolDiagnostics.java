package org.simdyn.particles.analysis;

import org.simdyn.particles.Domain;
import org.simdyn.particles.SwarmState;

/**
 * Corrected school diagnostics (spec section 6.3). Entropies are Miller-Madow estimates
 * {@code H_MM = -Σ p ln p + (B₊ - 1)/(2N)} ({@code B₊} occupied bins) reported as {@code H_MM / ln B}, not
 * clipped.
 * <ul>
 *   <li>{@link #polarizationEntropyEa}: headings in equal-area cells, 8 bands of u_z on [-1, 1] × 16 sectors of
 *       φ = atan2(u_y, u_x) + π (B = 128); 2-D: 32 sectors (B = 32).</li>
 *   <li>{@link #cohesionEntropyScaled}: nearest-neighbour distances in 25 bins of width r_r/5 on [0, 5 r_r) plus
 *       an overflow bin (B = 26).</li>
 *   <li>{@link #correlation}: velocity-fluctuation correlation {@code C(r)} (Cavagna et al. 2010):
 *       {@code δu_i = u_i - ū}, {@code c0 = (1/N) Σ |δu_i|²}, {@code C_b = Σ_{i<j in bin b} δu_i·δu_j / (c0 n_b)}
 *       over bins of width Δ on [0, r_max) (NaN when {@code n_b = 0} or {@code c0 = 0});
 *       {@link #correlationLength} is the first sign change of C, interpolated linearly between bin centres.</li>
 *   <li>{@link #clusters}: connected components of the pairs closer than a radius (breadth-first search on the
 *       cell list, label = smallest index).</li>
 * </ul>
 * References: A. Cavagna et al., "Scale-free correlations in starling flocks", PNAS 107 (2010) 11865-11870;
 * G. A. Miller, "Note on the bias of information estimates" (1955). Distances use the minimum image when periodic.
 * Cost: O(N) for the nearest neighbours and the clusters at a bounded density (a cell list with exactly the
 * brute-force distances; the clusters also for dense schools), O(N²) for C(r) (a Panama row kernel with a scalar
 * twin; its sums keep the pair order i &lt; j, so the bits depend on neither a search structure nor the SIMD width).
 */
public final class SchoolDiagnostics {
    private SchoolDiagnostics() {
    }

    private static void check(SwarmState s, Domain domain, double box) {
        if (s == null) {
            throw new IllegalArgumentException("state is null: must be a SwarmState");
        }
        if (domain == null) {
            throw new IllegalArgumentException("domain is null: must be PERIODIC, OPEN or REFLECTING");
        }
        positive("box", box);
    }

    private static void positive(String name, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " = " + v + " is out of range: must be finite and > 0");
        }
    }

    private static double[][] headings(SwarmState s) {
        int n = s.n();
        double[][] u = new double[3][n];
        OrderParameters.headings(s.vx(), s.vy(), s.vz(), n, u[0], u[1], u[2]);
        return u;
    }

    /**
     * Equal-area polarisation entropy (Miller-Madow, / ln B).
     *
     * @param s the state, non-null. Not modified.
     * @return the normalised entropy
     * @throws IllegalArgumentException if s is null
     */
    public static double polarizationEntropyEa(SwarmState s) {
        if (s == null) {
            throw new IllegalArgumentException("state is null: must be a SwarmState");
        }
        double[][] u = headings(s);
        boolean three = s.dim() == 3;
        double[] counts = new double[three ? 128 : 32];
        double[] bands = Histograms.edges(-1, 1, 8);
        double[] sectors = Histograms.edges(0, 2 * Math.PI, three ? 16 : 32);
        for (int i = 0; i < s.n(); i++) {
            double ph = StrictMath.atan2(u[1][i], u[0][i]) + Math.PI;
            if (three) {
                int band = Histograms.bin(u[2][i], bands);
                int sector = Histograms.bin(ph, sectors);
                counts[Math.max(band, 0) * 16 + Math.max(sector, 0)] += 1;
            } else {
                counts[Math.max(Histograms.bin(ph, sectors), 0)] += 1;
            }
        }
        return Histograms.millerMadow(counts, s.n());
    }

    /**
     * Scaled cohesion entropy (Miller-Madow, / ln 26).
     *
     * @param s the state, non-null. Not modified.
     * @param domain the domain, non-null
     * @param box L
     * @param rR the repulsion radius of type 0, finite, {@code > 0}
     * @return the normalised entropy
     * @throws IllegalArgumentException for a value out of range
     */
    public static double cohesionEntropyScaled(SwarmState s, Domain domain, double box, double rR) {
        check(s, domain, box);
        positive("rR", rR);
        double[] counts = new double[26];
        double[] nn = new double[1];
        double w = rR / 5;
        NeighbourGrid grid = new NeighbourGrid(s, box, domain == Domain.PERIODIC);
        for (int i = 0; i < s.n(); i++) {
            grid.nearest(i, 1, nn);
            int b = nn[0] < 5 * rR ? Math.min(24, (int) (nn[0] / w)) : 25;
            counts[b] += 1;
        }
        return Histograms.millerMadow(counts, s.n());
    }

    /**
     * The velocity-fluctuation correlation {@code C_b} for bins of width {@code bin} on {@code [0, rMax)}.
     *
     * @param s the state, non-null. Not modified.
     * @param domain the domain, non-null
     * @param box L
     * @param bin Δ, finite, {@code > 0}
     * @param rMax r_max, finite, {@code > 0}
     * @return a new array of {@code ceil(rMax/Δ)} values, NaN where undefined; bin b has centre {@code (b + ½)Δ}
     * @throws IllegalArgumentException for a value out of range
     */
    public static double[] correlation(SwarmState s, Domain domain, double box, double bin, double rMax) {
        check(s, domain, box);
        positive("corr_bin", bin);
        positive("corr_max", rMax);
        int nb = (int) Math.ceil(rMax / bin);
        int n = s.n();
        double[][] u = headings(s);
        double[] mean = new double[3];
        for (int k = 0; k < 3; k++) {
            double t = 0;
            for (int i = 0; i < n; i++) {
                t += u[k][i];
            }
            mean[k] = t / n;
        }
        double c0 = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                u[k][i] -= mean[k];
                c0 += u[k][i] * u[k][i];
            }
        }
        c0 /= n;
        double[] sum = new double[nb];
        long[] count = new long[nb];
        boolean periodic = domain == Domain.PERIODIC;
        double[] x = s.x();
        double[] y = s.y();
        double[] z = s.z();
        double[] ux = u[0];
        double[] uy = u[1];
        double[] uz = u[2];
        double half = periodic ? 0.5 * box : Double.POSITIVE_INFINITY;
        double[] q = new double[n];
        double[] dot = new double[n];
        for (int i = 0; i < n; i++) {
            Neighbours.ROWS.correlationRow(x[i], y[i], z == null ? 0 : z[i], x, y, z, box, half, ux[i], uy[i], uz[i],
                    ux, uy, uz, rMax, bin, i + 1, n, q, dot);
            for (int k = 0; k < n - i - 1; k++) {
                if (q[k] >= 0) {
                    int b = Math.min(nb - 1, (int) q[k]);
                    sum[b] += dot[k];
                    count[b]++;
                }
            }
        }
        double[] c = new double[nb];
        for (int b = 0; b < nb; b++) {
            c[b] = count[b] == 0 || c0 == 0 ? Double.NaN : sum[b] / (c0 * count[b]);
        }
        return c;
    }

    /**
     * The correlation length ξ: the first sign change of {@code C} between consecutive defined bins, interpolated
     * linearly between the bin centres {@code (b + ½)Δ}.
     *
     * @param c the correlation of {@link #correlation}. Not modified.
     * @param bin Δ
     * @return ξ, or NaN when C never changes sign
     * @throws IllegalArgumentException if c is null
     */
    public static double correlationLength(double[] c, double bin) {
        if (c == null) {
            throw new IllegalArgumentException("c is null: must be the array of correlation(...)");
        }
        for (int b = 0; b + 1 < c.length; b++) {
            double a = c[b];
            double d = c[b + 1];
            if (Double.isNaN(a) || Double.isNaN(d) || a == 0) {
                continue;
            }
            if ((a > 0) != (d > 0) || d == 0) {
                return (b + 0.5) * bin + bin * a / (a - d);
            }
        }
        return Double.NaN;
    }

    /**
     * Cluster labels: connected components of the pairs closer than {@code radius}; each agent's label is the
     * smallest index in its cluster.
     *
     * @param s the state, non-null. Not modified.
     * @param domain the domain, non-null
     * @param box L
     * @param radius the cluster radius, finite, {@code > 0}
     * @return a new array of labels
     * @throws IllegalArgumentException for a value out of range
     */
    public static int[] clusters(SwarmState s, Domain domain, double box, double radius) {
        check(s, domain, box);
        positive("cluster_radius", radius);
        return new NeighbourGrid(s, box, domain == Domain.PERIODIC).components(radius);
    }

    /**
     * The label of the largest cluster (a size tie goes to the smallest label).
     *
     * @param labels labels of {@link #clusters}. Not modified.
     * @return the label
     * @throws IllegalArgumentException if labels is null or empty
     */
    public static int largest(int[] labels) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("labels is null or empty: must be the array of clusters(...)");
        }
        int[] size = new int[labels.length];
        for (int l : labels) {
            size[l]++;
        }
        int best = 0;
        for (int l = 1; l < size.length; l++) {
            if (size[l] > size[best]) {
                best = l;
            }
        }
        return best;
    }
}
