package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The command of one {@link Scenario} ({@code <group> <action>}): reads the config file and options, validates
 * everything before any work (exit 2, one line), then runs the {@link Engine}, writes {@code DIR/run.json} and
 * prints the {@code --json} envelope (cli spec sections 2-7).
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class ScenarioCommand implements Callable<Integer> {
    /** Keys whose change a restart accepts (a later end). */
    public static final Set<String> END_KEYS = Set.of("t_end", "t_final", "T", "steps", "n_steps");

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions options;

    private final Scenario scenario;
    private final List<Preset> presets;
    private String presetName;
    private String commandName;
    private ConfigFile presetConfig;
    private List<String> presetArgv;

    private ScenarioCommand(Scenario scenario, List<Preset> presets) {
        this.scenario = scenario;
        this.presets = List.copyOf(presets);
    }

    /**
     * Builds the command line of a scenario, with a {@code --<key>} option per parameter key and alias, and
     * {@code --preset NAME} when the group has presets.
     *
     * @param scenario the scenario
     * @param presets the presets of its group, possibly none. Not modified.
     * @return the command line (name = the action)
     */
    public static CommandLine commandLine(Scenario scenario, List<Preset> presets) {
        ScenarioCommand c = new ScenarioCommand(scenario, presets);
        CommandLine cl = new CommandLine(c);
        CommandSpec s = cl.getCommandSpec();
        s.name(scenario.action());
        s.usageMessage().description(scenario.description());
        if (!presets.isEmpty()) {
            s.addOption(OptionSpec.builder("--preset").arity("1").paramLabel("NAME").type(String.class)
                    .description("Start from a preset (" + String.join(", ", presets.stream().map(Preset::name)
                            .toList()) + "; see '" + scenario.group() + " presets'); a config file and options "
                            + "override its values.")
                    .setter(new CommandLine.Model.ISetter() {
                        @Override
                        public <T> T set(T value) {
                            c.presetName = (String) value;
                            return null;
                        }
                    }).build());
        }
        c.options.addParameterOptions(s, scenario);
        return cl;
    }

    /**
     * Builds a group's command line with its scenarios as subcommands.
     *
     * @param group the group
     * @return the command line
     */
    public static CommandLine groupCommandLine(ScenarioGroup group) {
        CommandLine cl = new CommandLine(new GroupCommand());
        cl.getCommandSpec().name(group.name());
        cl.getCommandSpec().usageMessage().description(group.description());
        for (Scenario s : group.scenarios()) {
            cl.addSubcommand(s.action(), commandLine(s, group.presets()));
        }
        if (!group.presets().isEmpty()) {
            cl.addSubcommand("presets", new CommandLine(new PresetsCommand(group)));
        }
        return cl;
    }

    /** A group without an action: exit 2 naming the actions. */
    @Command(mixinStandardHelpOptions = true, versionProvider = Version.class)
    static final class GroupCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw new UsageException("missing action (actions: " + ErrorHandlers.commands(spec) + ")");
        }
    }

    /**
     * Runs with a config file already read ({@code simdyn run --config FILE} dispatch).
     *
     * @param config the file
     * @param name the command name for messages and JSON
     * @param argv the whole command line, for provenance. Not modified.
     */
    void preset(ConfigFile config, String name, List<String> argv) {
        this.presetConfig = config;
        this.commandName = name;
        this.presetArgv = List.copyOf(argv);
    }

    @Override
    public Integer call() throws IOException {
        String command = commandName != null ? commandName : scenario.group() + " " + scenario.action();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<String> argv = presetArgv != null ? presetArgv
                : spec.root().commandLine().getParseResult().originalArgs();
        ConfigFile config = presetConfig != null ? presetConfig
                : options.config == null ? null : ConfigFile.read(Path.of(options.config), "--config");
        if (config != null && config.last("scenario") != null && !config.last("scenario").equals(scenario.group())) {
            throw new UsageException("--config " + config.path() + ": scenario = " + config.last("scenario")
                    + " does not configure " + command + " (use simdyn run --config, or scenario = "
                    + scenario.group() + ")");
        }
        List<Parameters.Layer> layers = new ArrayList<>();
        Checkpoint checkpoint = null;
        if (options.restart != null) {
            Path file = RunContext.restartFile(options.restart);
            checkpoint = Checkpoint.read(file);
            layers.add(new Parameters.Layer("--restart " + file + ": ", Parameters.recorded(checkpoint.provenance(),
                    checkpoint.settings())));
        }
        if (presetName != null) {
            Preset preset = Preset.find(presets, presetName, scenario.group());
            layers.add(new Parameters.Layer("--preset " + preset.name() + ": ", preset.parameters()));
        }
        Parameters params = Parameters.resolve(scenario, layers, config, options.overrides());
        RunContext ctx = RunContext.resolve(command, argv, options, config, params, scenario);
        Description sim;
        try {
            sim = scenario.create(params, ctx);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (checkpoint != null) {
            if (!(sim instanceof Simulation one)) {
                throw new UsageException("--restart is not available for " + command + " (only single runs "
                        + "checkpoint)");
            }
            checkRestart(checkpoint, ctx, params, one);
        }
        long largest = sim instanceof Simulation one ? Engine.largestDatasetBytes(ctx, one) : 0;
        if (ctx.has("h5") && largest > ctx.maxDatasetMib() << 20) {
            throw new UsageException(String.format(Locale.ROOT, "--max-dataset-mib: the largest HDF5 dataset would "
                    + "be %.1f MiB, more than %d MiB (use --save-every or --frames for fewer frames, "
                    + "--snapshot-precision float32, --formats npy, or a larger --max-dataset-mib)",
                    largest / 1048576.0, ctx.maxDatasetMib()));
        }
        ctx.checkOut();
        ObjectNode envelope = Json.object();
        envelope.put("command", command);
        if (ctx.dryRun()) {
            envelope.put("status", "dry_run");
            envelope.put("out", ctx.out().toString());
            envelope.putArray("files");
            fill(envelope, params, sim.warnings(), Provenance.build(ctx, params, sim, null, "dry_run"), null);
            envelope.put("steps", sim.steps());
            envelope.put("frames", sim instanceof Simulation one ? Engine.frameCount(ctx, one) : 0);
            if (ctx.json()) {
                Json.print(stdout, envelope);
            } else {
                stdout.println(command + ": dry run, parameters in force: " + Json.compact(params.toJson()));
                stdout.flush();
            }
            return 0;
        }
        long start = System.nanoTime();
        Files.createDirectories(ctx.out());
        Interrupts.Scope signals = Interrupts.install();
        try (RunLog log = new RunLog(stderr, ctx.quiet())) {
            log.open(ctx.out());
            logWarnings(log, command, params.warnings());
            int early = sim.warnings().size();
            logWarnings(log, command, sim.warnings());
            Engine.Outcome o = scenario.run(ctx, params, sim, checkpoint, log);
            logWarnings(log, command, sim.warnings().subList(early, sim.warnings().size()));
            envelope.put("status", o.status());
            envelope.put("out", ctx.out().toString());
            ArrayNode files = envelope.putArray("files");
            files.add("run.json");
            files.add("log.txt");
            o.files().forEach(files::add);
            fill(envelope, params, sim.warnings(), o.provenance(), o.headline());
            addWarnings((ArrayNode) envelope.get("warnings"), o.warnings());
            ObjectNode t = envelope.putObject("timings");
            double wall = (System.nanoTime() - start) * 1e-9;
            Json.putNumber(t, "wall_seconds", wall);
            Json.putNumber(t, "compute_seconds", o.computeSeconds());
            Json.putNumber(t, "output_seconds", o.outputSeconds());
            long done = o.step() - (checkpoint == null ? 0 : checkpoint.step());
            t.put("steps", done);
            Json.putNumber(t, "steps_per_second", o.computeSeconds() > 0 ? done / o.computeSeconds() : Double.NaN);
            envelope.set("headline", envelope.remove("headline"));
            if (o.error() != null && !o.status().equals("interrupted")) {
                envelope.put("error", o.error());
            }
            Json.write(ctx.out().resolve("run.json"), envelope);
            String prefix = "simdyn " + command + ": ";
            if (o.status().equals("failed")) {
                log.always(prefix + o.error());
            } else if (o.status().equals("interrupted")) {
                log.always(prefix + "interrupted (" + (o.exitCode() == 130 ? "SIGINT" : "SIGTERM") + ") "
                        + (o.error() != null ? o.error() : "at step " + o.step() + " (t = " + o.step() * sim.dt()
                        + ")") + "; files are in " + ctx.out()
                        + (ctx.checkpointEvery() > 0 ? "; continue with --restart " + ctx.out().resolve(
                                Checkpoint.FILE) : ""));
            }
            if (ctx.json()) {
                Json.print(stdout, envelope);
            } else if (o.status().equals("ok")) {
                stdout.println(prefix + "ok, " + done + " steps in " + String.format(Locale.ROOT, "%.2f", wall)
                        + " s; files in " + ctx.out());
                stdout.flush();
            }
            return o.exitCode();
        } finally {
            signals.close();
        }
    }

    private static void fill(ObjectNode envelope, Parameters params, List<Warning> simWarnings, ObjectNode provenance,
            ObjectNode headline) {
        envelope.set("parameters", params.toJson());
        ArrayNode ignored = envelope.putArray("ignored_keys");
        params.ignoredKeys().forEach(ignored::add);
        ArrayNode warnings = envelope.putArray("warnings");
        addWarnings(warnings, params.warnings());
        addWarnings(warnings, simWarnings);
        envelope.set("provenance", provenance);
        envelope.set("headline", headline == null ? Json.object() : headline);
    }

    private static void logWarnings(RunLog log, String command, List<Warning> warnings) {
        for (Warning w : warnings) {
            log.line("simdyn " + command + ": warning: " + w.message());
        }
    }

    private static void addWarnings(ArrayNode array, List<Warning> warnings) {
        for (Warning w : warnings) {
            ObjectNode o = array.addObject();
            o.put("code", w.code());
            o.put("message", w.message());
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a != null && b != null && a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a != null && a.equals(b);
    }

    private void checkRestart(Checkpoint cp, RunContext ctx, Parameters params, Simulation sim) {
        String where = "--restart " + ctx.restart() + ": ";
        JsonNode saved = cp.provenance().get("parameters");
        for (Map.Entry<String, Object> e : params.values().entrySet()) {
            JsonNode now = params.toJson().get(e.getKey());
            JsonNode then = saved.get(e.getKey());
            if (!same(now, then) && !END_KEYS.contains(e.getKey())) {
                throw new UsageException(where + e.getKey() + " = " + now + " differs from the checkpoint's "
                        + then + " (a restart may change only the end, threads, progress, quiet, json, "
                        + "checkpoint-every, out and force)");
            }
        }
        ObjectNode settings = Engine.settings(ctx, sim);
        for (Map.Entry<String, JsonNode> e : cp.settings().properties()) {
            if (e.getKey().equals("steps")) {
                continue;
            }
            JsonNode now = settings.get(e.getKey());
            if (!same(e.getValue(), now)) {
                throw new UsageException(where + e.getKey() + " = " + now + " differs from the checkpoint's "
                        + e.getValue());
            }
        }
        if (sim.steps() < cp.step()) {
            throw new UsageException(where + "the run ends at step " + sim.steps() + ", before the checkpoint's step "
                    + cp.step());
        }
        if (ctx.frames() > 0 && sim.steps() != cp.settings().get("steps").longValue()) {
            throw new UsageException(where + "a later end moves the --frames schedule; use --save-every");
        }
        if (!cp.stateOrder().equals(List.copyOf(sim.state().keySet()))) {
            throw new UsageException(where + "state_order " + cp.stateOrder() + " is not this model's "
                    + sim.state().keySet());
        }
        for (Map.Entry<String, double[]> e : sim.state().entrySet()) {
            if (cp.state().get(e.getKey()).length != e.getValue().length) {
                throw new UsageException(where + "state array " + e.getKey() + " has "
                        + cp.state().get(e.getKey()).length + " values, this model " + e.getValue().length);
            }
        }
    }
}
