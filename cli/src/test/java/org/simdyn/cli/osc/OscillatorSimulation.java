package org.simdyn.cli.osc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simdyn.cli.common.Checkpoint;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Interrupts;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.Simulation;
import org.simdyn.vector.Parallel;
import org.simdyn.vector.random.Philox4x32;

/** The simulation of {@link OscillatorScenario}. */
final class OscillatorSimulation implements Simulation {
    static final int PURPOSE = 0x0001;

    private final double omega;
    private final double gamma;
    private final double dt;
    private final long steps;
    private final int n;
    private final double amplitude;
    private final long seriesEvery;
    private final long blowup;
    /** Test hook: the step after which a run requests an interrupt as SIGINT would (-1: never). */
    static volatile long interruptAt = -1;
    private final Philox4x32 rng;
    private final int threads;
    private final double m00;
    private final double m01;
    private final double m10;
    private final double m11;
    private final double[] x;
    private final double[] v;
    private final double[] clock = new double[1];
    private final Map<String, double[]> state = new LinkedHashMap<>();

    OscillatorSimulation(Parameters p, long seed, int threads) {
        omega = p.real("omega");
        gamma = p.real("gamma");
        dt = p.real("dt");
        if (gamma >= 2 * omega) {
            throw new IllegalArgumentException("gamma = " + gamma + " is out of range: must be < 2 omega = "
                    + 2 * omega + " (underdamped)");
        }
        double s = Math.rint(p.real("t_end") / dt);
        if (s < 1 || s > 1e12) {
            throw new IllegalArgumentException("t_end / dt = " + p.real("t_end") / dt
                    + " is out of range: must round to a step count in [1, 1e12]");
        }
        steps = (long) s;
        n = (int) p.integer("N");
        amplitude = p.real("amplitude");
        seriesEvery = p.integer("series_every");
        blowup = p.integer("blowup_step");
        rng = Philox4x32.of(seed);
        this.threads = threads;
        double a = gamma / 2;
        double wd = Math.sqrt(omega * omega - a * a);
        double e = Math.exp(-a * dt);
        double c = Math.cos(wd * dt);
        double sn = Math.sin(wd * dt) / wd;
        m00 = e * (c + a * sn);
        m01 = e * sn;
        m10 = -e * omega * omega * sn;
        m11 = e * (c - a * sn);
        x = new double[n];
        v = new double[n];
        state.put("x", x);
        state.put("v", v);
        state.put("step", clock);
    }

    @Override
    public String integrator() {
        return "exact-propagator";
    }

    @Override
    public double dt() {
        return dt;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public Map<String, double[]> state() {
        return state;
    }

    double phase(int i) {
        return rng.uniform(i, PURPOSE, 0, 0);
    }

    @Override
    public void initialize() {
        for (int i = 0; i < n; i++) {
            double ph = 2 * Math.PI * phase(i);
            x[i] = amplitude * Math.cos(ph);
            v[i] = -amplitude * omega * Math.sin(ph);
        }
        clock[0] = 0;
    }

    @Override
    public void step(long k) {
        Parallel.forChunks(n, 64, threads, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double xi = x[i];
                double vi = v[i];
                x[i] = m00 * xi + m01 * vi;
                v[i] = m10 * xi + m11 * vi;
            }
        });
        if (k + 1 == blowup) {
            x[0] = Double.NaN;
        }
        if (k + 1 == interruptAt) {
            Interrupts.request(130);
        }
        clock[0] = k + 1;
    }

    /**
     * The exact solution of oscillator i at time t.
     *
     * @return {x, v}
     */
    double[] exact(int i, double t) {
        double ph = 2 * Math.PI * phase(i);
        double x0 = amplitude * Math.cos(ph);
        double v0 = -amplitude * omega * Math.sin(ph);
        double a = gamma / 2;
        double wd = Math.sqrt(omega * omega - a * a);
        double e = Math.exp(-a * t);
        double c = Math.cos(wd * t);
        double s = Math.sin(wd * t);
        return new double[] {e * (x0 * c + (v0 + a * x0) / wd * s), e * (v0 * c - (a * v0 + omega * omega * x0) / wd * s)};
    }

    @Override
    public List<Field> frameFields() {
        return List.of(new Field("x", "m", "displacement", List.of("oscillator"), new int[] {n}),
                new Field("v", "m s-1", "velocity", List.of("oscillator"), new int[] {n}));
    }

    @Override
    public void frame(String name, double[] out) {
        System.arraycopy(name.equals("x") ? x : v, 0, out, 0, n);
    }

    @Override
    public List<Field> seriesColumns() {
        return List.of(Field.scalar("t_series", "s", "time of the series"),
                Field.scalar("energy", "m2 s-2", "mechanical energy per unit mass"),
                Field.scalar("x_mean", "m", "mean displacement"));
    }

    @Override
    public long seriesEvery() {
        return seriesEvery;
    }

    @Override
    public void row(long k, double[] out) {
        double e = 0;
        double m = 0;
        for (int i = 0; i < n; i++) {
            e += 0.5 * v[i] * v[i] + 0.5 * omega * omega * x[i] * x[i];
            m += x[i];
        }
        out[0] = k * dt;
        out[1] = e;
        out[2] = m / n;
    }

    @Override
    public List<Dataset> results() {
        double[] index = new double[n];
        double[] phases = new double[n];
        byte[] moving = new byte[n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
            phases[i] = phase(i);
            moving[i] = (byte) (v[i] != 0 ? 1 : 0);
            ids[i] = i;
        }
        return List.of(Dataset.coordinate("oscillator", index, "1", "oscillator index"),
                new Dataset("phase", phases, new int[] {n}, "1", "initial phase / 2 pi", List.of("oscillator"), false),
                new Dataset("x_final", x.clone(), new int[] {n}, "m", "final displacement", List.of("oscillator"),
                        false),
                new Dataset("moving", moving, new int[] {n}, "1", "v != 0 (int8 boolean)", List.of("oscillator"),
                        false),
                new Dataset("ids", ids, new int[] {n}, "1", "oscillator id", List.of("oscillator"), false),
                new Dataset("events", new double[0], new int[] {0}, "s", "no events", List.of("event"), false));
    }

    @Override
    public ObjectNode headline() {
        ObjectNode h = Json.object();
        double t = clock[0] * dt;
        double err = 0;
        for (int i = 0; i < n; i++) {
            double[] ex = exact(i, t);
            err = Math.max(err, Math.max(Math.abs(ex[0] - x[i]), Math.abs(ex[1] - v[i])));
        }
        Json.putNumber(h, "t", t);
        Json.putNumber(h, "max_abs_error", err);
        h.put("state_sha256", Checkpoint.sha256(state));
        return h;
    }

    @Override
    public Map<String, Integer> purposes() {
        return Map.of("osc_phase", PURPOSE);
    }
}
