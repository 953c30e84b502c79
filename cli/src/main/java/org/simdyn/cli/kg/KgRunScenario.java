package org.simdyn.cli.kg;

import java.util.List;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Param.Kind;
import org.simdyn.cli.common.Param.Range;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.Simulation;

/**
 * {@code simdyn kg run} (kg.md section 8): one pseudo-spectral nonlinear Klein-Gordon run with its diagnostics.
 * Keys are the canonical keys of kg.md section 8 ({@code --x-min} and {@code --x_min} both work); amangkurat keys
 * are peer aliases ({@code nx}, {@code t_final}, {@code position}, {@code velocity}, {@code frequency},
 * {@code ic_type}, {@code x_max}; kg.md section 8.2). Multi-D values are {@code n0,n1[,n2]} (one value = all axes).
 */
public final class KgRunScenario implements Scenario {
    /** Creates the scenario. */
    public KgRunScenario() {
    }

    @Override
    public String group() {
        return "kg";
    }

    @Override
    public String action() {
        return "run";
    }

    @Override
    public String description() {
        return "Nonlinear Klein-Gordon field (1-3 D): exact-linear or symplectic integrators, exact initial "
                + "conditions, energy, kinks, entropies, collisions.";
    }

    static Param text(String key, String defaultValue, String units, String description) {
        return new Param(key, List.of(), Kind.TEXT, defaultValue, List.of(), Range.FINITE, units, description);
    }

    static Param optionalReal(String key, Range range, String units, String description) {
        return new Param(key, List.of(), Kind.REAL, null, List.of(), range, units, description);
    }

    @Override
    public List<Param> parameters() {
        return List.of(
                Param.integer("dim", 1, 1, 3, "Spatial dimension d."),
                text("N", "2048", "1", "Grid points per axis: n or n0,n1[,n2]; even, >= 8, 2^a 3^b 5^c, total <= 2^24.")
                        .alias("nx"),
                text("L", null, "1", "Box length per axis (period): L or L0,L1[,L2], > 0 (default 400, or "
                        + "x_max - x_min)."),
                text("x_min", null, "1", "Left end per axis (default -L/2); the grid excludes x_min + L."),
                optionalReal("x_max", Range.FINITE, "1", "amangkurat: right end point; sets L = x_max - x_min."),
                Param.choice("bc", "auto", "Boundary on axis 0 (others periodic).", "auto", "periodic",
                        "antiperiodic", "winding"),
                Param.integer("winding", 0, -1000, 1000, "Winding number Q of --bc winding (0: from the IC)."),
                Param.choice("potential", "phi4", "Potential V.", "linear", "phi4", "sine-gordon",
                        "double-sine-gordon", "phi6", "sine_gordon", "double_sine_gordon"),
                Param.real("mass", 1.0, Range.NON_NEGATIVE, "1", "linear: mass m."),
                Param.real("lambda", 1.0, Range.POSITIVE, "1", "phi4, phi6: coupling lambda."),
                Param.real("vacuum", 1.0, Range.POSITIVE, "1", "phi4, phi6: vacuum v."),
                Param.real("eta", 0.5, new Range(-0.25, true, Double.POSITIVE_INFINITY, true), "1",
                        "double-sine-gordon: eta."),
                optionalReal("m2_linear", Range.NON_NEGATIVE, "1", "mu^2 of the exact linear part of expo (default "
                        + "per potential)."),
                Param.choice("ic", "kink-antikink", "Initial condition.", "gaussian", "kink", "antikink",
                        "kink-antikink", "breather", "sg-kink-antikink", "wall", "wall-pair", "bubble", "vacuum",
                        "npy", "kink_antikink", "sg_kink_antikink", "wall_pair").alias("ic_type"),
                Param.real("amplitude", 1.0, Range.FINITE, "1", "gaussian: amplitude A."),
                Param.real("width", 2.0, Range.POSITIVE, "1", "gaussian: width w."),
                text("x0", "0", "1", "Centre x0 (per axis for gaussian and bubble).").alias("position"),
                Param.real("u", 0.0, new Range(-1, true, 1, true), "1", "Speed u (|u| < 1).").alias("velocity"),
                Param.real("separation", 20.0, Range.POSITIVE, "1", "kink-antikink: separation S."),
                Param.real("omega", 0.5, new Range(0, true, 1, true), "1", "breather: frequency omega in (0, 1).")
                        .alias("frequency"),
                Param.real("t0", 0.0, Range.FINITE, "1", "breather, sg-kink-antikink: time offset t0."),
                Param.real("radius", 10.0, Range.POSITIVE, "1", "bubble: radius R."),
                text("phi0_file", null, "", "npy: phi(x, 0), float64 of the grid shape."),
                text("pi0_file", null, "", "npy: pi(x, 0), float64 of the grid shape (default 0)."),
                Param.choice("method", "expo", "Integrator.", "expo", "verlet", "expo4", "verlet4"),
                Param.choice("filter", "none", "Kick filter of expo/expo4.", "none", "sinc", "sinc2"),
                Param.real("dt", 0.02, Range.POSITIVE, "1", "Time step (fixed; never changed silently)."),
                optionalReal("T", Range.NON_NEGATIVE, "1", "End time (default 50; --classify: T_run + t_out); "
                        + "a multiple of dt.").alias("t_final"),
                new Param("steps", List.of(), Kind.INTEGER, null, List.of(), Range.closed(0, 1L << 40), "1",
                        "Number of steps (instead of --T)."),
                Param.choice("step_control", "fixed", "Step control.", "fixed", "reversible"),
                Param.real("step_kappa", 1.0, Range.POSITIVE, "1", "Reversible step control: kappa."),
                Param.real("damping", 0.0, Range.NON_NEGATIVE, "1", "Uniform damping gamma_0."),
                text("sponge_width", "0", "1", "Sponge width per axis (0: none), in [0, L/2)."),
                Param.real("sponge_strength", 1.0, Range.NON_NEGATIVE, "1", "Sponge strength sigma_max."),
                Param.real("diag_every", 1.0, Range.POSITIVE, "1", "Diagnostic interval, a multiple of dt."),
                text("probe_x", null, "1", "Probe point (default x0)."),
                Param.integer("embed_dim", 3, 1, 100, "Delay embedding dimension m."),
                text("embed_delay", "auto", "1", "Delay in steps, or auto (first zero of the autocorrelation)."),
                Param.choice("entropy_density", "phi2", "Density of the entropies.", "phi2", "energy"),
                Param.bool("entropy_legacy", false, "Also the N-dependent discrete entropies (amangkurat's)."),
                Param.bool("classify", false, "Classify a phi4 kink-antikink collision (kg.md section 6)."),
                Param.real("t_after", 150.0, Range.NON_NEGATIVE, "1", "--classify: time after the meeting."),
                Param.real("t_out", 20.0, Range.POSITIVE, "1", "--classify: extra time for v_out."));
    }

    @Override
    public String defaultStem() {
        return "kg";
    }

    @Override
    public int defaultFrames() {
        return 101;
    }

    @Override
    public double defaultSaveEvery(Parameters p) {
        return p.real("diag_every");
    }

    @Override
    public Simulation create(Parameters p, RunContext context) {
        return new KgSimulation(KgSetup.of(p, context), context);
    }
}
