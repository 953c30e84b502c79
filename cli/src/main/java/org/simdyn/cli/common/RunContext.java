package org.simdyn.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The settings of one run, resolved from the common options and the run keys of the config file (options win),
 * all checked before any work (cli spec sections 2-4).
 *
 * @param command the command path, e.g. {@code "kg run"}
 * @param commandLine the shell-quoted argv
 * @param config the config file, or null
 * @param seed the seed's 64-bit pattern
 * @param threads worker threads, 1..1024
 * @param formats requested formats, subset of {@code h5, csv, npy, png}
 * @param frames snapshot frame count (0 when {@code saveEvery} is set)
 * @param saveEvery snapshot interval in time units (0 when {@code frames} is set)
 * @param float32 whether snapshots are stored as float32
 * @param checkpointEvery checkpoint interval in time units, 0 = off
 * @param restart the checkpoint to continue from, or null
 * @param maxDatasetMib the largest allowed HDF5 dataset in MiB
 * @param progress {@code bar}, {@code log} or {@code none} (after resolving {@code auto} and {@code --quiet})
 * @param quiet {@code --quiet}
 * @param json {@code --json}
 * @param dryRun {@code --dry-run}
 * @param force {@code --force}
 * @param debug {@code --debug}
 * @param out the output directory, absolute
 * @param outGiven whether the user chose {@code out} ({@code --out} or {@code output_dir})
 * @param scenarioName the config's {@code scenario_name}, or null
 * @param stem the output file stem
 * @param plotWidth PNG width in pixels ({@code --plot-size})
 * @param plotHeight PNG height in pixels
 */
public record RunContext(String command, String commandLine, ConfigFile config, long seed, int threads,
        Set<String> formats, int frames, double saveEvery, boolean float32, double checkpointEvery, Path restart,
        long maxDatasetMib, String progress, boolean quiet, boolean json, boolean dryRun, boolean force,
        boolean debug, Path out, boolean outGiven, String scenarioName, String stem, int plotWidth, int plotHeight) {

    /** Every format, in the order of {@code --formats}. */
    public static final List<String> FORMATS = List.of("h5", "csv", "npy", "png");

    /** Copies the format set. */
    public RunContext {
        formats = Set.copyOf(formats);
    }

    /**
     * Resolves the settings of a run.
     *
     * @param command the command path
     * @param argv the arguments as given. Not modified.
     * @param o the options
     * @param config the config file or null
     * @param p the parameters (their run keys)
     * @param scenario the scenario
     * @return the settings
     * @throws UsageException for a malformed or out-of-range setting
     */
    public static RunContext resolve(String command, List<String> argv, RunOptions o, ConfigFile config,
            Parameters p, Scenario scenario) {
        Map<String, String> run = p.run();
        String where = config == null ? "" : config.name() + ": ";
        String seedText = o.seed != null ? o.seed : run.get("seed");
        long seed = seedText == null ? 1 : Values.unsigned64(o.seed != null ? "--seed" : where + "seed", seedText);
        int threads = threads(o, run, where);
        Set<String> formats = formats(o, run);
        String framesText = o.frames != null ? o.frames : o.saveEvery != null ? null
                : run.getOrDefault("frames", run.get("n_frames"));
        String everyText = o.saveEvery != null ? o.saveEvery : o.frames != null ? null : run.get("save_every");
        if (framesText != null && everyText != null) {
            throw new UsageException("--frames: " + framesText + " cannot be combined with --save-every "
                    + everyText + " (give one)");
        }
        double defaultEvery = framesText == null && everyText == null ? scenario.defaultSaveEvery(p) : 0;
        int frames = framesText == null ? everyText == null && defaultEvery == 0 ? scenario.defaultFrames() : 0
                : (int) Values.integer(o.frames != null ? "--frames" : where + "n_frames", integral(framesText), 1,
                        1_000_000_000);
        double saveEvery = everyText == null ? defaultEvery : positive(o.saveEvery != null ? "--save-every" : where
                + "save_every", everyText);
        String precision = o.snapshotPrecision != null ? o.snapshotPrecision
                : run.getOrDefault("snapshot_precision", "float32");
        if (!precision.equals("float32") && !precision.equals("float64")) {
            throw new UsageException("--snapshot-precision: " + Values.shown(precision)
                    + " is not accepted: must be float32 or float64");
        }
        double checkpointEvery = o.checkpointEvery == null ? 0 : positive("--checkpoint-every", o.checkpointEvery);
        Path restart = o.restart == null ? null : restartFile(o.restart);
        long maxMib = o.maxDatasetMib == null ? 1024 : Values.integer("--max-dataset-mib", o.maxDatasetMib, 1,
                1L << 40);
        String progress = progress(o);
        int[] plotSize = Plots.size(o.plotSize);
        String scenarioName = run.get("scenario_name");
        String stem = scenarioName == null ? scenario.defaultStem() : stem(scenarioName);
        if (stem.isEmpty()) {
            throw new UsageException(where + "scenario_name = " + Values.shown(scenarioName)
                    + " is not accepted: must contain a letter or digit");
        }
        boolean outGiven = o.out != null || run.containsKey("output_dir");
        Path out;
        if (o.out != null) {
            out = Path.of(o.out);
        } else if (run.containsKey("output_dir")) {
            out = Path.of(run.get("output_dir"));
        } else if (restart != null) {
            out = restart.getParent();
            outGiven = true;
        } else {
            out = defaultOut(command);
        }
        out = out.toAbsolutePath().normalize();
        return new RunContext(command, quote(argv), config, seed, threads, formats, frames, saveEvery,
                precision.equals("float32"), checkpointEvery, restart, maxMib, progress, o.output().quiet(),
                o.output().json(), o.dryRun, o.force, o.output().debug(), out, outGiven, scenarioName, stem, plotSize[0],
                plotSize[1]);
    }

    /**
     * Resolves the file of {@code --restart}.
     *
     * @param given the path as given
     * @return the absolute, normalised path
     * @throws UsageException when it is not a regular file
     */
    public static Path restartFile(String given) {
        Path file = Path.of(given).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--restart " + given + ": no such file");
        }
        return file;
    }

    /**
     * Checks the output directory before any file is written: a user-given non-empty directory needs
     * {@code --force}, except the directory of the checkpoint a restart continues in place.
     *
     * @throws UsageException if the directory is a file or non-empty
     */
    public void checkOut() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + ": is a file, not a directory");
        }
        if (!outGiven || (restart != null && out.equals(restart.getParent()))) {
            return;
        }
        checkOut(out, force);
    }

    /**
     * Checks a user-given output directory before any file is written: it may be missing or empty, or non-empty
     * with {@code --force}; never a file.
     *
     * @param out the directory
     * @param force {@code --force}
     * @throws UsageException if the directory is a file, or non-empty without {@code force}
     */
    public static void checkOut(Path out, boolean force) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + ": is a file, not a directory");
        }
        if (force || !Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> s = Files.list(out)) {
            if (s.findAny().isPresent()) {
                throw new UsageException("--out " + out + ": is not empty (use --force to overwrite, or another "
                        + "--out)");
            }
        } catch (IOException e) {
            throw new UsageException("--out " + out + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** @return whether a format is requested */
    public boolean has(String format) {
        return formats.contains(format);
    }

    /**
     * Normalises a scenario name to a file stem: lower case, runs of non-alphanumerics become {@code _},
     * leading and trailing {@code _} removed ({@code "Case 1 - Swarm"} to {@code case_1_swarm}).
     *
     * @param name the name
     * @return the stem, possibly empty
     */
    public static String stem(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return s.replaceAll("^_+", "").replaceAll("_+$", "");
    }

    /**
     * Quotes arguments for a POSIX shell: plain words stay, others in single quotes.
     *
     * @param argv the arguments
     * @return one line
     */
    public static String quote(List<String> argv) {
        List<String> parts = new ArrayList<>();
        parts.add("simdyn");
        for (String a : argv) {
            parts.add(a.matches("[A-Za-z0-9_./:=,+@%^-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return String.join(" ", parts);
    }

    private static int threads(RunOptions o, Map<String, String> run, String where) {
        String text = o.threads;
        String name = "--threads";
        if (text == null && run.containsKey("threads")) {
            text = run.get("threads");
            name = where + "threads";
        } else if (text == null && run.containsKey("n_cores")) {
            text = run.get("n_cores");
            name = where + "n_cores";
        }
        if (text == null) {
            return Environment.threads();
        }
        int n = (int) Values.integer(name, integral(text), 0, 1024);
        return n == 0 ? Runtime.getRuntime().availableProcessors() : n;
    }

    private static Set<String> formats(RunOptions o, Map<String, String> run) {
        Set<String> set = new LinkedHashSet<>();
        if (o.formats != null) {
            if (o.formats.equals("none")) {
                return set;
            }
            for (String f : o.formats.split(",", -1)) {
                if (!FORMATS.contains(f.strip())) {
                    throw new UsageException("--formats: " + Values.shown(o.formats) + " is not accepted ('"
                            + f.strip() + "'): must be a subset of h5,csv,npy,png, or none");
                }
                set.add(f.strip());
            }
            return set;
        }
        set.addAll(List.of("h5", "csv", "png"));
        for (String f : FORMATS) {
            String key = Parameters.RUN_KEYS.entrySet().stream().filter(e -> e.getValue().equals(f))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            String v = run.get(key);
            if (v == null) {
                continue;
            }
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw new UsageException(key + " = " + Values.shown(v) + " is not accepted: must be true or false");
            }
            if (Boolean.parseBoolean(v.toLowerCase(Locale.ROOT))) {
                set.add(f);
            } else {
                set.remove(f);
            }
        }
        return set;
    }

    private static String progress(RunOptions o) {
        String mode = o.progress == null ? "auto" : o.progress;
        if (!List.of("auto", "bar", "log", "none").contains(mode)) {
            throw new UsageException("--progress: " + Values.shown(mode)
                    + " is not accepted: must be auto, bar, log or none");
        }
        if (o.output().quiet()) {
            return "none";
        }
        return mode.equals("auto") ? Progress.auto() : mode;
    }

    /** Integral reals ({@code 1e3}, {@code 4.0}) as decimal integers; anything else unchanged. */
    private static String integral(String text) {
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(text);
            if (v.signum() == 0 || v.stripTrailingZeros().scale() <= 0) {
                return v.toBigIntegerExact().toString();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not integral: the caller's message names it
        }
        return text;
    }

    private static double positive(String name, String text) {
        try {
            return (Double) new Param("value", List.of(), Param.Kind.REAL, null, List.of(), Param.Range.POSITIVE,
                    "", "").parse("value", text);
        } catch (UsageException e) {
            throw new UsageException(name + ": " + e.getMessage().substring("value = ".length()));
        }
    }

    private static Path defaultOut(String command) {
        String base = "simdyn-out/" + command.replace(' ', '-') + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path p = Path.of(base);
        for (int i = 2; Files.exists(p); i++) {
            p = Path.of(base + "-" + i);
        }
        return p;
    }
}
