package org.simdyn.cli.bench;

import java.util.concurrent.Callable;
import org.simdyn.cli.common.ErrorHandlers;
import org.simdyn.cli.common.UsageException;
import org.simdyn.cli.common.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code simdyn bench <action>}: the benchmark group; without an action, exit 2 naming the actions. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {FftBenchCommand.class},
        description = {"Quick benchmarks of simdyn against its baselines (not JMH: published numbers are in "
                + "jmh/RESULTS.md)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Creates the command (picocli instantiates it). */
    public BenchCommand() {
    }

    @Override
    public Integer call() {
        throw new UsageException("missing action (actions: " + ErrorHandlers.commands(spec) + ")");
    }
}
