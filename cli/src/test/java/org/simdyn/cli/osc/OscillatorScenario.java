package org.simdyn.cli.osc;

import java.util.List;
import java.util.Set;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Param.Range;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.Simulation;

/**
 * TEST-ONLY scenario {@code osc run}: {@code N} independent damped oscillators x'' = -omega^2 x - gamma x'
 * (underdamped, gamma < 2 omega), initial phase phi_i drawn from Philox (particle i, purpose 0x0001), x_i(0) =
 * A cos(2 pi phi_i), v_i(0) = -A omega sin(2 pi phi_i), stepped with the exact one-step propagator
 * exp(M dt) (so the discrete solution equals the exact one up to rounding).
 */
public final class OscillatorScenario implements Scenario {
    /** Creates the scenario. */
    public OscillatorScenario() {
    }

    /**
     * Test hook: the run requests an interrupt (as SIGINT) after this step; -1 never.
     *
     * @param step the step
     */
    public static void interruptAfter(long step) {
        OscillatorSimulation.interruptAt = step;
    }

    @Override
    public String group() {
        return "osc";
    }

    @Override
    public String action() {
        return "run";
    }

    @Override
    public String description() {
        return "TEST-ONLY: damped linear oscillators with Philox-drawn phases.";
    }

    @Override
    public List<Param> parameters() {
        return List.of(
                Param.real("omega", 1.0, Range.POSITIVE, "s-1", "Angular frequency omega."),
                Param.real("gamma", 0.1, Range.NON_NEGATIVE, "s-1", "Damping rate gamma (< 2 omega).")
                        .alias("damping"),
                Param.real("dt", 0.01, Range.POSITIVE, "s", "Time step."),
                Param.real("t_end", 10.0, Range.POSITIVE, "s", "End time.").alias("t_final"),
                Param.integer("N", 4, 1, 1_000_000, "Number of oscillators.").alias("n_osc"),
                Param.real("amplitude", 1.0, Range.POSITIVE, "m", "Initial amplitude A."),
                Param.integer("series_every", 1, 1, 1_000_000_000, "Series interval in steps."),
                Param.integer("blowup_step", -1, -1, Long.MAX_VALUE, "Step at which x becomes NaN (failure tests)."),
                Param.choice("label", "plain", "A text parameter.", "plain", "fancy"),
                Param.bool("verbose_series", false, "A boolean parameter."));
    }

    @Override
    public Set<String> foreignKeys() {
        return Set.of("osc_gui");
    }

    @Override
    public String defaultStem() {
        return "osc";
    }

    @Override
    public int defaultFrames() {
        return 11;
    }

    @Override
    public Simulation create(Parameters p, RunContext context) {
        return new OscillatorSimulation(p, context.seed(), context.threads());
    }
}
