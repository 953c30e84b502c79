package org.simdyn.cli.couzin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.simdyn.cli.common.Checkpoint;
import org.simdyn.cli.common.CsvStream;
import org.simdyn.cli.common.Description;
import org.simdyn.cli.common.Engine;
import org.simdyn.cli.common.Hdf5;
import org.simdyn.cli.common.Interrupts;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.MultiRun;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.Provenance;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.RunLog;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.Simulation;
import org.simdyn.cli.common.Warning;

/**
 * {@code simdyn couzin ensemble --seeds 1-16[,20,...]}: the same run for each seed (couzin spec section 8), each
 * bit-identical to {@code couzin run --seed s}, {@code --parallel-runs P} at a time (default: the cores; threads
 * per run {@code max(1, cores/P)} unless {@code --threads} is given). Writes {@code <stem>.h5} with one group
 * {@code /seed_<s>} per seed (the datasets of {@code couzin run}), {@code <stem>.csv} (one row per seed: window
 * means and final values) and the ensemble headline with statistics over the seeds. A {@code seed} key in a
 * config file is ignored; {@code --seed} with {@code --seeds} is an error. The runs go through {@link MultiRun}
 * (progress per run; on SIGINT/SIGTERM the running members stop at their next step and the completed ones are
 * written, status {@code interrupted}). Each member streams its series and frames to {@code .spill/seed_<s>/}
 * (memory does not grow with steps x seeds), read back when the HDF5 file is assembled; {@code .spill} is deleted
 * then.
 */
final class EnsembleScenario implements Scenario {
    /** Most seeds of one ensemble. */
    static final int MAX_SEEDS = 100_000;

    @Override
    public String group() {
        return "couzin";
    }

    @Override
    public String action() {
        return "ensemble";
    }

    @Override
    public String description() {
        return "The same couzin run for several seeds (--seeds 1-16,20), --parallel-runs at a time; each run "
                + "bit-identical to 'couzin run --seed s'.";
    }

    @Override
    public List<Param> parameters() {
        List<Param> p = new ArrayList<>(CouzinParams.run());
        p.add(new Param("seeds", List.of(), Param.Kind.TEXT, null, List.of(), Param.Range.FINITE, "",
                "Seeds: comma-separated decimals and ranges a-b (at most " + MAX_SEEDS + ")."));
        p.add(Param.integer("parallel_runs", 0, 0, 1024, "Runs at a time (0 = all cores)."));
        return p;
    }

    @Override
    public Set<String> foreignKeys() {
        return CouzinParams.FOREIGN;
    }

    @Override
    public String defaultStem() {
        return "couzin_ensemble";
    }

    @Override
    public int defaultFrames() {
        return RunScenario.FRAMES;
    }

    /** The resolved ensemble: a template run (provenance, validation) and the seeds. */
    static final class Plan extends DelegatingSimulation {
        final long[] seeds;
        final int parallel;
        final int threads;

        Plan(CouzinRun template, long[] seeds, int parallel, int threads) {
            super(template);
            this.seeds = seeds;
            this.parallel = parallel;
            this.threads = threads;
        }
    }

    @Override
    public Simulation create(Parameters p, RunContext ctx) {
        if (ctx.restart() != null) {
            throw new IllegalArgumentException("--restart is not available for couzin ensemble (only couzin run "
                    + "checkpoints)");
        }
        if (Options.given(ctx, "--seed")) {
            throw new IllegalArgumentException("--seed cannot be combined with --seeds: an ensemble takes its seeds "
                    + "from --seeds");
        }
        String text = p.text("seeds");
        if (text == null) {
            throw new IllegalArgumentException("seeds is missing: give --seeds, e.g. --seeds 1-16");
        }
        long[] seeds = seeds(text);
        CouzinSetup setup = CouzinSetup.of(p, ctx);
        int cores = Runtime.getRuntime().availableProcessors();
        int parallel = p.integer("parallel_runs") == 0 ? cores : (int) p.integer("parallel_runs");
        parallel = Math.min(parallel, seeds.length);
        int threads = Options.given(ctx, "--threads") || p.run().containsKey("n_cores")
                || p.run().containsKey("threads") ? ctx.threads() : Math.max(1, cores / parallel);
        CouzinRun template = new CouzinRun(setup, seeds[0], threads);
        Member.checkSize(template);
        return new Plan(template, seeds, parallel, threads);
    }

    /**
     * Parses {@code --seeds}: comma-separated unsigned decimals and ranges {@code a-b} ({@code a <= b}), at most
     * {@link #MAX_SEEDS} seeds in all, no repeats.
     *
     * @param text the value
     * @return the seeds in the order given
     * @throws IllegalArgumentException if malformed, empty, repeated or too many
     */
    static long[] seeds(String text) {
        String allowed = "must be comma-separated seeds and ranges a-b (a <= b), e.g. 1-16,20, at most " + MAX_SEEDS
                + " seeds";
        List<Long> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String t = part.strip();
            int dash = t.indexOf('-', 1);
            try {
                long a = Long.parseLong(dash < 0 ? t : t.substring(0, dash).strip());
                long b = dash < 0 ? a : Long.parseLong(t.substring(dash + 1).strip());
                if (a < 0 || b < a || b - a >= MAX_SEEDS || out.size() + (b - a + 1) > MAX_SEEDS) {
                    throw new IllegalArgumentException("seeds = " + text + " is out of range ('" + t + "'): "
                            + allowed);
                }
                for (long s = a; s <= b; s++) {
                    if (out.contains(s)) {
                        throw new IllegalArgumentException("seeds = " + text + " repeats seed " + s + ": " + allowed);
                    }
                    out.add(s);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("seeds = " + text + " is not accepted ('" + t + "'): " + allowed);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public Engine.Outcome run(RunContext ctx, Parameters params, Description sim, Checkpoint restart, RunLog log)
            throws IOException {
        Plan plan = (Plan) sim;
        CouzinSetup setup = plan.delegate().setup();
        Path spill = ctx.out().resolve(".spill");
        long t0 = System.nanoTime();
        List<Member> members = new ArrayList<>();
        String failure = null;
        try (MultiRun runs = new MultiRun(ctx.command(), plan.parallel, ctx.progress(), log)) {
            List<MultiRun.Task<Member>> tasks = new ArrayList<>();
            for (long s : plan.seeds) {
                tasks.add(control -> Member.run(setup, s, plan.threads, ctx, control, spill.resolve("seed_" + s)));
            }
            runs.run(tasks, 0, (i, m) -> {
                members.add(m);
                log.line("simdyn " + ctx.command() + ": seed " + m.seed() + " done in "
                        + String.format(java.util.Locale.ROOT, "%.2f", m.wallSeconds()) + " s");
            });
        } catch (RuntimeException e) {
            failure = "a run failed: " + e;
        }
        double compute = (System.nanoTime() - t0) * 1e-9;
        boolean interrupted = Interrupts.requested() != 0;
        boolean complete = failure == null && members.size() == plan.seeds.length
                && members.stream().allMatch(Member::completed);
        String status = complete ? "ok" : interrupted ? "interrupted" : "failed";
        if (failure == null && !complete && !interrupted) {
            failure = "a run became non-finite";
        }
        long t1 = System.nanoTime();
        ObjectNode provenance = Provenance.build(ctx, params, sim, null, status);
        ObjectNode headline = headline(setup, plan.seeds, members);
        List<String> files = new ArrayList<>();
        if (ctx.has("h5")) {
            writeH5(ctx.out().resolve(ctx.stem() + ".h5"), provenance, params, members, plan.delegate(), ctx);
            files.add(ctx.stem() + ".h5");
        }
        if (ctx.has("csv")) {
            writeCsv(ctx.out().resolve(ctx.stem() + ".csv"), ctx.command(), Json.compact(provenance), members);
            files.add(ctx.stem() + ".csv");
        }
        deleteTree(spill);
        double output = (System.nanoTime() - t1) * 1e-9;
        int code = switch (status) {
            case "ok" -> 0;
            case "failed" -> 1;
            default -> Interrupts.requested();
        };
        long steps = 0;
        for (Member m : members) {
            steps += m.steps();
        }
        String error = status.equals("interrupted") ? "after " + members.size() + " of " + plan.seeds.length
                + " seeds" : failure == null ? null : "failed: " + failure;
        return new Engine.Outcome(status, code, steps, compute, output, files, headline, provenance, error,
                List.<Warning>of());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * The ensemble headline: {@code rules, N, steps, seeds, runs [...], stats {mean, final, probes}}.
     *
     * @param setup the run
     * @param seeds the seeds
     * @param members the runs, in seed order
     * @return the headline
     */
    static ObjectNode headline(CouzinSetup setup, long[] seeds, List<Member> members) {
        ObjectNode h = Json.object();
        h.put("rules", CouzinRun.rulesName(setup.cfg().rules()));
        h.put("N", setup.cfg().n());
        h.put("steps", setup.steps());
        ArrayNode s = h.putArray("seeds");
        for (long seed : seeds) {
            s.add(seed);
        }
        ArrayNode runs = h.putArray("runs");
        for (Member m : members) {
            ObjectNode r = runs.addObject();
            r.put("seed", m.seed());
            for (String k : List.of("mean", "final", "probes", "state_sha256", "ms_per_step")) {
                r.set(k, m.headline().get(k));
            }
            Json.putNumber(r, "wall_seconds", m.wallSeconds());
        }
        ObjectNode stats = h.putObject("stats");
        for (String part : List.of("mean", "final")) {
            ObjectNode o = stats.putObject(part);
            for (Map.Entry<String, JsonNode> e : members.isEmpty() ? List.<Map.Entry<String, JsonNode>>of()
                    : members.get(0).headline().get(part).properties()) {
                if (e.getValue().isNumber() || e.getValue().isNull()) {
                    o.set(e.getKey(), stat(members.stream().map(m -> m.headline().get(part).get(e.getKey())).toList()));
                }
            }
        }
        ArrayNode probes = stats.putArray("probes");
        for (int i = 0; i < setup.probes().length; i++) {
            ObjectNode o = probes.addObject();
            o.put("step", setup.probes()[i]);
            for (String k : List.of("P", "M_pbc", "M_naive")) {
                int j = i;
                o.set(k, stat(members.stream().map(m -> m.headline().get("probes").get(j).get(k)).toList()));
            }
        }
        return h;
    }

    /** {mean, sd (ddof 1; 0 when n = 1), min, max, n} of the non-null numbers. */
    private static ObjectNode stat(List<JsonNode> values) {
        List<Double> v = new ArrayList<>();
        for (JsonNode j : values) {
            if (j != null && j.isNumber()) {
                v.add(j.doubleValue());
            }
        }
        ObjectNode o = Json.object();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = v.isEmpty() ? Double.NaN : sum / v.size();
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        Json.putNumber(o, "mean", mean);
        Json.putNumber(o, "sd", v.isEmpty() ? Double.NaN : v.size() == 1 ? 0 : Math.sqrt(ss / (v.size() - 1)));
        Json.putNumber(o, "min", v.isEmpty() ? Double.NaN : min);
        Json.putNumber(o, "max", v.isEmpty() ? Double.NaN : max);
        o.put("n", v.size());
        return o;
    }

    private static void writeH5(Path file, ObjectNode provenance, Parameters params, List<Member> members,
            CouzinRun template, RunContext ctx) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (WritableHdfFile h = HdfFile.write(part)) {
                Hdf5.provenanceAttributes(h, provenance);
                WritableGroup g = h.putGroup("parameters");
                params.values().forEach((k, v) -> Hdf5.attribute(g, k, v));
                // jHDF 0.13 writes an unreadable file (child addresses past the end) when a childless group sits
                // next to groups with children: /parameters gets the list of its keys as a child
                g.putDataset("keys", params.values().keySet().toArray(String[]::new));
                for (Member m : members) {
                    WritableGroup sg = h.putGroup("seed_" + m.seed());
                    sg.putAttribute("seed", m.seed());
                    sg.putAttribute("state_sha256", m.headline().get("state_sha256").asText());
                    Hdf5.putAll(sg, m.datasets(template, ctx));
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (RuntimeException e) {
            throw new IOException("writing " + file + " failed: " + e, e);
        }
    }

    private static void writeCsv(Path file, String command, String provenance, List<Member> members)
            throws IOException {
        List<String> keys = new ArrayList<>(List.of("seed"));
        List<String> paths = new ArrayList<>();
        for (String part : List.of("mean", "final")) {
            for (String k : CouzinRun.ORDER_KEYS) {
                keys.add(part + "_" + k);
                paths.add(part + "/" + k);
            }
            for (String k : CouzinRun.FRAME_KEYS) {
                keys.add(part + "_" + k);
                paths.add(part + "/" + k);
            }
        }
        try (CsvStream csv = CsvStream.create(file, command, provenance, keys)) {
            double[] row = new double[keys.size()];
            for (Member m : members) {
                row[0] = m.seed();
                for (int i = 0; i < paths.size(); i++) {
                    JsonNode v = m.headline().at("/" + paths.get(i));
                    row[i + 1] = v.isNumber() ? v.doubleValue() : Double.NaN;
                }
                csv.append(row);
            }
        }
    }
}
