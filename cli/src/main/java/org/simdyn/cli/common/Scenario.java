package org.simdyn.cli.common;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * One run command of a group ({@code kg run}, {@code couzin run}, ...): its parameters and how to build the
 * simulation. {@link ScenarioCommand} gives it every common option (cli spec section 2), config files, errors,
 * outputs, checkpoints, interrupts and progress; the scenario only describes its model.
 */
public interface Scenario {
    /** @return the group, e.g. {@code "kg"} */
    String group();

    /** @return the action, e.g. {@code "run"} */
    String action();

    /** @return one line for {@code --help} */
    String description();

    /** @return the parameters, canonical keys with their peer aliases, in the order of {@code --help} and JSON */
    List<Param> parameters();

    /** @return the module's known foreign peer keys (accepted, listed in {@code ignored_keys}); default none */
    default Set<String> foreignKeys() {
        return Set.of();
    }

    /** @return the output stem when no {@code scenario_name} is given, e.g. {@code "kg"} */
    String defaultStem();

    /** @return the number of snapshot frames when neither {@code --frames} nor {@code --save-every} is given */
    int defaultFrames();

    /**
     * Returns the snapshot interval when neither {@code --frames} nor {@code --save-every} is given, if the model
     * defines one (e.g. kg's {@code diag_every}); it takes precedence over {@link #defaultFrames()}.
     *
     * @param parameters the parameters in force
     * @return the interval in time units, or 0 to use {@link #defaultFrames()} (the default)
     */
    default double defaultSaveEvery(Parameters parameters) {
        return 0;
    }

    /**
     * Builds the simulation (or, for a command that is not one time-stepping run, its {@link Description}) from
     * validated parameters, checking the combinations (an
     * {@link IllegalArgumentException} naming parameter, value and range becomes exit 2). Does no stepping.
     *
     * @param parameters the parameters in force
     * @param context seed, threads and the run's settings
     * @return the simulation, at no particular state until {@link Simulation#initialize()}
     * @throws IllegalArgumentException for a bad combination of parameters
     */
    Description create(Parameters parameters, RunContext context);

    /**
     * Runs the command after validation: by default the {@link Engine} steps {@code sim} and writes its outputs.
     * Commands that are not one time-stepping run (scans, ensembles, analyses of a state; those made of many runs
     * through {@link MultiRun}) override this and write their own files into {@code context.out()}, which exists.
     *
     * @param context the run's settings
     * @param parameters the parameters in force
     * @param sim what {@link #create} returned
     * @param restart the checkpoint to continue from, or null
     * @param log stderr and {@code log.txt}
     * @return the outcome
     * @throws IOException if writing fails
     */
    default Engine.Outcome run(RunContext context, Parameters parameters, Description sim, Checkpoint restart,
            RunLog log) throws IOException {
        return new Engine(context, parameters, (Simulation) sim, restart, log).run();
    }
}
