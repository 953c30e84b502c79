package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simdyn rerun FILE [--verify]} (cli spec section 6): reads the provenance of a run from an {@code .h5}
 * (root attribute {@code provenance}), {@code .csv} (line 2), {@code .npy.json} sidecar or {@code run.json}, and
 * re-executes its {@code command} with its {@code parameters}, {@code seed} and run settings (frames or save
 * interval, snapshot precision, formats, scenario name) into a new {@code --out}. With {@code --verify} every
 * dataset of the new run is compared bit for bit with the original's files next to FILE ({@code .h5} datasets,
 * {@code .npy} files, {@code .csv} rows below the provenance line); the first difference exits 1, naming file,
 * dataset and index.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Re-execute a run from the provenance in one of its files (.h5, .csv, .npy.json, run.json); "
                + "--verify compares every dataset bit for bit."})
public final class RerunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Parameters(index = "0", paramLabel = "FILE", description = "An .h5, .csv, .npy.json or run.json of a run.")
    private String file;

    @Option(names = "--verify", description = "Compare every dataset of the new run with the original, bit for "
            + "bit (exit 1 at the first difference).")
    private boolean verify;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory of the new run (default "
            + "simdyn-out/<command>-<yyyyMMdd-HHmmss>); a non-empty DIR needs --force.")
    private String out;

    @Option(names = "--force", description = "Write into a non-empty --out.")
    private boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the new run (results do not "
            + "depend on it).")
    private String threads;

    /** Creates the command (picocli instantiates it). */
    public RerunCommand() {
    }

    @Override
    public Integer call() throws IOException {
        Path source = Path.of(file);
        if (!Files.isRegularFile(source)) {
            throw new UsageException("FILE: " + file + ": no such file");
        }
        JsonNode provenance = provenance(source);
        String command = provenance.path("command").asText("");
        String[] words = command.split(" ");
        Scenario scenario = words.length == 2 ? Scenarios.find(words[0], words[1]) : null;
        if (scenario == null) {
            throw new UsageException("FILE: " + file + ": command '" + command + "' is not a run command of this "
                    + "build of simdyn");
        }
        List<String> args = new ArrayList<>();
        org.simdyn.cli.common.Parameters.recorded(provenance, provenance.path("run_settings")).forEach((k, v) -> {
            args.add("--set");
            args.add(k + "=" + v);
        });
        if (out != null) {
            args.addAll(List.of("--out", out));
        }
        if (threads != null) {
            args.addAll(List.of("--threads", threads));
        }
        if (force) {
            args.add("--force");
        }
        if (output.quiet()) {
            args.add("--quiet");
        }
        args.add("--json");
        CommandLine cl = ScenarioCommand.commandLine(scenario, List.of());
        cl.getCommandSpec().name("simdyn " + command);
        StringWriter captured = new StringWriter();
        PrintWriter stdout = spec.commandLine().getOut();
        cl.setOut(new PrintWriter(captured));
        cl.setErr(spec.commandLine().getErr());
        ErrorHandlers.install(cl);
        int code = cl.execute(args.toArray(String[]::new));
        if (captured.toString().isBlank()) {
            return code;
        }
        ObjectNode envelope = (ObjectNode) Json.parse(captured.toString());
        String difference = null;
        int compared = 0;
        if (code == 0 && verify) {
            Path newDir = Path.of(envelope.get("out").asText());
            Path oldDir = source.toAbsolutePath().getParent();
            for (JsonNode f : envelope.get("files")) {
                String n = f.asText();
                boolean data = n.endsWith(".h5") && !n.equals(Checkpoint.FILE) || n.endsWith(".npy")
                        || n.endsWith(".csv");
                if (!data || !Files.exists(oldDir.resolve(n))) {
                    continue;
                }
                compared++;
                difference = compare(oldDir.resolve(n), newDir.resolve(n), n);
                if (difference != null) {
                    break;
                }
            }
            if (difference == null && compared == 0) {
                difference = "no data file of the new run (" + envelope.get("files") + ") exists in " + oldDir;
            }
        }
        if (verify) {
            ObjectNode v = envelope.putObject("verify");
            v.put("identical", code == 0 && difference == null);
            v.put("files_compared", compared);
            if (difference == null) {
                v.putNull("difference");
            } else {
                v.put("difference", difference);
            }
        }
        String prefix = "simdyn rerun: ";
        if (output.json()) {
            Json.print(stdout, envelope);
        } else if (code == 0) {
            stdout.println(prefix + command + " ok; files in " + envelope.get("out").asText() + (verify && difference
                    == null ? "; " + compared + " files bit-identical to the original" : ""));
            stdout.flush();
        }
        if (difference != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(prefix + "not reproduced: " + difference);
            err.flush();
            return ErrorHandlers.FAILED;
        }
        return code;
    }

    /** Reads the provenance object of a run file. */
    private JsonNode provenance(Path source) {
        String name = source.getFileName().toString();
        try {
            if (name.endsWith(".h5")) {
                try (HdfFile h = new HdfFile(source)) {
                    Attribute a = h.getAttribute("provenance");
                    if (a == null) {
                        throw new UsageException("FILE: " + file + ": has no root attribute 'provenance'");
                    }
                    return Json.parse(a.getData().toString());
                }
            }
            if (name.endsWith(".csv")) {
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                String key = "# provenance: ";
                if (lines.size() < 2 || !lines.get(1).startsWith(key)) {
                    throw new UsageException("FILE: " + file + ": line 2 is not '# provenance: {...}'");
                }
                return Json.parse(lines.get(1).substring(key.length()));
            }
            if (name.endsWith(".npy.json") || name.endsWith(".json")) {
                JsonNode p = Json.parse(Files.readString(source, StandardCharsets.UTF_8)).get("provenance");
                if (p == null || !p.isObject()) {
                    throw new UsageException("FILE: " + file + ": has no 'provenance' object");
                }
                return p;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException("FILE: " + file + ": cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        throw new UsageException("FILE: " + file + ": is not accepted: must be an .h5, .csv, .npy.json or run.json "
                + "file of a simdyn run");
    }

    /** Compares two files of a run; returns the first difference or null. */
    private static String compare(Path a, Path b, String name) throws IOException {
        if (name.endsWith(".h5")) {
            try (HdfFile ha = new HdfFile(a); HdfFile hb = new HdfFile(b)) {
                Map<String, io.jhdf.api.Dataset> da = new TreeMap<>();
                Map<String, io.jhdf.api.Dataset> db = new TreeMap<>();
                collect(ha, da);
                collect(hb, db);
                if (!da.keySet().equals(db.keySet())) {
                    return name + ": datasets " + da.keySet() + " vs " + db.keySet();
                }
                for (String path : da.keySet()) {
                    io.jhdf.api.Dataset x = da.get(path);
                    io.jhdf.api.Dataset y = db.get(path);
                    if (!Arrays.equals(x.getDimensions(), y.getDimensions())
                            || !x.getJavaType().equals(y.getJavaType())) {
                        return name + ":" + path + ": shape " + Arrays.toString(x.getDimensions()) + " "
                                + x.getJavaType().getSimpleName() + " vs " + Arrays.toString(y.getDimensions()) + " "
                                + y.getJavaType().getSimpleName();
                    }
                    String d = firstDifference(x.getDataFlat(), y.getDataFlat());
                    if (d != null) {
                        return name + ":" + path + ": " + d;
                    }
                }
                return null;
            }
        }
        if (name.endsWith(".csv")) {
            List<String> x = Files.readAllLines(a, StandardCharsets.UTF_8);
            List<String> y = Files.readAllLines(b, StandardCharsets.UTF_8);
            for (int i = 2; i < Math.max(x.size(), y.size()); i++) {
                String p = i < x.size() ? x.get(i) : "<end of file>";
                String q = i < y.size() ? y.get(i) : "<end of file>";
                if (!p.equals(q)) {
                    return name + ": line " + (i + 1) + ": '" + p + "' vs '" + q + "'";
                }
            }
            return null;
        }
        byte[] x = Files.readAllBytes(a);
        byte[] y = Files.readAllBytes(b);
        int i = Arrays.mismatch(x, y);
        return i < 0 ? null : name + ": byte " + i + " of " + x.length + " vs " + y.length + " bytes";
    }

    private static void collect(Group g, Map<String, io.jhdf.api.Dataset> out) {
        for (Node n : g.getChildren().values()) {
            if (n instanceof Group child) {
                collect(child, out);
            } else if (n instanceof io.jhdf.api.Dataset d) {
                out.put(d.getPath(), d);
            }
        }
    }

    /** The first element that differs bit for bit (raw bits for floating point), or null. */
    private static String firstDifference(Object x, Object y) {
        int n = Array.getLength(x);
        for (int i = 0; i < n; i++) {
            Object p = Array.get(x, i);
            Object q = Array.get(y, i);
            boolean same = switch (p) {
                case Double d -> Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits((Double) q);
                case Float f -> Float.floatToRawIntBits(f) == Float.floatToRawIntBits((Float) q);
                default -> p.equals(q);
            };
            if (!same) {
                return "element " + i + ": " + p + " vs " + q;
            }
        }
        return null;
    }
}
