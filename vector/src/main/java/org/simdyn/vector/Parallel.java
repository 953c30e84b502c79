package org.simdyn.vector;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fixed-chunk parallel loops on one shared {@link ForkJoinPool}, arranged so that results never depend on the
 * number of threads.
 *
 * <p>{@link #forChunks(int, int, int, ChunkBody) forChunks(n, chunk, threads, body)} cuts the index range
 * {@code [0, n)} into {@code chunkCount(n, chunk) = ceil(n / chunk)} chunks: chunk {@code c} is
 * {@code [c * chunk, min(n, (c + 1) * chunk))}. The cut depends only on {@code n} and {@code chunk}, never on
 * {@code threads} or on the machine. The contract with the caller that makes results independent of the thread
 * count:
 * <ul>
 *   <li>each chunk writes only its own, disjoint part of the output (for example {@code out[from..to)} or
 *       {@code partial[chunkIndex]}) and reads nothing another chunk writes;</li>
 *   <li>the caller combines per-chunk partial results itself, after {@code forChunks} returns, in chunk order
 *       (or in any other order fixed by the chunk indices, such as the tree of
 *       {@link Reductions#combineBlocks(double[], int)}).</li>
 * </ul>
 * Which thread runs which chunk, and in which order chunks run when {@code threads > 1}, is unspecified.
 *
 * <p><b>Pool.</b> One shared pool of {@link #threads()} daemon workers, named {@code simdyn-parallel-<i>},
 * created on the first call that needs it. Its size comes from the system property {@value #PROPERTY}
 * (default {@link Runtime#availableProcessors()}, at most {@value #MAX_THREADS}), read once. With
 * {@code threads > 1} the calling thread works too: it runs chunks alongside at most {@code threads - 1}
 * pool tasks, so at most {@code threads} chunks of one call run at the same time. The caller claims chunks until
 * none is left and then waits only for the chunks that helpers are running, never for a helper to start, so a
 * helper that wakes late (a parked pool thread can take tens of microseconds) delays nothing. Calls may be nested (a
 * chunk body may call {@code forChunks} again, directly or through {@link Reductions}): every claimed chunk runs at
 * once on the thread that claimed it, so a caller waits only on running chunks and nesting cannot deadlock.
 *
 * <p><b>Exceptions.</b> With {@code threads == 1} chunks run on the caller in chunk order and an exception from
 * the body propagates at once; later chunks do not run. With {@code threads > 1} the first exception (in time)
 * stops the hand-out of further chunks; once every chunk has finished or been skipped, that exception is thrown
 * to the caller as it was thrown (not wrapped), with exceptions of other chunks added as
 * {@linkplain Throwable#addSuppressed(Throwable) suppressed}.
 *
 * <p><b>Cost.</b> A call with {@code threads > 1} and more than one chunk allocates a few small objects (a shared
 * counter and one task per helper); chunks are handed out one at a time through an atomic counter. A call with
 * {@code threads == 1}, or with at most one chunk, allocates nothing and runs entirely on the caller. Chunks should
 * hold at least a few microseconds of work.
 *
 * <p>Thread safety: all methods are thread-safe.
 */
public final class Parallel {

    /** System property that sets the size of the shared pool: an integer in [1, {@value #MAX_THREADS}]. */
    public static final String PROPERTY = "simdyn.threads";

    /** Largest accepted thread count, for {@link #PROPERTY} and for the {@code threads} arguments. */
    public static final int MAX_THREADS = 1024;

    private Parallel() {
    }

    /**
     * The work of one chunk.
     */
    @FunctionalInterface
    public interface ChunkBody {
        /**
         * Processes the indices {@code [from, to)} of chunk {@code chunkIndex}.
         *
         * @param chunkIndex the chunk index, {@code 0 <= chunkIndex < chunkCount(n, chunk)}
         * @param from first index of the chunk, {@code chunkIndex * chunk}
         * @param to one past the last index of the chunk, {@code min(n, from + chunk)}; {@code to > from}
         */
        void run(int chunkIndex, int from, int to);
    }

    private static final class Config {
        static final String RAW = System.getProperty(PROPERTY);
        static final int PROCESSORS = Runtime.getRuntime().availableProcessors();
    }

    private static final class Pool {
        static final ForkJoinPool POOL = create(threads());

        private static ForkJoinPool create(int parallelism) {
            AtomicInteger names = new AtomicInteger();
            return new ForkJoinPool(parallelism, pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("simdyn-parallel-" + names.getAndIncrement());
                return t;
            }, null, false);
        }
    }

    /**
     * Returns the configured size of the shared pool: the system property {@value #PROPERTY} read when this
     * class first needed it, else {@link Runtime#availableProcessors()} capped at {@value #MAX_THREADS}. Callers
     * use it as the default for their {@code threads} arguments.
     *
     * @return the configured thread count, in [1, {@value #MAX_THREADS}]
     * @throws IllegalArgumentException if {@value #PROPERTY} is set but is not an integer in
     *         [1, {@value #MAX_THREADS}]; the message names the property and its value
     */
    public static int threads() {
        return parseThreads(Config.RAW, Config.PROCESSORS);
    }

    /**
     * Parses a value of {@value #PROPERTY}: null means "not set" and gives {@code processors} clamped to
     * [1, {@value #MAX_THREADS}]; otherwise the trimmed value must be a decimal integer in that range.
     */
    static int parseThreads(String value, int processors) {
        if (value == null) {
            return Math.clamp(processors, 1, MAX_THREADS);
        }
        int t;
        try {
            t = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            t = 0;
        }
        if (t < 1 || t > MAX_THREADS) {
            throw new IllegalArgumentException(PROPERTY + " = \"" + value
                    + "\" is out of range: must be an integer in [1, " + MAX_THREADS + "]");
        }
        return t;
    }

    /**
     * Returns the number of chunks {@code forChunks(n, chunk, ...)} makes: {@code ceil(n / chunk)}, 0 when
     * {@code n == 0}.
     *
     * @param n the size of the index range, {@code >= 0}
     * @param chunk the chunk size, {@code >= 1}
     * @return {@code ceil(n / chunk)}
     * @throws IllegalArgumentException if {@code n < 0} or {@code chunk < 1}
     */
    public static int chunkCount(int n, int chunk) {
        checkRange(n, chunk);
        return count(n, chunk);
    }

    /**
     * Runs {@code body} once for every chunk of {@code [0, n)}: chunk {@code c} covers
     * {@code [c * chunk, min(n, (c + 1) * chunk))}, whatever {@code threads} is.
     *
     * <p>{@code threads == 1}, or a single chunk: every chunk runs on the calling thread, in chunk order.
     * {@code threads > 1}: chunks run on the calling thread and the shared pool, at most {@code threads} at a
     * time, in an unspecified order; the call returns when all have finished. See the class documentation for
     * exceptions, nesting and the disjoint-output contract.
     *
     * @param n the size of the index range, {@code >= 0}; {@code n == 0} runs nothing
     * @param chunk the chunk size, {@code >= 1}
     * @param threads the most chunks that may run at the same time, in [1, {@value #MAX_THREADS}]
     * @param body the work of one chunk, non-null
     * @throws IllegalArgumentException if an argument is out of range or {@code body} is null (before any chunk
     *         runs), or if a pool is needed and {@value #PROPERTY} is invalid (see {@link #threads()})
     */
    public static void forChunks(int n, int chunk, int threads, ChunkBody body) {
        checkRange(n, chunk);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads = " + threads + " is out of range: must be in [1, "
                    + MAX_THREADS + "]");
        }
        if (body == null) {
            throw new IllegalArgumentException("body is null: must be a non-null ChunkBody");
        }
        int count = count(n, chunk);
        if (threads == 1 || count <= 1) {
            for (int c = 0; c < count; c++) {
                int from = c * chunk;
                body.run(c, from, from + Math.min(chunk, n - from));
            }
            return;
        }
        ForkJoinPool pool = pool();
        Job job = new Job(n, chunk, count, body);
        int helpers = Math.min(threads, count) - 1;
        boolean inPool = ForkJoinTask.getPool() == pool;
        for (int i = 0; i < helpers; i++) {
            Helper h = new Helper(job);
            if (inPool) {
                h.fork();
            } else {
                pool.execute(h);
            }
        }
        job.work();
        job.awaitChunks();
        Throwable failure = job.failure.get();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            // only reachable through a "sneaky" checked exception: ChunkBody.run declares none
            throw new IllegalStateException("a chunk body threw a checked exception", failure);
        }
    }

    /** The shared pool; an invalid {@value #PROPERTY} throws IllegalArgumentException here, not an init error. */
    private static ForkJoinPool pool() {
        threads();
        return Pool.POOL;
    }

    /** Busy-wait rounds of {@link Job#awaitChunks()} before it yields the processor between checks. */
    private static final int SPINS = 1 << 14;

    private static void checkRange(int n, int chunk) {
        if (n < 0) {
            throw new IllegalArgumentException("n = " + n + " is out of range: must be >= 0");
        }
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk = " + chunk + " is out of range: must be >= 1");
        }
    }

    private static int count(int n, int chunk) {
        return n / chunk + (n % chunk == 0 ? 0 : 1);
    }

    /**
     * The shared state of one multi-threaded call: the chunk counter, the count of chunks run or skipped, and the
     * first failure. Every chunk index is claimed exactly once (by the caller or a helper) and counted in
     * {@link #settled} when its body has returned or, after a failure, when it was skipped; the caller claims until
     * none is left and then waits only for the chunks other threads are running. It never waits for a helper to
     * start: a helper that starts after the last claim finds nothing to do (on a busy or virtualised machine a
     * parked pool thread can take tens of microseconds to wake, longer than the chunks of a short call).
     */
    private static final class Job {
        final int n;
        final int chunk;
        final int count;
        final ChunkBody body;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger settled = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(int n, int chunk, int count, ChunkBody body) {
            this.n = n;
            this.chunk = chunk;
            this.count = count;
            this.body = body;
        }

        /** Claims chunks until none is left, running each (skipping it once a chunk has failed); never throws. */
        void work() {
            while (true) {
                int c = next.getAndIncrement();
                if (c < 0 || c >= count) { // c < 0: the counter wrapped past Integer.MAX_VALUE
                    return;
                }
                if (failure.get() == null) {
                    int from = c * chunk;
                    try {
                        body.run(c, from, from + Math.min(chunk, n - from));
                    } catch (Throwable t) {
                        if (!failure.compareAndSet(null, t)) {
                            Throwable first = failure.get();
                            if (first != t) {
                                first.addSuppressed(t);
                            }
                        }
                    }
                }
                settled.incrementAndGet();
            }
        }

        /** Waits (spinning, then yielding) until every chunk has been run or skipped. */
        void awaitChunks() {
            for (int spins = 0; settled.get() < count; spins++) {
                if (spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
    }

    /** One helper of a call: works on the call's chunks on a pool thread. */
    private static final class Helper extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Job job;

        Helper(Job job) {
            this.job = job;
        }

        @Override
        protected void compute() {
            job.work();
        }
    }
}
