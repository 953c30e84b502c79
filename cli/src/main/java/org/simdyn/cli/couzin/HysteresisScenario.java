package org.simdyn.cli.couzin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.simdyn.cli.common.Checkpoint;
import org.simdyn.cli.common.Description;
import org.simdyn.cli.common.CsvStream;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Engine;
import org.simdyn.cli.common.Hdf5;
import org.simdyn.cli.common.Interrupts;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.MultiRun;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Param.Kind;
import org.simdyn.cli.common.Param.Range;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.Plot;
import org.simdyn.cli.common.Plots;
import org.simdyn.cli.common.Provenance;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.RunLog;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.Simulation;
import org.simdyn.cli.common.Warning;
import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.CouzinSimulation;
import org.simdyn.particles.NoiseSource;
import org.simdyn.particles.SwarmState;
import org.simdyn.particles.analysis.OrderParameters;

/**
 * {@code simdyn couzin hysteresis}: collective memory (Couzin et al. 2002). The orientation radius {@code r_o} is
 * swept up from {@code --from} to {@code --to} in steps of {@code --by}, then down again; each plateau runs
 * {@code --steps-per-value} steps continuing from the previous state with the global step counter (a chain of
 * restarts: the noise of step n is that of step n of one long run), and reports the means of P, M_pbc and
 * M_naive over the last {@code --measure-fraction} of its steps. {@code --keep attraction-width} moves r_a with
 * r_o (r_a - r_o fixed), {@code --keep r_a} keeps r_a. Every plateau is validated before any step. Defaults: the
 * {@code couzin2002-torus} values with a random start, r_o 1 to 15 by 1 (peer-compat: from 2), attraction width
 * 13, 1000 steps per value. With several agent types ({@code type_counts}) the swept {@code r_o} must be one
 * value (a list is rejected): each plateau sets it for every type, and each type keeps its own r_a or attraction
 * width (the headline's {@code r_a} is type 0's). Replayed draws ({@code draws}) are rejected: the sweep's noise
 * is the Philox stream of one long run. The plateaus go through {@link MultiRun} one at a time: progress per
 * plateau, and on SIGINT/SIGTERM the running plateau stops at its next step; the completed ones are written,
 * status {@code interrupted}.
 */
final class HysteresisScenario implements Scenario {
    @Override
    public String group() {
        return "couzin";
    }

    @Override
    public String action() {
        return "hysteresis";
    }

    @Override
    public String description() {
        return "Sweep r_o up and down, each plateau continuing from the previous state; mean P, M_pbc per plateau "
                + "(collective memory, Couzin et al. 2002).";
    }

    @Override
    public List<Param> parameters() {
        Map<String, Object> mill = Map.of("N", 100L, "box", 60.0, "speed", 3.0, "r_r", 1.0, "r_o", 2.0, "r_a", 15.0,
                "max_turn", 0.07, "noise", 0.05, "blind_angle", 45.0);
        List<Param> p = new ArrayList<>();
        for (Param q : CouzinParams.run()) {
            p.add(mill.containsKey(q.key()) ? CouzinParams.withDefault(q, mill.get(q.key())) : q);
        }
        p.add(Param.choice("sweep", "r_o", "The swept parameter.", "r_o"));
        p.add(new Param("from", List.of(), Kind.REAL, null, List.of(), Range.POSITIVE, "1", "First value (default 1; "
                + "peer-compat 2)."));
        p.add(Param.real("to", 15, Range.POSITIVE, "1", "Last value of the upward sweep."));
        p.add(Param.real("by", 1, Range.POSITIVE, "1", "Step between values."));
        p.add(Param.integer("steps_per_value", 1000, 1, 1L << 40, "Steps per plateau."));
        p.add(Param.real("measure_fraction", 0.5, new Range(0, true, 1, false), "1", "Fraction of each plateau "
                + "(its last steps) averaged."));
        p.add(Param.choice("keep", "attraction-width", "What stays fixed while r_o moves: the attraction width "
                + "r_a - r_o, or r_a.", "attraction-width", "r_a"));
        return p;
    }

    @Override
    public Set<String> foreignKeys() {
        return CouzinParams.FOREIGN;
    }

    @Override
    public String defaultStem() {
        return "couzin_hysteresis";
    }

    @Override
    public int defaultFrames() {
        return 1;
    }

    /** The validated sweep: one configuration per plateau, up then down. */
    static final class Sweep extends DelegatingSimulation {
        final List<CouzinConfig> up;
        final List<CouzinConfig> down;
        final long stepsPerValue;
        final long measured;
        final long seed;
        final int threads;
        final String keep;

        Sweep(CouzinRun template, List<CouzinConfig> up, List<CouzinConfig> down, long stepsPerValue, long measured,
                long seed, int threads, String keep) {
            super(template);
            this.up = up;
            this.down = down;
            this.stepsPerValue = stepsPerValue;
            this.measured = measured;
            this.seed = seed;
            this.threads = threads;
            this.keep = keep;
        }
    }

    @Override
    public Simulation create(Parameters p, RunContext ctx) {
        if (ctx.restart() != null) {
            throw new IllegalArgumentException("--restart is not available for couzin hysteresis (only couzin run "
                    + "checkpoints)");
        }
        if (p.text("draws") != null) {
            throw new IllegalArgumentException(CouzinSetup.name(p, "draws") + " = " + p.text("draws") + " is not "
                    + "accepted by couzin hysteresis (its noise is the Philox stream of one long run)");
        }
        CouzinSetup setup = CouzinSetup.of(p, ctx);
        CouzinConfig base = setup.cfg();
        boolean peer = base.rules() == CouzinRules.PEER_COMPAT;
        double from = p.value("from") == null ? (peer ? 2 : 1) : p.real("from");
        double to = p.real("to");
        double by = p.real("by");
        if (to < from) {
            throw new IllegalArgumentException("to = " + to + " is out of range: must be >= from = " + from);
        }
        BigDecimal a = new BigDecimal(Double.toString(from));
        BigDecimal h = new BigDecimal(Double.toString(by));
        long count = new BigDecimal(Double.toString(to)).subtract(a).divide(h, java.math.MathContext.DECIMAL64)
                .setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact() + 1;
        if (count > 10_000) {
            throw new IllegalArgumentException("(to - from)/by + 1 = " + count + " plateaus is out of range: must be "
                    + "<= 10000");
        }
        double[] swept = p.reals("r_o");
        if (swept.length > 1) {
            throw new IllegalArgumentException(CouzinSetup.name(p, "r_o") + " = " + Param.format(p.value("r_o"))
                    + " is not accepted by couzin hysteresis: the swept key takes one value (each plateau sets r_o "
                    + "of every type)");
        }
        String keep = p.text("keep");
        List<CouzinConfig> up = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            double ro = a.add(h.multiply(BigDecimal.valueOf(i))).doubleValue();
            AgentType[] types = base.types();
            for (int k = 0; k < types.length; k++) {
                AgentType t = types[k];
                double ra = keep.equals("r_a") ? t.rA() : ro + (t.rA() - t.rO());
                try {
                    types[k] = new AgentType(t.speed(), t.rR(), ro, ra, t.turnPerStep(), t.noisePerStep(),
                            t.blindAngleDeg(), t.orientationWeight(), t.informedWeight(), t.preferredDir());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("plateau r_o = " + ro + " (" + (types.length == 1 ? ""
                            : "type " + k + ": ") + "r_a = " + ra + "): " + e.getMessage().replace("rO", "r_o")
                            .replace("rR", "r_r").replace("rA", "r_a"));
                }
            }
            try {
                up.add(new CouzinConfig(base.dim(), base.rules(), base.domain(), base.box(), base.dt(), types,
                        base.typeCounts(), base.blindRepulsion(), base.search(), base.halfBoxWarnOnly()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("plateau r_o = " + ro + " (r_a = " + types[0].rA() + "): "
                        + e.getMessage().replaceFirst("^types\\[(\\d+)\\]\\.", "type $1: "));
            }
        }
        List<CouzinConfig> down = new ArrayList<>(up);
        java.util.Collections.reverse(down);
        long s = p.integer("steps_per_value");
        long measured = Math.max(1, (long) Math.floor(s * p.real("measure_fraction")));
        return new Sweep(new CouzinRun(setup, ctx.seed(), ctx.threads()), up, down, s, measured, ctx.seed(),
                ctx.threads(), keep);
    }

    /** Mean P, M_pbc, M_naive of one plateau. */
    private record Plateau(double rO, double rA, double p, double mPbc, double mNaive) {
    }

    /** A plateau's means and the simulation at its end. */
    private record Measured(Plateau plateau, CouzinSimulation sim) {
    }

    /**
     * Runs one plateau from a state: {@code steps_per_value} steps, means of P, M_pbc and M_naive over the last
     * {@code measured} of them.
     *
     * @return the plateau, or null if {@code control} stopped it (asked before every step)
     */
    private static Measured plateau(CouzinConfig cfg, SwarmState state, NoiseSource noise, long step, Sweep sw,
            MultiRun.Control control) {
        CouzinSimulation s = CouzinSimulation.restore(cfg, state, noise, step).threads(sw.threads);
        OrderParameters o = new OrderParameters(cfg.dim(), cfg.n(), cfg.domain(), cfg.box());
        double sp = 0;
        double sm = 0;
        double sn = 0;
        for (long k = 1; k <= sw.stepsPerValue; k++) {
            if (control.stopped()) {
                return null;
            }
            s.step();
            if (k > sw.stepsPerValue - sw.measured) {
                o.compute(s.state());
                sp += o.polarization();
                sm += o.millingPbc();
                sn += o.millingNaive();
            }
        }
        return new Measured(new Plateau(cfg.type(0).rO(), cfg.type(0).rA(), sp / sw.measured, sm / sw.measured,
                sn / sw.measured), s);
    }

    @Override
    public Engine.Outcome run(RunContext ctx, Parameters params, Description sim, Checkpoint restart, RunLog log)
            throws IOException {
        Sweep sw = (Sweep) sim;
        long t0 = System.nanoTime();
        CouzinRun template = sw.delegate();
        template.initialize();
        SwarmState state = template.simulation().state();
        NoiseSource noise = NoiseSource.philox(sw.seed);
        long step = 0;
        List<List<Plateau>> branches = new ArrayList<>();
        boolean interrupted = false;
        CouzinSimulation s = null;
        try (MultiRun runs = new MultiRun(ctx.command(), 1, ctx.progress(), log)) {
            int left = sw.up.size() + sw.down.size();
            for (List<CouzinConfig> branch : List.of(sw.up, sw.down)) {
                List<Plateau> out = new ArrayList<>();
                for (CouzinConfig cfg : branch) {
                    if (interrupted) {
                        break;
                    }
                    left--;
                    SwarmState from = state;
                    long at = step;
                    MultiRun.Task<Measured> task = control -> plateau(cfg, from, noise, at, sw, control);
                    Measured m = runs.run(List.of(task), left, null).get(0);
                    if (m == null) {
                        interrupted = true;
                        break;
                    }
                    s = m.sim();
                    step = s.stepCount();
                    state = s.state();
                    out.add(m.plateau());
                    log.line("simdyn " + ctx.command() + ": r_o = " + cfg.type(0).rO() + " P = " + m.plateau().p()
                            + " M_pbc = " + m.plateau().mPbc());
                }
                branches.add(out);
            }
        }
        double compute = (System.nanoTime() - t0) * 1e-9;
        String status = interrupted ? "interrupted" : "ok";
        long t1 = System.nanoTime();
        ObjectNode provenance = Provenance.build(ctx, params, sim, null, status);
        ObjectNode headline = Json.object();
        headline.put("sweep", "r_o");
        headline.put("keep", sw.keep);
        headline.put("steps_per_value", sw.stepsPerValue);
        headline.put("measured_steps", sw.measured);
        String[] names = {"up", "down"};
        List<Dataset> datasets = new ArrayList<>();
        List<Plot.Series> lines = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            ArrayNode arr = headline.putArray(names[b]);
            List<Plateau> list = branches.get(b);
            double[][] cols = new double[5][list.size()];
            for (int i = 0; i < list.size(); i++) {
                Plateau q = list.get(i);
                ObjectNode o = arr.addObject();
                Json.putNumber(o, "r_o", q.rO());
                Json.putNumber(o, "r_a", q.rA());
                Json.putNumber(o, "P", q.p());
                Json.putNumber(o, "M_pbc", q.mPbc());
                Json.putNumber(o, "M_naive", q.mNaive());
                cols[0][i] = q.rO();
                cols[1][i] = q.rA();
                cols[2][i] = q.p();
                cols[3][i] = q.mPbc();
                cols[4][i] = q.mNaive();
            }
            String[] keys = {"r_o", "r_a", "P", "M_pbc", "M_naive"};
            for (int c = 0; c < 5; c++) {
                datasets.add(new Dataset(names[b] + "_" + keys[c], cols[c], new int[] {list.size()}, "1",
                        keys[c] + " per plateau, " + names[b] + "ward sweep", List.of(names[b]), false));
            }
            lines.add(new Plot.Series("P (" + names[b] + ")", cols[0], cols[2]));
            lines.add(new Plot.Series("M_pbc (" + names[b] + ")", cols[0], cols[3]));
        }
        headline.put("final_step", step);
        headline.put("state_sha256", s == null ? null : s.stateSha256());
        List<String> files = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        if (ctx.has("h5")) {
            Hdf5.write(ctx.out().resolve(ctx.stem() + ".h5"), provenance, params.values(), datasets);
            files.add(ctx.stem() + ".h5");
        }
        if (ctx.has("csv")) {
            try (CsvStream csv = CsvStream.create(ctx.out().resolve(ctx.stem() + ".csv"), ctx.command(),
                    Json.compact(provenance), List.of("branch", "r_o", "r_a", "P", "M_pbc", "M_naive"))) {
                for (int b = 0; b < 2; b++) {
                    for (Plateau q : branches.get(b)) {
                        csv.append(new double[] {b, q.rO(), q.rA(), q.p(), q.mPbc(), q.mNaive()});
                    }
                }
            }
            files.add(ctx.stem() + ".csv");
        }
        if (ctx.has("png")) {
            List<String> failed = new ArrayList<>();
            files.addAll(Plots.write(ctx.out(), List.of(new Plot.Lines("hysteresis.png", "couzin hysteresis ("
                    + CouzinRun.rulesName(template.setup().cfg().rules()) + "): " + sw.stepsPerValue
                    + " steps per value", "r_o [1]", "order parameter [1]", lines, false)), ctx.plotWidth(),
                    ctx.plotHeight(), ctx.commandLine(), Json.ascii(provenance), failed));
            failed.forEach(f -> warnings.add(new Warning("plot_failed", f)));
        }
        double output = (System.nanoTime() - t1) * 1e-9;
        return new Engine.Outcome(status, interrupted ? Interrupts.requested() : 0, step, compute, output, files,
                headline, provenance, null, warnings);
    }
}
