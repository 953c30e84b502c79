package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Steps a {@link Simulation} and writes its outputs (cli spec sections 5-7). Memory does not grow with the step
 * count: snapshot frames stream to NPY files ({@code DIR/<stem>_<field>.npy} with {@code npy}, else
 * {@code DIR/.spill/}), the diagnostic series to {@code .spill/series.npy} and {@code DIR/<stem>.csv}; all are
 * flushed at least every 10 s, at checkpoints and at the end. After the run (also after a failure or an
 * interrupt) the HDF5 file is assembled from the streams into {@code <stem>.h5.part} and renamed; {@code .spill/}
 * is deleted then, unless {@code DIR} holds a checkpoint, which a later {@code --restart} continues from. Checkpoints
 * ({@code --checkpoint-every}) hold the state at a step boundary and the number of frames and rows of every
 * stream, so that {@code --restart} truncates the streams and continues bit for bit. The columns of the
 * simulation's frame table ({@link Simulation#frameTable()}) stream with the series but are stored only at the table's
 * rows: HDF5 group {@code /frames} and {@code <stem>_frames.csv}; {@code <stem>.csv} holds
 * {@link Simulation#csvColumns()}. The simulation's additional {@link RowStream row streams} spill to
 * {@code .spill/rows_<name>.npy}, are counted in the checkpoint ({@code sinks} key {@code rows/<name>}) and truncated
 * as the other streams; its accumulators ({@link Simulation#extras()}) travel in the checkpoint, so that a restart
 * in place ends with the same bits in every dataset as the uninterrupted run.
 */
public final class Engine {
    /** Flush interval of the streams. */
    private static final long FLUSH_NANOS = 10_000_000_000L;

    private final RunContext ctx;
    private final Parameters params;
    private final Simulation sim;
    private final Checkpoint restart;
    private final RunLog log;
    private final Path out;
    private final Path spill;
    private final Map<String, NpyStream> frames = new LinkedHashMap<>();
    private final List<Field> fields;
    private final List<Field> columns;
    private final List<RowStream> rowStreams;
    private final List<NpyStream> rows = new ArrayList<>();
    private final int[] csvColumns;
    private final double[] rowBuffer;
    private final double[] csvBuffer;
    private final String time;
    private NpyStream series;
    private CsvStream csv;
    private double outputNanos;

    /**
     * The outcome of a run.
     *
     * @param status {@code ok}, {@code failed} or {@code interrupted}
     * @param exitCode 0, 1, 130 or 143
     * @param step the step counter reached
     * @param computeSeconds time spent stepping and computing diagnostics
     * @param outputSeconds time spent writing
     * @param files files written, relative to the output directory
     * @param headline the model's headline numbers
     * @param provenance the final provenance
     * @param error the one-line failure message, or null
     * @param warnings warnings of the output stage (plots that failed)
     */
    public record Outcome(String status, int exitCode, long step, double computeSeconds, double outputSeconds,
            List<String> files, ObjectNode headline, ObjectNode provenance, String error, List<Warning> warnings) {
    }

    /**
     * Prepares a run; nothing is written until {@link #run()}.
     *
     * @param ctx the settings
     * @param params the parameters
     * @param sim the simulation
     * @param restart the checkpoint to continue from, or null
     * @param log stderr and log.txt
     */
    public Engine(RunContext ctx, Parameters params, Simulation sim, Checkpoint restart, RunLog log) {
        this.ctx = ctx;
        this.params = params;
        this.sim = sim;
        this.restart = restart;
        this.log = log;
        this.out = ctx.out();
        this.spill = out.resolve(".spill");
        this.fields = List.copyOf(sim.frameFields());
        this.columns = List.copyOf(sim.seriesColumns());
        this.rowStreams = List.copyOf(sim.rowStreams());
        List<String> names = columns.stream().map(Field::name).toList();
        this.csvColumns = sim.csvColumns().stream().mapToInt(c -> column(names, c)).toArray();
        this.rowBuffer = new double[columns.size()];
        this.csvBuffer = new double[csvColumns.length];
        sim.frameTable().forEach(c -> column(names, c));
        this.time = sim.frameCoordinate();
    }

    private static int column(List<String> names, String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new IllegalStateException("column " + name + " is not a series column: " + names);
        }
        return j;
    }

    /**
     * Returns the number of snapshot frames of the run.
     *
     * @param ctx the settings
     * @param sim the simulation
     * @return frames, {@code >= 1}
     */
    public static long frameCount(RunContext ctx, Simulation sim) {
        long steps = sim.steps();
        if (ctx.frames() > 0) {
            return Math.min(ctx.frames(), steps + 1);
        }
        return steps / saveEvery(ctx, sim) + 1;
    }

    /**
     * Returns the step of frame {@code k}: evenly spaced over {@code [0, steps]} with {@code --frames}, else every
     * {@code round(save_every / dt)} steps.
     *
     * @param ctx the settings
     * @param sim the simulation
     * @param k the frame index
     * @return the step counter
     */
    public static long frameStep(RunContext ctx, Simulation sim, long k) {
        long steps = sim.steps();
        if (ctx.frames() > 0) {
            long n = frameCount(ctx, sim);
            return n == 1 ? steps : BigInteger.valueOf(k).multiply(BigInteger.valueOf(steps))
                    .divide(BigInteger.valueOf(n - 1)).longValueExact();
        }
        return k * saveEvery(ctx, sim);
    }

    private static long saveEvery(RunContext ctx, Simulation sim) {
        return Math.max(1, Math.round(ctx.saveEvery() / sim.dt()));
    }

    /**
     * Returns the bytes of the largest HDF5 snapshot dataset (frames x field size x precision) or series column.
     *
     * @param ctx the settings
     * @param sim the simulation
     * @return bytes
     */
    public static long largestDatasetBytes(RunContext ctx, Simulation sim) {
        long n = frameCount(ctx, sim);
        long largest = sim.seriesEvery() == 0 ? 0 : 8 * (sim.steps() / sim.seriesEvery() + 1);
        for (Field f : sim.frameFields()) {
            largest = Math.max(largest, n * f.size() * (ctx.float32() ? 4L : 8L));
        }
        return largest;
    }

    /**
     * Runs from state 0 (or the checkpoint) to the last step, a failure or an interrupt, and writes the outputs.
     *
     * @return the outcome
     * @throws IOException if writing fails
     */
    public Outcome run() throws IOException {
        long n;
        long frameIndex;
        long startNanos = System.nanoTime();
        sim.rowSink(this::appendRow);
        if (restart != null) {
            for (Map.Entry<String, double[]> e : sim.state().entrySet()) {
                double[] saved = restart.state().get(e.getKey());
                System.arraycopy(saved, 0, e.getValue(), 0, saved.length);
            }
            sim.restoreExtras(restart.extras());
            n = restart.step();
            boolean inPlace = out.equals(ctxRestartDir());
            openStreams(inPlace ? restart.sinks() : null);
            frameIndex = frames.get(time).frames() + (inPlace ? 0 : framesBefore(n));
        } else {
            openStreams(null);
            sim.initialize();
            n = 0;
            frameIndex = 0;
            if (!record(0, frameIndex)) {
                return finish("failed", 0, startNanos, "non-finite value in the initial state");
            }
            frameIndex += frameStep(ctx, sim, 0) == 0 ? 1 : 0;
        }
        long steps = sim.steps();
        long frameTotal = frameCount(ctx, sim);
        long checkpointSteps = ctx.checkpointEvery() > 0 ? Math.max(1, Math.round(ctx.checkpointEvery() / sim.dt()))
                : 0;
        long lastFlush = System.nanoTime();
        String failure = null;
        try (Progress progress = new Progress(ctx.progress(), ctx.command(), n, steps, sim.dt(), log)) {
            while (n < steps) {
                if (Interrupts.requested() != 0) {
                    break;
                }
                try {
                    sim.step(n);
                } catch (ArithmeticException e) {
                    failure = e.getMessage();
                    break;
                } catch (UncheckedIOException e) {
                    throw e.getCause(); // a row stream failed to write
                }
                n++;
                boolean isFrame = frameIndex < frameTotal && frameStep(ctx, sim, frameIndex) == n;
                if (isFrame || seriesRow(n) || n == steps
                        || (checkpointSteps > 0 && n % checkpointSteps == 0)) {
                    String bad = nonFinite();
                    if (bad != null) {
                        failure = "non-finite value in " + bad;
                        break;
                    }
                }
                if (!record(n, frameIndex)) {
                    failure = "non-finite value";
                    break;
                }
                if (isFrame) {
                    frameIndex++;
                }
                if (checkpointSteps > 0 && n % checkpointSteps == 0 && n < steps) {
                    checkpoint(n);
                }
                long now = System.nanoTime();
                if (now - lastFlush >= FLUSH_NANOS) {
                    flushStreams();
                    lastFlush = now;
                }
                progress.update(n);
            }
        }
        if (failure != null) {
            return finish("failed", n, startNanos, failure);
        }
        if (n < steps) {
            if (checkpointSteps > 0) {
                checkpoint(n);
            }
            return finish("interrupted", n, startNanos, null);
        }
        return finish("ok", n, startNanos, null);
    }

    private Path ctxRestartDir() {
        return ctx.restart() == null ? null : ctx.restart().getParent();
    }

    private long framesBefore(long step) {
        long k = 0;
        while (k < frameCount(ctx, sim) && frameStep(ctx, sim, k) <= step) {
            k++;
        }
        return k;
    }

    private String nonFinite() {
        for (Map.Entry<String, double[]> e : sim.state().entrySet()) {
            for (double v : e.getValue()) {
                if (!Double.isFinite(v)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private boolean record(long n, long frameIndex) throws IOException {
        long t0 = System.nanoTime();
        if (frameIndex < frameCount(ctx, sim) && frameStep(ctx, sim, frameIndex) == n) {
            frames.get(time).append(new double[] {n * sim.dt()});
            for (Field f : fields) {
                double[] buf = new double[f.size()];
                sim.frame(f.name(), buf);
                frames.get(f.name()).append(buf);
            }
        }
        if (seriesRow(n)) {
            try {
                sim.row(n, rowBuffer);
            } catch (UncheckedIOException e) {
                throw e.getCause(); // a row stream failed to write
            }
            series.append(rowBuffer);
            appendCsv(rowBuffer);
        }
        outputNanos += System.nanoTime() - t0;
        return true;
    }

    private boolean seriesRow(long n) {
        return sim.seriesEvery() > 0 && n % sim.seriesEvery() == 0;
    }

    private Path streamPath(String name) {
        return ctx.has("npy") ? out.resolve(ctx.stem() + "_" + name + ".npy") : spill.resolve(name + ".npy");
    }

    private void openStreams(Map<String, Long> counts) throws IOException {
        Files.createDirectories(spill);
        List<Field> all = new ArrayList<>();
        all.add(new Field(time, "s", "time", List.of(), new int[0]));
        all.addAll(fields);
        for (Field f : all) {
            Path p = streamPath(f.name());
            boolean precise = f.name().equals(time) || !ctx.float32();
            frames.put(f.name(), counts == null ? NpyStream.create(p, !precise, f.shape())
                    : NpyStream.reopen(p, counts.get(f.name())));
        }
        Path s = spill.resolve("series.npy");
        series = counts == null ? NpyStream.create(s, false, new int[] {columns.size()})
                : NpyStream.reopen(s, counts.get("series"));
        for (RowStream r : rowStreams) {
            Path p = spill.resolve("rows_" + r.name() + ".npy");
            if (counts == null) {
                rows.add(NpyStream.create(p, false, new int[] {r.columns().size()}));
            } else {
                Long count = counts.get("rows/" + r.name());
                if (count == null) {
                    throw new IOException("the checkpoint records no row count for stream " + r.name());
                }
                rows.add(NpyStream.reopen(p, count));
            }
        }
        if (ctx.has("csv")) {
            Path c = out.resolve(ctx.stem() + ".csv");
            csv = counts == null ? CsvStream.create(c, ctx.command(), Json.compact(provenance("running")),
                    sim.csvColumns()) : CsvStream.reopen(c, counts.get("csv"));
        }
    }

    private void flushStreams() throws IOException {
        long t0 = System.nanoTime();
        for (NpyStream s : frames.values()) {
            s.flush();
        }
        series.flush();
        for (NpyStream r : rows) {
            r.flush();
        }
        if (csv != null) {
            csv.flush();
        }
        outputNanos += System.nanoTime() - t0;
    }

    /** The {@link RowStream.Sink} of the simulation. */
    private void appendRow(int stream, double[] row) {
        try {
            rows.get(stream).append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkpoint(long n) throws IOException {
        flushStreams();
        long t0 = System.nanoTime();
        Map<String, Long> sinks = new LinkedHashMap<>();
        frames.forEach((k, v) -> sinks.put(k, v.frames()));
        sinks.put("series", series.frames());
        for (int i = 0; i < rows.size(); i++) {
            sinks.put("rows/" + rowStreams.get(i).name(), rows.get(i).frames());
        }
        if (csv != null) {
            sinks.put("csv", csv.rows());
        }
        Checkpoint.write(out.resolve(Checkpoint.FILE), n, n * sim.dt(), sim.state(), sinks, settings(ctx, sim),
                provenance("running"), sim.extras());
        outputNanos += System.nanoTime() - t0;
    }

    /**
     * The run settings a restart must keep: seed, frames, save_every, snapshot_precision, formats, stem, steps.
     *
     * @param ctx the settings
     * @param sim the simulation
     * @return a new object
     */
    public static ObjectNode settings(RunContext ctx, Simulation sim) {
        ObjectNode s = Json.object();
        Json.putUnsigned(s, "seed", ctx.seed());
        s.put("frames", ctx.frames());
        s.put("save_every", ctx.saveEvery());
        s.put("snapshot_precision", ctx.float32() ? "float32" : "float64");
        s.put("formats", String.join(",", RunContext.FORMATS.stream().filter(ctx::has).toList()));
        s.put("stem", ctx.stem());
        s.put("steps", sim.steps());
        return s;
    }

    private ObjectNode provenance(String status) {
        JsonNode from = null;
        if (restart != null) {
            ObjectNode r = Json.object();
            r.put("file", ctx.restart().toString());
            r.put("step", restart.step());
            r.put("state_sha256", restart.sha256());
            from = r;
        }
        ObjectNode p = Provenance.build(ctx, params, sim, from, status);
        ObjectNode settings = settings(ctx, sim);
        settings.remove("steps");
        p.set("run_settings", settings);
        return p;
    }

    /** Appends the {@link Simulation#csvColumns()} of a series row to {@code <stem>.csv}, if written. */
    private void appendCsv(double[] row) throws IOException {
        if (csv != null) {
            for (int j = 0; j < csvColumns.length; j++) {
                csvBuffer[j] = row[csvColumns[j]];
            }
            csv.append(csvBuffer);
        }
    }

    private Outcome finish(String status, long n, long startNanos, String failure) throws IOException {
        double compute = (System.nanoTime() - startNanos - outputNanos) * 1e-9;
        long t0 = System.nanoTime();
        if (status.equals("ok")) {
            for (double[] row : sim.finalRows()) {
                series.append(row);
                appendCsv(row);
            }
        }
        for (NpyStream s : frames.values()) {
            s.close();
        }
        series.close();
        for (NpyStream r : rows) {
            r.close();
        }
        if (csv != null) {
            csv.close();
        }
        ObjectNode provenance = provenance(status);
        List<String> files = new ArrayList<>();
        List<Dataset> datasets = datasets(ctx.has("h5") || ctx.has("png"));
        Map<String, Dataset> byName = new LinkedHashMap<>();
        datasets.forEach(d -> byName.put(d.name(), d));
        ObjectNode headline = sim.headline(byName);
        List<Dataset> table = frameTable(sim, byName);
        if (ctx.has("h5")) {
            List<Dataset> stored = new ArrayList<>(datasets);
            stored.removeIf(d -> sim.frameTable().contains(d.name()));
            stored.addAll(table);
            Hdf5.write(out.resolve(ctx.stem() + ".h5"), provenance, params.values(), stored);
            files.add(ctx.stem() + ".h5");
        }
        if (csv != null) {
            rewriteProvenance(csv.path(), Json.compact(provenance));
            files.add(ctx.stem() + ".csv");
            if (!table.isEmpty()) {
                files.add(writeFrameTable(table, byName.get(columns.get(0).name()), Json.compact(provenance)));
            }
        }
        if (ctx.has("npy")) {
            for (Dataset d : datasets) {
                Path p = out.resolve(ctx.stem() + "_" + d.name().replace('/', '_') + ".npy");
                if (!frames.containsKey(d.name()) && !writeNpy(p, d)) {
                    continue;
                }
                ObjectNode side = Json.object();
                side.set("provenance", provenance);
                ObjectNode array = side.putObject("array");
                array.put("name", d.name());
                array.putArray("dims").addAll(d.dims().stream().map(com.fasterxml.jackson.databind.node.TextNode::new)
                        .toList());
                array.put("units", d.units());
                Json.write(p.resolveSibling(p.getFileName() + ".json"), side);
                files.add(p.getFileName().toString());
                files.add(p.getFileName() + ".json");
            }
        }
        List<Warning> warnings = new ArrayList<>();
        if (ctx.has("png")) {
            List<String> failed = new ArrayList<>();
            files.addAll(Plots.write(out, sim.plots(byName), ctx.plotWidth(), ctx.plotHeight(), ctx.commandLine(),
                    Json.ascii(provenance), failed));
            for (String f : failed) {
                warnings.add(new Warning("plot_failed", f));
                log.line("simdyn " + ctx.command() + ": warning: " + f);
            }
        }
        if (!Files.exists(out.resolve(Checkpoint.FILE))) {
            deleteTree(spill); // kept while a checkpoint may continue the streams (also after an ok run)
        }
        if (Files.exists(out.resolve(Checkpoint.FILE))) {
            files.add(Checkpoint.FILE);
        }
        double output = (outputNanos + System.nanoTime() - t0) * 1e-9;
        String error = failure == null ? null : "failed at step " + n + " (t = " + n * sim.dt() + "): " + failure
                + "; outputs up to the last frame are in " + out;
        int code = switch (status) {
            case "ok" -> 0;
            case "failed" -> 1;
            default -> Interrupts.requested();
        };
        return new Outcome(status, code, n, compute, output, files, headline, provenance, error, warnings);
    }

    /**
     * Returns every dataset of the run; without {@code withFrames} the snapshot fields are empty placeholders
     * (their NPY files exist already) so that nothing large is read.
     */
    private List<Dataset> datasets(boolean withFrames) throws IOException {
        List<Dataset> list = new ArrayList<>();
        int c = withFrames ? (int) frames.get(time).frames() : 0;
        list.add(Dataset.coordinate(time, NpyStream.read(frames.get(time).path(), 0, c), "s",
                "time of the snapshot"));
        for (Field f : fields) {
            int[] shape = new int[f.shape().length + 1];
            shape[0] = withFrames ? c : 0;
            System.arraycopy(f.shape(), 0, shape, 1, f.shape().length);
            List<String> dims = new ArrayList<>();
            dims.add(time);
            dims.addAll(f.dims());
            Path p = frames.get(f.name()).path();
            Object data = !withFrames ? new double[0] : ctx.float32() ? NpyStream.readFloats(p)
                    : NpyStream.read(p, 0, c);
            list.add(new Dataset(f.name(), data, shape, f.units(), f.longName(), dims, false));
        }
        int rows = (int) series.frames();
        double[] table = NpyStream.read(series.path(), 0, rows);
        String time = columns.get(0).name();
        for (int j = 0; j < columns.size(); j++) {
            double[] col = new double[rows];
            for (int i = 0; i < rows; i++) {
                col[i] = table[i * columns.size() + j];
            }
            Field f = columns.get(j);
            list.add(new Dataset(f.name(), col, new int[] {rows}, f.units(), f.longName(), List.of(time), j == 0));
        }
        for (int s = 0; s < rowStreams.size(); s++) {
            list.addAll(streamDatasets(rowStreams.get(s), this.rows.get(s)));
        }
        Map<String, Dataset> streamed = new LinkedHashMap<>();
        list.forEach(d -> streamed.put(d.name(), d));
        list.addAll(sim.results(streamed));
        return list;
    }

    /** One dataset per column of a row stream: float64, or int8 where the column says so. */
    private static List<Dataset> streamDatasets(RowStream r, NpyStream file) throws IOException {
        int rows = Math.toIntExact(file.frames());
        int width = r.columns().size();
        double[] table = NpyStream.read(file.path(), 0, rows);
        List<Dataset> list = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            RowStream.Column c = r.columns().get(j);
            double[] col = new double[rows];
            for (int i = 0; i < rows; i++) {
                col[i] = table[i * width + j];
            }
            Object data = col;
            if (c.int8()) {
                byte[] b = new byte[rows];
                for (int i = 0; i < rows; i++) {
                    b[i] = (byte) col[i];
                }
                data = b;
            }
            list.add(new Dataset(c.name(), data, new int[] {rows}, c.units(), c.longName(), List.of(r.dim()),
                    c.name().equals(r.dim())));
        }
        return list;
    }

    /**
     * Returns the frame table ({@link Simulation#frameTable()}) as datasets {@code frames/step} (the rows' step
     * counters) and {@code frames/<column>}, over the series rows written while stepping (row r holds step
     * {@code r * seriesEvery()}; not the {@link Simulation#finalRows()}) where
     * {@link Simulation#frameTableRow} holds; empty when the simulation has no frame table.
     *
     * @param sim the simulation
     * @param byName the series columns (complete) by name, among other datasets. Not modified.
     * @return the datasets, {@code frames/step} first
     */
    public static List<Dataset> frameTable(Simulation sim, Map<String, Dataset> byName) {
        List<String> names = sim.frameTable();
        if (names.isEmpty()) {
            return List.of();
        }
        int rows = java.lang.reflect.Array.getLength(byName.get(sim.seriesColumns().get(0).name()).data());
        int[] keep = new int[rows];
        int m = 0;
        long every = sim.seriesEvery();
        for (int r = 0; r < rows && every > 0 && r * every <= sim.steps(); r++) {
            if (sim.frameTableRow(r * every)) {
                keep[m++] = r;
            }
        }
        List<Dataset> list = new ArrayList<>();
        double[] step = new double[m];
        for (int i = 0; i < m; i++) {
            step[i] = (double) keep[i] * sim.seriesEvery();
        }
        list.add(new Dataset("frames/step", step, new int[] {m}, "1", "step counter of the frame", List.of("frame"),
                false));
        for (String name : names) {
            Dataset d = byName.get(name);
            double[] col = (double[]) d.data();
            double[] v = new double[m];
            for (int i = 0; i < m; i++) {
                v[i] = col[keep[i]];
            }
            list.add(new Dataset("frames/" + name, v, new int[] {m}, d.units(), d.longName(), List.of("frame"), false));
        }
        return list;
    }

    /** Writes {@code <stem>_frames.csv}: step, the series' time coordinate, then the frame table's columns. */
    private String writeFrameTable(List<Dataset> table, Dataset time, String provenance) throws IOException {
        String file = ctx.stem() + "_frames.csv";
        List<String> names = new ArrayList<>();
        names.add("step");
        names.add(time.name());
        for (Dataset d : table.subList(1, table.size())) {
            names.add(d.name().substring(d.name().indexOf('/') + 1));
        }
        double[] times = (double[]) time.data();
        try (CsvStream c = CsvStream.create(out.resolve(file), ctx.command(), provenance, names)) {
            double[] step = (double[]) table.get(0).data();
            double[] row = new double[names.size()];
            for (int i = 0; i < step.length; i++) {
                row[0] = step[i];
                row[1] = times[(int) (step[i] / sim.seriesEvery())];
                for (int j = 1; j < table.size(); j++) {
                    row[j + 1] = ((double[]) table.get(j).data())[i];
                }
                c.append(row);
            }
        }
        return file;
    }

    private static boolean writeNpy(Path p, Dataset d) throws IOException {
        if (!(d.data() instanceof double[] || d.data() instanceof float[])) {
            return false;
        }
        int[] shape = d.shape();
        int[] frame = java.util.Arrays.copyOfRange(shape, Math.min(1, shape.length), shape.length);
        boolean f32 = d.data() instanceof float[];
        try (NpyStream s = NpyStream.create(p, f32, frame)) {
            int size = 1;
            for (int x : frame) {
                size *= x;
            }
            int rows = shape.length == 0 ? 1 : shape[0];
            double[] buf = new double[size];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < size; j++) {
                    buf[j] = f32 ? ((float[]) d.data())[i * size + j] : ((double[]) d.data())[i * size + j];
                }
                s.append(buf);
            }
        }
        return true;
    }

    private static void rewriteProvenance(Path csv, String provenance) throws IOException {
        Path tmp = csv.resolveSibling(csv.getFileName() + ".tmp");
        try (var in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                var w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            String line;
            int i = 0;
            while ((line = in.readLine()) != null) {
                w.write(i == 1 ? "# provenance: " + provenance : line);
                w.write('\n');
                i++;
            }
        }
        Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
