package org.simdyn.cli.common;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The options of every command that computes (cli spec section 2), one picocli mixin. Values are kept as
 * written and parsed by {@link RunContext#resolve} so that every error names the option, the value and the
 * allowed range. Parameter keys become options through {@link #addParameterOptions}: {@code --<key> V} and
 * {@code --<key>=V} for every canonical key and peer alias (also with {@code -} for {@code _}); values may start
 * with {@code -}. A boolean key alone ({@code --classify}) means {@code true}.
 */
public final class RunOptions {
    @Mixin
    OutputOptions output;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file: 'key = value' lines, # comments "
            + "(simdyn, amangkurat and dewi-kadita files).")
    String config;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default simdyn-out/<command>-"
            + "<yyyyMMdd-HHmmss>); a non-empty DIR needs --force.")
    String out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed: decimal in [0, 18446744073709551615] or 0x and "
            + "1 to 16 hex digits.")
    String seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads: 0 = all cores, else 1..1024.")
    String threads;

    @Option(names = "--formats", paramLabel = "L", description = "Output formats: subset of h5,csv,npy,png, or "
            + "none (default h5,csv,png).")
    String formats;

    @Option(names = "--save-every", paramLabel = "T", description = "Snapshot interval in time units.")
    String saveEvery;

    @Option(names = "--frames", paramLabel = "N", description = "Number of evenly spaced snapshot frames, >= 1.")
    String frames;

    @Option(names = "--snapshot-precision", paramLabel = "P", description = "float32 (default) or float64.")
    String snapshotPrecision;

    @Option(names = "--checkpoint-every", paramLabel = "T", description = "Write DIR/checkpoint.h5 every T time "
            + "units.")
    String checkpointEvery;

    @Option(names = "--restart", paramLabel = "FILE", description = "Continue from a checkpoint.")
    String restart;

    @Option(names = "--max-dataset-mib", paramLabel = "M", description = "Largest HDF5 dataset in MiB (default "
            + "1024).")
    String maxDatasetMib;

    @Option(names = "--plot-size", paramLabel = "WxH", description = "PNG size in pixels (default 900x600).")
    String plotSize;

    @Option(names = "--progress", paramLabel = "MODE", description = "auto, bar, log or none.")
    String progress;

    @Option(names = "--dry-run", description = "Validate and report the parameters in force; create nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Write into a non-empty --out.")
    boolean force;

    private final List<Map.Entry<String, String>> overrides = new ArrayList<>();

    /** Creates the mixin with every option unset. */
    public RunOptions() {
    }

    /** @return the output options ({@code --json}, {@code --quiet}, {@code --debug}) */
    public OutputOptions output() {
        return output;
    }

    @Option(names = "--set", paramLabel = "KEY=V", description = "Set any parameter (canonical key or peer alias); "
            + "applied after the --<key> options.")
    List<String> sets = new ArrayList<>();

    /**
     * Returns the parameter overrides: {@code --<key> V} in command-line order, then {@code --set key=V}.
     *
     * @return {@code (key as given, value)} pairs
     * @throws UsageException for a {@code --set} value without {@code =}
     */
    public List<Map.Entry<String, String>> overrides() {
        List<Map.Entry<String, String>> all = new ArrayList<>(overrides);
        for (String a : sets) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set: " + Values.shown(a) + " is not accepted: must be key=value");
            }
            all.add(new AbstractMap.SimpleImmutableEntry<>(a.substring(0, eq).strip(), a.substring(eq + 1).strip()));
        }
        return all;
    }

    /**
     * Adds {@code --<key>} options for a scenario's parameters to a command (skipping names the command already
     * has).
     *
     * @param spec the command. Modified.
     * @param scenario the scenario
     */
    public void addParameterOptions(CommandSpec spec, Scenario scenario) {
        for (Param p : scenario.parameters()) {
            List<String> keys = new ArrayList<>();
            keys.add(p.key());
            keys.addAll(p.aliases());
            for (String key : keys) {
                List<String> names = new ArrayList<>();
                names.add("--" + key);
                if (key.contains("_")) {
                    names.add("--" + key.replace('_', '-'));
                }
                names.removeIf(n -> spec.findOption(n) != null);
                if (names.isEmpty()) {
                    continue;
                }
                String description = (key.equals(p.key()) ? p.description() : "Alias of --" + p.key() + ".") + " "
                        + allowedWithDefault(p);
                OptionSpec.Builder option = OptionSpec.builder(names.toArray(String[]::new)).arity("1");
                if (p.kind() == Param.Kind.BOOLEAN) {
                    option.arity("0..1").fallbackValue("true");
                }
                spec.addOption(option.paramLabel("V").type(String.class).description(description)
                        .setter(new picocli.CommandLine.Model.ISetter() {
                            @Override
                            public <T> T set(T value) {
                                if (value != null) {
                                    overrides.add(new AbstractMap.SimpleImmutableEntry<>(key, (String) value));
                                }
                                return null;
                            }
                        }).build());
            }
        }
    }

    private static String allowedWithDefault(Param p) {
        String units = p.units().isEmpty() || p.units().equals("1") ? "" : " [" + p.units() + "]";
        return "(" + p.allowed() + "; default " + p.defaultValue() + units + ")";
    }
}
