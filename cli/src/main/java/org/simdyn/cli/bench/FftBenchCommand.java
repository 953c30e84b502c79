package org.simdyn.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.simdyn.cli.common.Environment;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.NpyStream;
import org.simdyn.cli.common.OutputOptions;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.UsageException;
import org.simdyn.cli.common.Values;
import org.simdyn.cli.common.Version;
import org.simdyn.ffm.Fftw;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;
import org.simdyn.vector.random.Philox4x32;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simdyn bench fft} (fft spec section 6).
 *
 * <p><b>Speed mode</b> times the forward transforms of {@link FftOperation} per (kind, shape): each provider warms
 * up for {@code --warmup-ms}, then {@code --rounds} rounds time every provider (order rotated per round) for
 * {@code measure-ms / rounds} ms and at least 5 calls; {@code ns} is the median of the round means, {@code gflops
 * = 5 N log2(N) / ns}.
 *
 * <p><b>Verify mode</b> ({@code --verify --out DIR}) writes NumPy 1.0 files of the input, the forward transform
 * and the inverse ({@code c2c}: {@code inverse(x)}; {@code r2c}: {@code inverse(forward(x))}) per provider, and
 * reports the round-trip and Parseval errors.
 *
 * <p>Inputs: element {@code j} (row-major) is {@code 2 u - 1}, in (-1, 1), with {@code u} = Philox uniform
 * {@code k} of {@code (particle j, purpose 0x0001, step 0)} from {@code --seed}: {@code k = 0} the real part,
 * {@code k = 1} the imaginary part (c2c).
 */
@Command(name = "fft", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Time the forward FFT of simdyn's providers against FFTW's tier-1 API and JTransforms "
                + "(speed mode), or write NumPy files for an accuracy check (--verify --out DIR)."})
public final class FftBenchCommand implements Callable<Integer> {
    /** RNG purpose of the inputs. */
    static final int PURPOSE = 0x0001;
    private static final String SPEED_SIZES = "1024,2048,4096,8192,16384,32768,65536,131072,262144,524288,1048576";
    private static final String VERIFY_SIZES = "1024,3840,65536";
    private static final List<String> KINDS = List.of("c2c", "r2c");
    private static final int MIN_CALLS = 5;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Option(names = "--sizes", paramLabel = "LIST", description = "Comma list of sizes or shapes (1024, 24x20x32); "
            + "every extent a product of 2, 3 and 5. Default " + SPEED_SIZES + " (speed), " + VERIFY_SIZES
            + " (verify).")
    private String sizes;

    @Option(names = "--kinds", paramLabel = "LIST", description = "c2c, r2c or both (default c2c,r2c).")
    private String kinds = "c2c,r2c";

    @Option(names = "--providers", paramLabel = "LIST", description = "java, fftw, fftw-native, jtransforms (the "
            + "last two in speed mode only); default every available one.")
    private String providers;

    @Option(names = "--warmup-ms", paramLabel = "MS", description = "Warm-up per provider and case, integer in "
            + "[0, 600000] (default 500).")
    private String warmupMs = "500";

    @Option(names = "--measure-ms", paramLabel = "MS", description = "Measured time per provider and case, "
            + "integer in [1, 600000] (default 1000).")
    private String measureMs = "1000";

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds, integer in [1, 1000] (default 5).")
    private String rounds = "5";

    @Option(names = "--verify", description = "Write NumPy files of inputs and transforms into --out instead of "
            + "timing.")
    private boolean verify;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory of --verify (required there, no "
            + "default); a non-empty DIR needs --force.")
    private String out;

    @Option(names = "--force", description = "Write into a non-empty --out.")
    private boolean force;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the Philox inputs: decimal in [0, "
            + Values.U64_MAX + "] or 0x and 1 to 16 hex digits (default 1).")
    private String seed = "1";

    /** Creates the command (picocli instantiates it). */
    public FftBenchCommand() {
    }

    /** One case: a kind and a shape as given. */
    private record Case(boolean complex, String label, int[] shape, int n) {
        String kind() {
            return complex ? "c2c" : "r2c";
        }
    }

    @Override
    public Integer call() throws IOException {
        long seedValue = Values.unsigned64("--seed", seed);
        List<int[]> shapes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        parseSizes(sizes != null ? sizes : verify ? VERIFY_SIZES : SPEED_SIZES, shapes, labels);
        List<String> kindList = parseKinds();
        Map<String, String> unavailable = new LinkedHashMap<>();
        List<String> names = parseProviders(unavailable);
        long warmup = Values.integer("--warmup-ms", warmupMs, 0, 600_000);
        long measure = Values.integer("--measure-ms", measureMs, 1, 600_000);
        int roundCount = (int) Values.integer("--rounds", rounds, 1, 1000);
        Path dir = null;
        if (verify) {
            if (out == null) {
                throw new UsageException("--verify: needs --out DIR (verify mode has no default output directory)");
            }
            dir = Path.of(out).toAbsolutePath().normalize();
            RunContext.checkOut(dir, force);
        } else if (out != null) {
            throw new UsageException("--out: " + out + " is not accepted without --verify (speed mode writes no "
                    + "files)");
        }
        List<Case> cases = new ArrayList<>();
        for (String k : kindList) {
            for (int i = 0; i < shapes.size(); i++) {
                int[] s = shapes.get(i);
                cases.add(new Case(k.equals("c2c"), labels.get(i), s, Arrays.stream(s).reduce(1, Math::multiplyExact)));
            }
        }
        Philox4x32 rng = Philox4x32.of(seedValue);
        PrintWriter stdout = spec.commandLine().getOut();
        ObjectNode result = verify ? verify(cases, names, rng, dir)
                : speed(cases, names, unavailable, rng, warmup * 1_000_000L, measure * 1_000_000L, roundCount);
        if (output.json()) {
            Json.print(stdout, result);
        } else {
            printText(stdout, result);
        }
        return 0;
    }

    private void parseSizes(String text, List<int[]> shapes, List<String> labels) {
        for (String item : text.split(",", -1)) {
            String label = item.strip();
            if (!label.matches("[0-9]+(x[0-9]+)*")) {
                throw new UsageException("--sizes: " + Values.shown(text) + " is not accepted ('" + label + "'): must "
                        + "be a comma list of sizes or shapes such as 1024 or 24x20x32");
            }
            String[] parts = label.split("x");
            int[] shape = new int[parts.length];
            long total = 1;
            for (int a = 0; a < parts.length; a++) {
                long e = parts[a].length() > 10 ? Long.MAX_VALUE : Long.parseLong(parts[a]);
                if (e < 1 || e > Integer.MAX_VALUE || !Fft.isFastSize((int) e)) {
                    throw new UsageException("--sizes: " + label + " is not accepted: every extent must be a product "
                            + "of 2, 3 and 5 (" + parts[a] + (e >= 1 && e <= 2_125_764_000L ? "; next fast size is "
                            + Fft.nextFastSize((int) e) : "") + ")");
                }
                shape[a] = (int) e;
                total *= e;
                if (total > 1 << 28) {
                    throw new UsageException("--sizes: " + label + " is not accepted: at most 2^28 = " + (1 << 28)
                            + " points");
                }
            }
            shapes.add(shape);
            labels.add(label);
        }
    }

    private List<String> parseKinds() {
        Set<String> set = new LinkedHashSet<>();
        for (String k : kinds.split(",", -1)) {
            if (!KINDS.contains(k.strip())) {
                throw new UsageException("--kinds: " + Values.shown(kinds) + " is not accepted ('" + k.strip()
                        + "'): must be c2c, r2c or c2c,r2c");
            }
            set.add(k.strip());
        }
        return List.copyOf(set);
    }

    /** Explicit providers must be known and available (exit 2); defaults skip unavailable ones, with reasons. */
    private List<String> parseProviders(Map<String, String> unavailable) {
        List<String> known = verify ? List.of(FftOperation.JAVA, FftOperation.FFTW)
                : List.of(FftOperation.JAVA, FftOperation.FFTW, FftOperation.FFTW_NATIVE, FftOperation.JTRANSFORMS);
        List<String> names = new ArrayList<>();
        if (providers == null) {
            for (String p : known) {
                String why = unavailableReason(p);
                if (why == null) {
                    names.add(p);
                } else {
                    unavailable.put(p, why);
                }
            }
            return names;
        }
        for (String item : providers.split(",", -1)) {
            String p = item.strip();
            if (!known.contains(p)) {
                boolean speedOnly = p.equals(FftOperation.FFTW_NATIVE) || p.equals(FftOperation.JTRANSFORMS);
                throw new UsageException("--providers: " + Values.shown(p) + " is not accepted: must be among "
                        + String.join(", ", known) + (speedOnly ? " (" + p + " is for speed mode only)" : ""));
            }
            String why = unavailableReason(p);
            if (why != null) {
                throw new UsageException("--providers: " + p + " is not available: " + why);
            }
            if (!names.contains(p)) {
                names.add(p);
            }
        }
        return names;
    }

    private static String unavailableReason(String provider) {
        switch (provider) {
            case FftOperation.FFTW_NATIVE:
                return Fftw.isAvailable() ? null : Fftw.unavailableReason();
            case FftOperation.JTRANSFORMS:
                return null;
            default:
                try {
                    Fft.provider(provider);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
        }
    }

    /** Fills the input: c2c re and im, r2c re; values {@code 2u - 1} of Philox uniforms 0 and 1. */
    private static double[][] input(Philox4x32 rng, Case c) {
        double[] re = new double[c.n()];
        double[] im = c.complex() ? new double[c.n()] : null;
        rng.uniforms(0, PURPOSE, 0, 0, c.n(), re, im, null, null, 0);
        for (int j = 0; j < c.n(); j++) {
            re[j] = 2 * re[j] - 1;
            if (im != null) {
                im[j] = 2 * im[j] - 1;
            }
        }
        return new double[][] {re, im};
    }

    private ObjectNode speed(List<Case> cases, List<String> names, Map<String, String> unavailable, Philox4x32 rng,
            long warmupNanos, long measureNanos, int roundCount) {
        ObjectNode r = Json.object();
        r.put("command", "bench fft");
        r.put("mode", "speed");
        r.put("simdyn_version", Version.value());
        r.put("jdk", Runtime.version().toString());
        r.set("vector", Environment.vectorShort());
        ObjectNode cpu = r.putObject("cpu");
        cpu.put("model", Environment.cpu().get("model").asText());
        cpu.put("cores", Runtime.getRuntime().availableProcessors());
        Json.putNumber(r, "load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        r.put("threads", 1);
        ArrayNode providerList = r.putArray("providers");
        names.forEach(providerList::add);
        ObjectNode why = r.putObject("unavailable");
        unavailable.forEach(why::put);
        ArrayNode results = r.putArray("results");
        ArrayNode ratios = r.putArray("ratios");
        for (Case c : cases) {
            List<String> here = new ArrayList<>(names);
            if (c.shape().length > 1) {
                here.remove(FftOperation.JTRANSFORMS);
            }
            double[][] in = input(rng, c);
            List<FftOperation> ops = new ArrayList<>();
            for (String p : here) {
                ops.add(FftOperation.of(p, c.complex(), c.shape(), in[0], in[1]));
            }
            for (FftOperation op : ops) {
                op.time(warmupNanos, 1);
            }
            double[][] means = new double[ops.size()][roundCount];
            for (int round = 0; round < roundCount; round++) {
                for (int k = 0; k < ops.size(); k++) {
                    int i = (k + round) % ops.size();
                    means[i][round] = ops.get(i).time(measureNanos / roundCount, MIN_CALLS);
                }
            }
            Map<String, Double> ns = new LinkedHashMap<>();
            for (int i = 0; i < ops.size(); i++) {
                double[] sorted = means[i].clone();
                Arrays.sort(sorted);
                double median = roundCount % 2 == 1 ? sorted[roundCount / 2]
                        : 0.5 * (sorted[roundCount / 2 - 1] + sorted[roundCount / 2]);
                ns.put(here.get(i), median);
                ObjectNode row = results.addObject();
                row.put("kind", c.kind());
                ArrayNode shape = row.putArray("shape");
                Arrays.stream(c.shape()).forEach(shape::add);
                row.put("n", c.n());
                row.put("provider", here.get(i));
                Json.putNumber(row, "ns", median);
                Json.putNumber(row, "ns_min", sorted[0]);
                ArrayNode rs = row.putArray("rounds");
                Arrays.stream(means[i]).forEach(rs::add);
                Json.putNumber(row, "gflops", 5.0 * c.n() * (Math.log(c.n()) / Math.log(2)) / median);
            }
            ObjectNode ratio = Json.object();
            ratio.put("kind", c.kind());
            ratio.put("n", c.n());
            ArrayNode shape = ratio.putArray("shape");
            Arrays.stream(c.shape()).forEach(shape::add);
            int before = ratio.size();
            ratio(ratio, "jtransforms_over_java", ns, FftOperation.JTRANSFORMS, FftOperation.JAVA);
            ratio(ratio, "java_over_fftw", ns, FftOperation.JAVA, FftOperation.FFTW);
            ratio(ratio, "fftw_over_fftw_native", ns, FftOperation.FFTW, FftOperation.FFTW_NATIVE);
            if (ratio.size() > before) {
                ratios.add(ratio);
            }
            if (!output.quiet()) {
                PrintWriter err = spec.commandLine().getErr();
                StringBuilder line = new StringBuilder("simdyn bench fft: " + c.kind() + " " + c.label() + ":");
                ns.forEach((p, v) -> line.append(String.format(Locale.ROOT, " %s %.3f us", p, v / 1000)));
                err.println(line);
                err.flush();
            }
        }
        return r;
    }

    private static void ratio(ObjectNode o, String key, Map<String, Double> ns, String over, String under) {
        if (ns.containsKey(over) && ns.containsKey(under)) {
            Json.putNumber(o, key, ns.get(over) / ns.get(under));
        }
    }

    private ObjectNode verify(List<Case> cases, List<String> names, Philox4x32 rng, Path dir) throws IOException {
        ObjectNode r = Json.object();
        r.put("command", "bench fft");
        r.put("mode", "verify");
        r.put("out", dir.toString());
        r.set("vector", Environment.vectorShort());
        ArrayNode providerList = r.putArray("providers");
        names.forEach(providerList::add);
        ArrayNode list = r.putArray("cases");
        Files.createDirectories(dir);
        for (Case c : cases) {
            double[][] in = input(rng, c);
            String stem = "fft-" + c.kind() + "-" + c.label();
            String inputFile = stem + "-input.npy";
            if (c.complex()) {
                writeComplex(dir.resolve(inputFile), c.shape(), in[0], in[1]);
            } else {
                writeReal(dir.resolve(inputFile), c.shape(), in[0]);
            }
            for (String p : names) {
                ObjectNode o = list.addObject();
                o.put("kind", c.kind());
                ArrayNode shape = o.putArray("shape");
                Arrays.stream(c.shape()).forEach(shape::add);
                o.put("provider", p);
                ObjectNode files = o.putObject("files");
                files.put("input", inputFile);
                String forwardFile = stem + "-" + p + ".npy";
                files.put("forward", forwardFile);
                double roundtrip;
                double parseval;
                if (c.complex()) {
                    ComplexFft fft = Fft.provider(p).complex(c.shape());
                    double[] xr = new double[c.n()];
                    double[] xi = new double[c.n()];
                    fft.forward(in[0], in[1], xr, xi);
                    writeComplex(dir.resolve(forwardFile), c.shape(), xr, xi);
                    double[] yr = new double[c.n()];
                    double[] yi = new double[c.n()];
                    fft.inverse(in[0], in[1], yr, yi);
                    String inverseFile = stem + "-" + p + "-inverse.npy";
                    writeComplex(dir.resolve(inverseFile), c.shape(), yr, yi);
                    files.put("inverse", inverseFile);
                    fft.inverse(xr, xi, yr, yi);
                    roundtrip = relMax(in[0], in[1], yr, yi);
                    parseval = parseval(in[0], in[1], xr, xi, c.n(), 0);
                } else {
                    RealFft fft = Fft.provider(p).real(c.shape());
                    double[] xr = new double[fft.spectrumSize()];
                    double[] xi = new double[fft.spectrumSize()];
                    fft.forward(in[0], xr, xi);
                    writeComplex(dir.resolve(forwardFile), fft.spectrumShape(), xr, xi);
                    double[] y = new double[c.n()];
                    fft.inverse(xr, xi, y);
                    String roundtripFile = stem + "-" + p + "-roundtrip.npy";
                    writeReal(dir.resolve(roundtripFile), c.shape(), y);
                    files.put("roundtrip", roundtripFile);
                    roundtrip = relMax(in[0], null, y, null);
                    parseval = parseval(in[0], null, xr, xi, c.n(), c.shape()[c.shape().length - 1]);
                }
                Json.putNumber(o, "roundtrip_rel_max", roundtrip);
                Json.putNumber(o, "parseval_rel", parseval);
            }
        }
        return r;
    }

    private static void writeComplex(Path file, int[] shape, double[] re, double[] im) throws IOException {
        double[] pairs = new double[2 * re.length];
        for (int j = 0; j < re.length; j++) {
            pairs[2 * j] = re[j];
            pairs[2 * j + 1] = im[j];
        }
        NpyStream.write(file, true, shape, pairs);
    }

    private static void writeReal(Path file, int[] shape, double[] x) throws IOException {
        NpyStream.write(file, false, shape, x);
    }

    /** {@code max|y - x| / max|x|}, complex moduli when {@code xi} is given. */
    private static double relMax(double[] xr, double[] xi, double[] yr, double[] yi) {
        double err = 0;
        double max = 0;
        for (int j = 0; j < xr.length; j++) {
            double dr = yr[j] - xr[j];
            double di = xi == null ? 0 : yi[j] - xi[j];
            err = Math.max(err, Math.hypot(dr, di));
            max = Math.max(max, Math.hypot(xr[j], xi == null ? 0 : xi[j]));
        }
        return err / max;
    }

    /**
     * {@code |sum|X|^2 / N - sum|x|^2| / sum|x|^2}, both sums compensated (Neumaier) so that the summation does not
     * hide the transform's error; for a half spectrum ({@code last > 0}, the last real extent) the bins
     * {@code 0 < k < last - k} of the last axis count twice.
     */
    private static double parseval(double[] xr, double[] xi, double[] sr, double[] si, int n, int last) {
        double[] energy = new double[2];
        for (int j = 0; j < xr.length; j++) {
            add(energy, xr[j] * xr[j]);
            if (xi != null) {
                add(energy, xi[j] * xi[j]);
            }
        }
        int h = last / 2 + 1;
        double[] spectrum = new double[2];
        for (int k = 0; k < sr.length; k++) {
            double w = 1;
            if (last > 0) {
                int kk = k % h;
                w = kk > 0 && kk < last - kk ? 2 : 1;
            }
            add(spectrum, w * sr[k] * sr[k]);
            add(spectrum, w * si[k] * si[k]);
        }
        double e = energy[0] + energy[1];
        return Math.abs((spectrum[0] + spectrum[1]) / n - e) / e;
    }

    /** Neumaier's compensated sum: {@code acc = {sum, compensation}}. */
    private static void add(double[] acc, double v) {
        double t = acc[0] + v;
        acc[1] += Math.abs(acc[0]) >= Math.abs(v) ? (acc[0] - t) + v : (v - t) + acc[0];
        acc[0] = t;
    }

    private static void printText(PrintWriter out, ObjectNode r) {
        if (r.get("mode").asText().equals("verify")) {
            out.printf("%-4s %-12s %-8s %-18s %-18s %s%n", "kind", "shape", "provider", "roundtrip_rel_max",
                    "parseval_rel", "forward file");
            r.get("cases").forEach(c -> out.printf(Locale.ROOT, "%-4s %-12s %-8s %-18.3e %-18.3e %s%n",
                    c.get("kind").asText(), shapeLabel(c), c.get("provider").asText(),
                    c.get("roundtrip_rel_max").asDouble(), c.get("parseval_rel").asDouble(),
                    c.get("files").get("forward").asText()));
            out.println("files in " + r.get("out").asText());
        } else {
            out.printf("%-4s %-12s %-12s %12s %12s %8s%n", "kind", "shape", "provider", "us", "us_min", "gflops");
            r.get("results").forEach(c -> out.printf(Locale.ROOT, "%-4s %-12s %-12s %12.3f %12.3f %8.2f%n",
                    c.get("kind").asText(), shapeLabel(c), c.get("provider").asText(), c.get("ns").asDouble() / 1000,
                    c.get("ns_min").asDouble() / 1000, c.get("gflops").asDouble()));
            r.get("ratios").forEach(c -> {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "ratio %-4s %-12s",
                        c.get("kind").asText(), shapeLabel(c)));
                for (String k : List.of("jtransforms_over_java", "java_over_fftw", "fftw_over_fftw_native")) {
                    if (c.has(k)) {
                        line.append(String.format(Locale.ROOT, " %s %.2f", k, c.get(k).asDouble()));
                    }
                }
                out.println(line);
            });
            r.get("unavailable").properties().forEach(e -> out.println("unavailable: " + e.getKey() + ": "
                    + e.getValue().asText()));
            out.println("quick benchmark, not JMH: published numbers are in jmh/RESULTS.md");
        }
        out.flush();
    }

    private static String shapeLabel(com.fasterxml.jackson.databind.JsonNode c) {
        List<String> parts = new ArrayList<>();
        c.get("shape").forEach(s -> parts.add(s.asText()));
        return String.join("x", parts);
    }
}
