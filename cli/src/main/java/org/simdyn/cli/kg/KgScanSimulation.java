package org.simdyn.cli.kg;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.Plot;
import org.simdyn.cli.common.Simulation;
import org.simdyn.cli.common.Warning;
import org.simdyn.fields.Grid;
import org.simdyn.fields.InitialConditions;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.KleinGordon;
import org.simdyn.fields.Potential;
import org.simdyn.fields.Potentials;
import org.simdyn.fields.analysis.CollisionClassifier.Outcome;
import org.simdyn.fields.analysis.CollisionClassifier.Result;
import org.simdyn.fields.analysis.CollisionClassifier.Setup;
import org.simdyn.fields.analysis.KinkScan;
import org.simdyn.fields.analysis.KinkScan.Row;
import org.simdyn.fields.analysis.KinkScan.ScanParams;
import org.simdyn.fields.analysis.KinkScan.ScanResult;
import org.simdyn.fields.analysis.KinkScan.Window;

/**
 * The one-shot "simulation" of {@code kg scan}: {@link #initialize()} runs the whole {@link KinkScan}; the engine
 * takes no steps. Rows of the series ({@code scan.csv}): {@code u}, {@code outcome} (0 capture, 1 undecided,
 * 2 escape), {@code bounces}, {@code v_out}, {@code rel_energy_change}, {@code steps}, {@code refinement} (0/1).
 * {@code scan.h5} has one group per run, {@code /u<shortest decimal of u>}, with {@code center}, {@code t_center},
 * {@code energy} and {@code t_energy} (the initial and final energies: the classifier keeps no energy series),
 * {@code bounces} and {@code v_out}.
 */
final class KgScanSimulation implements Simulation {
    private final ScanParams scan;
    private final int parallel;
    private final List<Warning> warnings = new ArrayList<>();
    private ScanResult result;

    KgScanSimulation(ScanParams scan, int parallel) {
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

    @Override
    public long steps() {
        return 0;
    }

    @Override
    public Map<String, double[]> state() {
        return Map.of();
    }

    @Override
    public void initialize() {
        result = KinkScan.run(scan, parallel);
        if (Double.isNaN(result.vc())) {
            warnings.add(new Warning("no_vc", "the top of the u grid is not a 1-bounce escape (or no grid point "
                    + "below it is not): v_c is null; extend the grid upwards"));
        }
    }

    @Override
    public void step(long n) {
        throw new IllegalStateException("kg scan takes no steps");
    }

    @Override
    public List<Field> frameFields() {
        return List.of();
    }

    @Override
    public void frame(String name, double[] out) {
        throw new IllegalStateException("kg scan has no snapshot fields");
    }

    @Override
    public List<Field> seriesColumns() {
        return List.of(Field.scalar("u", "1", "kink speed u"),
                Field.scalar("outcome", "1", "0 capture, 1 undecided, 2 escape"),
                Field.scalar("bounces", "1", "bounces on [0, T_run]"),
                Field.scalar("v_out", "1", "outgoing speed (NaN unless escape)"),
                Field.scalar("rel_energy_change", "1", "(E(T_run + t_out) - E0) / E0"),
                Field.scalar("steps", "1", "steps of the run"),
                Field.scalar("refinement", "1", "1 for a refinement run, 0 for a grid point"));
    }

    @Override
    public long seriesEvery() {
        return 0;
    }

    @Override
    public void row(long n, double[] out) {
        throw new IllegalStateException("kg scan has no rows while stepping");
    }

    @Override
    public List<double[]> finalRows() {
        List<double[]> rows = new ArrayList<>();
        for (Row r : result.rows()) {
            Result x = r.result();
            rows.add(new double[] {r.u(), x.outcome().ordinal(), x.bounces(), x.vOut(), x.relEnergyChange(),
                x.steps(), r.refinement() ? 1 : 0});
        }
        return rows;
    }

    @Override
    public List<Dataset> results() {
        List<Dataset> d = new ArrayList<>();
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

    @Override
    public ObjectNode headline() {
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

    @Override
    public List<Plot> plots(Map<String, Dataset> datasets) {
        List<Row> rows = result.rows();
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
