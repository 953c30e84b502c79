package org.simdyn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.simdyn.cli.common.ErrorHandlers;
import org.simdyn.cli.common.Logging;
import org.simdyn.cli.common.RunCommand;
import org.simdyn.cli.common.ScenarioCommand;
import org.simdyn.cli.common.ScenarioGroup;
import org.simdyn.cli.common.Scenarios;
import org.simdyn.cli.common.UsageException;
import org.simdyn.cli.common.Version;
import org.simdyn.cli.demo.DemoCommand;
import org.simdyn.cli.info.InfoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code simdyn} command: {@code simdyn <group> [<action>] [options]}.
 *
 * <p>Exit codes: 0 success, 1 failed run or internal error, 2 bad usage or input (one line on stderr, see
 * {@link ErrorHandlers}). The {@code simdyn} launcher at the repository root starts this class with the JVM
 * flags simdyn needs ({@code --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED}).
 */
@Command(name = "simdyn", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {InfoCommand.class, DemoCommand.class, RunCommand.class},
        description = "Fast, reproducible SIMD simulations on the JVM.",
        footer = {"", "Model groups (kg, couzin, langevin, fp, koopman) appear as their modules register them.",
                "Exit codes: 0 ok, 1 failed run, 2 bad usage or input."})
public final class Main implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Creates the root command (picocli instantiates it). */
    public Main() {
    }

    /** Without a command: exit 2 naming the commands. */
    @Override
    public Integer call() {
        throw new UsageException("missing command (commands: " + ErrorHandlers.commands(spec)
                + "; see simdyn --help)");
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments. Not modified.
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line in this JVM on {@code System.out} and {@code System.err}.
     *
     * @param args the arguments. Not modified.
     * @return the exit code: 0, 1 or 2
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out), new PrintWriter(System.err), args);
    }

    /**
     * Runs the command line in this JVM.
     *
     * @param out where the command's output goes (stdout). Modified.
     * @param err where messages go (stderr). Modified.
     * @param args the arguments. Not modified.
     * @return the exit code: 0, 1 or 2
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Logging.configure(false, false);
        CommandLine cl = commandLine(out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Builds the command tree with simdyn's error handlers.
     *
     * @param out stdout. Modified by commands.
     * @param err stderr. Modified by commands.
     * @return the root command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        for (ScenarioGroup g : Scenarios.groups()) {
            cl.addSubcommand(g.name(), ScenarioCommand.groupCommandLine(g));
        }
        cl.setOut(out);
        cl.setErr(err);
        return ErrorHandlers.install(cl);
    }
}
