package org.simdyn.cli.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the independent runs of one command (the collisions of {@code kg scan}, the seeds of {@code couzin
 * ensemble}; the tasks of a sweep, cli spec section 12) {@code parallel} at a time, in batches. Results come back in
 * task order whatever the order of completion, so outputs do not depend on {@code --parallel-runs}. Progress counts
 * runs (cli spec section 8: {@code kg scan: 45% run 80/176 elapsed 12.3 s eta 15.0 s} in {@code log} mode, a bar
 * in {@code bar} mode), reported from the calling thread; the 100 % line comes with {@link #close()} after the last
 * batch. On SIGINT/SIGTERM ({@link Interrupts}) no further run starts and the running ones see
 * {@link Control#stopped()} at their next step boundary, so the batch returns within a step; their results are null.
 * A run that throws stops the others the same way; the exception of the first such run in task order is rethrown.
 * Not thread-safe: one thread calls {@link #run} and {@link #close()}.
 */
public final class MultiRun implements AutoCloseable {
    /** Poll interval of the calling thread (interrupts, progress). */
    private static final long POLL_MILLIS = 100;

    private final ExecutorService pool;
    private final String progressMode;
    private final String task;
    private final RunLog log;
    private final AtomicLong done = new AtomicLong();
    private volatile boolean failed;
    private Progress progress;
    private long total;

    /** What a running task asks at its step boundaries. */
    @FunctionalInterface
    public interface Control {
        /** @return whether the task should stop now (an interrupt, or another run failed) */
        boolean stopped();
    }

    /**
     * One run.
     *
     * @param <R> its result
     */
    @FunctionalInterface
    public interface Task<R> {
        /**
         * Runs.
         *
         * @param control asked at step boundaries
         * @return the result, or null if {@code control} said stop before the run completed
         * @throws IOException if writing fails
         */
        R run(Control control) throws IOException;
    }

    /**
     * Receives the results in task order, on the calling thread, as soon as a result and all before it are there.
     *
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Done<R> {
        /**
         * Receives one completed run.
         *
         * @param index the task index within its batch
         * @param result the result, not null
         */
        void accept(int index, R result);
    }

    /**
     * Starts a pool; nothing runs until {@link #run}.
     *
     * @param task the command, e.g. {@code "kg scan"}, for progress
     * @param parallel runs at a time, {@code >= 1}
     * @param progressMode {@code bar}, {@code log} or {@code none}
     * @param log where progress lines go
     */
    public MultiRun(String task, int parallel, String progressMode, RunLog log) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel = " + parallel + " is out of range: must be >= 1");
        }
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "simdyn-run-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.task = task;
        this.progressMode = progressMode;
        this.log = log;
    }

    /** @return whether runs stop: an interrupt was requested or a run failed */
    public boolean stopped() {
        return failed || Interrupts.requested() != 0;
    }

    /** @return the runs completed so far, over all batches */
    public long completed() {
        return done.get();
    }

    /**
     * Runs one batch and waits for it.
     *
     * @param <R> the result type
     * @param tasks the runs. Not modified.
     * @param later the runs expected after this batch (an estimate for progress; 0 if unknown)
     * @param each receives each result in task order, or null
     * @return the results in task order; null where a run was stopped or never started ({@link #stopped()})
     * @throws IOException the first failure in task order, if a run threw one (runtime exceptions and errors are
     *         rethrown as they are)
     */
    public <R> List<R> run(List<? extends Task<R>> tasks, long later, Done<R> each) throws IOException {
        total = done.get() + tasks.size() + later;
        if (progress == null) {
            progress = Progress.runs(progressMode, task, total, log);
        } else {
            progress.total(total);
        }
        List<Future<R>> futures = new ArrayList<>();
        for (Task<R> t : tasks) {
            futures.add(pool.submit(() -> {
                if (stopped()) {
                    return null;
                }
                R r;
                try {
                    r = t.run(this::stopped);
                } catch (IOException | RuntimeException | Error e) {
                    failed = true; // the running runs stop now, not when the caller reaches this one
                    throw e;
                }
                if (r != null) {
                    done.incrementAndGet();
                }
                return r;
            }));
        }
        Object[] results = new Object[tasks.size()];
        Throwable failure = null;
        int next = 0;
        while (next < futures.size()) {
            try {
                @SuppressWarnings("unchecked")
                R r = (R) (results[next] = futures.get(next).get(POLL_MILLIS, TimeUnit.MILLISECONDS));
                if (r != null && each != null) {
                    each.accept(next, r);
                }
                next++;
            } catch (TimeoutException e) {
                // still running: report progress below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Interrupts.request(130);
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
                next++;
            }
            if (done.get() < total) {
                progress.update(done.get());
            }
        }
        if (failure != null) {
            rethrow(failure);
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    private static void rethrow(Throwable t) throws IOException {
        switch (t) {
            case IOException e -> throw e;
            case UncheckedIOException e -> throw e.getCause();
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(t);
        }
    }

    /** Reports 100 % unless stopped, clears the bar and stops the pool. */
    @Override
    public void close() {
        if (progress != null) {
            if (!stopped()) {
                progress.update(total);
            }
            progress.close();
        }
        pool.shutdownNow();
    }
}
