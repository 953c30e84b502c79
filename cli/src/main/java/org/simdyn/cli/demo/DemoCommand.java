package org.simdyn.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.OutputOptions;
import org.simdyn.cli.common.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code simdyn demo}. The flagship scenarios (Klein-Gordon kink collisions, Couzin mill, Langevin, HAVOK on
 * Lorenz) come with their modules; until then the command prints one line naming the commands that exist
 * today and exits 0.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run the flagship scenarios (not implemented yet: prints the commands available today)."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    /** Creates the command (picocli instantiates it). */
    public DemoCommand() {
    }

    @Override
    public Integer call() {
        List<String> available = new ArrayList<>();
        for (CommandLine sub : spec.root().subcommands().values()) {
            collect(sub.getCommandSpec(), "", available);
        }
        String message = "simdyn demo: not implemented yet; commands available today: "
                + String.join(", ", available) + " (see ./simdyn --help)";
        if (output.json()) {
            ObjectNode o = Json.object();
            o.put("command", "demo");
            o.put("status", "not_implemented");
            o.put("message", message);
            ArrayNode commands = o.putArray("commands_available");
            available.forEach(commands::add);
            Json.print(spec.commandLine().getOut(), o);
        } else {
            spec.commandLine().getOut().println(message);
        }
        return 0;
    }

    private void collect(CommandSpec command, String prefix, List<String> into) {
        if (command == spec) {
            return;
        }
        String name = prefix + command.name();
        into.add(name);
        for (CommandLine sub : command.subcommands().values()) {
            collect(sub.getCommandSpec(), name + " ", into);
        }
    }
}
