package org.simdyn.cli.couzin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Engine;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Interrupts;
import org.simdyn.cli.common.RunContext;

/**
 * One member run of an ensemble, stepped in memory with the same {@link CouzinRun} as {@code couzin run} (so its
 * state, series and headline are the same bits as {@code couzin run --seed s}): the series every step, the
 * snapshot frames of the engine's schedule, the final datasets and the headline.
 *
 * @param seed the seed
 * @param datasets every dataset, in the order of {@code couzin run}'s HDF5 file
 * @param headline the headline of {@code couzin run}
 * @param wallSeconds the wall time of the run
 * @param completed whether the run reached its last step (false: interrupted or non-finite)
 */
record Member(long seed, List<Dataset> datasets, ObjectNode headline, double wallSeconds, boolean completed) {

    /**
     * Checks that a member's series fits in memory (an ensemble keeps it there).
     *
     * @param run the template run
     * @throws IllegalArgumentException if {@code (steps + 1) * columns} exceeds the largest Java array
     */
    static void checkSize(CouzinRun run) {
        int columns = run.seriesColumns().size();
        if (run.steps() + 1 > (Integer.MAX_VALUE - 8) / columns) {
            throw new IllegalArgumentException("steps = " + run.steps() + " is out of range for an ensemble: must be "
                    + "<= " + ((Integer.MAX_VALUE - 8) / columns - 1) + " (the series are kept in memory)");
        }
    }

    /**
     * Runs one member.
     *
     * @param setup the resolved run
     * @param seed the seed
     * @param threads threads of this run
     * @param ctx the settings (frames, precision)
     * @return the member
     */
    static Member run(CouzinSetup setup, long seed, int threads, RunContext ctx) {
        long t0 = System.nanoTime();
        CouzinRun run = new CouzinRun(setup, seed, threads);
        List<Field> columns = run.seriesColumns();
        long steps = run.steps();
        int rows = (int) steps + 1;
        double[] table = new double[rows * columns.size()];
        long frameTotal = Engine.frameCount(ctx, run);
        List<Field> fields = run.frameFields();
        int frameSize = fields.get(0).size();
        double[] frameTimes = new double[(int) frameTotal];
        double[][] frameData = new double[fields.size()][(int) frameTotal * frameSize];
        double[] row = new double[columns.size()];
        double[] buf = new double[frameSize];
        run.initialize();
        int frame = 0;
        long n = 0;
        boolean ok = true;
        while (true) {
            if (frame < frameTotal && Engine.frameStep(ctx, run, frame) == n) {
                frameTimes[frame] = n * run.dt();
                for (int f = 0; f < fields.size(); f++) {
                    run.frame(fields.get(f).name(), buf);
                    System.arraycopy(buf, 0, frameData[f], frame * frameSize, frameSize);
                }
                frame++;
            }
            run.row(n, row);
            System.arraycopy(row, 0, table, (int) n * columns.size(), columns.size());
            if (n == steps) {
                break;
            }
            if (Interrupts.requested() != 0 || !Double.isFinite(run.state().get("x")[0])) {
                ok = false;
                break;
            }
            run.step(n);
            n++;
        }
        int done = (int) n + 1;
        List<Dataset> d = new ArrayList<>();
        String time = run.frameCoordinate();
        d.add(Dataset.coordinate(time, java.util.Arrays.copyOf(frameTimes, frame), "s", "time of the snapshot"));
        for (int f = 0; f < fields.size(); f++) {
            Field fl = fields.get(f);
            int[] shape = {frame, fl.shape()[0], fl.shape()[1]};
            double[] values = java.util.Arrays.copyOf(frameData[f], frame * frameSize);
            Object data = values;
            if (ctx.float32()) {
                float[] fl32 = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    fl32[i] = (float) values[i];
                }
                data = fl32;
            }
            List<String> dims = new ArrayList<>(List.of(time));
            dims.addAll(fl.dims());
            d.add(new Dataset(fl.name(), data, shape, fl.units(), fl.longName(), dims, false));
        }
        Map<String, Dataset> byName = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            double[] col = new double[done];
            for (int r = 0; r < done; r++) {
                col[r] = table[r * columns.size() + c];
            }
            Field f = columns.get(c);
            Dataset ds = new Dataset(f.name(), col, new int[] {done}, f.units(), f.longName(),
                    List.of(columns.get(0).name()), c == 0);
            d.add(ds);
            byName.put(f.name(), ds);
        }
        d.addAll(run.results());
        ObjectNode headline = run.headline(byName);
        return new Member(seed, d, headline, (System.nanoTime() - t0) * 1e-9, ok);
    }
}
