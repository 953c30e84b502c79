package org.simdyn.cli.couzin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Engine;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.MultiRun;
import org.simdyn.cli.common.NpyStream;
import org.simdyn.cli.common.RunContext;

/**
 * One member run of an ensemble, stepped with the same {@link CouzinRun} as {@code couzin run} (so its state, series
 * and headline are the same bits as {@code couzin run --seed s}). Memory does not grow with the step count (cli spec
 * section 7): the series (every step) and the snapshot frames of the engine's schedule stream to NPY files in the
 * member's spill directory, as the {@link Engine} streams one run; at the end the series is read back once for the
 * headline (window means), and {@link #datasets} reads everything back when the ensemble's HDF5 file is assembled.
 *
 * @param seed the seed
 * @param dir the spill directory of the member's streams
 * @param frames snapshot frames written
 * @param rows series rows written
 * @param results the final datasets ({@code x_final}, {@code v_final}, ...)
 * @param headline the headline of {@code couzin run}
 * @param wallSeconds the wall time of the run
 * @param completed whether the run reached its last step (false: non-finite)
 */
record Member(long seed, Path dir, int frames, int rows, List<Dataset> results, ObjectNode headline,
        double wallSeconds, boolean completed) {
    /** Name of the series stream in the spill directory. */
    private static final String SERIES = "series";

    /**
     * Checks that a member's series can be read back whole (for its headline and the HDF5 file).
     *
     * @param run the template run
     * @throws IllegalArgumentException if {@code (steps + 1) * columns} exceeds the largest Java array
     */
    static void checkSize(CouzinRun run) {
        int columns = run.seriesColumns().size();
        if (run.steps() + 1 > (Integer.MAX_VALUE - 8) / columns) {
            throw new IllegalArgumentException("steps = " + run.steps() + " is out of range for an ensemble: must be "
                    + "<= " + ((Integer.MAX_VALUE - 8) / columns - 1) + " (each member's series is read back whole)");
        }
    }

    /** @return the number of steps taken */
    long steps() {
        return rows - 1;
    }

    /**
     * Runs one member, streaming into {@code dir}.
     *
     * @param setup the resolved run
     * @param seed the seed
     * @param threads threads of this run
     * @param ctx the settings (frames, precision)
     * @param control asked at every step boundary
     * @param dir the spill directory, created
     * @return the member, or null if {@code control} stopped it
     * @throws IOException if a stream cannot be written
     */
    static Member run(CouzinSetup setup, long seed, int threads, RunContext ctx, MultiRun.Control control, Path dir)
            throws IOException {
        long t0 = System.nanoTime();
        CouzinRun run = new CouzinRun(setup, seed, threads);
        Files.createDirectories(dir);
        List<Field> columns = run.seriesColumns();
        long steps = run.steps();
        long frameTotal = Engine.frameCount(ctx, run);
        List<Field> fields = run.frameFields();
        double[] row = new double[columns.size()];
        double[] time = new double[1];
        List<double[]> buffers = new ArrayList<>();
        List<NpyStream> streams = new ArrayList<>();
        long n = 0;
        int frame = 0;
        boolean ok = true;
        try (NpyStream times = NpyStream.create(stream(dir, run.frameCoordinate()), false, new int[0]);
                NpyStream series = NpyStream.create(stream(dir, SERIES), false, new int[] {columns.size()})) {
            for (Field f : fields) {
                streams.add(NpyStream.create(stream(dir, f.name()), ctx.float32(), f.shape()));
                buffers.add(new double[f.size()]);
            }
            run.initialize();
            while (true) {
                if (frame < frameTotal && Engine.frameStep(ctx, run, frame) == n) {
                    time[0] = n * run.dt();
                    times.append(time);
                    for (int f = 0; f < fields.size(); f++) {
                        run.frame(fields.get(f).name(), buffers.get(f));
                        streams.get(f).append(buffers.get(f));
                    }
                    frame++;
                }
                run.row(n, row);
                series.append(row);
                if (n == steps) {
                    break;
                }
                if (control.stopped()) {
                    return null;
                }
                if (!Double.isFinite(run.state().get("x")[0])) {
                    ok = false;
                    break;
                }
                run.step(n);
                n++;
            }
        } finally {
            for (NpyStream s : streams) {
                s.close();
            }
        }
        int rows = (int) n + 1;
        Map<String, Dataset> byName = series(run, dir, rows);
        return new Member(seed, dir, frame, rows, run.results(), run.headline(byName),
                (System.nanoTime() - t0) * 1e-9, ok);
    }

    private static Path stream(Path dir, String name) {
        return dir.resolve(name + ".npy");
    }

    /** The series columns read back from the stream, by name, each with the first column as coordinate. */
    private static Map<String, Dataset> series(CouzinRun run, Path dir, int rows) throws IOException {
        List<Field> columns = run.seriesColumns();
        double[] table = NpyStream.read(stream(dir, SERIES), 0, rows);
        Map<String, Dataset> byName = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            double[] col = new double[rows];
            for (int r = 0; r < rows; r++) {
                col[r] = table[r * columns.size() + c];
            }
            Field f = columns.get(c);
            byName.put(f.name(), new Dataset(f.name(), col, new int[] {rows}, f.units(), f.longName(),
                    List.of(columns.get(0).name()), c == 0));
        }
        return byName;
    }

    /**
     * Reads the member's datasets back from its streams, in the order of {@code couzin run}'s HDF5 file: the frame
     * times, the snapshot fields, the series (the frame table's columns only in {@code frames/}), the final values.
     *
     * @param template a run of the ensemble (columns, fields and frame table are the same for every seed)
     * @param ctx the settings (precision)
     * @return the datasets
     * @throws IOException if a stream cannot be read
     */
    List<Dataset> datasets(CouzinRun template, RunContext ctx) throws IOException {
        List<Dataset> d = new ArrayList<>();
        String time = template.frameCoordinate();
        d.add(Dataset.coordinate(time, NpyStream.read(stream(dir, time), 0, frames), "s", "time of the snapshot"));
        for (Field f : template.frameFields()) {
            int[] shape = new int[f.shape().length + 1];
            shape[0] = frames;
            System.arraycopy(f.shape(), 0, shape, 1, f.shape().length);
            Path p = stream(dir, f.name());
            Object data = ctx.float32() ? NpyStream.readFloats(p) : NpyStream.read(p, 0, frames);
            List<String> dims = new ArrayList<>(List.of(time));
            dims.addAll(f.dims());
            d.add(new Dataset(f.name(), data, shape, f.units(), f.longName(), dims, false));
        }
        Map<String, Dataset> byName = series(template, dir, rows);
        for (Dataset s : byName.values()) {
            if (!template.frameTable().contains(s.name())) {
                d.add(s);
            }
        }
        d.addAll(Engine.frameTable(template, byName));
        d.addAll(results);
        return d;
    }
}
