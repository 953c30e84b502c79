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
 * 25/50/75/100 % ({@code osc run: 45% step 4500/10000 t=90.0 elapsed 12.3 s eta 15.0 s}); {@code none}.
 */
public final class Progress implements AutoCloseable {
    /** System property the launcher sets from {@code [ -t 2 ]}. */
    public static final String TTY_PROPERTY = "simdyn.stderr.tty";

    private final String mode;
    private final String task;
    private final long total;
    private final double dt;
    private final RunLog log;
    private final long start = System.nanoTime();
    private long lastLog = System.nanoTime();
    private int lastQuarter;
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
        this.mode = mode;
        this.task = task;
        this.total = total;
        this.dt = dt;
        this.log = log;
        this.lastQuarter = total == 0 ? 4 : (int) (4 * first / total);
        if (mode.equals("bar")) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).startsFrom(first,
                    java.time.Duration.ZERO).setUpdateIntervalMillis(250).setStyle(utf8() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK
                    : ProgressBarStyle.ASCII).showSpeed().setUnit(" steps", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).clearDisplayOnFinish()
                    .build();
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
     * Reports that the run reached a step.
     *
     * @param step the step counter of the current state
     */
    public void update(long step) {
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
            log.line(String.format(Locale.ROOT, "%s: %d%% step %d/%d t=%s elapsed %.1f s eta %s", task,
                    (int) Math.floor(100 * fraction), step, total, Double.toString(step * dt), elapsed, eta));
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
