package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code <group> presets}: lists a group's presets, one block per preset (name, aliases, description, the values
 * it sets, what it corrects); {@code --json} prints {@code {"command", "presets": [{"name", "aliases",
 * "description", "parameters", "corrects"}]}}.
 */
@Command(name = "presets", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the presets of this group and the values they set.")
final class PresetsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    private final ScenarioGroup group;

    PresetsCommand(ScenarioGroup group) {
        this.group = group;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode o = Json.object();
            o.put("command", group.name() + " presets");
            ArrayNode list = o.putArray("presets");
            for (Preset p : group.presets()) {
                ObjectNode po = list.addObject();
                po.put("name", p.name());
                p.aliases().forEach(po.putArray("aliases")::add);
                po.put("description", p.description());
                ObjectNode values = po.putObject("parameters");
                p.parameters().forEach(values::put);
                po.put("corrects", p.corrects().isEmpty() ? null : p.corrects());
            }
            Json.print(out, o);
            return 0;
        }
        for (Preset p : group.presets()) {
            out.println(p.name() + (p.aliases().isEmpty() ? "" : " (alias " + String.join(", ", p.aliases()) + ")")
                    + ": " + p.description());
            StringJoiner values = new StringJoiner(", ");
            for (Map.Entry<String, String> e : p.parameters().entrySet()) {
                values.add(e.getKey() + " = " + e.getValue());
            }
            out.println("    " + values);
            if (!p.corrects().isEmpty()) {
                out.println("    corrects: " + p.corrects());
            }
        }
        out.println("Use: simdyn " + group.name() + " " + group.scenarios().get(0).action()
                + " --preset NAME [options]; options and --config override a preset's values.");
        out.flush();
        return 0;
    }
}
