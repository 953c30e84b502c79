package org.simdyn.particles.internal;

import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.NoiseSource;
import org.simdyn.particles.SwarmState;
import org.simdyn.vector.Parallel;

/**
 * The synchronous Couzin step (spec section 2) over a state it owns: (A) headings {@code u = v/|v|}, their
 * quantised copies and the noise of step n, per chunk of 256 agents; (B) zone sums through the {@link PairKernel}
 * (all-pairs over {@code [0, N)}, or the gathered 3^d cells around each focal cell, on copies in cell order,
 * {@link AgentArrays}) and the per-agent update ({@link AgentUpdate}), which writes the new velocities; (C) drift
 * and boundaries. Every phase writes disjoint
 * per-agent outputs and every sum is an exact integer, so the result is the same bits for any thread count, vector
 * width and search method. Allocation-free per step after the first step on each thread (the per-thread scratch);
 * with {@code threads > 1}, {@link Parallel} allocates a few small objects per phase.
 *
 * <p>Not thread-safe: one caller steps it at a time.
 */
public final class Engine {
    private static final int CHUNK = 256;

    private final CouzinConfig cfg;
    private final int n;
    private final boolean three;
    private final boolean compat;
    private final TypeTable tt;
    private final PairKernel kernel;
    private final NoiseSource noise;
    private final CellList cells;
    private final SwarmState state;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] vx;
    private final double[] vy;
    private final double[] vz;
    private final double[] ux;
    private final double[] uy;
    private final double[] uz;
    private final long[] qx;
    private final long[] qy;
    private final long[] qz;
    private final double[] g0;
    private final double[] g1;
    private final double[] g2;
    private final double[] g3;
    /** The pair phase's arrays in agent order (over the fields above and the state's velocities). */
    private final AgentArrays agents;
    /** The same in the cell list's order; null for all-pairs. */
    private final AgentArrays sorted;
    private final ThreadLocal<Scratch> scratch;
    private final Parallel.ChunkBody headings = this::headings;
    private final Parallel.ChunkBody load = this::load;
    private final Parallel.ChunkBody store = this::store;
    private final Parallel.ChunkBody pairs = this::pairs;
    private final Parallel.ChunkBody cellPairs = this::cellPairs;
    private final Parallel.ChunkBody drift = this::drift;
    private long step;
    private int threads = 1;

    /**
     * Creates an engine; the state is placed in the domain (copied).
     *
     * @param cfg the configuration, non-null
     * @param initial the state at {@code step}, non-null. Not modified.
     * @param noise the noise source, non-null
     * @param kernel the pair kernel, non-null
     * @param step the step count of {@code initial}, {@code >= 0}
     * @throws IllegalArgumentException for a null argument, a mismatch between state and configuration, or a
     *         negative step
     */
    public Engine(CouzinConfig cfg, SwarmState initial, NoiseSource noise, PairKernel kernel, long step) {
        if (cfg == null || initial == null || noise == null || kernel == null) {
            throw new IllegalArgumentException("cfg, state, noise and kernel must be non-null");
        }
        if (step < 0) {
            throw new IllegalArgumentException("step = " + step + " is out of range: must be >= 0");
        }
        this.cfg = cfg;
        this.n = cfg.n();
        this.three = cfg.dim() == 3;
        this.compat = cfg.rules() == CouzinRules.PEER_COMPAT;
        this.tt = new TypeTable(cfg);
        this.kernel = kernel;
        this.noise = noise;
        this.state = initial.placedIn(cfg);
        this.cells = cfg.resolvedSearch() == NeighbourSearch.CELLS ? new CellList(cfg) : null;
        this.step = step;
        x = state.x();
        y = state.y();
        z = state.z();
        vx = state.vx();
        vy = state.vy();
        vz = state.vz();
        ux = new double[n];
        uy = new double[n];
        uz = three ? new double[n] : null;
        qx = new long[n];
        qy = new long[n];
        qz = three ? new long[n] : null;
        int k = tt.anyNoise ? org.simdyn.particles.ParticlePurposes.noiseNormals(cfg.rules(), cfg.dim()) : 0;
        g0 = k > 0 ? new double[n] : null;
        g1 = k > 1 ? new double[n] : null;
        g2 = k > 2 ? new double[n] : null;
        g3 = k > 3 ? new double[n] : null;
        agents = new AgentArrays(x, y, z, qx, qy, qz, ux, uy, uz, g0, g1, g2, g3, tt.type, vx, vy, vz);
        sorted = cells == null ? null : new AgentArrays(n, agents);
        scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    }

    /** Returns the live state. @return the state */
    public SwarmState state() {
        return state;
    }

    /** Returns the step count. @return steps done */
    public long stepCount() {
        return step;
    }

    /** Returns the search in force. @return CELLS or ALL_PAIRS */
    public NeighbourSearch search() {
        return cells == null ? NeighbourSearch.ALL_PAIRS : NeighbourSearch.CELLS;
    }

    /** Returns the cells per axis of the last step (0 for all-pairs). @return cells per axis */
    public int cellsPerAxis() {
        return cells == null ? 0 : cells.cellsPerAxis();
    }

    /** Returns the pair kernel. @return the kernel */
    public PairKernel kernel() {
        return kernel;
    }

    /**
     * Sets the thread count.
     *
     * @param t threads, [1, {@link Parallel#MAX_THREADS}]
     * @throws IllegalArgumentException if out of range
     */
    public void threads(int t) {
        if (t < 1 || t > Parallel.MAX_THREADS) {
            throw new IllegalArgumentException("threads = " + t + " is out of range: must be in [1, "
                    + Parallel.MAX_THREADS + "]");
        }
        threads = t;
    }

    /** Returns the thread count. @return threads */
    public int threads() {
        return threads;
    }

    /**
     * Advances one step.
     *
     * @throws IllegalStateException if the state is not finite (naming step and time)
     */
    public void step() {
        Parallel.forChunks(n, CHUNK, threads, headings);
        if (cells != null) {
            cells.build(x, y, z);
            Parallel.forChunks(n, CHUNK, threads, load);
            int nc = cells.cells();
            int chunk = (int) Math.max(1, (long) CHUNK * nc / n);
            Parallel.forChunks(nc, chunk, threads, cellPairs);
            Parallel.forChunks(n, CHUNK, threads, store);
        } else {
            Parallel.forChunks(n, CHUNK, threads, pairs);
        }
        Parallel.forChunks(n, CHUNK, threads, drift);
        step++;
    }

    private void headings(int chunk, int from, int to) {
        for (int i = from; i < to; i++) {
            double a = vx[i];
            double b = vy[i];
            double c = three ? vz[i] : 0;
            double m = Math.sqrt(a * a + b * b + c * c);
            double p = x[i] + y[i] + (three ? z[i] : 0);
            if (!Double.isFinite(m) || !Double.isFinite(p)) {
                throw new IllegalStateException("non-finite state at step " + step + " (t = " + step * cfg.dt()
                        + "): agent " + i);
            }
            double hx;
            double hy;
            double hz;
            if (m < 1e-10) {
                hx = 1;
                hy = 0;
                hz = 0;
            } else {
                hx = a / m;
                hy = b / m;
                hz = c / m;
            }
            ux[i] = hx;
            uy[i] = hy;
            qx[i] = PairKernel.q(hx);
            qy[i] = PairKernel.q(hy);
            if (three) {
                uz[i] = hz;
                qz[i] = PairKernel.q(hz);
            }
        }
        if (g0 != null) {
            noise.fill(step, from, to, g0, g1, g2, g3);
        }
    }

    private void load(int chunk, int from, int to) {
        sorted.load(cells.order, from, to, agents);
    }

    private void store(int chunk, int from, int to) {
        sorted.store(cells.order, from, to, agents);
    }

    private void pairs(int chunk, int from, int to) {
        Scratch s = scratch.get();
        double[] geo = tt.geo;
        for (int i = from; i < to; i++) {
            int t = tt.type[i] & 0xFF;
            if (three) {
                kernel.sums3(x[i], y[i], z[i], ux[i], uy[i], uz[i], x, y, z, qx, qy, qz, 0, n, geo,
                        t * PairKernel.GEO, s.sums, 0);
            } else {
                kernel.sums2(x[i], y[i], ux[i], uy[i], x, y, qx, qy, 0, n, geo, t * PairKernel.GEO, s.sums, 0);
            }
            update(agents, i, t, s);
        }
    }

    /** The pair phase over the cells {@code [from, to)}, on the cell-ordered arrays. */
    private void cellPairs(int chunk, int from, int to) {
        Scratch s = scratch.get();
        double[] geo = tt.geo;
        int[] start = cells.start;
        AgentArrays a = sorted;
        for (int c = from; c < to; c++) {
            if (start[c] == start[c + 1]) {
                continue;
            }
            int m = cells.gather(c, a, s);
            for (int p = start[c]; p < start[c + 1]; p++) {
                int t = a.type[p] & 0xFF;
                if (three) {
                    kernel.sums3(a.x[p], a.y[p], a.z[p], a.ux[p], a.uy[p], a.uz[p], s.x, s.y, s.z, s.qx, s.qy, s.qz,
                            0, m, geo, t * PairKernel.GEO, s.sums, 0);
                } else {
                    kernel.sums2(a.x[p], a.y[p], a.ux[p], a.uy[p], s.x, s.y, s.qx, s.qy, 0, m, geo,
                            t * PairKernel.GEO, s.sums, 0);
                }
                update(a, p, t, s);
            }
        }
    }

    /** The per-agent update of index {@code i} of {@code a}: reads its heading and noise, writes its velocity. */
    private void update(AgentArrays a, int i, int t, Scratch s) {
        double n0 = a.g0 == null ? 0 : a.g0[i];
        double n1 = a.g1 == null ? 0 : a.g1[i];
        double[] w = s.w;
        double speed = tt.speed[t];
        if (three) {
            AgentUpdate.update3(compat, s.sums, 0, a.ux[i], a.uy[i], a.uz[i], tt, t, n0, n1,
                    a.g2 == null ? 0 : a.g2[i], a.g3 == null ? 0 : a.g3[i], w);
            a.vz[i] = speed * w[2];
        } else {
            AgentUpdate.update2(compat, s.sums, 0, a.ux[i], a.uy[i], tt, t, n0, n1, w);
        }
        a.vx[i] = speed * w[0];
        a.vy[i] = speed * w[1];
    }

    private void drift(int chunk, int from, int to) {
        double dt = cfg.dt();
        double box = cfg.box();
        Domain d = cfg.domain();
        if (d == Domain.PERIODIC) {
            Boundaries.driftPeriodic(x, vx, state.ix(), from, to, dt, box);
            Boundaries.driftPeriodic(y, vy, state.iy(), from, to, dt, box);
            if (three) {
                Boundaries.driftPeriodic(z, vz, state.iz(), from, to, dt, box);
            }
        } else if (d == Domain.REFLECTING) {
            Boundaries.driftReflecting(x, vx, from, to, dt, box);
            Boundaries.driftReflecting(y, vy, from, to, dt, box);
            if (three) {
                Boundaries.driftReflecting(z, vz, from, to, dt, box);
            }
        } else {
            Boundaries.driftOpen(x, vx, from, to, dt);
            Boundaries.driftOpen(y, vy, from, to, dt);
            if (three) {
                Boundaries.driftOpen(z, vz, from, to, dt);
            }
        }
    }
}
