package org.simdyn.cli.couzin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Json;

/**
 * The diagnostic series of a run as streamed (one row per step, in step order) and the headline numbers taken
 * from it: window means over {@code k >= k0} (frame diagnostics over the frame steps, NaN values skipped) and the
 * values of the last row. Everything is computed from the streamed series, so it is the same after a restart.
 */
final class Series {
    private final Map<String, double[]> columns = new LinkedHashMap<>();
    private final int rows;
    private final CouzinRun run;

    private Series(Map<String, double[]> columns, CouzinRun run) {
        this.columns.putAll(columns);
        this.run = run;
        double[] step = columns.get("step");
        this.rows = step == null ? 0 : step.length;
    }

    /**
     * The series of a run from its datasets (missing columns: an empty series).
     *
     * @param datasets every dataset by name. Not modified.
     * @param run the run (its column names)
     * @return the series
     */
    static Series of(Map<String, Dataset> datasets, CouzinRun run) {
        Map<String, double[]> c = new LinkedHashMap<>();
        for (Field f : run.seriesColumns()) {
            Dataset d = datasets.get(f.name());
            if (d == null || !(d.data() instanceof double[] a)) {
                return new Series(Map.of(), run);
            }
            c.put(f.name(), a);
        }
        return new Series(c, run);
    }

    /**
     * @param name a column
     * @return its values (live)
     */
    double[] column(String name) {
        return columns.get(name);
    }

    /**
     * @param step a step
     * @return the row of that step, or -1
     */
    int rowOf(long step) {
        double[] s = columns.get("step");
        for (int r = rows - 1; r >= 0; r--) {
            if (s[r] == step) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Returns the mean over the window of a column, in step order.
     *
     * @param name the column
     * @param frame whether only frame rows count ({@code run.frameStep}) and NaN values are skipped
     * @return the mean, NaN when no row counts
     */
    double windowMean(String name, boolean frame) {
        double[] v = columns.get(name);
        double[] s = columns.get("step");
        if (v == null) {
            return Double.NaN;
        }
        double sum = 0;
        int c = 0;
        for (int r = 0; r < rows; r++) {
            long k = (long) s[r];
            if (k < run.windowStart() || (frame && (!run.frameStep(k) || Double.isNaN(v[r])))) {
                continue;
            }
            sum += v[r];
            c++;
        }
        return c == 0 ? Double.NaN : sum / c;
    }

    /**
     * Puts {@code window}, {@code mean} and {@code final} into a headline.
     *
     * @param h the headline. Modified.
     */
    void headline(ObjectNode h) {
        CouzinRun r = run;
        ObjectNode w = h.putObject("window");
        w.put("from_step", r.windowStart());
        w.put("to_step", r.steps());
        int orderSamples = 0;
        int frameSamples = 0;
        double[] s = columns.get("step");
        for (int i = 0; i < rows; i++) {
            long k = (long) s[i];
            if (k >= r.windowStart()) {
                orderSamples++;
                if (r.frameStep(k)) {
                    frameSamples++;
                }
            }
        }
        w.put("order_samples", orderSamples);
        w.put("frame_samples", frameSamples);
        ObjectNode mean = h.putObject("mean");
        ObjectNode fin = h.putObject("final");
        for (String k : CouzinRun.ORDER_KEYS) {
            Json.putNumber(mean, k, windowMean(k, false));
            Json.putNumber(fin, k, last(k));
        }
        for (String k : CouzinRun.FRAME_KEYS) {
            Json.putNumber(mean, k, windowMean(k, true));
            Json.putNumber(fin, k, last(k));
        }
        String label = CouzinRun.label(windowMean("P", false), windowMean("M_pbc", false));
        String compat = CouzinRun.label(last("P"), last("M_naive"));
        putText(fin, "state_label", label);
        putText(fin, "state_label_compat", compat);
    }

    private static void putText(ObjectNode o, String key, String value) {
        if (value == null) {
            o.putNull(key);
        } else {
            o.put(key, value);
        }
    }

    private double last(String name) {
        double[] v = columns.get(name);
        return v == null || rows == 0 ? Double.NaN : v[rows - 1];
    }
}
