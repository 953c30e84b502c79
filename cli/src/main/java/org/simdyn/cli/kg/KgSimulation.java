package org.simdyn.cli.kg;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Engine;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Interrupts;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.Plot;
import org.simdyn.cli.common.RowStream;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.Simulation;
import org.simdyn.cli.common.Warning;
import org.simdyn.fields.Boundary;
import org.simdyn.fields.Grid;
import org.simdyn.fields.InitialConditions;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.KgWarning;
import org.simdyn.fields.KinkSet;
import org.simdyn.fields.KleinGordon;
import org.simdyn.fields.Potential;
import org.simdyn.fields.Spectrum;
import org.simdyn.fields.StepControl;
import org.simdyn.fields.analysis.Entropies;
import org.simdyn.vector.density.Bandwidth;
import org.simdyn.vector.density.Kde1D;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;

/**
 * The {@link Simulation} of {@code kg run}: a {@link KleinGordon} solver stepped by the engine, with the diagnostics
 * of kg.md section 5 sampled every {@code diag_every} on the synchronous state, the per-step centre probe, and the
 * collision classification of section 6 with {@code --classify}. With reversible step control one engine step
 * advances to the first step boundary at or after the next multiple of {@code dt} (the sample grid), so samples sit
 * at the first boundary past each sample time (kg.md section 3.4).
 *
 * <p>The engine's state arrays are the solver's {@link KleinGordon#stateOrder()} arrays; they are refreshed from the
 * solver whenever the engine asks for them, and a restart (arrays overwritten at an unexpected step) rebuilds the
 * solver with {@link KleinGordon#restore}.
 *
 * <p>Nothing grows with the step count: the per-step centre probe ({@code t_center}, {@code center}) and the kink rows
 * ({@code /kinks/{t, x, type}}) are {@link RowStream row streams} that the engine spills to disk; the headline's
 * accumulators (initial energy, momentum and kinks, maximum drift, samples, max |phi|, the centre probe's count,
 * extremes and bounces, the collision's crossings, the KDE pool, the solver's step count) are
 * {@link #extras() checkpoint extras}. A restart in place therefore ends with every dataset and headline number of
 * the uninterrupted run; a restart into a new {@code --out} writes the continuation's streams, snapshots and series
 * there, while the accumulated numbers (energy, momentum, charge, kinks, centre, collision, KDE) cover the whole run
 * and the delay embedding (with its automatic delay) covers the continuation's centre series.
 */
final class KgSimulation implements Simulation {
    /** Test hook: when {@code >= 1}, a SIGINT is requested after that engine step (deterministic interrupts). */
    static volatile long interruptAfter = -1;
    private static final List<RowStream> STREAMS = List.of(
            new RowStream("center", "t_center", List.of(
                    new RowStream.Column("t_center", "1", "time of the centre probe", false),
                    new RowStream.Column("center", "1", "phi at probe_x, one sample per step", false))),
            new RowStream("kinks", "kink", List.of(
                    new RowStream.Column("kinks/t", "1", "time of the kink sample", false),
                    new RowStream.Column("kinks/x", "1", "kink position", false),
                    new RowStream.Column("kinks/type", "1", "+1 kink, -1 antikink (int8)", true))));
    private static final int CENTER = 0;
    private static final int KINKS = 1;
    private static final String[] ENTROPIES = {"shannon", "renyi_05", "renyi_2", "renyi_10", "tsallis_05",
        "tsallis_2"};
    /**
     * 1-D grids with fewer points run the solver on one thread whatever {@code --threads} says: below 2^20 points
     * the 1-D FFT runs on one thread anyway (its four-step passes start there) and the point-wise passes are too
     * short to gain from more. Measured on the 2-core machine: two threads made the step 25-40 % slower at
     * N = 65536 and 262144, 10 % faster at 2^20. The headline's {@code threads} is the count used.
     */
    private static final int THREADED_1D = 1 << 20;
    private static final int KDE_VALUES = 10000;
    private static final int KDE_POINTS = 512;

    private final KgSetup setup;
    private final KgParams params;
    private final Grid grid;
    private final Potential potential;
    private final int n;
    private final int dim;
    private final int threads;
    private final boolean controlled;
    private final long steps;
    private final Map<String, double[]> state = new LinkedHashMap<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final int probeIndex;
    private final long timedFrom;
    private final double[] buf;
    private final double[] buf2;
    private final double[] kdeValues;
    private final int kdeStride;
    private final double barrier;
    private final double[] centerRow = new double[2];
    private final double[] kinkRow = new double[3];
    private RowStream.Sink sink;
    private KleinGordon kg;
    private long done;
    /** The solver's step count saved in the checkpoint a restart continues from, or -1. */
    private long restoredSteps = -1;
    /** max |phi| before the restart (the restored solver counts only the fields computed since). */
    private double maxAbsBefore;

    // per-step probe (the series itself is the row stream "center")
    private long centerCount;
    private double centerMin = Double.POSITIVE_INFINITY;
    private double centerMax = Double.NEGATIVE_INFINITY;
    private double centerLast;
    private long centerBounces;
    private long collisionBounces;
    // samples
    private double e0 = Double.NaN;
    private double eLast = Double.NaN;
    private double maxDrift;
    private double lastSampleTime = Double.NaN;
    private long samples;
    private double[] p0;
    private KinkSet kinks0;
    private int kdeCount;
    private double kdeBandwidth = Double.NaN;
    private long kdeSeen;
    private long timedNanos;
    private long timedSteps;
    // collision
    private double[] zRun;
    private double mRun;
    private double[] zOut;
    private double mOut;
    private double eOut = Double.NaN;

    KgSimulation(KgSetup setup, RunContext ctx) {
        this.setup = setup;
        this.params = setup.params();
        this.grid = params.grid();
        this.potential = params.potential();
        this.n = grid.size();
        this.dim = grid.dim();
        this.threads = grid.dim() == 1 && n < THREADED_1D ? 1
                : Math.min(ctx.threads(), org.simdyn.vector.Parallel.MAX_THREADS);
        this.controlled = params.stepControl().mode() == StepControl.Mode.REVERSIBLE;
        this.steps = setup.steps();
        this.warnings.addAll(setup.warnings());
        this.kg = KleinGordon.create(params, setup.phi0(), setup.pi0()).threads(threads);
        for (String name : kg.stateOrder()) {
            state.put(name, new double[0]);
        }
        Map<String, double[]> tmp = new LinkedHashMap<>();
        kg.writeState(tmp);
        tmp.forEach(state::put);
        this.probeIndex = grid.nearestIndex(setup.probe());
        this.timedFrom = Math.max(10, steps / 10);
        this.buf = new double[n];
        this.buf2 = new double[n];
        this.barrier = potential.barrierLevels().length > 0 ? potential.barrierLevels()[0] : 0.0;
        long frames = ctx.dryRun() ? 1 : Engine.frameCount(ctx, this);
        long pooled = frames * (long) n;
        this.kdeStride = (int) Math.max(1, (pooled + KDE_VALUES - 1) / KDE_VALUES);
        this.kdeValues = new double[(int) Math.min(KDE_VALUES, pooled)];
    }

    @Override
    public String integrator() {
        return params.method().key() + (params.filter().key().equals("none") ? "" : "+" + params.filter().key())
                + (controlled ? "+reversible" : "");
    }

    @Override
    public double dt() {
        return params.dt();
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public Map<String, double[]> state() {
        if (kg != null) {
            Map<String, double[]> tmp = new LinkedHashMap<>();
            kg.writeState(tmp);
            for (Map.Entry<String, double[]> e : state.entrySet()) {
                System.arraycopy(tmp.get(e.getKey()), 0, e.getValue(), 0, e.getValue().length);
            }
        }
        return state;
    }

    @Override
    public void initialize() {
        installProbe();
        done = 0;
    }

    /**
     * The per-step probe: one row of the stream "center" per sample, and the running count, extremes, bounces
     * (c_{i-1} &gt; b, c_i &lt;= b at the barrier level b) and the collision's bounces (level 0, samples before
     * {@code n_run}).
     */
    private void installProbe() {
        kg.setProbe(setup.probe(), (step, t, value) -> {
            long i = centerCount++;
            if (i > 0 && centerLast > barrier && value <= barrier) {
                centerBounces++;
            }
            if (i > 0 && i < setup.nRun() && centerLast > 0.0 && value <= 0.0) {
                collisionBounces++;
            }
            centerMin = Math.min(centerMin, value);
            centerMax = Math.max(centerMax, value);
            centerLast = value;
            centerRow[0] = t;
            centerRow[1] = value;
            sink.append(CENTER, centerRow);
        });
    }

    @Override
    public List<RowStream> rowStreams() {
        return STREAMS;
    }

    @Override
    public void rowSink(RowStream.Sink s) {
        this.sink = s;
    }

    /** @return max |phi| over the initial field and every kick field of the whole run */
    private double maxAbsPhi() {
        return Math.max(maxAbsBefore, kg.maxAbsPhi());
    }

    @Override
    public Map<String, double[]> extras() {
        Map<String, double[]> x = new LinkedHashMap<>();
        x.put("solver_steps", new double[] {kg.stepCount()});
        x.put("max_abs_phi", new double[] {maxAbsPhi()});
        x.put("energy", new double[] {e0, eLast, maxDrift, lastSampleTime, samples});
        x.put("momentum_initial", p0 == null ? new double[0] : p0.clone());
        x.put("kinks_initial_x", kinks0 == null ? new double[0] : kinks0.x());
        x.put("kinks_initial_type", kinks0 == null ? new double[0]
                : Arrays.stream(kinks0.type()).asDoubleStream().toArray());
        x.put("center", new double[] {centerCount, centerMin, centerMax, centerLast, centerBounces,
            collisionBounces});
        x.put("kde", new double[] {kdeCount, kdeSeen});
        x.put("kde_values", Arrays.copyOf(kdeValues, kdeCount));
        x.put("collision", new double[] {zRun == null ? 0 : 1, mRun, zOut == null ? 0 : 1, mOut, eOut});
        x.put("collision_z_run", zRun == null ? new double[0] : zRun.clone());
        x.put("collision_z_out", zOut == null ? new double[0] : zOut.clone());
        return x;
    }

    @Override
    public void restoreExtras(Map<String, double[]> saved) {
        if (saved.isEmpty()) {
            return; // a checkpoint written before the extras: the solver's state only
        }
        restoredSteps = (long) saved.get("solver_steps")[0];
        maxAbsBefore = saved.get("max_abs_phi")[0];
        double[] e = saved.get("energy");
        e0 = e[0];
        eLast = e[1];
        maxDrift = e[2];
        lastSampleTime = e[3];
        samples = (long) e[4];
        p0 = samples == 0 ? null : saved.get("momentum_initial").clone();
        double[] kt = saved.get("kinks_initial_type");
        kinks0 = samples == 0 || dim != 1 ? null : new KinkSet(saved.get("kinks_initial_x"),
                Arrays.stream(kt).mapToInt(v -> (int) v).toArray());
        double[] c = saved.get("center");
        centerCount = (long) c[0];
        centerMin = c[1];
        centerMax = c[2];
        centerLast = c[3];
        centerBounces = (long) c[4];
        collisionBounces = (long) c[5];
        double[] kde = saved.get("kde");
        kdeCount = (int) Math.min(kde[0], kdeValues.length); // a later end has more frames: a smaller pool
        kdeSeen = (long) kde[1];
        System.arraycopy(saved.get("kde_values"), 0, kdeValues, 0, kdeCount);
        double[] co = saved.get("collision");
        zRun = co[0] == 0 ? null : saved.get("collision_z_run").clone();
        mRun = co[1];
        zOut = co[2] == 0 ? null : saved.get("collision_z_out").clone();
        mOut = co[3];
        eOut = co[4];
    }

    @Override
    public void step(long k) {
        if (k != done) {
            kg = KleinGordon.restore(params, state, restoredSteps >= 0 ? restoredSteps : k).threads(threads);
            installProbe();
            done = k;
        }
        long t0 = System.nanoTime();
        if (controlled) {
            double target = (k + 1) * params.dt();
            do {
                kg.step();
            } while (kg.time() < target * (1 - 1e-12));
        } else {
            kg.step();
        }
        if (k >= timedFrom) {
            timedNanos += System.nanoTime() - t0;
            timedSteps++;
        }
        done = k + 1;
        if (setup.classify() && done == setup.nRun()) {
            zRun = kg.kinks().x();
            kg.phi(buf);
            mRun = centralMean(buf);
        }
        if (setup.classify() && done == setup.nRun() + setup.nOut()) {
            zOut = kg.kinks().x();
            kg.phi(buf);
            mOut = centralMean(buf);
            eOut = kg.energy();
        }
        if (done == interruptAfter) {
            Interrupts.request(130);
        }
    }

    @Override
    public List<Field> frameFields() {
        return List.of(new Field("phi", "1", "field phi (synchronous)", spaceDims(), grid.shape()));
    }

    private List<String> spaceDims() {
        return List.of("x", "y", "z").subList(0, dim);
    }

    @Override
    public void frame(String name, double[] out) {
        kg.phi(out);
        for (int j = 0; j < n && kdeCount < kdeValues.length; j++, kdeSeen++) {
            if (kdeSeen % kdeStride == 0) {
                kdeValues[kdeCount++] = Math.abs(out[j]);
            }
        }
    }

    @Override
    public List<Field> seriesColumns() {
        List<Field> c = new ArrayList<>();
        c.add(Field.scalar("t_energy", "1", "time of the diagnostics"));
        c.add(Field.scalar("energy", "1", "energy H"));
        c.add(Field.scalar("momentum", "1", "momentum P_0 (axis 0)"));
        for (int a = 1; a < dim; a++) {
            c.add(Field.scalar("momentum_" + "xyz".charAt(a), "1", "momentum P_" + a));
        }
        c.add(Field.scalar("charge", "1", "kinks - antikinks (NaN for d >= 2)"));
        c.add(Field.scalar("max_abs_phi_series", "1", "max |phi| so far (initial and kick fields)"));
        for (String e : ENTROPIES) {
            c.add(Field.scalar("entropy/" + e, "1", e + " entropy (grid-invariant)"));
        }
        if (setup.p().bool("entropy_legacy")) {
            for (String e : ENTROPIES) {
                c.add(Field.scalar("entropy_legacy/" + e, "1", e + " entropy (discrete, N-dependent)"));
            }
        }
        c.add(Field.scalar("probe/phi", "1", "phi at probe_x"));
        c.add(Field.scalar("probe/pi", "1", "pi at probe_x"));
        return c;
    }

    @Override
    public long seriesEvery() {
        return setup.seriesEvery();
    }

    @Override
    public void row(long k, double[] out) {
        int i = 0;
        double e = kg.energy();
        double[] p = kg.momentum();
        if (samples == 0) {
            e0 = e;
            p0 = p;
            if (dim == 1) {
                kinks0 = kg.kinks();
            }
        }
        eLast = e;
        lastSampleTime = kg.time();
        samples++;
        if (e0 != 0) {
            maxDrift = Math.max(maxDrift, Math.abs((e - e0) / Math.abs(e0)));
        }
        double t = kg.time();
        out[i++] = t;
        out[i++] = e;
        for (double pa : p) {
            out[i++] = pa;
        }
        if (dim == 1) {
            KinkSet ks = kg.kinks();
            out[i++] = ks.charge();
            double[] kx = ks.x();
            int[] kt = ks.type();
            for (int j = 0; j < kx.length; j++) {
                kinkRow[0] = t;
                kinkRow[1] = kx[j];
                kinkRow[2] = kt[j];
                sink.append(KINKS, kinkRow);
            }
        } else {
            out[i++] = Double.NaN;
        }
        out[i++] = maxAbsPhi();
        kg.phi(buf);
        kg.pi(buf2);
        double probePhi = buf[probeIndex];
        double probePi = buf2[probeIndex];
        double[] rho = density(buf, buf2);
        i = put(out, i, Entropies.of(rho, grid.dv()));
        if (setup.p().bool("entropy_legacy")) {
            i = put(out, i, Entropies.discrete(rho));
        }
        out[i++] = probePhi;
        out[i] = probePi;
        if (kg.checkResonance()) {
            addKgWarnings();
        }
        if (allZero(rho)) {
            addOnce(new Warning("entropy_undefined", "the entropy density sums to 0 at t = " + t
                    + ": entropies are NaN"));
        }
    }

    private static int put(double[] out, int i, Entropies.Values v) {
        out[i++] = v.shannon();
        out[i++] = v.renyi05();
        out[i++] = v.renyi2();
        out[i++] = v.renyi10();
        out[i++] = v.tsallis05();
        out[i++] = v.tsallis2();
        return i;
    }

    /** rho = phi^2, or the energy density pi^2/2 + |grad phi|^2/2 + V (axis-0 gradient, 4th-order differences). */
    private double[] density(double[] phi, double[] pi) {
        double[] rho = new double[n];
        if (setup.p().text("entropy_density").equals("phi2")) {
            for (int j = 0; j < n; j++) {
                rho[j] = phi[j] * phi[j];
            }
            return rho;
        }
        for (int j = 0; j < n; j++) {
            double g2 = 0;
            for (int a = 0; a < dim; a++) {
                double g = gradient(phi, j, a);
                g2 += g * g;
            }
            rho[j] = 0.5 * pi[j] * pi[j] + 0.5 * g2 + potential.value(phi[j]);
        }
        return rho;
    }

    /** Fourth-order central difference along axis a, with the boundary's seam rule on axis 0. */
    private double gradient(double[] phi, int j, int a) {
        int na = grid.n(a);
        int stride = grid.stride(a);
        int ia = (j / stride) % na;
        double[] v = new double[5];
        for (int o = -2; o <= 2; o++) {
            int ib = ia + o;
            double sign = 0;
            int wrapped = Math.floorMod(ib, na);
            if (ib != wrapped && a == 0) {
                Boundary b = grid.bc(0);
                sign = ib < 0 ? -1 : 1;
                double base = phi[j + (wrapped - ia) * stride];
                v[o + 2] = switch (b.kind()) {
                    case PERIODIC -> base;
                    case ANTIPERIODIC -> -base;
                    case WINDING -> base + sign * 2 * Math.PI * b.winding();
                };
            } else {
                v[o + 2] = phi[j + (wrapped - ia) * stride];
            }
        }
        return (v[0] - 8 * v[1] + 8 * v[3] - v[4]) / (12 * grid.dx(a));
    }

    private double centralMean(double[] phi) {
        double r = 2.0 / (params.potential().parameters().get("vacuum")
                * Math.sqrt(params.potential().parameters().get("lambda")));
        double sum = 0;
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (Math.abs(grid.x(0, j) - setup.x0()[0]) < r) {
                sum += phi[j];
                count++;
            }
        }
        return sum / count;
    }

    private void addKgWarnings() {
        for (KgWarning w : kg.warnings()) {
            addOnce(new Warning(w.code(), w.message()));
        }
    }

    private void addOnce(Warning w) {
        for (Warning x : warnings) {
            if (x.code().equals(w.code())) {
                return;
            }
        }
        warnings.add(w);
    }

    @Override
    public List<Warning> warnings() {
        if (kg != null) {
            addKgWarnings();
        }
        return List.copyOf(warnings);
    }

    @Override
    public List<Dataset> results() {
        return results(Map.of());
    }

    /** The centre probe series of the run at hand (empty without the streamed datasets). */
    private static double[] center(Map<String, Dataset> datasets) {
        Dataset c = datasets.get("center");
        return c == null ? new double[0] : (double[]) c.data();
    }

    @Override
    public List<Dataset> results(Map<String, Dataset> streamed) {
        double[] center = center(streamed);
        List<Dataset> d = new ArrayList<>();
        List<String> dims = spaceDims();
        for (int a = 0; a < dim; a++) {
            double[] x = new double[grid.n(a)];
            for (int j = 0; j < x.length; j++) {
                x[j] = grid.x(a, j);
            }
            d.add(Dataset.coordinate(dims.get(a), x, "1", "coordinate " + dims.get(a)));
        }
        kg.phi(buf);
        kg.pi(buf2);
        d.add(new Dataset("final/phi", buf.clone(), grid.shape(), "1", "final field phi", dims, false));
        d.add(new Dataset("final/pi", buf2.clone(), grid.shape(), "1", "final momentum pi", dims, false));
        double[][] emb = embedding(center);
        int m = (int) setup.p().integer("embed_dim");
        d.add(new Dataset("embedding/points", flat(emb, m), new int[] {emb.length, m}, "1",
                "delay vectors (c_i, c_{i-tau}, ...) of the centre probe", List.of("point", "lag"), false));
        Spectrum s = kg.spectrum();
        d.add(new Dataset("spectrum/k", s.k(), new int[] {s.k().length}, "1", "wave number |k|", List.of("k"),
                false));
        d.add(new Dataset("spectrum/power", s.power(), new int[] {s.power().length}, "1", "power P_k of the final "
                + "field", List.of("k"), false));
        double[][] kde = kde();
        d.add(new Dataset("kde/grid", kde[0], new int[] {kde[0].length}, "1", "|phi|", List.of("kde_point"), false));
        d.add(new Dataset("kde/density", kde[1], new int[] {kde[1].length}, "1", "KDE of |phi| over all frames",
                List.of("kde_point"), false));
        if (setup.classify()) {
            Collision c = collision();
            d.add(new Dataset("bounces", new long[] {c.bounces}, new int[] {1}, "1", "bounces on [0, T_run]",
                    List.of("scalar"), false));
            d.add(new Dataset("v_out", new double[] {c.vOut}, new int[] {1}, "1", "outgoing speed (NaN unless "
                    + "escape)", List.of("scalar"), false));
            d.add(new Dataset("rel_energy_change", new double[] {relEnergyChange()}, new int[] {1}, "1",
                    "(E(T_run + t_out) - E0) / E0", List.of("scalar"), false));
        }
        return d;
    }

    private static double[] flat(double[][] rows, int m) {
        double[] f = new double[rows.length * m];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, f, i * m, m);
        }
        return f;
    }

    /** Delay vectors of the per-step probe; tau = embed_delay or the first zero of the autocorrelation. */
    private double[][] embedding(double[] center) {
        int m = (int) setup.p().integer("embed_dim");
        int tau = delaySteps(center);
        int count = Math.max(0, center.length - (m - 1) * tau);
        double[][] pts = new double[count][m];
        for (int i = 0; i < count; i++) {
            int base = i + (m - 1) * tau;
            for (int l = 0; l < m; l++) {
                pts[i][l] = center[base - l * tau];
            }
        }
        return pts;
    }

    private int delaySteps(double[] center) {
        String text = setup.p().text("embed_delay");
        if (!text.equals("auto")) {
            return KgSetup.ints("embed_delay", text, 1)[0];
        }
        return firstZeroOfAutocorrelation(center);
    }

    /**
     * The first lag at which the sample autocorrelation of the centre probe is {@code <= 0}, computed as the inverse
     * FFT of the power spectrum of the mean-free series zero-padded to a fast size {@code >= 2c}; steps/10 (at
     * least 1) if there is none.
     */
    private static int firstZeroOfAutocorrelation(double[] center) {
        int c = center.length;
        if (c >= 2) {
            int size = Fft.nextFastSize(2 * c);
            double mean = 0;
            for (int i = 0; i < c; i++) {
                mean += center[i];
            }
            mean /= c;
            double[] x = new double[size];
            for (int i = 0; i < c; i++) {
                x[i] = center[i] - mean;
            }
            RealFft fft = Fft.real(size);
            double[] re = new double[fft.spectrumSize()];
            double[] im = new double[fft.spectrumSize()];
            fft.forward(x, re, im);
            for (int k = 0; k < re.length; k++) {
                re[k] = re[k] * re[k] + im[k] * im[k];
                im[k] = 0;
            }
            fft.inverse(re, im, x);
            if (x[0] > 0) {
                for (int lag = 1; lag < c; lag++) {
                    if (x[lag] <= 0) {
                        return lag;
                    }
                }
            }
        }
        return Math.max(1, c / 10);
    }

    /**
     * Gaussian KDE ({@link Kde1D}) of the pooled |phi| values: Scott's bandwidth, 512 points on [0, 1.05 max],
     * normalised to integral 1 (trapezoid) because the grid starts at 0 where a kernel's mass may spill below.
     * Fewer than two values, or all equal, give bandwidth 0 and a zero density.
     */
    private double[][] kde() {
        int c = kdeCount;
        double[] g = new double[KDE_POINTS];
        double[] dens = new double[KDE_POINTS];
        double max = 0;
        for (int i = 0; i < c; i++) {
            max = Math.max(max, kdeValues[i]);
        }
        double top = 1.05 * max;
        for (int k = 0; k < KDE_POINTS; k++) {
            g[k] = top * k / (KDE_POINTS - 1);
        }
        double h = c > 1 ? Bandwidth.scott(kdeValues, 0, c) : 0;
        if (h > 0) {
            Kde1D.of(kdeValues, 0, c, h).evaluate(g, 0, KDE_POINTS, dens, 0);
            double area = 0;
            for (int k = 1; k < KDE_POINTS; k++) {
                area += 0.5 * (dens[k] + dens[k - 1]) * (g[k] - g[k - 1]);
            }
            for (int k = 0; k < KDE_POINTS; k++) {
                dens[k] /= area;
            }
        }
        kdeBandwidth = h;
        return new double[][] {g, dens};
    }

    private record Collision(String outcome, int bounces, double vOut) {
    }

    private Collision collision() {
        int bounces = (int) collisionBounces;
        if (zRun == null || zOut == null) {
            return new Collision("undecided", bounces, Double.NaN);
        }
        double v = potential.parameters().get("vacuum");
        double scale = 1.0 / (v * Math.sqrt(potential.parameters().get("lambda")));
        boolean basic = zRun.length == 2 && zOut.length == 2 && mRun > 0.3 * v && mOut > 0.3 * v;
        if (!basic) {
            return new Collision("capture", bounces, Double.NaN);
        }
        double tOut = setup.nOut() * params.dt();
        double vOut = (zOut[1] - zRun[1]) / tOut;
        if (zRun[1] - setup.x0()[0] > 3.0 * scale && vOut > 0.005) {
            return new Collision("escape", bounces, vOut);
        }
        return new Collision("undecided", bounces, Double.NaN);
    }

    private double relEnergyChange() {
        return (eOut - e0) / e0;
    }

    @Override
    public ObjectNode headline() {
        return headline(Map.of());
    }

    @Override
    public ObjectNode headline(Map<String, Dataset> datasets) {
        ObjectNode h = Json.object();
        h.put("dim", dim);
        ArrayNode shape = h.putArray("shape");
        ArrayNode ls = h.putArray("L");
        ArrayNode dx = h.putArray("dx");
        ArrayNode xm = h.putArray("x_min");
        ArrayNode bc = h.putArray("bc");
        for (int a = 0; a < dim; a++) {
            shape.add(grid.n(a));
            ls.add(grid.length(a));
            dx.add(grid.dx(a));
            xm.add(grid.origin(a));
            bc.add(grid.bc(a).kind().name().toLowerCase(Locale.ROOT));
        }
        h.put("winding", grid.winding());
        ObjectNode pot = h.putObject("potential");
        pot.put("name", setup.potentialName());
        potential.parameters().forEach((k, v) -> Json.putNumber(pot, k, v));
        Json.putNumber(h, "m2_linear", params.mu2());
        ObjectNode ic = h.putObject("ic");
        ic.put("name", setup.ic());
        for (String k : icKeys()) {
            if (k.equals("x0")) {
                if (dim == 1) {
                    Json.putNumber(ic, "x0", setup.x0()[0]);
                } else {
                    ArrayNode a = ic.putArray("x0");
                    for (double v : setup.x0()) {
                        a.add(v);
                    }
                }
            } else {
                Json.putValue(ic, k, setup.p().value(k));
            }
        }
        h.put("method", params.method().key());
        h.put("filter", params.filter().key());
        Json.putNumber(h, "dt", params.dt());
        h.put("steps", kg.stepCount());
        Json.putNumber(h, "t_final", kg.time());
        if (controlled) {
            ObjectNode sc = h.putObject("step_control");
            sc.put("mode", "reversible");
            Json.putNumber(sc, "dt_min", params.dt() * Math.pow(2, -24 / 4.0));
            Json.putNumber(sc, "dt_max", params.dt());
        } else {
            h.putNull("step_control");
        }
        if (samples > 0 && kg.time() != lastSampleTime) {
            eLast = kg.energy();
            maxDrift = Math.max(maxDrift, Math.abs((eLast - e0) / Math.abs(e0)));
        }
        ObjectNode en = h.putObject("energy");
        Json.putNumber(en, "initial", e0);
        Json.putNumber(en, "final", eLast);
        Json.putNumber(en, "max_rel_drift", maxDrift);
        Json.putNumber(en, "final_rel_drift", (eLast - e0) / Math.abs(e0));
        en.put("samples", samples);
        double[] pNow = kg.momentum();
        ObjectNode mo = h.putObject("momentum");
        if (dim == 1) {
            Json.putNumber(mo, "initial", p0 == null ? Double.NaN : p0[0]);
            Json.putNumber(mo, "final", pNow[0]);
        } else {
            ArrayNode a0 = mo.putArray("initial");
            ArrayNode a1 = mo.putArray("final");
            for (int a = 0; a < dim; a++) {
                a0.add(p0 == null ? null : p0[a]);
                a1.add(pNow[a]);
            }
        }
        if (dim == 1) {
            KinkSet kNow = kg.kinks();
            ObjectNode ch = h.putObject("charge");
            ch.put("initial", kinks0 == null ? 0 : kinks0.charge());
            ch.put("final", kNow.charge());
            ch.put("kinks", kNow.kinks());
            ch.put("antikinks", kNow.antikinks());
            ObjectNode kk = h.putObject("kinks");
            kinkList(kk.putArray("initial"), kinks0);
            kinkList(kk.putArray("final"), kNow);
        } else {
            h.putNull("charge");
            h.putNull("kinks");
        }
        Json.putNumber(h, "max_abs_phi", maxAbsPhi());
        ObjectNode ce = h.putObject("center");
        ArrayNode cx = ce.putArray("x");
        int[] idx = new int[dim];
        int rem = probeIndex;
        for (int a = dim - 1; a >= 0; a--) {
            idx[a] = rem % grid.n(a);
            rem /= grid.n(a);
        }
        for (int a = 0; a < dim; a++) {
            cx.add(grid.x(a, idx[a]));
        }
        if (dim == 1) {
            ce.set("x", cx.get(0));
        }
        ce.put("bounces", centerBounces);
        Json.putNumber(ce, "min", centerMin);
        Json.putNumber(ce, "max", centerMax);
        ce.put("samples", centerCount);
        if (setup.classify()) {
            Collision c = collision();
            ObjectNode co = h.putObject("collision");
            co.put("outcome", c.outcome());
            co.put("bounces", c.bounces());
            Json.putNumber(co, "v_out", c.vOut());
            Json.putNumber(co, "t_run", setup.nRun() * params.dt());
            Json.putNumber(co, "t_out", setup.nOut() * params.dt());
            numbers(co.putArray("crossings_t_run"), zRun);
            numbers(co.putArray("crossings_t_out"), zOut);
            Json.putNumber(co, "central_mean", mOut);
            Json.putNumber(co, "rel_energy_change", relEnergyChange());
        } else {
            h.putNull("collision");
        }
        exact(h);
        ObjectNode ent = h.putObject("entropy");
        kg.phi(buf);
        kg.pi(buf2);
        Entropies.Values v = Entropies.of(density(buf, buf2), grid.dv());
        Json.putNumber(ent, "shannon", v.shannon());
        Json.putNumber(ent, "renyi_05", v.renyi05());
        Json.putNumber(ent, "renyi_2", v.renyi2());
        Json.putNumber(ent, "renyi_10", v.renyi10());
        Json.putNumber(ent, "tsallis_05", v.tsallis05());
        Json.putNumber(ent, "tsallis_2", v.tsallis2());
        ObjectNode kd = h.putObject("kde");
        if (Double.isNaN(kdeBandwidth)) {
            kde();
        }
        Json.putNumber(kd, "bandwidth", kdeBandwidth);
        kd.put("n", kdeCount);
        ObjectNode em = h.putObject("embedding");
        em.put("dim", setup.p().integer("embed_dim"));
        em.put("delay_steps", delaySteps(center(datasets)));
        Json.putNumber(h, "us_per_step", timedSteps == 0 ? Double.NaN : timedNanos * 1e-3 / timedSteps);
        h.put("threads", threads);
        h.put("fft_provider", kg.fftProvider());
        h.put("state_sha256", HexFormat.of().formatHex(kg.stateSha256()));
        ArrayNode so = h.putArray("state_order");
        for (String s : kg.stateOrder()) {
            so.add(s);
        }
        return h;
    }

    private static void numbers(ArrayNode a, double[] v) {
        if (v != null) {
            for (double x : v) {
                a.add(x);
            }
        }
    }

    private static void kinkList(ArrayNode a, KinkSet k) {
        if (k == null) {
            return;
        }
        for (int i = 0; i < k.size(); i++) {
            ObjectNode o = a.addObject();
            Json.putNumber(o, "x", k.x()[i]);
            o.put("type", k.type()[i] > 0 ? "kink" : "antikink");
        }
    }

    private List<String> icKeys() {
        return switch (setup.ic()) {
            case "gaussian" -> List.of("amplitude", "width", "x0", "u");
            case "kink", "antikink" -> List.of("x0", "u");
            case "kink-antikink", "wall-pair" -> List.of("x0", "u", "separation");
            case "breather" -> List.of("omega", "x0", "u", "t0");
            case "sg-kink-antikink" -> List.of("x0", "u", "t0");
            case "wall" -> List.of("x0", "u");
            case "bubble" -> List.of("x0", "radius");
            case "npy" -> List.of("phi0_file", "pi0_file");
            default -> List.of();
        };
    }

    /** The exact solution where one is known (kg.md section 4): linear, single kinks, breather, SG pair. */
    private void exact(ObjectNode h) {
        double t = kg.time();
        double[] ex = new double[n];
        double[] scratch = new double[n];
        String kind;
        String pot = setup.potentialName();
        double u = setup.p().real("u");
        double x0 = setup.x0()[0];
        if (pot.equals("linear")) {
            InitialConditions.linearExact(grid, setup.p().real("mass"), setup.phi0(), setup.pi0(), t, ex);
            kind = "linear";
        } else if ((setup.ic().equals("kink") || setup.ic().equals("antikink")) && dim == 1) {
            InitialConditions.kink(grid, potential, setup.ic().equals("kink") ? 1 : -1, x0, u, t, ex, scratch);
            kind = setup.ic();
        } else if (setup.ic().equals("breather")) {
            InitialConditions.breather(grid, setup.p().real("omega"), x0, u, setup.p().real("t0"), t, ex, scratch);
            kind = "breather";
        } else if (setup.ic().equals("sg-kink-antikink")) {
            InitialConditions.sgKinkAntikink(grid, u, x0, setup.p().real("t0"), t, ex, scratch);
            kind = "sg-kink-antikink";
        } else {
            h.putNull("exact");
            return;
        }
        kg.phi(buf);
        double linf = 0;
        double l2 = 0;
        for (int j = 0; j < n; j++) {
            double e = Math.abs(buf[j] - ex[j]);
            linf = Math.max(linf, e);
            l2 += e * e;
        }
        ObjectNode o = h.putObject("exact");
        o.put("kind", kind);
        Json.putNumber(o, "linf_error", linf);
        Json.putNumber(o, "l2_error", Math.sqrt(l2 * grid.dv()));
    }

    @Override
    public List<Plot> plots(Map<String, Dataset> datasets) {
        List<Plot> plots = new ArrayList<>();
        String title = "kg run: " + setup.potentialName() + ", " + setup.ic() + ", " + params.method().key()
                + " dt = " + params.dt();
        double[] t = (double[]) datasets.get("t").data();
        double[] x = (double[]) datasets.get("x").data();
        Object f = datasets.get("phi").data();
        int n0 = grid.n(0);
        int stride = grid.stride(0);
        int line = probeIndex % stride;
        double[] z = new double[t.length * n0];
        for (int k = 0; k < t.length; k++) {
            for (int i = 0; i < n0; i++) {
                int src = k * n + i * stride + line;
                z[k * n0 + i] = f instanceof float[] ff ? ff[src] : ((double[]) f)[src];
            }
        }
        plots.add(new Plot.HeatMap("spacetime.png", title + (dim > 1 ? " (line along x through probe_x)" : ""),
                "x [1]", "t [1]", x, t, z, true));
        double[] te = (double[]) datasets.get("t_energy").data();
        // the per-step probe reads the kick field; the exactly linear expo run has no kicks: use the samples
        double[] center = center(datasets);
        Plot.Series probe = center.length > 0 ? new Plot.Series("center", (double[]) datasets.get("t_center").data(),
                center) : new Plot.Series("probe/phi (every diag_every)", te,
                        (double[]) datasets.get("probe/phi").data());
        plots.add(new Plot.Lines("center_field.png", title, "t [1]", "phi(probe_x) [1]", List.of(probe), false));
        double[] en = (double[]) datasets.get("energy").data();
        double[] drift = new double[en.length];
        for (int i = 0; i < en.length; i++) {
            drift[i] = Math.max(1e-17, Math.abs((en[i] - e0) / e0));
        }
        plots.add(new Plot.Lines("energy_error.png", title, "t [1]", "|E - E0| / |E0| [1]",
                List.of(new Plot.Series("relative energy error", te, drift)), true));
        return plots;
    }

    @Override
    public Map<String, Integer> purposes() {
        return Map.of();
    }

    private static boolean allZero(double[] a) {
        for (double v : a) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
