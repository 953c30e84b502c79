package org.simdyn.cli.kg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeSet;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Param.Kind;
import org.simdyn.cli.common.Param.Range;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.Simulation;
import org.simdyn.cli.common.UsageException;
import org.simdyn.fields.Filter;
import org.simdyn.fields.Grid;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.Method;
import org.simdyn.fields.Potentials;
import org.simdyn.fields.analysis.CollisionClassifier.Setup;
import org.simdyn.fields.analysis.KinkScan.ScanParams;

/**
 * {@code simdyn kg scan} (kg.md sections 6 and 8): a velocity scan of phi^4 kink-antikink collisions through
 * {@link org.simdyn.fields.analysis.KinkScan}: the grid of {@code --u} ({@code a:b:h} ranges and/or values,
 * comma-separated), refinement of every window edge to {@code --refine-tol}, {@code --parallel-runs} runs at a time
 * (results do not depend on it). The scan is a one-shot computation: the engine takes no steps, the runs become the
 * rows of {@code scan.csv} and one group per run of {@code scan.h5}.
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
    public Simulation create(Parameters p, RunContext context) {
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
        return new KgScanSimulation(scan, parallel);
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
