package org.simdyn.cli.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code simdyn run --config FILE [options]}: tells from the file which model it configures (cli spec section 4:
 * a simdyn {@code scenario} key, else dewi-kadita keys mean {@code couzin}, amangkurat keys {@code kg}) and runs
 * that group's {@code run} with the remaining options. Exit 2 when the file does not tell or this build has no
 * such group.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run the model a config file configures (simdyn, amangkurat or dewi-kadita file); every "
                + "option of '<group> run' applies."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The config file.")
    private String config;

    @Unmatched
    private List<String> rest = new ArrayList<>();

    /** Creates the command (picocli instantiates it). */
    public RunCommand() {
    }

    @Override
    public Integer call() {
        ConfigFile file = ConfigFile.read(Path.of(config), "--config");
        String group = file.group();
        Scenario scenario = Scenarios.find(group, "run");
        if (scenario == null) {
            List<String> groups = Scenarios.groups().stream().map(ScenarioGroup::name).toList();
            throw new UsageException("--config " + config + ": configures '" + group + " run' (" + file.dialect()
                    + " dialect), which this build of simdyn does not have (" + (groups.isEmpty()
                    ? "no model groups registered yet" : "groups: " + String.join(", ", groups)) + ")");
        }
        CommandLine cl = ScenarioCommand.commandLine(scenario, Scenarios.group(group).presets());
        cl.getCommandSpec().name("simdyn " + group + " run");
        ScenarioCommand command = cl.getCommand();
        command.preset(file, group + " run", spec.root().commandLine().getParseResult().originalArgs());
        cl.setOut(spec.commandLine().getOut());
        cl.setErr(spec.commandLine().getErr());
        ErrorHandlers.install(cl);
        return cl.execute(rest.toArray(String[]::new));
    }
}
