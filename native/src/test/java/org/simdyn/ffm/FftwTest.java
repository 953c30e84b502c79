package org.simdyn.ffm;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.simdyn.ffm.FftTesting.EPS;
import static org.simdyn.ffm.FftTesting.levels;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tier-1 API on native memory: status and probe, buffers, plan arguments and caching, known answers,
 * round trips, Parseval, concurrent execution and wisdom files. Tests that need FFTW skip without it unless
 * {@code -Dsimdyn.requireNative=true}; argument checks run either way.
 */
class FftwTest {

    private static void requireFftw() {
        NativeTests.requireOrSkip(Fftw.isAvailable(), Fftw.unavailableReason());
    }

    @Test
    void probeOfAMissingPathNamesIt() {
        Fftw.Status status = Fftw.probe("/nonexistent/libfftw3.so.3");
        assertThat(status.available()).isFalse();
        assertThat(status.version()).isNull();
        assertThat(status.reason()).isEqualTo("FFTW3 unavailable: cannot load /nonexistent/libfftw3.so.3"
                + " (set by simdyn.fftw.library) (Debian packages: libfftw3-double3)");
    }

    /** A probe of the library this JVM was told to use (default names when none) sees what the JVM sees. */
    @Test
    void probeAgreesWithThisJvm() {
        Assumptions.assumeFalse(Boolean.getBoolean("simdyn.fftw.disable"), "FFTW disabled in this JVM");
        String library = System.getProperty("simdyn.fftw.library");
        Fftw.Status status = Fftw.probe(library != null && !library.isBlank() ? library
                : System.getenv("SIMDYN_FFTW_LIBRARY"));
        assertThat(status.available()).isEqualTo(Fftw.isAvailable());
        if (status.available()) {
            assertThat(status.reason()).isNull();
            assertThat(status.version()).isEqualTo(Fftw.version()).startsWith("fftw-3.");
            assertThat(Fftw.unavailableReason()).isNull();
        } else {
            assertThat(status.reason()).doesNotContain("\n").contains("libfftw3-double3");
            assertThat(Fftw.version()).isNull();
        }
    }

    @Test
    void allocateGivesZeroedAlignedNativeMemory() {
        MemorySegment segment = Fftw.allocate(37);
        assertThat(segment.isNative()).isTrue();
        assertThat(segment.byteSize()).isEqualTo(37 * 8);
        assertThat(segment.address() % 64).isZero();
        for (int i = 0; i < 37; i++) {
            assertThat(segment.getAtIndex(JAVA_DOUBLE, i)).isEqualTo(0.0);
        }
        assertThatThrownBy(() -> Fftw.allocate(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("doubles = 0 is out of range: must be in [1, 1152921504606846975]");
        assertThatThrownBy(() -> Fftw.allocate(Long.MAX_VALUE / 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("doubles = 2305843009213693951 is out of range");
    }

    @Test
    void planArgumentsAreCheckedWithOrWithoutTheLibrary() {
        assertThatThrownBy(() -> Fftw.c2c(0, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sign = 0 is out of range: must be FORWARD (-1) or BACKWARD (+1)");
        assertThatThrownBy(() -> Fftw.c2c(Fftw.FORWARD, (int[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("shape must not be null");
        assertThatThrownBy(() -> Fftw.r2c()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape.length = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> Fftw.c2r(4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape[1] = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> Fftw.c2c(Fftw.BACKWARD, 1 << 15, 1 << 14)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size = 536870912 (the product of the shape) is out of range: must be <= 2^28 = 268435456");
        assertThatThrownBy(() -> Fftw.exportWisdom(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file must not be null");
        assertThatThrownBy(() -> Fftw.importWisdom(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file must not be null");
    }

    @Test
    void plansAreCachedPerKindShapeAndSign() {
        requireFftw();
        int[] shape = {4, 6};
        FftwPlan forward = Fftw.c2c(Fftw.FORWARD, shape);
        shape[0] = 5;
        assertThat(Fftw.c2c(Fftw.FORWARD, 4, 6)).isSameAs(forward);
        assertThat(forward.shape()).containsExactly(4, 6);
        FftwPlan backward = Fftw.c2c(Fftw.BACKWARD, 4, 6);
        assertThat(backward).isNotSameAs(forward);
        assertThat(forward.kind()).isEqualTo(FftwPlan.Kind.C2C);
        assertThat(forward.sign()).isEqualTo(-1);
        assertThat(backward.sign()).isEqualTo(1);
        assertThat(forward.size()).isEqualTo(24);
        assertThat(forward.inputDoubles()).isEqualTo(48);
        assertThat(forward.outputDoubles()).isEqualTo(48);
        assertThat(forward.flags()).isEqualTo(64); // ESTIMATE, set by the test configuration
        assertThat(forward).hasToString("FftwPlan[c2c forward 4x6 ESTIMATE]");

        FftwPlan r2c = Fftw.r2c(4, 6);
        assertThat(r2c).isSameAs(Fftw.r2c(4, 6)).isNotSameAs(Fftw.r2c(6, 4));
        assertThat(r2c.sign()).isEqualTo(-1);
        assertThat(r2c.inputDoubles()).isEqualTo(24);
        assertThat(r2c.outputDoubles()).isEqualTo(2 * 4 * 4);
        FftwPlan c2r = Fftw.c2r(4, 6);
        assertThat(c2r.sign()).isEqualTo(1);
        assertThat(c2r.inputDoubles()).isEqualTo(32);
        assertThat(c2r.outputDoubles()).isEqualTo(24);
        assertThat(c2r.flags()).isEqualTo(64 | 1);
        assertThat(c2r).hasToString("FftwPlan[c2r 4x6 ESTIMATE|DESTROY_INPUT]");
    }

    @Test
    void executeChecksItsBuffers() {
        requireFftw();
        FftwPlan plan = Fftw.c2c(Fftw.FORWARD, 8);
        MemorySegment in = Fftw.allocate(16);
        MemorySegment out = Fftw.allocate(16);
        assertThatThrownBy(() -> plan.execute(null, out)).isInstanceOf(NullPointerException.class)
                .hasMessage("in must not be null");
        assertThatThrownBy(() -> plan.execute(in, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("out must not be null");
        assertThatThrownBy(() -> plan.execute(MemorySegment.ofArray(new double[16]), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in is a heap segment: must be native memory (see Fftw.allocate)");
        MemorySegment shifted = Fftw.allocate(20).asSlice(8);
        assertThatThrownBy(() -> plan.execute(in, shifted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out.address() = 0x" + Long.toHexString(shifted.address())
                        + " is not 64-byte aligned (see Fftw.allocate)");
        assertThatThrownBy(() -> plan.execute(Fftw.allocate(15), out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in.byteSize() must be >= 128 (16 doubles), got 120");
        assertThatThrownBy(() -> plan.execute(in, out.asReadOnly())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out is read-only: the transform writes it");
        assertThatThrownBy(() -> plan.execute(in, in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in and out overlap: FFTW plans here are out-of-place, the buffers must be distinct");
        MemorySegment big = Fftw.allocate(40);
        assertThatThrownBy(() -> plan.execute(big, big.asSlice(64))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("in and out overlap");
        // Adjacent halves of one allocation are distinct.
        plan.execute(big, big.asSlice(128));
        // A read-only input is fine for c2c (not written), not for c2r (destroyed).
        plan.execute(in.asReadOnly(), out);
        FftwPlan c2r = Fftw.c2r(8);
        assertThatThrownBy(() -> c2r.execute(Fftw.allocate(10).asReadOnly(), Fftw.allocate(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("in is read-only: the transform writes it");
        MemorySegment closed;
        try (Arena arena = Arena.ofConfined()) {
            closed = arena.allocate(128, 64);
        }
        assertThatThrownBy(() -> plan.execute(closed, out)).isInstanceOf(IllegalStateException.class);
    }

    static Stream<FftTesting.Case> knownAnswers() {
        return FftTesting.knownAnswers().stream();
    }

    @ParameterizedTest
    @MethodSource("knownAnswers")
    void forwardMatchesTheKnownAnswers(FftTesting.Case c) {
        requireFftw();
        if (c.kind().equals("c2c")) {
            MemorySegment out = Fftw.allocate(2L * c.size());
            Fftw.c2c(Fftw.FORWARD, c.shape()).execute(FftTesting.interleaved(c.inRe(), c.inIm()), out);
            FftTesting.assertKnownAnswer(c, FftTesting.re(out, c.size()), FftTesting.im(out, c.size()));
        } else {
            int h = FftTesting.spectrumSize(c.shape());
            MemorySegment out = Fftw.allocate(2L * h);
            Fftw.r2c(c.shape()).execute(FftTesting.real(c.inRe()), out);
            FftTesting.assertKnownAnswer(c, FftTesting.re(out, h), FftTesting.im(out, h));
        }
    }

    static Stream<int[]> roundTripShapes() {
        return Stream.of(new int[] {1}, new int[] {2}, new int[] {3}, new int[] {7}, new int[] {60},
                new int[] {77}, new int[] {1024}, new int[] {4096}, new int[] {1 << 16}, new int[] {8, 12},
                new int[] {3840, 16}, new int[] {16, 15, 4}, new int[] {5, 1, 9});
    }

    /** {@code c2c(+1)(c2c(-1) x) / N = x} and Parseval, section 4 bounds. */
    @ParameterizedTest
    @MethodSource("roundTripShapes")
    void complexRoundTripAndParseval(int[] shape) {
        requireFftw();
        int n = FftTesting.size(shape);
        double[] re = FftTesting.uniform(n, 11L * n + 1);
        double[] im = FftTesting.uniform(n, 13L * n + 2);
        MemorySegment x = FftTesting.interleaved(re, im);
        MemorySegment spectrum = Fftw.allocate(2L * n);
        MemorySegment back = Fftw.allocate(2L * n);
        Fftw.c2c(Fftw.FORWARD, shape).execute(x, spectrum);
        Fftw.c2c(Fftw.BACKWARD, shape).execute(spectrum, back);
        assertThat(FftTesting.re(x, n)).containsExactly(re); // c2c keeps its input
        double[] backRe = FftTesting.re(back, n);
        double[] backIm = FftTesting.im(back, n);
        for (int i = 0; i < n; i++) {
            backRe[i] /= n;
            backIm[i] /= n;
        }
        int l = levels(n);
        assertThat(FftTesting.maxAbsDiff(backRe, backIm, re, im) / FftTesting.maxAbs(re, im))
                .isLessThanOrEqualTo(2 * EPS * l);
        double energy = FftTesting.energy(re, im);
        double spectral = FftTesting.energy(FftTesting.re(spectrum, n), FftTesting.im(spectrum, n)) / n;
        assertThat(Math.abs(spectral - energy)).isLessThanOrEqualTo(4 * EPS * l * energy);
    }

    /** {@code c2r(r2c x) / N = x}, section 4 bound. */
    @ParameterizedTest
    @MethodSource("roundTripShapes")
    void realRoundTrip(int[] shape) {
        requireFftw();
        int n = FftTesting.size(shape);
        int h = FftTesting.spectrumSize(shape);
        double[] x = FftTesting.uniform(n, 17L * n + 3);
        MemorySegment spectrum = Fftw.allocate(2L * h);
        MemorySegment back = Fftw.allocate(n);
        Fftw.r2c(shape).execute(FftTesting.real(x), spectrum);
        Fftw.c2r(shape).execute(spectrum, back);
        double[] y = FftTesting.doubles(back, n);
        for (int i = 0; i < n; i++) {
            y[i] /= n;
        }
        assertThat(FftTesting.maxAbsDiff(y, null, x, null) / FftTesting.maxAbs(x, null))
                .isLessThanOrEqualTo(2 * EPS * levels(n));
    }

    /** One plan executed from 4 threads on different buffers gives the sequential results, bit for bit. */
    @Test
    void onePlanRunsConcurrentlyOnDistinctBuffers() throws Exception {
        requireFftw();
        int n = 1024;
        int tasks = 16;
        FftwPlan c2c = Fftw.c2c(Fftw.FORWARD, n);
        FftwPlan r2c = Fftw.r2c(n);
        List<MemorySegment> inputs = new ArrayList<>();
        List<double[]> expected = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            MemorySegment in = FftTesting.interleaved(FftTesting.uniform(n, 100 + t), FftTesting.uniform(n, 200 + t));
            MemorySegment out = Fftw.allocate(2L * n);
            (t % 2 == 0 ? c2c : r2c).execute(in, out);
            inputs.add(in);
            expected.add(FftTesting.doubles(out, 2 * n));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<double[]>>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<double[]> results = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int t = worker; t < tasks; t += 4) {
                            MemorySegment out = Fftw.allocate(2L * n);
                            (t % 2 == 0 ? c2c : r2c).execute(inputs.get(t), out);
                            results.add(FftTesting.doubles(out, 2 * n));
                        }
                    }
                    return results;
                }));
            }
            start.countDown();
            for (int w = 0; w < 4; w++) {
                List<double[]> results = futures.get(w).get();
                int i = 0;
                for (int round = 0; round < 5; round++) {
                    for (int t = w; t < tasks; t += 4) {
                        assertThat(results.get(i++)).as("task %d round %d", t, round).containsExactly(expected.get(t));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wisdomExportsAndImports(@TempDir Path dir) throws IOException {
        requireFftw();
        Fftw.c2c(Fftw.FORWARD, 32);
        Path file = dir.resolve("sub-wisdom");
        Fftw.exportWisdom(file);
        assertThat(Files.readString(file)).startsWith("(fftw-3.");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
        Fftw.exportWisdom(file); // replaces
        Fftw.importWisdom(file);

        Path garbage = Files.writeString(dir.resolve("garbage"), "not wisdom");
        assertThatThrownBy(() -> Fftw.importWisdom(garbage)).isInstanceOf(IOException.class)
                .hasMessage("FFTW could not import wisdom from " + garbage + " (missing, unreadable, or not FFTW"
                        + " wisdom)");
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> Fftw.importWisdom(missing)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("FFTW could not import wisdom from " + missing);
        assertThatThrownBy(() -> Fftw.exportWisdom(dir.resolve("no/such/folder/w")))
                .isInstanceOf(IOException.class);
    }
}
