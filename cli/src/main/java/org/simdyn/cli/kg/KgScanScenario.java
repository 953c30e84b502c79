package org.simdyn.cli.kg;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.simdyn.cli.common.Checkpoint;
import org.simdyn.cli.common.CsvStream;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Description;
import org.simdyn.cli.common.Engine;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Hdf5;
import org.simdyn.cli.common.Interrupts;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.MultiRun;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Param.Kind;
import org.simdyn.cli.common.Param.Range;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.Plots;
import org.simdyn.cli.common.Provenance;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.RunLog;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.UsageException;
import org.simdyn.cli.common.Warning;
import org.simdyn.fields.Filter;
import org.simdyn.fields.Grid;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.Method;
import org.simdyn.fields.Potentials;
import org.simdyn.fields.analysis.CollisionClassifier.Setup;
import org.simdyn.fields.analysis.KinkScan.Row;
import org.simdyn.fields.analysis.KinkScan.ScanParams;
import org.simdyn.fields.analysis.KinkScan.ScanResult;

/**
 * {@code simdyn kg scan} (kg.md sections 6 and 8): a velocity scan of phi^4 kink-antikink collisions through
 * {@link org.simdyn.fields.analysis.KinkScan}: the grid of {@code --u} ({@code a:b:h} ranges and/or values,
 * comma-separated), refinement of every window edge to {@code --refine-tol}, {@code --parallel-runs} runs at a time
 * (results do not depend on it) through {@link MultiRun}: progress per run, and on SIGINT/SIGTERM the completed
 * runs are written with status {@code interrupted}. The runs become the rows of {@code scan.csv} and one group per
 * run of {@code scan.h5}; {@code outcomes.png} charts them.
 */
public final class KgScanScenario implements Scenario {
    /** The largest number of grid points. */
    static final int MAX_POINTS = 10000;

    /** Creates the scenario. */
    public KgScanScenario() {
    }

    @Override
    public String group() {
        return "kg";
    }

    @Override
    public String action() {
        return "scan";
    }

    @Override
    public String description() {
        return "Velocity scan of phi^4 kink-antikink collisions: outcomes, bounce windows, critical speed v_c.";
    }

    @Override
    public List<Param> parameters() {
        return List.of(
                KgRunScenario.text("u", "0.18:0.27:0.001", "1", "Speeds: a:b:h ranges and/or values, comma-separated, "
                        + "each in (0, 1), at most 10000."),
                Param.real("refine_tol", 5e-5, Range.NON_NEGATIVE, "1", "Bisection tolerance of the window edges (0 = "
                        + "off), below the grid spacing."),
                new Param("parallel_runs", List.of(), Kind.INTEGER, null, List.of(), Range.closed(1, 1024), "1",
                        "Runs at a time (default: cores)."),
                Param.integer("N", 2048, 8, 1 << 24, "Grid points."),
                Param.real("L", 400.0, Range.POSITIVE, "1", "Box length."),
                Param.real("dt", 0.02, Range.POSITIVE, "1", "Time step."),
                Param.choice("method", "expo", "Integrator.", "expo", "verlet", "expo4", "verlet4"),
                Param.choice("filter", "none", "Kick filter of expo/expo4.", "none", "sinc", "sinc2"),
                Param.real("separation", 20.0, Range.POSITIVE, "1", "Initial separation S."),
                Param.real("t_after", 150.0, Range.NON_NEGATIVE, "1", "Time after the nominal meeting."),
                Param.real("t_out", 20.0, Range.POSITIVE, "1", "Extra time to measure v_out."),
                Param.real("lambda", 1.0, Range.POSITIVE, "1", "phi4 coupling lambda."),
                Param.real("vacuum", 1.0, Range.POSITIVE, "1", "phi4 vacuum v."));
    }

    @Override
    public String defaultStem() {
        return "scan";
    }

    @Override
    public int defaultFrames() {
        return 1;
    }

    @Override
    public Description create(Parameters p, RunContext context) {
        double[] us = grid(p.text("u"));
        Method method = Method.of(p.text("method"));
        Filter filter = Filter.of(p.text("filter"));
        int n = (int) p.integer("N");
        Grid g = Grid.line(n, p.real("L"));
        KgParams.of(g, Potentials.phi4(p.real("lambda"), p.real("vacuum")), method, p.real("dt")).withFilter(filter);
        Setup base = new Setup(n, p.real("L"), p.real("dt"), method, filter, p.real("separation"), us[0],
                p.real("t_after"), p.real("t_out"), p.real("lambda"), p.real("vacuum"));
        ScanParams scan = new ScanParams(us, p.real("refine_tol"), base);
        int parallel = p.value("parallel_runs") == null ? Runtime.getRuntime().availableProcessors()
                : (int) p.integer("parallel_runs");
        return new KgScan(scan, parallel);
    }

    @Override
    public Engine.Outcome run(RunContext ctx, Parameters params, Description sim, Checkpoint restart, RunLog log)
            throws IOException {
        KgScan scan = (KgScan) sim;
        long t0 = System.nanoTime();
        ScanResult result;
        try (MultiRun runs = new MultiRun(ctx.command(), scan.parallel(), ctx.progress(), log)) {
            result = scan.run(runs);
        }
        double compute = (System.nanoTime() - t0) * 1e-9;
        long t1 = System.nanoTime();
        String status = result.complete() ? "ok" : "interrupted";
        ObjectNode provenance = Provenance.build(ctx, params, sim, null, status);
        List<String> files = new ArrayList<>();
        List<Dataset> datasets = scan.datasets(result);
        if (ctx.has("h5")) {
            Hdf5.write(ctx.out().resolve(ctx.stem() + ".h5"), provenance, params.values(), datasets);
            files.add(ctx.stem() + ".h5");
        }
        if (ctx.has("csv")) {
            try (CsvStream csv = CsvStream.create(ctx.out().resolve(ctx.stem() + ".csv"), ctx.command(),
                    Json.compact(provenance), KgScan.columns().stream().map(Field::name).toList())) {
                for (double[] row : KgScan.rows(result)) {
                    csv.append(row);
                }
            }
            files.add(ctx.stem() + ".csv");
        }
        if (ctx.has("npy")) {
            files.addAll(Engine.writeNpy(ctx, provenance, datasets, Set.of()));
        }
        List<Warning> warnings = new ArrayList<>();
        if (ctx.has("png")) {
            List<String> failed = new ArrayList<>();
            files.addAll(Plots.write(ctx.out(), scan.plots(result), ctx.plotWidth(), ctx.plotHeight(),
                    ctx.commandLine(), Json.ascii(provenance), failed));
            for (String f : failed) {
                warnings.add(new Warning("plot_failed", f));
                log.line("simdyn " + ctx.command() + ": warning: " + f);
            }
        }
        long steps = 0;
        for (Row r : result.rows()) {
            steps += r.result().steps();
        }
        double output = (System.nanoTime() - t1) * 1e-9;
        String where = result.complete() ? null : "after " + result.runs() + " completed runs of the scan";
        return new Engine.Outcome(status, result.complete() ? 0 : Interrupts.requested(), steps, compute, output,
                files, scan.headline(result), provenance, where, warnings);
    }

    /**
     * Parses a speed grid: comma-separated values and {@code a:b:h} ranges ({@code round((b - a)/h) + 1} values
     * {@code a + i h} in decimal arithmetic), merged and sorted.
     *
     * @param text the grid as written
     * @return the speeds, ascending, distinct
     * @throws UsageException for a malformed grid, a speed outside (0, 1) or more than 10000 points
     */
    static double[] grid(String text) {
        TreeSet<Double> set = new TreeSet<>();
        for (String item : text.split(",", -1)) {
            String t = item.strip();
            try {
                if (t.contains(":")) {
                    String[] r = t.split(":", -1);
                    if (r.length != 3) {
                        throw new NumberFormatException();
                    }
                    BigDecimal a = new BigDecimal(r[0].strip());
                    BigDecimal b = new BigDecimal(r[1].strip());
                    BigDecimal h = new BigDecimal(r[2].strip());
                    if (h.signum() <= 0 || b.compareTo(a) < 0) {
                        throw new UsageException("u = " + text + " is not accepted: range " + t + " must have a <= b "
                                + "and h > 0");
                    }
                    long count = b.subtract(a).divide(h, 0, RoundingMode.HALF_EVEN).longValueExact() + 1;
                    if (count > MAX_POINTS) {
                        throw tooMany(text, count);
                    }
                    for (long i = 0; i < count; i++) {
                        set.add(a.add(h.multiply(BigDecimal.valueOf(i))).doubleValue());
                    }
                } else {
                    set.add(new BigDecimal(t).doubleValue());
                }
            } catch (NumberFormatException | ArithmeticException e) {
                throw new UsageException("u = " + text + " is not accepted: '" + t + "' must be a number or a:b:h");
            }
            if (set.size() > MAX_POINTS) {
                throw tooMany(text, set.size());
            }
        }
        for (double u : set) {
            if (!(u > 0.0 && u < 1.0)) {
                throw new UsageException("u = " + u + " is out of range: every speed must be in (0, 1)");
            }
        }
        return set.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static UsageException tooMany(String text, long count) {
        return new UsageException("u = " + text + " is out of range: " + count + " points; must be at most "
                + MAX_POINTS);
    }
}
