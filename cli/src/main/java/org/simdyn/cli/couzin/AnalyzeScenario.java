package org.simdyn.cli.couzin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.simdyn.cli.common.Checkpoint;
import org.simdyn.cli.common.Engine;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Param.Kind;
import org.simdyn.cli.common.Param.Range;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.Provenance;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.RunLog;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.Description;
import org.simdyn.cli.common.Warning;
import org.simdyn.particles.Domain;
import org.simdyn.particles.ParticlePurposes;
import org.simdyn.particles.SwarmState;
import org.simdyn.particles.analysis.OrderParameters;
import org.simdyn.particles.analysis.SchoolDiagnostics;

/**
 * {@code simdyn couzin analyze --state FILE}: every diagnostic of couzin spec section 6 for one state (a
 * {@code <stem>_final_state.csv} of simdyn or dewi-kadita, or any CSV with {@code x, y[, z], vx, vy[, vz]}), flat
 * in the headline: the {@code final} keys of {@code couzin run}, {@code centroid_pbc}, {@code centroid_naive} and
 * {@code correlation}. {@code --box} is required for a periodic state; {@code --dim} defaults to the columns.
 */
final class AnalyzeScenario implements Scenario {
    @Override
    public String group() {
        return "couzin";
    }

    @Override
    public String action() {
        return "analyze";
    }

    @Override
    public String description() {
        return "Every diagnostic (order parameters, entropies, OSI, correlation, clusters) of one state file.";
    }

    @Override
    public List<Param> parameters() {
        return List.of(
                new Param("state", List.of(), Kind.TEXT, null, List.of(), Range.FINITE, "", "The state CSV "
                        + "(columns x, y[, z], vx, vy[, vz])."),
                new Param("box", List.of("box_size"), Kind.REAL, null, List.of(), Range.POSITIVE, "1", "Box side L "
                        + "(required when periodic; open/reflecting: default the largest extent of the positions)."),
                Param.choice("domain", "periodic", "Domain of the state.", "periodic", "open", "reflecting"),
                new Param("dim", List.of(), Kind.INTEGER, null, List.of(), Range.closed(2, 3), "1", "Dimension "
                        + "(default: 3 when the file has z and vz)."),
                Param.real("r_r", 1, Range.POSITIVE, "1", "Repulsion radius (bins of cohesion_entropy_scaled).")
                        .alias("r_repulsion"),
                Param.real("r_a", 10, Range.POSITIVE, "1", "Attraction radius (default cluster radius).")
                        .alias("r_attraction"),
                new Param("cluster_radius", List.of(), Kind.REAL, null, List.of(), Range.POSITIVE, "1",
                        "Cluster linking distance (default r_a)."),
                new Param("corr_bin", List.of(), Kind.REAL, null, List.of(), Range.POSITIVE, "1",
                        "Bin width of C(r) (default r_r/2)."),
                new Param("corr_max", List.of(), Kind.REAL, null, List.of(), Range.POSITIVE, "1",
                        "Range of C(r) (default min(2 r_a, box/2); open: 2 r_a)."));
    }

    @Override
    public String defaultStem() {
        return "couzin_analyze";
    }

    @Override
    public int defaultFrames() {
        return 1;
    }

    /** The analysed state and its settings; describes itself to the core as a run of no steps. */
    record Analysis(SwarmState swarm, Domain domain, double box, double rR, double clusterRadius, double corrBin,
            double corrMax) implements Description {
        @Override
        public String integrator() {
            return "none (analysis of a state)";
        }

        @Override
        public double dt() {
            return Double.NaN;
        }

        @Override
        public long steps() {
            return 0;
        }

        /** @return the analysis (couzin spec section 6.4) */
        ObjectNode headline() {
            return analyze(swarm, domain, box, rR, clusterRadius, corrBin, corrMax);
        }

        @Override
        public Map<String, Integer> purposes() {
            return ParticlePurposes.all();
        }
    }

    @Override
    public Description create(Parameters p, RunContext context) {
        if (context.restart() != null) {
            throw new IllegalArgumentException("--restart is not available for couzin analyze (only couzin run "
                    + "checkpoints)");
        }
        if (p.text("state") == null) {
            throw new IllegalArgumentException("state is missing: give --state FILE (a CSV with columns x, y[, z], "
                    + "vx, vy[, vz])");
        }
        Domain domain = Domain.valueOf(p.text("domain").toUpperCase(Locale.ROOT));
        if (domain == Domain.PERIODIC && p.value("box") == null) {
            throw new IllegalArgumentException("box is missing: a periodic state needs --box L (or --domain open)");
        }
        int dim = p.value("dim") == null ? 0 : (int) p.integer("dim");
        SwarmState s = StateFile.read(Path.of(p.text("state")), CouzinSetup.name(p, "state"), dim);
        double box = p.value("box") != null ? p.real("box") : extent(s);
        if (domain != Domain.OPEN) {
            double[][] axes = {s.x(), s.y(), s.z()};
            for (int a = 0; a < s.dim(); a++) {
                for (int i = 0; i < s.n(); i++) {
                    double v = axes[a][i];
                    boolean inside = domain == Domain.PERIODIC ? v >= 0 && v < box : v >= 0 && v <= box;
                    if (!inside) {
                        throw new IllegalArgumentException("state = " + p.text("state") + ": " + "xyz".charAt(a)
                                + "[" + i + "] = " + v + " is out of range: must be in [0, box = " + box
                                + (domain == Domain.PERIODIC ? ")" : "]") + " (" + p.text("domain") + " domain)");
                    }
                }
            }
        }
        double rR = p.real("r_r");
        double rA = p.real("r_a");
        double cluster = p.value("cluster_radius") == null ? rA : p.real("cluster_radius");
        double bin = p.value("corr_bin") == null ? rR / 2 : p.real("corr_bin");
        double max = p.value("corr_max") != null ? p.real("corr_max")
                : domain == Domain.OPEN ? 2 * rA : Math.min(2 * rA, box / 2);
        return new Analysis(s, domain, box, rR, cluster, bin, max);
    }

    private static double extent(SwarmState s) {
        double e = 0;
        for (double[] a : new double[][] {s.x(), s.y(), s.z()}) {
            if (a == null) {
                continue;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : a) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            e = Math.max(e, hi - lo);
        }
        return e > 0 ? e : 1;
    }

    /**
     * Every diagnostic of a state, flat.
     *
     * @param s the state. Not modified.
     * @param domain its domain
     * @param box L
     * @param rR repulsion radius
     * @param clusterRadius cluster linking distance
     * @param corrBin bin width of C(r)
     * @param corrMax range of C(r)
     * @return the headline
     */
    static ObjectNode analyze(SwarmState s, Domain domain, double box, double rR, double clusterRadius,
            double corrBin, double corrMax) {
        ObjectNode h = Json.object();
        h.put("N", s.n());
        h.put("dim", s.dim());
        h.put("domain", domain.name().toLowerCase(Locale.ROOT));
        Json.putNumber(h, "box", box);
        OrderParameters o = new OrderParameters(s.dim(), s.n(), domain, box).compute(s);
        Json.putNumber(h, "P", o.polarization());
        Json.putNumber(h, "M_pbc", o.millingPbc());
        Json.putNumber(h, "M_naive", o.millingNaive());
        Json.putNumber(h, "spread_pbc", o.spreadPbc());
        Json.putNumber(h, "spread_naive", o.spreadNaive());
        double[] f = CouzinRun.frameDiagnostics(s, domain, box, rR, clusterRadius, corrBin, corrMax);
        for (int i = 0; i < f.length; i++) {
            Json.putNumber(h, CouzinRun.FRAME_KEYS.get(i), f[i]);
        }
        String label = CouzinRun.label(o.polarization(), o.millingPbc());
        String compat = CouzinRun.label(o.polarization(), o.millingNaive());
        h.put("state_label", label);
        h.put("state_label_compat", compat);
        ArrayNode cp = h.putArray("centroid_pbc");
        for (double v : o.centroidPbc()) {
            cp.add(v);
        }
        ArrayNode cn = h.putArray("centroid_naive");
        for (double v : o.centroidNaive()) {
            cn.add(v);
        }
        CouzinRun.putCorrelation(h, SchoolDiagnostics.correlation(s, domain, box, corrBin, corrMax), corrBin);
        return h;
    }

    @Override
    public Engine.Outcome run(RunContext ctx, Parameters params, Description sim, Checkpoint restart, RunLog log)
            throws IOException {
        long t0 = System.nanoTime();
        ObjectNode headline = ((Analysis) sim).headline();
        double compute = (System.nanoTime() - t0) * 1e-9;
        return new Engine.Outcome("ok", 0, 0, compute, 0, List.of(), headline,
                Provenance.build(ctx, params, sim, null, "ok"), null, List.<Warning>of());
    }
}
