package org.simdyn.cli.couzin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Interrupts;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.Plot;
import org.simdyn.cli.common.Provenance;
import org.simdyn.cli.common.Simulation;
import org.simdyn.cli.common.Warning;
import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.NoiseSource;
import org.simdyn.particles.ParticlePurposes;
import org.simdyn.particles.SwarmState;
import org.simdyn.particles.analysis.CompatEntropies;
import org.simdyn.particles.analysis.OrderParameters;
import org.simdyn.particles.analysis.SchoolDiagnostics;

/**
 * One {@code couzin run} as a {@link Simulation} of the command-line engine (couzin spec sections 6 and 8): the
 * series every step ({@code t, step, P, M_pbc, M_naive, spread_pbc, spread_naive}, the alignment of each informed
 * type, then the frame diagnostics, NaN on the steps without a frame; the engine stores these only at the frame
 * steps, in {@code /frames} and {@code <stem>_frames.csv}, and {@code <stem>.csv} holds
 * {@code step, t, P, M_pbc, M_naive, spread_pbc}), snapshots of positions and velocities,
 * the final state and the headline. The state in {@code state_order} is {@code x, y[, z], vx, vy[, vz]} plus the
 * image counters {@code ix, iy[, iz]} when periodic (as float64); a restart rebuilds the simulation from them at
 * the checkpoint's step, which continues bit for bit. With several agent types the headline's {@code theta},
 * {@code sigma}, {@code turn_rate} and {@code rot_diffusion} are one number when every type has the same value and
 * an array with one value per type otherwise; {@code informed} lists every type with {@code informed_weight > 0}.
 */
final class CouzinRun implements Simulation {
    /** Order-parameter columns of the series, after {@code t} and {@code step}. */
    static final List<String> ORDER_KEYS = List.of("P", "M_pbc", "M_naive", "spread_pbc", "spread_naive");
    /** Frame diagnostics (spec 6.2-6.3), in the order of the series and the headline. */
    static final List<String> FRAME_KEYS = frameKeys();

    /** Test hook: a run requests an interrupt (as SIGINT would) after this step; -1 never. */
    static volatile long interruptAfter = -1;

    private final CouzinSetup setup;
    private final CouzinConfig cfg;
    private final long seed;
    private final int threads;
    private final int dim;
    private final int n;
    private final long steps;
    private final long warm;
    private final int[] informed;
    private final OrderParameters order;
    private final Map<String, double[]> mirrors = new LinkedHashMap<>();
    private CouzinSimulation sim;
    private boolean broken;
    private long timedNanos;
    private long timedSteps;

    CouzinRun(CouzinSetup setup, long seed, int threads) {
        this.setup = setup;
        this.cfg = setup.cfg();
        this.seed = seed;
        this.threads = threads;
        this.dim = cfg.dim();
        this.n = cfg.n();
        this.steps = setup.steps();
        this.warm = Math.max(10, steps / 4);
        List<Integer> inf = new ArrayList<>();
        for (int t = 0; t < cfg.typeCount(); t++) {
            if (cfg.type(t).informedWeight() > 0) {
                inf.add(t);
            }
        }
        informed = inf.stream().mapToInt(Integer::intValue).toArray();
        order = new OrderParameters(dim, n, cfg.domain(), cfg.box());
        List<String> names = new ArrayList<>(List.of("x", "y"));
        if (dim == 3) {
            names.add("z");
        }
        names.addAll(List.of("vx", "vy"));
        if (dim == 3) {
            names.add("vz");
        }
        if (cfg.domain() == Domain.PERIODIC) {
            names.addAll(List.of("ix", "iy"));
            if (dim == 3) {
                names.add("iz");
            }
        }
        for (String s : names) {
            mirrors.put(s, new double[n]);
        }
    }

    /** @return the setup */
    CouzinSetup setup() {
        return setup;
    }

    /** @return the live simulation (after {@link #initialize()} or the first step after a restore) */
    CouzinSimulation simulation() {
        return sim;
    }

    private static List<String> frameKeys() {
        List<String> k = new ArrayList<>(List.of(CompatEntropies.KEYS));
        k.addAll(List.of("polarization_entropy_ea", "cohesion_entropy_scaled", "correlation_length", "n_clusters",
                "largest_cluster_fraction", "P_largest", "M_pbc_largest"));
        return List.copyOf(k);
    }

    static String rulesName(CouzinRules r) {
        return r == CouzinRules.COUZIN2002 ? "couzin2002" : "peer-compat";
    }

    @Override
    public String integrator() {
        return "couzin-zone-model/" + rulesName(cfg.rules()) + " (synchronous update)";
    }

    @Override
    public double dt() {
        return cfg.dt();
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public Map<String, double[]> state() {
        if (sim != null && !broken) {
            SwarmState s = sim.state();
            copy(s.x(), "x");
            copy(s.y(), "y");
            copy(s.z(), "z");
            copy(s.vx(), "vx");
            copy(s.vy(), "vy");
            copy(s.vz(), "vz");
            copy(s.ix(), "ix");
            copy(s.iy(), "iy");
            copy(s.iz(), "iz");
        }
        return mirrors;
    }

    private void copy(double[] from, String name) {
        if (from != null) {
            System.arraycopy(from, 0, mirrors.get(name), 0, n);
        }
    }

    private void copy(int[] from, String name) {
        if (from != null && mirrors.containsKey(name)) {
            double[] to = mirrors.get(name);
            for (int i = 0; i < n; i++) {
                to[i] = from[i];
            }
        }
    }

    private NoiseSource noise() {
        return setup.replay() != null ? setup.replay().source() : NoiseSource.philox(seed);
    }

    @Override
    public void initialize() {
        SwarmState s0 = switch (setup.init()) {
            case "torus" -> SwarmState.torus(cfg, setup.torusRadius(), seed);
            case "file" -> setup.fileState();
            default -> SwarmState.random(cfg, seed);
        };
        sim = CouzinSimulation.restore(cfg, s0, noise(), 0).threads(threads);
        broken = false;
    }

    /** Rebuilds the simulation from the state arrays at step {@code n} (after a restart wrote them). */
    private void restore(long step) {
        double[] z = mirrors.get("z");
        double[] vz = mirrors.get("vz");
        SwarmState s = cfg.domain() == Domain.PERIODIC
                ? SwarmState.of(mirrors.get("x"), mirrors.get("y"), z, mirrors.get("vx"), mirrors.get("vy"), vz,
                        ints(mirrors.get("ix")), ints(mirrors.get("iy")), dim == 3 ? ints(mirrors.get("iz")) : null)
                : SwarmState.of(mirrors.get("x"), mirrors.get("y"), z, mirrors.get("vx"), mirrors.get("vy"), vz);
        sim = CouzinSimulation.restore(cfg, s, noise(), step).threads(threads);
    }

    private static int[] ints(double[] a) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = (int) a[i];
        }
        return r;
    }

    @Override
    public void step(long k) {
        if (sim == null || sim.stepCount() != k) {
            restore(k);
        }
        long t0 = System.nanoTime();
        try {
            sim.step();
        } catch (IllegalStateException e) {
            // the engine's non-finite check reports the step and time (exit 1)
            broken = true;
            mirrors.get("x")[0] = Double.NaN;
            return;
        }
        long took = System.nanoTime() - t0;
        if (k >= warm) {
            timedNanos += took;
            timedSteps++;
        }
        if (k + 1 == interruptAfter) {
            Interrupts.request(130);
        }
    }

    @Override
    public String frameCoordinate() {
        return "t_frame";
    }

    @Override
    public List<Field> frameFields() {
        return List.of(new Field("positions", "1", "agent positions (wrapped into the box when periodic)",
                List.of("agent", "axis"), new int[] {n, dim}),
                new Field("velocities", "s-1", "agent velocities", List.of("agent", "axis"), new int[] {n, dim}));
    }

    @Override
    public void frame(String name, double[] out) {
        SwarmState s = sim.state();
        boolean pos = name.equals("positions");
        double[] a = pos ? s.x() : s.vx();
        double[] b = pos ? s.y() : s.vy();
        double[] c = pos ? s.z() : s.vz();
        for (int i = 0; i < n; i++) {
            out[i * dim] = a[i];
            out[i * dim + 1] = b[i];
            if (dim == 3) {
                out[i * dim + 2] = c[i];
            }
        }
    }

    @Override
    public List<Field> seriesColumns() {
        List<Field> f = new ArrayList<>();
        f.add(Field.scalar("t", "s", "time"));
        f.add(Field.scalar("step", "1", "step counter"));
        f.add(Field.scalar("P", "1", "polarisation |mean heading|"));
        f.add(Field.scalar("M_pbc", "1", "milling about the periodic centroid"));
        f.add(Field.scalar("M_naive", "1", "milling about the naive centroid (compat)"));
        f.add(Field.scalar("spread_pbc", "1", "RMS distance to the periodic centroid"));
        f.add(Field.scalar("spread_naive", "1", "RMS distance to the naive centroid"));
        for (int t : informed) {
            f.add(Field.scalar("alignment_" + t, "1", "mean heading . preferred direction of type " + t));
        }
        if (setup.entropies()) {
            for (String k : FRAME_KEYS) {
                f.add(Field.scalar(k, "1", k.replace('_', ' ') + " (frame diagnostic; stored in /frames)"));
            }
        }
        return f;
    }

    @Override
    public List<String> csvColumns() {
        return List.of("step", "t", "P", "M_pbc", "M_naive", "spread_pbc");
    }

    @Override
    public List<String> frameTable() {
        return setup.entropies() ? FRAME_KEYS : List.of();
    }

    @Override
    public boolean frameTableRow(long n) {
        return frameStep(n);
    }

    @Override
    public long seriesEvery() {
        return 1;
    }

    /**
     * Returns whether the frame diagnostics are evaluated at step {@code k}: in the window, every
     * {@code entropy_every} steps counted back from the last step.
     *
     * @param k the step
     * @return whether k is a frame step
     */
    boolean frameStep(long k) {
        return setup.entropies() && k >= windowStart() && (steps - k) % setup.entropyEvery() == 0;
    }

    /** @return k0 = steps - floor(steps/4) */
    long windowStart() {
        return steps - steps / 4;
    }

    @Override
    public void row(long k, double[] out) {
        SwarmState s = sim.state();
        order.compute(s);
        int c = 0;
        out[c++] = k * cfg.dt();
        out[c++] = k;
        out[c++] = order.polarization();
        out[c++] = order.millingPbc();
        out[c++] = order.millingNaive();
        out[c++] = order.spreadPbc();
        out[c++] = order.spreadNaive();
        for (int t : informed) {
            out[c++] = order.alignment(cfg.type(t).preferredDir());
        }
        if (setup.entropies()) {
            double[] f = frameStep(k) ? frameDiagnostics(s) : null;
            for (int j = 0; j < FRAME_KEYS.size(); j++) {
                out[c++] = f == null ? Double.NaN : f[j];
            }
        }
    }

    /**
     * Computes the frame diagnostics of a state in the order of {@link #FRAME_KEYS} (compat entropies NaN in 2-D).
     *
     * @param s the state. Not modified.
     * @return a new array
     */
    double[] frameDiagnostics(SwarmState s) {
        return frameDiagnostics(s, cfg.domain(), cfg.box(), cfg.type(0).rR(), setup.clusterRadius(),
                setup.corrBin(), setup.corrMax());
    }

    static double[] frameDiagnostics(SwarmState s, Domain domain, double box, double rR, double clusterRadius,
            double corrBin, double corrMax) {
        double[] f = new double[FRAME_KEYS.size()];
        java.util.Arrays.fill(f, Double.NaN);
        if (s.dim() == 3) {
            double[] h = CompatEntropies.compute(s, domain, box);
            System.arraycopy(h, 0, f, 0, h.length);
        }
        int c = CompatEntropies.KEYS.length;
        f[c++] = SchoolDiagnostics.polarizationEntropyEa(s);
        f[c++] = SchoolDiagnostics.cohesionEntropyScaled(s, domain, box, rR);
        double[] corr = SchoolDiagnostics.correlation(s, domain, box, corrBin, corrMax);
        f[c++] = SchoolDiagnostics.correlationLength(corr, corrBin);
        int[] labels = SchoolDiagnostics.clusters(s, domain, box, clusterRadius);
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == i) {
                count++;
            }
        }
        int big = SchoolDiagnostics.largest(labels);
        int size = 0;
        for (int l : labels) {
            if (l == big) {
                size++;
            }
        }
        f[c++] = count;
        f[c++] = (double) size / s.n();
        double[] pm = clusterOrder(s, labels, big, size, domain, box);
        f[c++] = pm[0];
        f[c] = pm[1];
        return f;
    }

    /** P and M_pbc of one cluster (its own periodic centroid); a single agent has P = 1, M = 0. */
    private static double[] clusterOrder(SwarmState s, int[] labels, int label, int size, Domain domain, double box) {
        if (size < 2) {
            return new double[] {1, 0};
        }
        boolean three = s.dim() == 3;
        double[][] a = new double[6][size];
        int j = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                a[0][j] = s.x()[i];
                a[1][j] = s.y()[i];
                a[3][j] = s.vx()[i];
                a[4][j] = s.vy()[i];
                if (three) {
                    a[2][j] = s.z()[i];
                    a[5][j] = s.vz()[i];
                }
                j++;
            }
        }
        SwarmState sub = SwarmState.of(a[0], a[1], three ? a[2] : null, a[3], a[4], three ? a[5] : null);
        OrderParameters o = new OrderParameters(s.dim(), size, domain, box).compute(sub);
        return new double[] {o.polarization(), o.millingPbc()};
    }

    @Override
    public List<Dataset> results() {
        SwarmState s = sim.state();
        List<Dataset> d = new ArrayList<>();
        double[] agent = new double[n];
        for (int i = 0; i < n; i++) {
            agent[i] = i;
        }
        d.add(Dataset.coordinate("agent", agent, "1", "agent index"));
        double[] x = new double[n * dim];
        double[] v = new double[n * dim];
        frame("positions", x);
        frame("velocities", v);
        d.add(new Dataset("x_final", x, new int[] {n, dim}, "1", "final positions (wrapped into [0, L) when "
                + "periodic; unwrapped = fma(image_final, L, x_final))", List.of("agent", "axis"), false));
        d.add(new Dataset("v_final", v, new int[] {n, dim}, "s-1", "final velocities", List.of("agent", "axis"),
                false));
        if (s.ix() != null) {
            int[] im = new int[n * dim];
            for (int i = 0; i < n; i++) {
                im[i * dim] = s.ix()[i];
                im[i * dim + 1] = s.iy()[i];
                if (dim == 3) {
                    im[i * dim + 2] = s.iz()[i];
                }
            }
            d.add(new Dataset("image_final", im, new int[] {n, dim}, "1", "final image counters",
                    List.of("agent", "axis"), false));
        }
        return d;
    }

    @Override
    public ObjectNode headline() {
        return headline(Map.of());
    }

    @Override
    public ObjectNode headline(Map<String, Dataset> datasets) {
        ObjectNode h = Json.object();
        h.put("rules", rulesName(cfg.rules()));
        h.put("dim", dim);
        h.put("domain", cfg.domain().name().toLowerCase(Locale.ROOT));
        h.put("N", n);
        h.put("steps", steps);
        Json.putNumber(h, "dt", cfg.dt());
        Json.putNumber(h, "t_final", steps * cfg.dt());
        Json.putUnsigned(h, "seed", seed);
        double[] theta = new double[cfg.typeCount()];
        double[] sigma = new double[theta.length];
        double[] rate = new double[theta.length];
        double[] diffusion = new double[theta.length];
        for (int t = 0; t < theta.length; t++) {
            AgentType a = cfg.type(t);
            theta[t] = a.turnPerStep();
            sigma[t] = a.noisePerStep();
            rate[t] = a.turnRate(cfg.dt());
            diffusion[t] = a.rotDiffusion(cfg.dt(), dim);
        }
        putPerType(h, "theta", theta);
        putPerType(h, "sigma", sigma);
        putPerType(h, "turn_rate", rate);
        putPerType(h, "rot_diffusion", diffusion);
        Series series = Series.of(datasets, this);
        series.headline(h);
        ArrayNode probes = h.putArray("probes");
        for (long k : setup.probes()) {
            int r = series.rowOf(k);
            ObjectNode o = probes.addObject();
            o.put("step", k);
            Json.putNumber(o, "t", k * cfg.dt());
            for (String key : List.of("P", "M_pbc", "M_naive")) {
                Json.putNumber(o, key, r < 0 ? Double.NaN : series.column(key)[r]);
            }
        }
        if (setup.entropies() && sim != null) {
            putCorrelation(h, SchoolDiagnostics.correlation(sim.state(), cfg.domain(), cfg.box(), setup.corrBin(),
                    setup.corrMax()), setup.corrBin());
        } else {
            h.putNull("correlation");
        }
        if (informed.length == 0) {
            h.putNull("informed");
        } else {
            ArrayNode inf = h.putArray("informed");
            int[] counts = cfg.typeCounts();
            for (int t : informed) {
                ObjectNode o = inf.addObject();
                o.put("type", t);
                o.put("count", counts[t]);
                Json.putNumber(o, "weight", cfg.type(t).informedWeight());
                ArrayNode g = o.putArray("direction");
                for (double x : cfg.type(t).preferredDir()) {
                    g.add(x);
                }
                Json.putNumber(o, "alignment", series.windowMean("alignment_" + t, false));
            }
        }
        NeighbourSearch search = sim != null ? sim.neighbourSearch() : cfg.resolvedSearch();
        h.put("neighbour_search", search == NeighbourSearch.CELLS ? "cells" : "all-pairs");
        h.put("cells_per_axis", sim != null ? sim.cellsPerAxis() : 0);
        if (timedSteps > 0) {
            double ms = timedNanos * 1e-6 / timedSteps;
            Json.putNumber(h, "ms_per_step", ms);
            Json.putNumber(h, "ns_per_agent_step", ms * 1e6 / n);
        } else {
            h.putNull("ms_per_step");
            h.putNull("ns_per_agent_step");
        }
        if (sim != null) {
            h.put("state_sha256", sim.stateSha256());
            ArrayNode so = h.putArray("state_order");
            sim.stateOrder().forEach(so::add);
        } else {
            h.putNull("state_sha256");
            h.putNull("state_order");
        }
        if (setup.replay() != null) {
            h.put("draws_sha256", setup.replay().sha256());
        }
        return h;
    }

    /**
     * Puts a per-type value: one number when every type has the same, else an array with one number per type.
     *
     * @param h the object. Modified.
     * @param key the key
     * @param v one value per type. Not modified.
     */
    private static void putPerType(ObjectNode h, String key, double[] v) {
        boolean same = true;
        for (double x : v) {
            same &= Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(v[0]);
        }
        if (same) {
            Json.putNumber(h, key, v[0]);
        } else {
            ArrayNode a = h.putArray(key);
            for (double x : v) {
                a.add(x);
            }
        }
    }

    /**
     * Puts {@code correlation: {r: bin centres, C: values (null where undefined)}}.
     *
     * @param h the object. Modified.
     * @param c C(r) per bin. Not modified.
     * @param bin the bin width
     */
    static void putCorrelation(ObjectNode h, double[] c, double bin) {
        ObjectNode corr = h.putObject("correlation");
        ArrayNode r = corr.putArray("r");
        ArrayNode cv = corr.putArray("C");
        for (int b = 0; b < c.length; b++) {
            r.add((b + 0.5) * bin);
            if (Double.isFinite(c[b])) {
                cv.add(c[b]);
            } else {
                cv.addNull();
            }
        }
    }

    /**
     * The state label of the peer's thresholds.
     *
     * @param p polarisation
     * @param m milling
     * @return the label, or null when either is NaN
     */
    static String label(double p, double m) {
        if (Double.isNaN(p) || Double.isNaN(m)) {
            return null;
        }
        if (p > 0.9) {
            return "highly_parallel";
        }
        if (p > 0.7) {
            return "dynamic_parallel";
        }
        if (m > 0.5) {
            return "milling";
        }
        return p > 0.4 || m > 0.3 ? "transitional" : "swarm";
    }

    @Override
    public List<Plot> plots(Map<String, Dataset> datasets) {
        List<Plot> plots = new ArrayList<>();
        double[] t = (double[]) datasets.get("t").data();
        List<Plot.Series> lines = new ArrayList<>();
        for (String k : List.of("P", "M_pbc", "M_naive")) {
            lines.add(new Plot.Series(k, t, (double[]) datasets.get(k).data()));
        }
        String title = "couzin run (" + rulesName(cfg.rules()) + "): N = " + n + ", L = " + cfg.box() + ", seed "
                + Long.toUnsignedString(seed);
        plots.add(new Plot.Lines("order_parameters.png", title, "t [s]", "order parameter [1]", lines, false));
        if (sim != null) {
            plots.add(snapshot("snapshot_xy.png", title, 0, 1));
            if (dim == 3) {
                plots.add(snapshot("snapshot_xz.png", title, 0, 2));
            }
        }
        return plots;
    }

    /** Final positions (markers), heading ticks (length L/40) and the box outline in the plane of two axes. */
    private Plot snapshot(String file, String title, int a, int b) {
        SwarmState s = sim.state();
        double[][] pos = {s.x(), s.y(), s.z()};
        double[][] vel = {s.vx(), s.vy(), s.vz()};
        double len = cfg.box() / 40;
        double[] tx = new double[3 * n];
        double[] ty = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double va = vel[a][i];
            double vb = vel[b][i];
            double m = Math.sqrt(va * va + vb * vb);
            double ua = m < 1e-10 ? 0 : va / m;
            double ub = m < 1e-10 ? 0 : vb / m;
            tx[3 * i] = pos[a][i];
            ty[3 * i] = pos[b][i];
            tx[3 * i + 1] = pos[a][i] + len * ua;
            ty[3 * i + 1] = pos[b][i] + len * ub;
            tx[3 * i + 2] = Double.NaN;
            ty[3 * i + 2] = Double.NaN;
        }
        String[] axes = {"x", "y", "z"};
        List<Plot.Series> outline = new ArrayList<>();
        outline.add(new Plot.Series("heading", tx, ty));
        if (cfg.domain() != Domain.OPEN) {
            double l = cfg.box();
            outline.add(new Plot.Series("box", new double[] {0, l, l, 0, 0}, new double[] {0, 0, l, l, 0}));
        }
        return new Plot.Scatter(file, title + ", t = " + sim.time(), axes[a] + " [1]", axes[b] + " [1]",
                List.of(new Plot.Series("agents", pos[a].clone(), pos[b].clone())), outline);
    }

    @Override
    public Map<String, Integer> purposes() {
        return ParticlePurposes.all();
    }

    /**
     * Returns the {@code rng} object. With replayed draws (couzin spec section 3) the noise does not come from
     * Philox: {@code generator = "replay"}, {@code replay} = {file, sha256, shape (S, N, k), purposes (NOISE)}; the
     * remaining keys ({@code stream_version}, {@code key}, {@code counter}, {@code purposes}) describe the
     * Philox4x32-10 stream ({@code philox}) that still draws the other purposes (the initial condition).
     *
     * @param seed the seed
     * @return a new object
     */
    @Override
    public ObjectNode rng(long seed) {
        CouzinSetup.Replay r = setup.replay();
        if (r == null) {
            return Simulation.super.rng(seed);
        }
        Map<String, Integer> philox = new LinkedHashMap<>(ParticlePurposes.all());
        Integer noise = philox.remove("NOISE");
        ObjectNode o = Provenance.rng(seed, philox);
        String generator = o.get("generator").asText();
        o.put("generator", "replay");
        o.put("philox", generator);
        ObjectNode replay = o.putObject("replay");
        replay.put("file", r.file().toString());
        replay.put("sha256", r.sha256());
        ArrayNode shape = replay.putArray("shape");
        for (long x : r.shape()) {
            shape.add(x);
        }
        replay.putObject("purposes").put("NOISE", noise);
        return o;
    }

    @Override
    public List<Warning> warnings() {
        return setup.warnings();
    }
}
