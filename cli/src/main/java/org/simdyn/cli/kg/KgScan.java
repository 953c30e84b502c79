package org.simdyn.cli.kg;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Description;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Interrupts;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.MultiRun;
import org.simdyn.cli.common.Plot;
import org.simdyn.cli.common.Warning;
import org.simdyn.fields.Grid;
import org.simdyn.fields.InitialConditions;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.KleinGordon;
import org.simdyn.fields.Potential;
import org.simdyn.fields.Potentials;
import org.simdyn.fields.analysis.CollisionClassifier;
import org.simdyn.fields.analysis.CollisionClassifier.Outcome;
import org.simdyn.fields.analysis.CollisionClassifier.Result;
import org.simdyn.fields.analysis.CollisionClassifier.Setup;
import org.simdyn.fields.analysis.KinkScan;
import org.simdyn.fields.analysis.KinkScan.Row;
import org.simdyn.fields.analysis.KinkScan.ScanParams;
import org.simdyn.fields.analysis.KinkScan.ScanResult;
import org.simdyn.fields.analysis.KinkScan.Window;

/**
 * {@code kg scan} once validated: the {@link KinkScan} to run, {@code --parallel-runs} collisions at a time through
 * {@link MultiRun} (progress per run; on SIGINT/SIGTERM the running collisions stop at their next step and the scan
 * keeps the runs completed), and its outputs. Rows ({@code scan.csv}, and root datasets of {@code scan.h5}, with
 * coordinate {@code u}): {@code u}, {@code outcome} (0 capture, 1 undecided, 2 escape), {@code bounces},
 * {@code v_out}, {@code rel_energy_change}, {@code steps}, {@code refinement} (0/1). {@code scan.h5} has one group per
 * run, {@code /u<shortest decimal of u>}, with {@code center}, {@code t_center}, {@code energy} and {@code t_energy}
 * (the initial and final energies: the classifier keeps no energy series), {@code bounces} and {@code v_out}. An
 * interrupted scan reports the completed runs only: {@code ?} in the pattern for grid points not run, no v_c or
 * windows while the grid is incomplete, else the brackets as far as they were refined (their midpoints as edges).
 */
final class KgScan implements Description {
    /** Test hook: the scan requests an interrupt (as SIGINT would) when this many collisions are done; -1 never. */
    static volatile int interruptAfterRuns = -1;

    private final ScanParams scan;
    private final int parallel;
    private final AtomicInteger done = new AtomicInteger();
    private final List<Warning> warnings = new ArrayList<>();

    KgScan(ScanParams scan, int parallel) {
        this.scan = scan;
        this.parallel = parallel;
    }

    @Override
    public String integrator() {
        return scan.base().method().key() + (scan.base().filter().key().equals("none") ? ""
                : "+" + scan.base().filter().key());
    }

    @Override
    public double dt() {
        return scan.base().dt();
    }

    /** @return 0: the runs differ in length */
    @Override
    public long steps() {
        return 0;
    }

    /**
     * Runs the scan.
     *
     * @param runs the runner. Used.
     * @return the result, complete unless {@code runs} was stopped
     * @throws IOException never in practice (the collisions write nothing)
     */
    ScanResult run(MultiRun runs) throws IOException {
        try {
            ScanResult result = KinkScan.run(scan, (batch, later) -> {
                List<MultiRun.Task<Result>> tasks = new ArrayList<>();
                for (Setup s : batch) {
                    tasks.add(control -> {
                        Result r;
                        try {
                            r = CollisionClassifier.run(s, control::stopped);
                        } catch (CancellationException e) {
                            return null;
                        }
                        if (done.incrementAndGet() == interruptAfterRuns) {
                            Interrupts.request(130);
                        }
                        return r;
                    });
                }
                try {
                    return runs.run(tasks, later, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (result.complete() && Double.isNaN(result.vc())) {
                warnings.add(new Warning("no_vc", "the top of the u grid is not a 1-bounce escape (or no grid point "
                        + "below it is not): v_c is null; extend the grid upwards"));
            }
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** @return the collisions run at a time */
    int parallel() {
        return parallel;
    }

    /** @return the columns of {@code scan.csv} and the root datasets of {@code scan.h5} */
    static List<Field> columns() {
        return List.of(Field.scalar("u", "1", "kink speed u"),
                Field.scalar("outcome", "1", "0 capture, 1 undecided, 2 escape"),
                Field.scalar("bounces", "1", "bounces on [0, T_run]"),
                Field.scalar("v_out", "1", "outgoing speed (NaN unless escape)"),
                Field.scalar("rel_energy_change", "1", "(E(T_run + t_out) - E0) / E0"),
                Field.scalar("steps", "1", "steps of the run"),
                Field.scalar("refinement", "1", "1 for a refinement run, 0 for a grid point"));
    }

    /**
     * The rows of {@code scan.csv}, sorted by u.
     *
     * @param result the scan
     * @return one row per run, in the order of {@link #columns()}
     */
    static List<double[]> rows(ScanResult result) {
        List<double[]> rows = new ArrayList<>();
        for (Row r : result.rows()) {
            Result x = r.result();
            rows.add(new double[] {r.u(), x.outcome().ordinal(), x.bounces(), x.vOut(), x.relEnergyChange(),
                x.steps(), r.refinement() ? 1 : 0});
        }
        return rows;
    }

    /**
     * The datasets of {@code scan.h5}: the rows' columns at the root, then one group per run.
     *
     * @param result the scan
     * @return the datasets
     */
    List<Dataset> datasets(ScanResult result) {
        List<Dataset> d = new ArrayList<>();
        List<double[]> rows = rows(result);
        List<Field> columns = columns();
        for (int j = 0; j < columns.size(); j++) {
            double[] col = new double[rows.size()];
            for (int i = 0; i < col.length; i++) {
                col[i] = rows.get(i)[j];
            }
            Field f = columns.get(j);
            d.add(new Dataset(f.name(), col, new int[] {col.length}, f.units(), f.longName(), List.of("u"), j == 0));
        }
        Setup b = scan.base();
        Grid g = Grid.line(b.n(), b.length());
        Potential pot = Potentials.phi4(b.lambda(), b.vacuum());
        double[] phi = new double[b.n()];
        double[] pi = new double[b.n()];
        for (Row r : result.rows()) {
            String group = "u" + r.u() + "/";
            Result x = r.result();
            InitialConditions.kinkAntikink(g, pot, 0.0, b.separation(), r.u(), phi, pi);
            double e0 = KleinGordon.create(KgParams.of(g, pot, b.method(), b.dt()).withFilter(b.filter()), phi, pi)
                    .threads(1).energy();
            double tEnd = x.tRun() + x.tOut();
            d.add(Dataset.coordinate(group + "t_center", x.tCenter(), "1", "time of the centre probe"));
            d.add(new Dataset(group + "center", x.center(), new int[] {x.center().length}, "1",
                    "phi(x0), one sample per step", List.of("t_center"), false));
            d.add(Dataset.coordinate(group + "t_energy", new double[] {0.0, tEnd}, "1", "time of the energy"));
            d.add(new Dataset(group + "energy", new double[] {e0, e0 * (1 + x.relEnergyChange())}, new int[] {2}, "1",
                    "energy at t = 0 and T_run + t_out", List.of("t_energy"), false));
            d.add(new Dataset(group + "bounces", new long[] {x.bounces()}, new int[] {1}, "1", "bounces",
                    List.of("scalar"), false));
            d.add(new Dataset(group + "v_out", new double[] {x.vOut()}, new int[] {1}, "1", "outgoing speed",
                    List.of("scalar"), false));
        }
        return d;
    }

    /**
     * The headline (kg.md section 8).
     *
     * @param result the scan
     * @return the headline
     */
    ObjectNode headline(ScanResult result) {
        ObjectNode h = Json.object();
        ArrayNode rows = h.putArray("rows");
        for (Row r : result.rows()) {
            ObjectNode o = rows.addObject();
            Result x = r.result();
            Json.putNumber(o, "u", r.u());
            o.put("outcome", x.outcome().key());
            o.put("bounces", x.bounces());
            if (x.outcome() == Outcome.ESCAPE) {
                Json.putNumber(o, "v_out", x.vOut());
            } else {
                o.putNull("v_out");
            }
            Json.putNumber(o, "rel_energy_change", x.relEnergyChange());
            o.put("steps", x.steps());
            o.put("refinement", r.refinement());
        }
        h.put("pattern", result.pattern());
        Json.putNumber(h, "v_c", result.vc());
        if (result.vcBracket() == null) {
            h.putNull("v_c_bracket");
        } else {
            h.putArray("v_c_bracket").add(result.vcBracket()[0]).add(result.vcBracket()[1]);
        }
        ArrayNode ws = h.putArray("windows");
        for (Window w : result.windows()) {
            ObjectNode o = ws.addObject();
            o.put("bounces", w.bounces());
            Json.putNumber(o, "lo", w.lo());
            Json.putNumber(o, "hi", w.hi());
            bracket(o, "lo_bracket", w.loBracket());
            bracket(o, "hi_bracket", w.hiBracket());
            o.put("grid_points", w.gridPoints());
        }
        Window first = result.firstTwoBounceWindow();
        if (first == null) {
            h.putNull("first_two_bounce_window");
        } else {
            ObjectNode o = h.putObject("first_two_bounce_window");
            Json.putNumber(o, "lo", first.lo());
            Json.putNumber(o, "hi", first.hi());
        }
        h.put("runs", result.runs());
        Json.putNumber(h, "max_abs_rel_energy_change", result.maxAbsRelEnergyChange());
        h.put("parallel_runs", parallel);
        return h;
    }

    private static void bracket(ObjectNode o, String key, double[] b) {
        if (b == null) {
            o.putNull(key);
        } else {
            o.putArray(key).add(b[0]).add(b[1]);
        }
    }

    /**
     * The chart {@code outcomes.png}, if any run completed.
     *
     * @param result the scan
     * @return the plot, or none
     */
    List<Plot> plots(ScanResult result) {
        List<Row> rows = result.rows();
        if (rows.isEmpty()) {
            return List.of(); // interrupted before the first run completed
        }
        double[] u = new double[rows.size()];
        double[] bounces = new double[rows.size()];
        List<Double> eu = new ArrayList<>();
        List<Double> ev = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            Result x = rows.get(i).result();
            u[i] = rows.get(i).u();
            bounces[i] = x.outcome() == Outcome.ESCAPE ? x.bounces() : 0;
            if (x.outcome() == Outcome.ESCAPE) {
                eu.add(u[i]);
                ev.add(10 * x.vOut());
            }
        }
        List<Plot.Series> series = new ArrayList<>();
        series.add(new Plot.Series("bounces of an escape (0: capture/undecided)", u, bounces));
        if (!eu.isEmpty()) {
            series.add(new Plot.Series("10 v_out", eu.stream().mapToDouble(Double::doubleValue).toArray(),
                    ev.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        String title = "kg scan: phi4 kink-antikink, N = " + scan.base().n() + ", L = " + scan.base().length()
                + ", " + scan.base().method().key() + " dt = " + scan.base().dt()
                + (Double.isNaN(result.vc()) ? "" : ", v_c = " + String.format(java.util.Locale.ROOT, "%.5f",
                        result.vc()));
        return List.of(new Plot.Lines("outcomes.png", title, "u [1]", "bounces, 10 v_out [1]", series, false));
    }

    @Override
    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public Map<String, Integer> purposes() {
        return Map.of();
    }
}
