package org.simdyn.particles.analysis;

import org.simdyn.particles.Domain;
import org.simdyn.particles.SwarmState;
import org.simdyn.vector.DetMath;
import org.simdyn.vector.Reductions;

/**
 * Order parameters of a school (spec section 6.1), computed into a reusable workspace (allocation-free after
 * construction). Every sum over agents is {@link Reductions#sum} (fixed blocked order: the same bits for any
 * thread count and vector width).
 *
 * <ul>
 *   <li>Polarisation {@code P = |(1/N) Σ u_i|}, {@code u = v/|v|} ({@code e_x} when {@code |v| < 1e-10}).</li>
 *   <li>Centroids: naive {@code x̄ = (1/N) Σ x_i} (wrapped coordinates, as the peer); periodic
 *       {@code c_a = m_a L/(2π)}, {@code m_a = atan2(S_a, C_a)} (+2π if negative) with
 *       {@code S_a = (1/N) Σ sin2pi(x_ia/L)}, {@code C_a} likewise (Bai &amp; Breen 2008); open and reflecting:
 *       {@code c = x̄}.</li>
 *   <li>Milling {@code M = |(1/N) Σ r̂_i × u_i|} ({@code r̂ = 0} when {@code |r| < 1e-10}; 2-D: the scalar cross
 *       product): {@code M_pbc} with {@code r_i = minImage(x_i - c)}, {@code M_naive} with {@code r_i = x_i - x̄}
 *       (compat, wrong when the school straddles a face).</li>
 *   <li>{@code spread = sqrt((1/N) Σ |r_i|²)} for both.</li>
 * </ul>
 * Reference: L. Bai, D. Breen, "Calculating center of mass in an unbounded 2D environment", J. Graphics Tools 13
 * (2008) 53-60.
 *
 * <p>Not thread-safe (one workspace).
 */
public final class OrderParameters {
    private final int dim;
    private final int n;
    private final double box;
    private final boolean periodic;
    private final double[] ux;
    private final double[] uy;
    private final double[] uz;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] d;
    private final double[] meanU = new double[3];
    private final double[] centroidPbc = new double[3];
    private final double[] centroidNaive = new double[3];
    private double p;
    private double mPbc;
    private double mNaive;
    private double spreadPbc;
    private double spreadNaive;

    /**
     * Creates the workspace.
     *
     * @param dim 2 or 3
     * @param n agents, {@code >= 1}
     * @param domain the domain, non-null
     * @param box L, finite, {@code > 0}
     * @throws IllegalArgumentException for a value out of range
     */
    public OrderParameters(int dim, int n, Domain domain, double box) {
        if (dim != 2 && dim != 3) {
            throw new IllegalArgumentException("dim = " + dim + " is out of range: must be 2 or 3");
        }
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + " is out of range: must be >= 1");
        }
        if (domain == null) {
            throw new IllegalArgumentException("domain is null: must be PERIODIC, OPEN or REFLECTING");
        }
        if (!(box > 0 && box < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("box = " + box + " is out of range: must be finite and > 0");
        }
        this.dim = dim;
        this.n = n;
        this.box = box;
        this.periodic = domain == Domain.PERIODIC;
        ux = new double[n];
        uy = new double[n];
        uz = new double[n];
        a = new double[n];
        b = new double[n];
        c = new double[n];
        d = new double[n];
    }

    /**
     * Computes every order parameter of a state.
     *
     * @param s the state, non-null, with this workspace's dimension and N. Not modified.
     * @return this
     * @throws IllegalArgumentException for a null or mismatched state
     */
    public OrderParameters compute(SwarmState s) {
        if (s == null || s.dim() != dim || s.n() != n) {
            throw new IllegalArgumentException("state = " + (s == null ? "null" : s.dim() + "-D, N = " + s.n())
                    + " is out of range: must be " + dim + "-D with N = " + n);
        }
        headings(s.vx(), s.vy(), s.vz(), n, ux, uy, uz);
        meanU[0] = Reductions.sum(ux, 0, n) / n;
        meanU[1] = Reductions.sum(uy, 0, n) / n;
        meanU[2] = dim == 3 ? Reductions.sum(uz, 0, n) / n : 0;
        p = Math.sqrt(meanU[0] * meanU[0] + meanU[1] * meanU[1] + meanU[2] * meanU[2]);
        double[][] pos = {s.x(), s.y(), s.z()};
        for (int k = 0; k < dim; k++) {
            centroidNaive[k] = Reductions.sum(pos[k], 0, n) / n;
            centroidPbc[k] = periodic ? circularMean(pos[k]) : centroidNaive[k];
        }
        mPbc = milling(pos, centroidPbc, periodic);
        spreadPbc = Math.sqrt(Reductions.sum(d, 0, n) / n);
        mNaive = milling(pos, centroidNaive, false);
        spreadNaive = Math.sqrt(Reductions.sum(d, 0, n) / n);
        return this;
    }

    /** Unit headings of velocities ({@code e_x} when {@code |v| < 1e-10}); vz null in 2-D. */
    static void headings(double[] vx, double[] vy, double[] vz, int n, double[] ux, double[] uy, double[] uz) {
        for (int i = 0; i < n; i++) {
            double w = vz == null ? 0 : vz[i];
            double m = Math.sqrt(vx[i] * vx[i] + vy[i] * vy[i] + w * w);
            if (m < 1e-10) {
                ux[i] = 1;
                uy[i] = 0;
                uz[i] = 0;
            } else {
                ux[i] = vx[i] / m;
                uy[i] = vy[i] / m;
                uz[i] = w / m;
            }
        }
    }

    private double circularMean(double[] x) {
        for (int i = 0; i < n; i++) {
            a[i] = x[i] / box;
        }
        DetMath.sin2pi(a, 0, b, 0, n);
        DetMath.cos2pi(a, 0, c, 0, n);
        double sn = Reductions.sum(b, 0, n) / n;
        double cs = Reductions.sum(c, 0, n) / n;
        double m = StrictMath.atan2(sn, cs);
        if (m < 0) {
            m += 2 * Math.PI;
        }
        return m * box / (2 * Math.PI);
    }

    /** M about a centre; leaves |r_i|² in {@code d}. */
    private double milling(double[][] pos, double[] centre, boolean image) {
        for (int i = 0; i < n; i++) {
            double rx = Geometry.minImage(pos[0][i] - centre[0], box, image);
            double ry = Geometry.minImage(pos[1][i] - centre[1], box, image);
            double rz = dim == 3 ? Geometry.minImage(pos[2][i] - centre[2], box, image) : 0;
            double r2 = rx * rx + ry * ry + rz * rz;
            d[i] = r2;
            double r = Math.sqrt(r2);
            if (r < 1e-10) {
                a[i] = 0;
                b[i] = 0;
                c[i] = 0;
                continue;
            }
            rx /= r;
            ry /= r;
            rz /= r;
            a[i] = ry * uz[i] - rz * uy[i];
            b[i] = rz * ux[i] - rx * uz[i];
            c[i] = rx * uy[i] - ry * ux[i];
        }
        double mz = Reductions.sum(c, 0, n) / n;
        if (dim == 2) {
            return Math.abs(mz);
        }
        double mx = Reductions.sum(a, 0, n) / n;
        double my = Reductions.sum(b, 0, n) / n;
        return Math.sqrt(mx * mx + my * my + mz * mz);
    }

    /** Returns P. @return polarisation in [0, 1] */
    public double polarization() {
        return p;
    }

    /** Returns M_pbc. @return milling about the periodic centroid */
    public double millingPbc() {
        return mPbc;
    }

    /** Returns M_naive. @return milling about the naive centroid */
    public double millingNaive() {
        return mNaive;
    }

    /** Returns spread_pbc. @return RMS distance to the periodic centroid */
    public double spreadPbc() {
        return spreadPbc;
    }

    /** Returns spread_naive. @return RMS distance to the naive centroid */
    public double spreadNaive() {
        return spreadNaive;
    }

    /**
     * Returns component {@code k} of the mean heading {@code V = (1/N) Σ u_i}.
     *
     * @param k 0..dim-1
     * @return {@code V_k}
     */
    public double meanHeading(int k) {
        return meanU[k];
    }

    /**
     * Returns the periodic centroid (the naive one off the torus).
     *
     * @return a new array of length dim
     */
    public double[] centroidPbc() {
        return java.util.Arrays.copyOf(centroidPbc, dim);
    }

    /**
     * Returns the naive centroid.
     *
     * @return a new array of length dim
     */
    public double[] centroidNaive() {
        return java.util.Arrays.copyOf(centroidNaive, dim);
    }

    /**
     * Returns the alignment {@code V·g} with a direction (Couzin et al. 2005's accuracy, signed).
     *
     * @param g a direction of length dim. Not modified.
     * @return {@code V·g}
     * @throws IllegalArgumentException if g is null or has the wrong length
     */
    public double alignment(double[] g) {
        if (g == null || g.length != dim) {
            throw new IllegalArgumentException("g.length = " + (g == null ? "null" : g.length)
                    + " is out of range: must equal dim = " + dim);
        }
        double s = 0;
        for (int k = 0; k < dim; k++) {
            s += meanU[k] * g[k];
        }
        return s;
    }
}
