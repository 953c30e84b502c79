package org.simdyn.fields;

import org.simdyn.fields.internal.SpectralBasis;

/**
 * Exact initial conditions and exact solutions (kg.md section 4). Every method fills caller arrays of length N
 * (row-major over the grid); 1-D profiles on a d-D grid depend on the axis-0 coordinate only (planar walls).
 * {@code s = +1} kink, {@code -1} antikink; {@code gamma = (1 - u^2)^(-1/2)}. Methods with a time argument {@code t}
 * evaluate the exact travelling solution at that time ({@code t = 0}: the initial condition). Values use
 * {@code StrictMath}.
 *
 * <ul>
 *   <li>phi^4 kink: {@code phi = s v tanh z}, {@code z = a gamma (x - x0 - u t)}, {@code a = v sqrt(lambda / 2)},
 *       {@code pi = -s v a gamma u sech^2 z} (needs an antiperiodic box);</li>
 *   <li>sine-Gordon kink: {@code phi = 4 arctan e^(s z)}, {@code z = gamma (x - x0 - u t)},
 *       {@code pi = -2 s gamma u sech z} (needs winding Q = s);</li>
 *   <li>kink-antikink pairs: the kink at {@code x0 - S/2} moving right, the antikink at {@code x0 + S/2} moving left,
 *       each with speed u; phi^4: {@code v [tanh z1 - tanh z2 - 1]} (-v outside, +v between); sine-Gordon:
 *       {@code 4 arctan e^z1 + 4 arctan e^-z2 - 2 pi}; phi^6: {@code K(z1) + K(-z2) - v},
 *       {@code K(z) = v / sqrt(1 + e^(-2z))};</li>
 *   <li>sine-Gordon breather {@code B = 4 arctan[(eps/omega) sin(omega tau) / cosh(eps xi)]}, boosted;</li>
 *   <li>sine-Gordon kink-antikink {@code 4 arctan[sinh(gamma u (t + t0)) / (u cosh(gamma (x - x0)))]}.</li>
 * </ul>
 */
public final class InitialConditions {

    private InitialConditions() {
    }

    /**
     * A Gaussian {@code phi = A exp(-|x - c|^2 / w^2)} translating along axis 0 with speed u:
     * {@code pi = -u d_0 phi} (not {@code u phi}).
     *
     * @param grid the grid
     * @param amplitude A (finite)
     * @param width w &gt; 0
     * @param center the centre, one coordinate per axis. Not modified.
     * @param u the speed, |u| &lt; 1
     * @param phi the field. Modified.
     * @param pi the momentum. Modified.
     */
    public static void gaussian(Grid grid, double amplitude, double width, double[] center, double u, double[] phi,
            double[] pi) {
        check(grid, phi, pi);
        finite("amplitude", amplitude);
        positive("width", width);
        speed(u);
        if (center == null || center.length != grid.dim()) {
            throw new IllegalArgumentException("center must have " + grid.dim() + " coordinates");
        }
        int d = grid.dim();
        int[] idx = new int[d];
        for (int j = 0; j < phi.length; j++) {
            index(grid, j, idx);
            double r2 = 0.0;
            for (int a = 0; a < d; a++) {
                double dxa = grid.x(a, idx[a]) - center[a];
                r2 += dxa * dxa;
            }
            double v = amplitude * StrictMath.exp(-r2 / (width * width));
            phi[j] = v;
            pi[j] = 2.0 * u * v * (grid.x(0, idx[0]) - center[0]) / (width * width);
        }
    }

    /**
     * A single kink (s = +1) or antikink (s = -1) of phi^4 or sine-Gordon, moving with speed u, at time t.
     *
     * @param grid the grid
     * @param potential phi4 or sine-gordon
     * @param s +1 or -1
     * @param x0 the position at t = 0
     * @param u the speed, |u| &lt; 1
     * @param t the time
     * @param phi the field. Modified.
     * @param pi the momentum. Modified.
     */
    public static void kink(Grid grid, Potential potential, int s, double x0, double u, double t, double[] phi,
            double[] pi) {
        check(grid, phi, pi);
        if (s != 1 && s != -1) {
            throw new IllegalArgumentException("s = " + s + " is out of range: must be +1 or -1");
        }
        finite("x0", x0);
        finite("t", t);
        double g = speed(u);
        String name = name(potential);
        if (name.equals("phi4")) {
            double v = potential.parameters().get("vacuum");
            double a = v * Math.sqrt(0.5 * potential.parameters().get("lambda"));
            for (int j = 0; j < phi.length; j++) {
                double z = a * g * (axis0(grid, j) - x0 - u * t);
                double sech = 1.0 / StrictMath.cosh(z);
                phi[j] = s * v * StrictMath.tanh(z);
                pi[j] = -s * v * a * g * u * sech * sech;
            }
        } else if (name.equals("sine-gordon")) {
            for (int j = 0; j < phi.length; j++) {
                double z = g * (axis0(grid, j) - x0 - u * t);
                phi[j] = 4.0 * StrictMath.atan(StrictMath.exp(s * z));
                pi[j] = -2.0 * s * g * u / StrictMath.cosh(z);
            }
        } else {
            throw new IllegalArgumentException("potential = " + name + " is out of range for ic = kink: must be "
                    + "phi4 or sine-gordon");
        }
    }

    /**
     * A kink-antikink pair (phi^4, sine-Gordon or phi^6): kink at {@code x0 - S/2} moving right, antikink at
     * {@code x0 + S/2} moving left, speed u each.
     *
     * @param grid the grid
     * @param potential phi4, sine-gordon or phi6
     * @param x0 the centre
     * @param separation S &gt; 0
     * @param u the speed, |u| &lt; 1
     * @param phi the field. Modified.
     * @param pi the momentum. Modified.
     */
    public static void kinkAntikink(Grid grid, Potential potential, double x0, double separation, double u,
            double[] phi, double[] pi) {
        check(grid, phi, pi);
        finite("x0", x0);
        positive("separation", separation);
        double g = speed(u);
        String name = name(potential);
        double h = 0.5 * separation;
        switch (name) {
            case "phi4" -> {
                double v = potential.parameters().get("vacuum");
                double a = v * Math.sqrt(0.5 * potential.parameters().get("lambda"));
                for (int j = 0; j < phi.length; j++) {
                    double xx = axis0(grid, j) - x0;
                    double z1 = a * g * (xx + h);
                    double z2 = a * g * (xx - h);
                    double s1 = 1.0 / StrictMath.cosh(z1);
                    double s2 = 1.0 / StrictMath.cosh(z2);
                    phi[j] = v * (StrictMath.tanh(z1) - StrictMath.tanh(z2) - 1.0);
                    pi[j] = -v * a * g * u * (s1 * s1 + s2 * s2);
                }
            }
            case "sine-gordon" -> {
                for (int j = 0; j < phi.length; j++) {
                    double xx = axis0(grid, j) - x0;
                    double z1 = g * (xx + h);
                    double z2 = g * (xx - h);
                    phi[j] = 4.0 * StrictMath.atan(StrictMath.exp(z1)) + 4.0 * StrictMath.atan(StrictMath.exp(-z2))
                            - 2.0 * Math.PI;
                    pi[j] = -2.0 * g * u * (1.0 / StrictMath.cosh(z1) + 1.0 / StrictMath.cosh(z2));
                }
            }
            case "phi6" -> {
                double v = potential.parameters().get("vacuum");
                double c = Math.sqrt(potential.parameters().get("lambda")) * v * v * g;
                for (int j = 0; j < phi.length; j++) {
                    double xx = axis0(grid, j) - x0;
                    double z1 = c * (xx + h);
                    double z2 = c * (xx - h);
                    phi[j] = phi6K(v, z1) + phi6K(v, -z2) - v;
                    pi[j] = -c * u * (phi6Kp(v, z1) + phi6Kp(v, -z2));
                }
            }
            default -> throw new IllegalArgumentException("potential = " + name + " is out of range for ic = "
                    + "kink-antikink: must be phi4, sine-gordon or phi6");
        }
    }

    /** K(z) = v / sqrt(1 + e^(-2z)), without overflow. */
    private static double phi6K(double v, double z) {
        return z >= 0.0 ? v / Math.sqrt(1.0 + StrictMath.exp(-2.0 * z))
                : v * StrictMath.exp(z) / Math.sqrt(StrictMath.exp(2.0 * z) + 1.0);
    }

    /** K'(z) = v e^(-2z) / (1 + e^(-2z))^(3/2), without overflow. */
    private static double phi6Kp(double v, double z) {
        if (z >= 0.0) {
            double e = StrictMath.exp(-2.0 * z);
            double r = 1.0 + e;
            return v * e / (r * Math.sqrt(r));
        }
        double r = StrictMath.exp(2.0 * z) + 1.0;
        return v * StrictMath.exp(z) / (r * Math.sqrt(r));
    }

    /**
     * The sine-Gordon breather of frequency omega, boosted with speed u, at time t:
     * {@code B(xi, tau)}, {@code xi = gamma (X - u t)}, {@code tau = t0 + gamma (t - u X)}, {@code X = x - x0},
     * {@code pi = gamma (B_tau - u B_xi)}; energy {@code 16 eps gamma}, {@code eps = sqrt(1 - omega^2)}.
     *
     * @param grid the grid
     * @param omega the frequency, in (0, 1)
     * @param x0 the centre
     * @param u the speed, |u| &lt; 1
     * @param t0 the phase time
     * @param t the time
     * @param phi the field. Modified.
     * @param pi the momentum. Modified.
     */
    public static void breather(Grid grid, double omega, double x0, double u, double t0, double t, double[] phi,
            double[] pi) {
        check(grid, phi, pi);
        if (!(omega > 0.0 && omega < 1.0)) {
            throw new IllegalArgumentException("omega = " + omega + " is out of range: must be in (0, 1)");
        }
        finite("x0", x0);
        finite("t0", t0);
        finite("t", t);
        double g = speed(u);
        double eps = Math.sqrt(1.0 - omega * omega);
        for (int j = 0; j < phi.length; j++) {
            double xx = axis0(grid, j) - x0;
            double xi = g * (xx - u * t);
            double tau = t0 + g * (t - u * xx);
            double ch = StrictMath.cosh(eps * xi);
            double sn = StrictMath.sin(omega * tau);
            double gg = eps / omega * sn / ch;
            double den = 1.0 + gg * gg;
            double bTau = 4.0 * eps * StrictMath.cos(omega * tau) / (ch * den);
            double bXi = -4.0 * eps * StrictMath.tanh(eps * xi) * gg / den;
            phi[j] = 4.0 * StrictMath.atan(gg);
            pi[j] = g * (bTau - u * bXi);
        }
    }

    /**
     * The exact sine-Gordon kink-antikink solution {@code 4 arctan[sinh(gamma u (t + t0)) / (u cosh(gamma (x -
     * x0)))]} at time t ({@code t0 < 0}: approaching).
     *
     * @param grid the grid
     * @param u the speed, 0 &lt; |u| &lt; 1
     * @param x0 the centre
     * @param t0 the time offset
     * @param t the time
     * @param phi the field. Modified.
     * @param pi the momentum. Modified.
     */
    public static void sgKinkAntikink(Grid grid, double u, double x0, double t0, double t, double[] phi,
            double[] pi) {
        check(grid, phi, pi);
        if (u == 0.0) {
            throw new IllegalArgumentException("u = 0.0 is out of range: must be in (-1, 0) or (0, 1)");
        }
        finite("x0", x0);
        finite("t0", t0);
        finite("t", t);
        double g = speed(u);
        double tt = t + t0;
        for (int j = 0; j < phi.length; j++) {
            double ch = StrictMath.cosh(g * (axis0(grid, j) - x0));
            double gg = StrictMath.sinh(g * u * tt) / (u * ch);
            double gt = g * StrictMath.cosh(g * u * tt) / ch;
            phi[j] = 4.0 * StrictMath.atan(gg);
            pi[j] = 4.0 * gt / (1.0 + gg * gg);
        }
    }

    /**
     * A planar phi^4 wall (d &gt;= 2): the kink profile of the axis-0 coordinate.
     *
     * @param grid the grid (d &gt;= 2, antiperiodic axis 0)
     * @param potential phi4
     * @param s +1 or -1
     * @param x0 the position
     * @param u the speed
     * @param phi the field. Modified.
     * @param pi the momentum. Modified.
     */
    public static void wall(Grid grid, Potential potential, int s, double x0, double u, double[] phi, double[] pi) {
        needWalls(grid, potential);
        kink(grid, potential, s, x0, u, 0.0, phi, pi);
    }

    /**
     * A pair of planar phi^4 walls (d &gt;= 2): the kink-antikink profile of the axis-0 coordinate.
     *
     * @param grid the grid (d &gt;= 2)
     * @param potential phi4
     * @param x0 the centre
     * @param separation S &gt; 0
     * @param u the speed
     * @param phi the field. Modified.
     * @param pi the momentum. Modified.
     */
    public static void wallPair(Grid grid, Potential potential, double x0, double separation, double u,
            double[] phi, double[] pi) {
        needWalls(grid, potential);
        kinkAntikink(grid, potential, x0, separation, u, phi, pi);
    }

    private static void needWalls(Grid grid, Potential potential) {
        if (grid == null || grid.dim() < 2) {
            throw new IllegalArgumentException("dim = " + (grid == null ? "null" : grid.dim()) + " is out of range "
                    + "for walls: must be >= 2");
        }
        if (!name(potential).equals("phi4")) {
            throw new IllegalArgumentException("potential = " + potential.name() + " is out of range for walls: "
                    + "must be phi4");
        }
    }

    /**
     * A phi^4 false-vacuum bubble (d &gt;= 2): {@code phi = v tanh(a (|x - c| - R))} (-v inside), {@code pi = 0}.
     *
     * @param grid the grid (d &gt;= 2)
     * @param potential phi4
     * @param center the centre, one coordinate per axis. Not modified.
     * @param radius R &gt; 0
     * @param phi the field. Modified.
     * @param pi the momentum. Modified.
     */
    public static void bubble(Grid grid, Potential potential, double[] center, double radius, double[] phi,
            double[] pi) {
        needWalls(grid, potential);
        check(grid, phi, pi);
        positive("radius", radius);
        if (center == null || center.length != grid.dim()) {
            throw new IllegalArgumentException("center must have " + grid.dim() + " coordinates");
        }
        double v = potential.parameters().get("vacuum");
        double a = v * Math.sqrt(0.5 * potential.parameters().get("lambda"));
        int[] idx = new int[grid.dim()];
        for (int j = 0; j < phi.length; j++) {
            index(grid, j, idx);
            double r2 = 0.0;
            for (int k = 0; k < idx.length; k++) {
                double dxa = grid.x(k, idx[k]) - center[k];
                r2 += dxa * dxa;
            }
            phi[j] = v * StrictMath.tanh(a * (Math.sqrt(r2) - radius));
            pi[j] = 0.0;
        }
    }

    /**
     * The exact solution of the linear Klein-Gordon equation on the grid, per Fourier mode:
     * {@code phi_k(t) = phi_k(0) cos(omega t) + pi_k(0) sin(omega t) / omega}, {@code omega = sqrt(|k|^2 + m^2)}.
     *
     * @param grid the grid (periodic or antiperiodic axes)
     * @param mass m &gt;= 0
     * @param phi0 the initial field. Not modified.
     * @param pi0 the initial momentum. Not modified.
     * @param t the time
     * @param phiOut the field at time t. Modified.
     */
    public static void linearExact(Grid grid, double mass, double[] phi0, double[] pi0, double t, double[] phiOut) {
        check(grid, phi0, pi0);
        check(grid, phiOut, phiOut);
        if (grid.winding() != 0) {
            throw new IllegalArgumentException("bc = winding is out of range for the linear potential");
        }
        SpectralBasis b = new SpectralBasis(grid);
        double[] fr = new double[b.m];
        double[] fi = new double[b.m];
        double[] pr = new double[b.m];
        double[] pim = new double[b.m];
        b.forward(phi0, fr, fi);
        b.forward(pi0, pr, pim);
        for (int k = 0; k < b.m; k++) {
            double w = Math.sqrt(b.k2[k] + mass * mass);
            double c = StrictMath.cos(w * t);
            double s = w == 0.0 ? t : StrictMath.sin(w * t) / w;
            fr[k] = c * fr[k] + s * pr[k];
            fi[k] = c * fi[k] + s * pim[k];
        }
        b.inverse(fr, fi, phiOut);
    }

    // ---- helpers

    private static String name(Potential p) {
        if (p == null) {
            throw new IllegalArgumentException("potential is null: must be a built-in potential");
        }
        return p instanceof Potentials.Builtin ? p.name() : "user:" + p.name();
    }

    private static double axis0(Grid grid, int j) {
        return grid.x(0, j / grid.stride(0));
    }

    private static void index(Grid grid, int j, int[] idx) {
        int r = j;
        for (int a = grid.dim() - 1; a >= 0; a--) {
            idx[a] = r % grid.n(a);
            r /= grid.n(a);
        }
    }

    private static void check(Grid grid, double[] phi, double[] pi) {
        if (grid == null) {
            throw new IllegalArgumentException("grid is null: must be a Grid");
        }
        int n = grid.size();
        if (phi == null || phi.length != n || pi == null || pi.length != n) {
            throw new IllegalArgumentException("phi and pi must be non-null arrays of length N = " + n + ", got "
                    + (phi == null ? "null" : phi.length) + " and " + (pi == null ? "null" : pi.length));
        }
    }

    private static double speed(double u) {
        if (!(Math.abs(u) < 1.0)) {
            throw new IllegalArgumentException("u = " + u + " is out of range: must be in (-1, 1)");
        }
        return 1.0 / Math.sqrt(1.0 - u * u);
    }

    private static void finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " is out of range: must be finite");
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0.0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " is out of range: must be finite and > 0");
        }
    }
}
