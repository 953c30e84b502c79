package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParallelTest {

    static Stream<Arguments> ranges() {
        List<Arguments> cases = new ArrayList<>();
        for (int n : new int[] {0, 1, 5, 16, 17, 100, 1000}) {
            for (int chunk : new int[] {1, 3, 16, 1000, 2000}) {
                for (int threads : new int[] {1, 2, 3, 4, 8}) {
                    cases.add(Arguments.of(n, chunk, threads));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] n={0} chunk={1} threads={2}")
    @MethodSource("ranges")
    void everyChunkRunsOnceWithItsFixedBoundaries(int n, int chunk, int threads) {
        int count = Parallel.chunkCount(n, chunk);
        assertThat(count).isEqualTo((n + chunk - 1) / chunk);
        AtomicIntegerArray calls = new AtomicIntegerArray(Math.max(count, 1));
        int[] from = new int[Math.max(count, 1)];
        int[] to = new int[Math.max(count, 1)];
        Parallel.forChunks(n, chunk, threads, (c, f, t) -> {
            calls.incrementAndGet(c);
            from[c] = f;
            to[c] = t;
        });
        for (int c = 0; c < count; c++) {
            assertThat(calls.get(c)).as("calls of chunk %d", c).isEqualTo(1);
            assertThat(from[c]).as("from of chunk %d", c).isEqualTo(c * chunk);
            assertThat(to[c]).as("to of chunk %d", c).isEqualTo(Math.min(n, c * chunk + chunk));
        }
    }

    @Test
    void chunkCountIsTheCeiling() {
        assertThat(Parallel.chunkCount(0, 7)).isZero();
        assertThat(Parallel.chunkCount(7, 7)).isEqualTo(1);
        assertThat(Parallel.chunkCount(8, 7)).isEqualTo(2);
        assertThat(Parallel.chunkCount(Integer.MAX_VALUE, 1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Parallel.chunkCount(Integer.MAX_VALUE, 2)).isEqualTo(1 << 30);
        assertThat(Parallel.chunkCount(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    void boundariesNearIntegerMaxValueDoNotOverflow() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Parallel.forChunks(Integer.MAX_VALUE, 1 << 30, 2, (c, f, t) -> seen.add(c + ":" + f + ":" + t));
        assertThat(seen).containsExactlyInAnyOrder("0:0:1073741824", "1:1073741824:2147483647");
    }

    @Test
    void oneThreadRunsEveryChunkOnTheCallerInOrder() {
        Thread caller = Thread.currentThread();
        List<Integer> order = new ArrayList<>();
        Parallel.forChunks(50, 7, 1, (c, f, t) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            order.add(c);
        });
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aSingleChunkRunsOnTheCallerWhateverThreads() {
        Thread caller = Thread.currentThread();
        List<Thread> ran = new ArrayList<>();
        Parallel.forChunks(10, 10, 4, (c, f, t) -> ran.add(Thread.currentThread()));
        assertThat(ran).containsExactly(caller);
    }

    @ParameterizedTest(name = "[{index}] threads={0}")
    @ValueSource(ints = {2, 3})
    void atMostThreadsChunksRunAtOnce(int threads) {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Set<String> names = ConcurrentHashMap.newKeySet();
        String caller = Thread.currentThread().getName();
        Parallel.forChunks(24, 1, threads, (c, f, t) -> {
            int now = running.incrementAndGet();
            peak.accumulateAndGet(now, Math::max);
            names.add(Thread.currentThread().getName());
            sleep(3);
            running.decrementAndGet();
        });
        assertThat(peak.get()).isBetween(1, threads);
        assertThat(names).allMatch(n -> n.equals(caller) || n.startsWith("simdyn-parallel-"));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        double[] x = new SplittableRandom(11).doubles(10_000, -1, 1).toArray();
        double[] reference = null;
        for (int threads = 1; threads <= 4; threads++) {
            int chunk = 1000;
            double[] partial = new double[Parallel.chunkCount(x.length, chunk)];
            Parallel.forChunks(x.length, chunk, threads, (c, f, t) -> {
                double s = 0;
                for (int i = f; i < t; i++) {
                    s += x[i] * x[i];
                }
                partial[c] = s;
            });
            if (reference == null) {
                reference = partial;
            } else {
                assertThat(partial).as("threads = %d", threads).containsExactly(reference);
            }
        }
    }

    @ParameterizedTest(name = "[{index}] threads={0}")
    @ValueSource(ints = {1, 2, 4})
    void theFirstExceptionReachesTheCallerUnwrappedAfterEveryChunkStopped(int threads) {
        IllegalStateException boom = new IllegalStateException("boom in chunk 3");
        AtomicInteger running = new AtomicInteger();
        AtomicIntegerArray started = new AtomicIntegerArray(40);
        Throwable thrown = catchThrowable(() -> Parallel.forChunks(40, 1, threads, (c, f, t) -> {
            running.incrementAndGet();
            started.set(c, 1);
            try {
                if (c == 3) {
                    throw boom;
                }
                sleep(2);
            } finally {
                running.decrementAndGet();
            }
        }));
        assertThat(thrown).isSameAs(boom);
        assertThat(running.get()).as("chunks still running when forChunks returned").isZero();
        int startedCount = count(started);
        sleep(20);
        assertThat(count(started)).as("chunks started after forChunks returned").isEqualTo(startedCount);
        assertThat(startedCount).as("chunks are no longer handed out after the failure").isLessThan(40);
        if (threads == 1) {
            assertThat(startedCount).isEqualTo(4);
        }
    }

    @Test
    void errorsPropagateAsThemselves() {
        AssertionError error = new AssertionError("error in chunk 0");
        assertThat(catchThrowable(() -> Parallel.forChunks(8, 1, 3, (c, f, t) -> {
            if (c == 0) {
                throw error;
            }
        }))).isSameAs(error);
    }

    @Test
    void exceptionsOfChunksRunningAtTheSameTimeAreSuppressedIntoTheFirst() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Throwable thrown = catchThrowable(() -> Parallel.forChunks(2, 1, 2, (c, f, t) -> {
            bothStarted.countDown();
            try {
                assertThat(bothStarted.await(20, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalArgumentException("chunk " + c);
        }));
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getSuppressed()).hasSize(1);
        assertThat(List.of(thrown.getMessage(), thrown.getSuppressed()[0].getMessage()))
                .containsExactlyInAnyOrder("chunk 0", "chunk 1");
    }

    @Test
    void nestedCallsCompleteAndAgreeWithSequentialOnes() {
        double[] x = new SplittableRandom(5).doubles(3 * 4096 + 7, -1, 1).toArray();
        double expected = Reductions.sum(x, 0, x.length);
        double[] got = new double[16];
        AtomicInteger innerChunks = new AtomicInteger();
        Parallel.forChunks(16, 1, 4, (c, f, t) -> {
            // a nested forChunks and a nested parallel reduction inside every outer chunk
            Parallel.forChunks(64, 4, 4, (ic, inf, intTo) -> {
                innerChunks.incrementAndGet();
                Parallel.forChunks(4, 1, 3, (jc, jf, jt) -> innerChunks.incrementAndGet());
            });
            got[c] = Reductions.sum(x, 0, x.length, 3);
        });
        for (double g : got) {
            assertThat(Double.doubleToRawLongBits(g)).isEqualTo(Double.doubleToRawLongBits(expected));
        }
        assertThat(innerChunks.get()).isEqualTo(16 * 16 * (1 + 4));
    }

    @Test
    void callsFromAnotherForkJoinPoolWork() throws Exception {
        ForkJoinPool other = new ForkJoinPool(2);
        try {
            int total = other.submit(() -> {
                AtomicInteger n = new AtomicInteger();
                Parallel.forChunks(100, 3, 4, (c, f, t) -> n.addAndGet(t - f));
                return n.get();
            }).get(30, TimeUnit.SECONDS);
            assertThat(total).isEqualTo(100);
        } finally {
            other.shutdown();
        }
    }

    @Test
    void invalidArgumentsAreRejectedBeforeAnyChunkRuns() {
        Parallel.ChunkBody fail = (c, f, t) -> {
            throw new AssertionError("must not run");
        };
        assertThatThrownBy(() -> Parallel.forChunks(-1, 1, 1, fail)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n = -1 is out of range: must be >= 0");
        assertThatThrownBy(() -> Parallel.forChunks(10, 0, 1, fail)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunk = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> Parallel.forChunks(10, 1, 0, fail)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads = 0 is out of range: must be in [1, 1024]");
        assertThatThrownBy(() -> Parallel.forChunks(10, 1, 1025, fail)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads = 1025 is out of range: must be in [1, 1024]");
        assertThatThrownBy(() -> Parallel.forChunks(10, 1, 2, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("body is null: must be a non-null ChunkBody");
        assertThatThrownBy(() -> Parallel.chunkCount(-5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n = -5 is out of range: must be >= 0");
        assertThatThrownBy(() -> Parallel.chunkCount(5, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunk = -2 is out of range: must be >= 1");
        Parallel.forChunks(0, 1, 4, fail); // an empty range runs nothing
    }

    @Test
    void theThreadsPropertyIsParsedAndValidated() {
        assertThat(Parallel.parseThreads(null, 8)).isEqualTo(8);
        assertThat(Parallel.parseThreads(null, 5000)).isEqualTo(1024);
        assertThat(Parallel.parseThreads(null, 0)).isEqualTo(1);
        assertThat(Parallel.parseThreads("4", 8)).isEqualTo(4);
        assertThat(Parallel.parseThreads(" 12 ", 8)).isEqualTo(12);
        assertThat(Parallel.parseThreads("1024", 8)).isEqualTo(1024);
        for (String bad : new String[] {"abc", "0", "-1", "1025", "", "2.5", "99999999999"}) {
            assertThatThrownBy(() -> Parallel.parseThreads(bad, 8)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("simdyn.threads = \"" + bad + "\" is out of range: must be an integer in [1, 1024]");
        }
        assertThat(Parallel.threads()).isEqualTo(Parallel.parseThreads(System.getProperty(Parallel.PROPERTY),
                Runtime.getRuntime().availableProcessors()));
    }

    private static int count(AtomicIntegerArray a) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.get(i);
        }
        return n;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
