package org.simdyn.cli.common;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a run on stderr (cli spec section 8). {@code bar}: a progress bar redrawn every 250 ms (ASCII
 * unless {@code LANG}/{@code LC_ALL} say UTF-8), cleared at the end; {@code log}: one line every 10 s and at
 * 25/50/75/100 % ({@code osc run: 45% step 4500/10000 t=90.0 elapsed 12.3 s eta 15.0 s}; a command made of many
 * runs counts runs: {@code kg scan: 45% run 80/176 elapsed 12.3 s eta 15.0 s}, see {@link #runs}); {@code none}.
 */
public final class Progress implements AutoCloseable {
    /** System property the launcher sets from {@code [ -t 2 ]}. */
    public static final String TTY_PROPERTY = "simdyn.stderr.tty";

    private final String mode;
    private final String task;
    private final String unit;
    private long total;
    private final double dt;
    private final RunLog log;
    private final long start = System.nanoTime();
    private long lastLog = System.nanoTime();
    private int lastQuarter;
    private long last;
    private ProgressBar bar;

    /**
     * Starts reporting.
     *
     * @param mode {@code bar}, {@code log} or {@code none}
     * @param task the task name, e.g. {@code "kg run"}
     * @param first the first step of this invocation (restart: the checkpoint's step)
     * @param total the last step
     * @param dt the time step (for the simulated time)
     * @param log where log lines go
     */
    public Progress(String mode, String task, long first, long total, double dt, RunLog log) {
        this(mode, task, "step", first, total, dt, log);
    }

    private Progress(String mode, String task, String unit, long first, long total, double dt, RunLog log) {
        this.unit = unit;
        this.mode = mode;
        this.task = task;
        this.total = total;
        this.dt = dt;
        this.log = log;
        this.lastQuarter = total == 0 ? 4 : (int) (4 * first / total);
        if (mode.equals("bar")) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).startsFrom(first,
                    java.time.Duration.ZERO).setUpdateIntervalMillis(250).setStyle(utf8() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK
                    : ProgressBarStyle.ASCII).showSpeed().setUnit(" " + unit + "s", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).clearDisplayOnFinish()
                    .build();
        }
    }

    /**
     * Starts reporting a command made of many runs: the counter is runs done, there is no simulated time.
     *
     * @param mode {@code bar}, {@code log} or {@code none}
     * @param task the task name, e.g. {@code "kg scan"}
     * @param total the number of runs known so far ({@link #total(long)} changes it)
     * @param log where log lines go
     * @return the progress
     */
    public static Progress runs(String mode, String task, long total, RunLog log) {
        return new Progress(mode, task, "run", 0, total, Double.NaN, log);
    }

    /**
     * Changes the total (a scan learns its refinement runs from the grid's results).
     *
     * @param newTotal the last step or run
     */
    public void total(long newTotal) {
        total = newTotal;
        lastQuarter = newTotal == 0 ? 4 : (int) (4 * last / newTotal);
        if (bar != null) {
            bar.maxHint(newTotal);
        }
    }

    /**
     * Chooses the mode of {@code --progress auto}: {@code bar} if the launcher says stderr is a terminal
     * ({@code -Dsimdyn.stderr.tty=true}), {@code TERM} is not {@code dumb} and {@code CI} is unset; else
     * {@code log}.
     *
     * @return {@code bar} or {@code log}
     */
    public static String auto() {
        return choose(System.getProperty(TTY_PROPERTY), System.getenv("TERM"), System.getenv("CI"));
    }

    /**
     * The rule of {@link #auto()} on explicit inputs.
     *
     * @param tty the {@code simdyn.stderr.tty} property, or null
     * @param term {@code TERM}, or null
     * @param ci {@code CI}, or null
     * @return {@code bar} or {@code log}
     */
    public static String choose(String tty, String term, String ci) {
        return "true".equals(tty) && !"dumb".equals(term) && ci == null ? "bar" : "log";
    }

    /**
     * Reports that the run reached a step (or that many runs are done).
     *
     * @param step the step counter of the current state, or the runs done
     */
    public void update(long step) {
        last = step;
        if (bar != null) {
            bar.stepTo(step);
            return;
        }
        if (!mode.equals("log")) {
            return;
        }
        long now = System.nanoTime();
        int quarter = total == 0 ? 4 : (int) (4 * step / total);
        if (quarter > lastQuarter || now - lastLog >= 10_000_000_000L) {
            lastQuarter = Math.max(lastQuarter, quarter);
            lastLog = now;
            double elapsed = (now - start) * 1e-9;
            double fraction = total == 0 ? 1 : (double) step / total;
            String eta = fraction > 0 ? String.format(Locale.ROOT, "%.1f s", elapsed / fraction - elapsed) : "?";
            String time = Double.isNaN(dt) ? "" : " t=" + step * dt;
            log.line(String.format(Locale.ROOT, "%s: %d%% %s %d/%d%s elapsed %.1f s eta %s", task,
                    (int) Math.floor(100 * fraction), unit, step, total, time, elapsed, eta));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    private static boolean utf8() {
        for (String v : new String[] {System.getenv("LC_ALL"), System.getenv("LANG")}) {
            if (v != null && !v.isEmpty()) {
                return v.toUpperCase(Locale.ROOT).contains("UTF-8") || v.toUpperCase(Locale.ROOT).contains("UTF8");
            }
        }
        return false;
    }
}
