package org.simdyn.particles;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.simdyn.particles.internal.Boundaries;
import org.simdyn.vector.random.Philox4x32;

/**
 * The state of a school in structure-of-arrays form (spec section 1): positions {@code x, y[, z]}, velocities
 * {@code vx, vy[, vz]} (z arrays null in 2-D) and, in a periodic box, image counters {@code ix, iy[, iz]} (the
 * unwrapped coordinate is {@code Math.fma(ix, L, x)}). The heading of agent i is {@code v_i/|v_i|} ({@code e_x}
 * when {@code |v_i| < 1e-10}).
 *
 * <p>The accessors return the live arrays (no copy, so that observers and benchmarks allocate nothing); a state
 * obtained from a running simulation changes with it; {@link #copy()} takes a snapshot. The factories copy their
 * inputs.
 *
 * <p>Initial conditions (spec section 3): {@link #random} ({@code x_a = L u_a}, {@code v = speed unit(g)}) and
 * {@link #torus} (the peer's ring around +z); the {@code ...From} variants take the draws explicitly
 * (verification). In a periodic box the positions are folded into {@code [0, L)} with image counters; in a
 * reflecting box mirrored once into {@code [0, L]}.
 */
public final class SwarmState {
    private final int dim;
    private final int n;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] vx;
    private final double[] vy;
    private final double[] vz;
    private final int[] ix;
    private final int[] iy;
    private final int[] iz;

    private SwarmState(double[] x, double[] y, double[] z, double[] vx, double[] vy, double[] vz, int[] ix, int[] iy,
                       int[] iz) {
        this.dim = z == null ? 2 : 3;
        this.n = x.length;
        this.x = x;
        this.y = y;
        this.z = z;
        this.vx = vx;
        this.vy = vy;
        this.vz = vz;
        this.ix = ix;
        this.iy = iy;
        this.iz = iz;
    }

    /**
     * A state from positions and velocities, without image counters. 2-D: {@code z} and {@code vz} null.
     *
     * @param x positions x, length N >= 2, finite. Not modified (copied).
     * @param y positions y, length N. Not modified.
     * @param z positions z, length N, or null (2-D). Not modified.
     * @param vx velocities x, length N, finite. Not modified.
     * @param vy velocities y. Not modified.
     * @param vz velocities z, or null exactly when z is. Not modified.
     * @return the state
     * @throws IllegalArgumentException for a null array, a length mismatch or a non-finite value
     */
    public static SwarmState of(double[] x, double[] y, double[] z, double[] vx, double[] vy, double[] vz) {
        return of(x, y, z, vx, vy, vz, null, null, null);
    }

    /**
     * A state with image counters (all three null, or all non-null with {@code iz} null in 2-D), e.g. read back
     * from a checkpoint.
     *
     * @param x positions x. Not modified.
     * @param y positions y. Not modified.
     * @param z positions z or null. Not modified.
     * @param vx velocities x. Not modified.
     * @param vy velocities y. Not modified.
     * @param vz velocities z or null. Not modified.
     * @param ix image counters x or null. Not modified.
     * @param iy image counters y or null. Not modified.
     * @param iz image counters z or null. Not modified.
     * @return the state
     * @throws IllegalArgumentException for a null array, a length mismatch or a non-finite value
     */
    public static SwarmState of(double[] x, double[] y, double[] z, double[] vx, double[] vy, double[] vz, int[] ix,
                                int[] iy, int[] iz) {
        if (x == null) {
            throw new IllegalArgumentException("x is null: must be an array of N >= 2 positions");
        }
        int n = x.length;
        if (n < 2) {
            throw new IllegalArgumentException("x.length = " + n + " is out of range: must be >= 2");
        }
        check("y", y, n);
        check("vx", vx, n);
        check("vy", vy, n);
        if ((z == null) != (vz == null)) {
            throw new IllegalArgumentException("z is " + (z == null ? "null" : "non-null") + " and vz is "
                    + (vz == null ? "null" : "non-null") + ": must both be null (2-D) or both non-null (3-D)");
        }
        if (z != null) {
            check("z", z, n);
            check("vz", vz, n);
        }
        finite("x", x);
        finite("y", y);
        finite("z", z);
        finite("vx", vx);
        finite("vy", vy);
        finite("vz", vz);
        if (ix != null || iy != null || iz != null) {
            if (ix == null || iy == null || (z == null) != (iz == null)) {
                throw new IllegalArgumentException("image counters: ix, iy" + (z == null ? "" : ", iz")
                        + " must all be given or all be null");
            }
            checkInt("ix", ix, n);
            checkInt("iy", iy, n);
            if (iz != null) {
                checkInt("iz", iz, n);
            }
        }
        return new SwarmState(x.clone(), y.clone(), z == null ? null : z.clone(), vx.clone(), vy.clone(),
                vz == null ? null : vz.clone(), ix == null ? null : ix.clone(), iy == null ? null : iy.clone(),
                iz == null ? null : iz.clone());
    }

    private static void check(String name, double[] a, int n) {
        if (a == null) {
            throw new IllegalArgumentException(name + " is null: must be an array of length " + n);
        }
        if (a.length != n) {
            throw new IllegalArgumentException(name + ".length = " + a.length + " is out of range: must equal "
                    + "x.length = " + n);
        }
    }

    private static void checkInt(String name, int[] a, int n) {
        if (a.length != n) {
            throw new IllegalArgumentException(name + ".length = " + a.length + " is out of range: must equal "
                    + "x.length = " + n);
        }
    }

    private static void finite(String name, double[] a) {
        if (a == null) {
            return;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + a[i] + " is out of range: must be "
                        + "finite");
            }
        }
    }

    /**
     * The {@code random} initial condition of a seed: uniforms {@code 0..d-1} of {@code (i, INIT_POSITION, 0)} and
     * normals {@code 0..d-1} of {@code (i, INIT_HEADING, 0)}; see {@link #randomFrom}.
     *
     * @param cfg the configuration, non-null
     * @param seed the seed
     * @return the state, placed in the domain
     * @throws IllegalArgumentException if cfg is null
     */
    public static SwarmState random(CouzinConfig cfg, long seed) {
        notNull(cfg);
        int n = cfg.n();
        Philox4x32 p = Philox4x32.of(seed);
        double[][] u = new double[3][n];
        double[][] g = new double[3][n];
        boolean three = cfg.dim() == 3;
        p.uniforms(0, ParticlePurposes.INIT_POSITION, 0, 0, n, u[0], u[1], three ? u[2] : null, null, 0);
        p.normals(0, ParticlePurposes.INIT_HEADING, 0, 0, n, g[0], g[1], three ? g[2] : null, null, 0);
        return randomFrom(cfg, u[0], u[1], three ? u[2] : null, g[0], g[1], three ? g[2] : null);
    }

    /**
     * The {@code random} mapping with given draws: {@code x_a = L u_a},
     * {@code v = speed_t unit(g_0, .., g_{d-1})} ({@code e_x} when the norm is below 1e-10).
     *
     * @param cfg the configuration, non-null
     * @param u0 uniforms 0, length N. Not modified.
     * @param u1 uniforms 1. Not modified.
     * @param u2 uniforms 2 (3-D) or null. Not modified.
     * @param g0 normals 0, length N. Not modified.
     * @param g1 normals 1. Not modified.
     * @param g2 normals 2 (3-D) or null. Not modified.
     * @return the state, placed in the domain
     * @throws IllegalArgumentException for a null or short array
     */
    public static SwarmState randomFrom(CouzinConfig cfg, double[] u0, double[] u1, double[] u2, double[] g0,
                                        double[] g1, double[] g2) {
        notNull(cfg);
        int n = cfg.n();
        boolean three = cfg.dim() == 3;
        check("u0", u0, n);
        check("u1", u1, n);
        check("g0", g0, n);
        check("g1", g1, n);
        if (three) {
            check("u2", u2, n);
            check("g2", g2, n);
        }
        double box = cfg.box();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = three ? new double[n] : null;
        double[] vx = new double[n];
        double[] vy = new double[n];
        double[] vz = three ? new double[n] : null;
        int i = 0;
        for (int t = 0; t < cfg.typeCount(); t++) {
            double speed = cfg.type(t).speed();
            for (int k = 0; k < cfg.typeCounts()[t]; k++, i++) {
                x[i] = box * u0[i];
                y[i] = box * u1[i];
                double c = three ? g2[i] : 0;
                double m = Math.sqrt(g0[i] * g0[i] + g1[i] * g1[i] + c * c);
                if (m < 1e-10) {
                    vx[i] = speed;
                } else {
                    vx[i] = speed * (g0[i] / m);
                    vy[i] = speed * (g1[i] / m);
                    if (three) {
                        vz[i] = speed * (c / m);
                    }
                }
                if (three) {
                    z[i] = box * u2[i];
                }
            }
        }
        return place(cfg, x, y, z, vx, vy, vz);
    }

    /**
     * The {@code torus} initial condition of a seed: normals 0..3 (3-D) or 0..1 (2-D) of
     * {@code (i, INIT_HEADING, 0)}; see {@link #torusFrom}.
     *
     * @param cfg the configuration, non-null
     * @param radius R, finite, {@code > 0}
     * @param seed the seed
     * @return the state, placed in the domain
     * @throws IllegalArgumentException for a value out of range
     */
    public static SwarmState torus(CouzinConfig cfg, double radius, long seed) {
        notNull(cfg);
        int n = cfg.n();
        Philox4x32 p = Philox4x32.of(seed);
        double[][] g = new double[4][n];
        boolean three = cfg.dim() == 3;
        p.normals(0, ParticlePurposes.INIT_HEADING, 0, 0, n, g[0], g[1], three ? g[2] : null, three ? g[3] : null, 0);
        return torusFrom(cfg, radius, g[0], g[1], three ? g[2] : null, three ? g[3] : null);
    }

    /**
     * The {@code torus} mapping (the peer's ring around +z, counter-clockwise) with given draws:
     * {@code a = 2π i/N + 0.1 g0}, {@code ρ = R + 0.15 R g1},
     * {@code x = (L/2 + ρ cos a, L/2 + ρ sin a, L/2 + 0.3 R g2)},
     * {@code v = speed unit(-sin a, cos a, 0.1 g3)}; 2-D: {@code x = (L/2 + ρ cos a, L/2 + ρ sin a)},
     * {@code v = speed (-sin a, cos a)}. {@code StrictMath} sine and cosine.
     *
     * @param cfg the configuration, non-null
     * @param radius R, finite, {@code > 0}
     * @param g0 normals 0 (angle), length N. Not modified.
     * @param g1 normals 1 (radius). Not modified.
     * @param g2 normals 2 (height; 3-D) or null. Not modified.
     * @param g3 normals 3 (vertical heading; 3-D) or null. Not modified.
     * @return the state, placed in the domain
     * @throws IllegalArgumentException for a value out of range
     */
    public static SwarmState torusFrom(CouzinConfig cfg, double radius, double[] g0, double[] g1, double[] g2,
                                       double[] g3) {
        notNull(cfg);
        AgentType.positive("torus_radius", radius);
        int n = cfg.n();
        boolean three = cfg.dim() == 3;
        check("g0", g0, n);
        check("g1", g1, n);
        if (three) {
            check("g2", g2, n);
            check("g3", g3, n);
        }
        double h = cfg.box() / 2;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = three ? new double[n] : null;
        double[] vx = new double[n];
        double[] vy = new double[n];
        double[] vz = three ? new double[n] : null;
        int i = 0;
        for (int t = 0; t < cfg.typeCount(); t++) {
            double speed = cfg.type(t).speed();
            for (int k = 0; k < cfg.typeCounts()[t]; k++, i++) {
                double a = 2 * Math.PI * i / n + 0.1 * g0[i];
                double rho = radius + 0.15 * radius * g1[i];
                double ca = StrictMath.cos(a);
                double sa = StrictMath.sin(a);
                x[i] = h + rho * ca;
                y[i] = h + rho * sa;
                if (three) {
                    z[i] = h + 0.3 * radius * g2[i];
                    double w = 0.1 * g3[i];
                    double m = Math.sqrt(sa * sa + ca * ca + w * w);
                    vx[i] = speed * (-sa / m);
                    vy[i] = speed * (ca / m);
                    vz[i] = speed * (w / m);
                } else {
                    vx[i] = speed * -sa;
                    vy[i] = speed * ca;
                }
            }
        }
        return place(cfg, x, y, z, vx, vy, vz);
    }

    private static void notNull(CouzinConfig cfg) {
        if (cfg == null) {
            throw new IllegalArgumentException("cfg is null: must be a CouzinConfig");
        }
    }

    private static SwarmState place(CouzinConfig cfg, double[] x, double[] y, double[] z, double[] vx, double[] vy,
                                    double[] vz) {
        SwarmState s = new SwarmState(x, y, z, vx, vy, vz, null, null, null);
        return s.placedIn(cfg);
    }

    /**
     * Returns a copy placed in the configuration's domain: periodic: positions folded into {@code [0, L)} (spec
     * section 3; image counters start at the given ones or 0); reflecting: mirrored once into {@code [0, L]};
     * open: unchanged and without image counters.
     *
     * @param cfg the configuration, non-null, with this state's dimension and N
     * @return the placed copy
     * @throws IllegalArgumentException for a dimension or N mismatch, image counters outside a periodic box, or
     *         reflecting positions still outside {@code [0, L]}
     */
    public SwarmState placedIn(CouzinConfig cfg) {
        notNull(cfg);
        if (cfg.dim() != dim) {
            throw new IllegalArgumentException("state dimension = " + dim + " is out of range: must equal dim = "
                    + cfg.dim());
        }
        if (cfg.n() != n) {
            throw new IllegalArgumentException("state N = " + n + " is out of range: must equal N = " + cfg.n());
        }
        SwarmState c = copy();
        double box = cfg.box();
        switch (cfg.domain()) {
            case PERIODIC -> {
                int[] ax = ix == null ? new int[n] : ix.clone();
                int[] ay = iy == null ? new int[n] : iy.clone();
                int[] az = dim == 3 ? (iz == null ? new int[n] : iz.clone()) : null;
                Boundaries.foldPeriodic(c.x, ax, box);
                Boundaries.foldPeriodic(c.y, ay, box);
                if (dim == 3) {
                    Boundaries.foldPeriodic(c.z, az, box);
                }
                return new SwarmState(c.x, c.y, c.z, c.vx, c.vy, c.vz, ax, ay, az);
            }
            case REFLECTING -> {
                noImages(cfg);
                double[][] axes = {c.x, c.y, c.z};
                String[] names = {"x", "y", "z"};
                for (int a = 0; a < dim; a++) {
                    Boundaries.mirrorOnce(axes[a], box);
                    for (int i = 0; i < n; i++) {
                        if (!(axes[a][i] >= 0 && axes[a][i] <= box)) {
                            throw new IllegalArgumentException(names[a] + "[" + i + "] = " + axes[a][i]
                                    + " is out of range: must be in [0, box = " + box + "] (reflecting domain)");
                        }
                    }
                }
                return c;
            }
            default -> {
                noImages(cfg);
                return c;
            }
        }
    }

    private void noImages(CouzinConfig cfg) {
        if (ix != null) {
            throw new IllegalArgumentException("image counters given with domain = " + cfg.domain()
                    + ": must be null unless the domain is periodic");
        }
    }

    /** Returns a deep copy. @return the snapshot */
    public SwarmState copy() {
        return new SwarmState(x.clone(), y.clone(), z == null ? null : z.clone(), vx.clone(), vy.clone(),
                vz == null ? null : vz.clone(), ix == null ? null : ix.clone(), iy == null ? null : iy.clone(),
                iz == null ? null : iz.clone());
    }

    /** Returns the dimension, 2 or 3. @return d */
    public int dim() {
        return dim;
    }

    /** Returns the number of agents. @return N */
    public int n() {
        return n;
    }

    /** Returns the live positions x. @return x */
    public double[] x() {
        return x;
    }

    /** Returns the live positions y. @return y */
    public double[] y() {
        return y;
    }

    /** Returns the live positions z, null in 2-D. @return z */
    public double[] z() {
        return z;
    }

    /** Returns the live velocities x. @return vx */
    public double[] vx() {
        return vx;
    }

    /** Returns the live velocities y. @return vy */
    public double[] vy() {
        return vy;
    }

    /** Returns the live velocities z, null in 2-D. @return vz */
    public double[] vz() {
        return vz;
    }

    /** Returns the live image counters x, null unless periodic. @return ix */
    public int[] ix() {
        return ix;
    }

    /** Returns the live image counters y, null unless periodic. @return iy */
    public int[] iy() {
        return iy;
    }

    /** Returns the live image counters z, null unless periodic 3-D. @return iz */
    public int[] iz() {
        return iz;
    }

    /**
     * Returns the names of the state arrays in hashing and checkpoint order: {@code x, y[, z], vx, vy[, vz]}, then
     * {@code ix, iy[, iz]} when the state has image counters.
     *
     * @return the names
     */
    public List<String> stateOrder() {
        List<String> names = new ArrayList<>(List.of("x", "y"));
        if (dim == 3) {
            names.add("z");
        }
        names.add("vx");
        names.add("vy");
        if (dim == 3) {
            names.add("vz");
        }
        if (ix != null) {
            names.add("ix");
            names.add("iy");
            if (dim == 3) {
                names.add("iz");
            }
        }
        return names;
    }

    /**
     * Returns the SHA-256 of the arrays of {@link #stateOrder()}, each element as a little-endian float64 (image
     * counters converted exactly, as a checkpoint stores them), in lower-case hex.
     *
     * @return 64 hex characters
     */
    public String sha256() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        ByteBuffer b = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] a : new double[][] {x, y, z, vx, vy, vz}) {
            if (a != null) {
                b.clear();
                for (double v : a) {
                    b.putDouble(v);
                }
                md.update(b.array(), 0, b.position());
            }
        }
        if (ix != null) {
            for (int[] a : new int[][] {ix, iy, iz}) {
                if (a != null) {
                    b.clear();
                    for (int v : a) {
                        b.putDouble(v);
                    }
                    md.update(b.array(), 0, b.position());
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
