package org.simdyn.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.simdyn.cli.common.Environment;
import org.simdyn.cli.common.ErrorHandlers;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.OutputOptions;
import org.simdyn.cli.common.UsageException;
import org.simdyn.cli.common.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simdyn bench} (cli spec section 11): a quick, self-contained comparison of simdyn with its baselines.
 * Each id ({@link BenchWorkload}) times ours and the baseline, each in a fresh JVM started with this JVM's flags
 * (plus {@code -Dsimdyn.vector=scalar} for scalar-twin baselines): a warm-up of at least 3 s that goes on, in
 * windows of 0.1 s, until three consecutive windows see no JIT compilation and agree with their predecessor within
 * 10 % (at most 10 s more: Vector API code runs hundreds of times slower until C2 has compiled it, which took 2-3 s
 * for the FFT and the Klein-Gordon step here, and its slow calls are steady, so steadiness alone does not show the
 * end of the warm-up), then 5 batches of at least
 * 0.2 s; the row reports the median and the minimum of the batch means and {@code ratio = baseline / ours}
 * (medians). {@code --quick} uses a 1 s minimum warm-up and 0.05 s batches. The numbers are indicative; published ones are JMH runs in
 * {@code jmh/RESULTS.md}. {@code simdyn bench fft} is the FFT's own detailed benchmark.
 *
 * <p>The forked JVMs run this class's hidden worker mode ({@code --worker ID}), which prints one JSON object.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {FftBenchCommand.class},
        description = {"Quick benchmarks of simdyn against its baselines, each variant in its own JVM (not JMH: "
                + "published numbers are in jmh/RESULTS.md). Ids: fft-c2c-4096, fft-r2c-65536, philox-normals-1e6, "
                + "kg-step-phi4-4096, couzin-step-2000."})
public final class BenchCommand implements Callable<Integer> {
    private static final String LAST_LINE = "quick benchmark, not JMH: published numbers are in jmh/RESULTS.md";
    private static final int BATCHES = 5;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Option(names = "--list", description = "List the ids and exit.")
    private boolean list;

    @Option(names = "--only", paramLabel = "IDS", description = "Comma list of ids to run (default all).")
    private String only;

    @Option(names = "--quick", description = "Shorter minimum warm-up (1 s instead of 3 s) and batches (0.05 s instead of 0.2 s).")
    private boolean quick;

    @Option(names = "--markdown", description = "Print a Markdown table instead of text.")
    private boolean markdown;

    @Option(names = "--worker", hidden = true, description = "Internal: time one id in this JVM.")
    private String worker;

    @Option(names = "--baseline", hidden = true, description = "Internal: with --worker, time the baseline.")
    private boolean baseline;

    @Option(names = "--warmup-ms", hidden = true, description = "Internal: with --worker, the warm-up.")
    private long warmupMs = 3000;

    @Option(names = "--batch-ms", hidden = true, description = "Internal: with --worker, the least batch time.")
    private long batchMs = 200;

    /** Creates the command (picocli instantiates it). */
    public BenchCommand() {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (worker != null) {
            Json.print(out, work(workload(worker)));
            return 0;
        }
        if (json() && markdown) {
            throw new UsageException("--json and --markdown: choose one output");
        }
        List<BenchWorkload> ids = selected();
        if (list) {
            printList(out, ids);
            return 0;
        }
        long t0 = System.nanoTime();
        ObjectNode result = Json.object();
        ObjectNode machine = result.putObject("machine");
        machine.put("cpu", Environment.cpu().get("model").asText());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("jdk", Runtime.version().toString());
        machine.set("vector", Environment.vectorShort());
        Json.putNumber(machine, "load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ArrayNode rows = result.putArray("rows");
        for (BenchWorkload w : ids) {
            if (!output.quiet()) {
                spec.commandLine().getErr().println("bench: " + w.id + " ...");
                spec.commandLine().getErr().flush();
            }
            double[] ours = fork(w, false);
            double[] base = fork(w, true);
            if (ours == null || base == null) {
                return ErrorHandlers.FAILED;
            }
            ObjectNode row = rows.addObject();
            row.put("id", w.id);
            row.put("size", w.size);
            row.put("unit", w.unit);
            Json.putNumber(row, "ours", median(ours) / w.nanosPerUnit());
            Json.putNumber(row, "ours_min", min(ours) / w.nanosPerUnit());
            row.put("baseline_name", w.baselineName);
            Json.putNumber(row, "baseline", median(base) / w.nanosPerUnit());
            Json.putNumber(row, "ratio", median(base) / median(ours));
            if (w.target == null) {
                row.putNull("target");
            } else {
                row.put("target", w.target);
            }
        }
        Json.putNumber(result, "wall_seconds", (System.nanoTime() - t0) * 1e-9);
        if (json()) {
            Json.print(out, result);
            if (!output.quiet()) {
                spec.commandLine().getErr().println(LAST_LINE);
            }
        } else {
            printTable(out, result);
            out.println(LAST_LINE);
        }
        out.flush();
        return 0;
    }

    private boolean json() {
        return output.json();
    }

    private List<BenchWorkload> selected() {
        if (only == null) {
            return List.of(BenchWorkload.values());
        }
        List<BenchWorkload> ids = new ArrayList<>();
        for (String item : only.split(",", -1)) {
            String name = item.strip();
            BenchWorkload w = BenchWorkload.of(name);
            if (w == null) {
                String planned = BenchWorkload.PLANNED.stream().filter(p -> p.startsWith(name + " ")).findFirst()
                        .orElse(null);
                throw new UsageException("--only: " + (name.isEmpty() ? "an empty id" : name) + " is not "
                        + (planned != null ? "available yet (it needs the " + planned.substring(name.length() + 2,
                        planned.length() - 1) + " module)" : "an id") + "; ids: " + String.join(", ",
                        Arrays.stream(BenchWorkload.values()).map(x -> x.id).toList()));
            }
            if (!ids.contains(w)) {
                ids.add(w);
            }
        }
        return ids;
    }

    private static BenchWorkload workload(String name) {
        BenchWorkload w = BenchWorkload.of(name);
        if (w == null) {
            throw new UsageException("--worker: " + name + " is not an id");
        }
        return w;
    }

    /**
     * Worker mode: warm up for at least {@code warmupMs} and until three consecutive 0.1 s windows without JIT
     * compilation agree with their predecessors within 10 % (at most 10 s more), then {@value #BATCHES} batches of at least {@code batchMs}.
     */
    private ObjectNode work(BenchWorkload w) {
        Runnable op = w.operation(baseline);
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        double previous = Double.NaN;
        long compiled = jit.getTotalCompilationTime();
        int steady = 0;
        while (true) {
            double perCall = timeCalls(op, 100);
            long elapsed = (System.nanoTime() - start) / 1_000_000L;
            long now = jit.getTotalCompilationTime();
            steady = now == compiled && Math.abs(perCall / previous - 1) < 0.1 ? steady + 1 : 0;
            if (elapsed >= warmupMs && steady >= 3 || elapsed >= warmupMs + 10_000) {
                break;
            }
            previous = perCall;
            compiled = now;
        }
        ObjectNode r = Json.object();
        r.put("id", w.id);
        r.put("variant", baseline ? "baseline" : "ours");
        r.set("vector", Environment.vectorShort());
        ArrayNode ns = r.putArray("ns");
        for (int b = 0; b < BATCHES; b++) {
            ns.add(timeCalls(op, batchMs));
        }
        return r;
    }

    /** Calls {@code op} for at least {@code ms} (and at least once); returns the mean nanoseconds per call. */
    private static double timeCalls(Runnable op, long ms) {
        long start = System.nanoTime();
        long calls = 0;
        long now;
        do {
            op.run();
            calls++;
            now = System.nanoTime();
        } while (now - start < ms * 1_000_000L);
        return (double) (now - start) / calls;
    }

    /** Runs one variant in a new JVM; null (after one line on stderr) when it fails. */
    private double[] fork(BenchWorkload w, boolean base) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Dsimdyn.vector=") && !a.startsWith("-javaagent") && !a.startsWith("-agentlib")) {
                cmd.add(a);
            }
        }
        if (base && w.scalarBaseline) {
            cmd.add("-Dsimdyn.vector=scalar");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.simdyn.cli.Main", "bench", "--worker",
                w.id, "--warmup-ms", quick ? "1000" : "3000", "--batch-ms",
                quick ? "50" : "200"));
        if (base) {
            cmd.add("--baseline");
        }
        Path err = Files.createTempFile("simdyn-bench", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            byte[] stdout = p.getInputStream().readAllBytes();
            int rc = p.waitFor();
            if (rc != 0) {
                List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("bench: " + w.id + (base ? " baseline" : "") + " failed (exit "
                        + rc + ")" + (lines.isEmpty() ? "" : ": " + lines.getLast()));
                spec.commandLine().getErr().flush();
                return null;
            }
            JsonNode r = Json.parse(new String(stdout, StandardCharsets.UTF_8));
            double[] ns = new double[r.get("ns").size()];
            for (int i = 0; i < ns.length; i++) {
                ns[i] = r.get("ns").get(i).asDouble();
            }
            return ns;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static double min(double[] a) {
        return Arrays.stream(a).min().orElseThrow();
    }

    private void printList(PrintWriter out, List<BenchWorkload> ids) {
        if (json()) {
            ObjectNode r = Json.object();
            ArrayNode a = r.putArray("ids");
            for (BenchWorkload w : ids) {
                ObjectNode o = a.addObject();
                o.put("id", w.id);
                o.put("size", w.size);
                o.put("unit", w.unit);
                o.put("baseline_name", w.baselineName);
                if (w.target == null) {
                    o.putNull("target");
                } else {
                    o.put("target", w.target);
                }
            }
            ArrayNode planned = r.putArray("planned");
            BenchWorkload.PLANNED.forEach(planned::add);
            Json.print(out, r);
            return;
        }
        for (BenchWorkload w : ids) {
            out.printf(Locale.ROOT, "%-20s %-14s %-4s vs %s%s%n", w.id, w.size, w.unit, w.baselineName,
                    w.target == null ? "" : " (target " + w.target + ")");
        }
        out.println("planned: " + String.join(", ", BenchWorkload.PLANNED));
        out.flush();
    }

    private void printTable(PrintWriter out, ObjectNode result) {
        JsonNode m = result.get("machine");
        out.printf(Locale.ROOT, "%s, %d cores, JDK %s, vector %s %d-bit%n", m.get("cpu").asText(),
                m.get("cores").asInt(), m.get("jdk").asText(), m.get("vector").get("provider").asText(),
                m.get("vector").get("bits").asInt());
        String fmt = markdown ? "| %s | %s | %s | %s | %s | %s | %s |%n" : "%-20s %-14s %-16s %-16s %-18s %-8s %s%n";
        out.printf(Locale.ROOT, fmt, "id", "size", "ours (min)", "baseline", "baseline value", "ratio", "target");
        if (markdown) {
            out.println("|---|---|---|---|---|---|---|");
        }
        for (JsonNode r : result.get("rows")) {
            String unit = r.get("unit").asText().equals("us") ? "\u00b5s" : r.get("unit").asText();
            out.printf(Locale.ROOT, fmt, r.get("id").asText(), r.get("size").asText(),
                    String.format(Locale.ROOT, "%.3g %s (%.3g)", r.get("ours").asDouble(), unit,
                            r.get("ours_min").asDouble()),
                    r.get("baseline_name").asText(), String.format(Locale.ROOT, "%.3g %s", r.get("baseline").asDouble(),
                            unit), String.format(Locale.ROOT, "%.2fx", r.get("ratio").asDouble()),
                    r.get("target").isNull() ? "-" : r.get("target").asText());
        }
        out.printf(Locale.ROOT, "wall %.1f s%n", result.get("wall_seconds").asDouble());
    }
}
