package org.simdyn.cli.couzin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.simdyn.cli.common.Checkpoint;
import org.simdyn.cli.common.Description;
import org.simdyn.cli.common.CsvStream;
import org.simdyn.cli.common.Engine;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.RunLog;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.Simulation;

/**
 * {@code simdyn couzin run}: one simulation of the Couzin zone model (couzin spec sections 1-8). Besides the
 * engine's files ({@code <stem>.h5}, {@code <stem>.csv}, NPYs, plots) it writes {@code <stem>_final_state.csv}
 * (loadable by {@code init_state}) with {@code csv} (the engine writes the frame diagnostics to {@code /frames} and
 * {@code <stem>_frames.csv}).
 */
final class RunScenario implements Scenario {
    /** Default number of snapshot frames. */
    static final int FRAMES = 100;

    @Override
    public String group() {
        return "couzin";
    }

    @Override
    public String action() {
        return "run";
    }

    @Override
    public String description() {
        return "One run of the Couzin zone model (rules couzin2002 by default; peer-compat reproduces dewi-kadita "
                + "0.0.4 including its defects).";
    }

    @Override
    public List<Param> parameters() {
        return CouzinParams.run();
    }

    @Override
    public Set<String> foreignKeys() {
        return CouzinParams.FOREIGN;
    }

    @Override
    public String defaultStem() {
        return "couzin";
    }

    @Override
    public int defaultFrames() {
        return FRAMES;
    }

    @Override
    public Simulation create(Parameters parameters, RunContext context) {
        return new CouzinRun(CouzinSetup.of(parameters, context), context.seed(), context.threads());
    }

    @Override
    public Engine.Outcome run(RunContext context, Parameters parameters, Description sim, Checkpoint restart,
            RunLog log) throws IOException {
        Engine.Outcome o = Scenario.super.run(context, parameters, sim, restart, log);
        CouzinRun run = (CouzinRun) sim;
        if (!context.has("csv") || run.simulation() == null) {
            return o;
        }
        List<String> files = new ArrayList<>(o.files());
        String provenance = Json.compact(o.provenance());
        Path out = context.out();
        String finalState = context.stem() + "_final_state.csv";
        StateFile.write(out.resolve(finalState), context.command(), provenance, run.simulation().state());
        files.add(finalState);
        return new Engine.Outcome(o.status(), o.exitCode(), o.step(), o.computeSeconds(), o.outputSeconds(), files,
                o.headline(), o.provenance(), o.error(), o.warnings());
    }
}
