package org.simdyn.vector.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.internal.PhiloxBulk;
import org.simdyn.vector.internal.PhiloxBulkPanama;

/**
 * Bulk (SIMD) path against the single-value path, bit for bit: every twin (scalar, 128, 256, 512 bits), the
 * equivalence sizes, offsets {0, 1, 5}, ranges in the middle and at the top of the particle range.
 */
class Philox4x32BulkTest {

    static final int[] SIZES = {0, 1, 3, 7, 8, 13, 63, 64, 65, 1000, 4099};
    static final int[] OFFSETS = {0, 1, 5};
    static final int MAX = 4099;
    static final double SENTINEL = -1234.5;
    static final int WORD_SENTINEL = 0x5A5A5A5A;

    /** One address family of the tests: particles {@code first(n) .. first(n) + n - 1}. */
    record Range(String name, Philox4x32 rng, int purpose, int block, long step, long lowest, boolean top) {
        /** First particle of a range of n particles: fixed at the bottom, or ending at 2^32 - 1 at the top (an
         * empty range starts at 2^32 - 1 there). */
        long first(int n) {
            return top ? lowest + MAX - Math.max(n, 1) : lowest;
        }
    }

    static final Range MIDDLE = new Range("middle", Philox4x32.of(0x0123456789ABCDEFL), 0x0101, 3, 1_000_003L,
            977_777L, false);
    static final Range TOP = new Range("top", Philox4x32.of(-1L), 0xFFFF, 0xFFFF, -1L,
            Philox4x32.MAX_PARTICLE + 1 - MAX, true);

    /** expected[range][k][i]: value k of block b of particle lowest + i, from the single-value path. */
    static double[][][] normals = new double[2][4][MAX];
    static double[][][] uniforms = new double[2][4][MAX];
    static int[][][] words = new int[2][4][MAX];

    @BeforeAll
    static void singlePath() {
        Range[] ranges = {MIDDLE, TOP};
        int[] w = new int[4];
        for (int r = 0; r < 2; r++) {
            Range g = ranges[r];
            for (int i = 0; i < MAX; i++) {
                long p = g.lowest() + i;
                g.rng().words(p, g.purpose(), g.block(), g.step(), w, 0);
                for (int k = 0; k < 4; k++) {
                    normals[r][k][i] = g.rng().normal(p, g.purpose(), g.step(), 4 * g.block() + k);
                    uniforms[r][k][i] = g.rng().uniform(p, g.purpose(), g.step(), 4 * g.block() + k);
                    words[r][k][i] = w[k];
                }
            }
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> twins() {
        return Twins.all();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("twins")
    void normalsEqualTheSinglePath(String name, PhiloxBulk twin) {
        Range[] ranges = {MIDDLE, TOP};
        for (int r = 0; r < 2; r++) {
            Range g = ranges[r];
            for (int n : SIZES) {
                for (int off : OFFSETS) {
                    double[][] z = new double[4][off + n + 3];
                    for (double[] a : z) {
                        Arrays.fill(a, SENTINEL);
                    }
                    long from = g.first(n);
                    g.rng().normals(twin, g.step(), g.purpose(), g.block(), from, n, z[0], z[1], z[2], z[3], off);
                    for (int k = 0; k < 4; k++) {
                        checkDoubles(z[k], normals[r][k], (int) (from - g.lowest()), n, off,
                                name + " " + g.name() + " normal " + k + " n=" + n + " off=" + off);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("twins")
    void uniformsEqualTheSinglePath(String name, PhiloxBulk twin) {
        Range[] ranges = {MIDDLE, TOP};
        for (int r = 0; r < 2; r++) {
            Range g = ranges[r];
            for (int n : SIZES) {
                for (int off : OFFSETS) {
                    double[][] u = new double[4][off + n + 3];
                    for (double[] a : u) {
                        Arrays.fill(a, SENTINEL);
                    }
                    long from = g.first(n);
                    g.rng().uniforms(twin, g.step(), g.purpose(), g.block(), from, n, u[0], u[1], u[2], u[3], off);
                    for (int k = 0; k < 4; k++) {
                        checkDoubles(u[k], uniforms[r][k], (int) (from - g.lowest()), n, off,
                                name + " " + g.name() + " uniform " + k + " n=" + n + " off=" + off);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("twins")
    void wordsEqualTheSinglePath(String name, PhiloxBulk twin) {
        Range[] ranges = {MIDDLE, TOP};
        for (int r = 0; r < 2; r++) {
            Range g = ranges[r];
            for (int n : SIZES) {
                for (int off : OFFSETS) {
                    int[][] w = new int[4][off + n + 3];
                    for (int[] a : w) {
                        Arrays.fill(a, WORD_SENTINEL);
                    }
                    long from = g.first(n);
                    g.rng().words(twin, g.step(), g.purpose(), g.block(), from, n, w[0], w[1], w[2], w[3], off);
                    for (int k = 0; k < 4; k++) {
                        String what = name + " " + g.name() + " word " + k + " n=" + n + " off=" + off;
                        int at = (int) (from - g.lowest());
                        assertThat(Arrays.copyOfRange(w[k], off, off + n)).as(what)
                                .containsExactly(Arrays.copyOfRange(words[r][k], at, at + n));
                        for (int i = 0; i < w[k].length; i++) {
                            if (i < off || i >= off + n) {
                                assertThat(w[k][i]).as(what + " untouched at " + i).isEqualTo(WORD_SENTINEL);
                            }
                        }
                    }
                }
            }
        }
    }

    /** a[off .. off + n) equals expected[at .. at + n) bit for bit; everything else in a is the sentinel. */
    static void checkDoubles(double[] a, double[] expected, int at, int n, int off, String what) {
        for (int i = 0; i < a.length; i++) {
            long want = i >= off && i < off + n ? Double.doubleToRawLongBits(expected[at + i - off])
                    : Double.doubleToRawLongBits(SENTINEL);
            if (Double.doubleToRawLongBits(a[i]) != want) {
                assertThat(Double.toHexString(a[i])).as(what + " at index " + i)
                        .isEqualTo(Double.toHexString(Double.longBitsToDouble(want)));
            }
        }
    }

    @Test
    void thePublicBulkPathUsesTheTwinInForceAndEqualsTheSinglePath() {
        int n = 1000;
        double[][] z = new double[4][n];
        double[][] u = new double[4][n];
        int[][] w = new int[4][n];
        Range g = TOP;
        long from = g.first(n);
        g.rng().normals(g.step(), g.purpose(), g.block(), from, n, z[0], z[1], z[2], z[3], 0);
        g.rng().uniforms(g.step(), g.purpose(), g.block(), from, n, u[0], u[1], u[2], u[3], 0);
        g.rng().words(g.step(), g.purpose(), g.block(), from, n, w[0], w[1], w[2], w[3], 0);
        int at = (int) (from - g.lowest());
        for (int k = 0; k < 4; k++) {
            checkDoubles(z[k], normals[1][k], at, n, 0, "public normal " + k);
            checkDoubles(u[k], uniforms[1][k], at, n, 0, "public uniform " + k);
            assertThat(w[k]).containsExactly(Arrays.copyOfRange(words[1][k], at, at + n));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("twins")
    void nullOutputsAreSkippedAndTheOthersUnchanged(String name, PhiloxBulk twin) {
        int n = 77;
        Range g = MIDDLE;
        double[] z1 = new double[n];
        double[] z2 = new double[n];
        g.rng().normals(twin, g.step(), g.purpose(), g.block(), g.lowest(), n, null, z1, z2, null, 0);
        checkDoubles(z1, normals[0][1], 0, n, 0, name + " z1 alone");
        checkDoubles(z2, normals[0][2], 0, n, 0, name + " z2 alone");
        double[] u3 = new double[n];
        g.rng().uniforms(twin, g.step(), g.purpose(), g.block(), g.lowest(), n, null, null, null, u3, 0);
        checkDoubles(u3, uniforms[0][3], 0, n, 0, name + " u3 alone");
        int[] w0 = new int[n];
        g.rng().words(twin, g.step(), g.purpose(), g.block(), g.lowest(), n, w0, null, null, null, 0);
        assertThat(w0).containsExactly(Arrays.copyOf(words[0][0], n));
        // nothing to write: valid, no effect
        g.rng().normals(twin, g.step(), g.purpose(), g.block(), g.lowest(), n, null, null, null, null, 0);
        g.rng().uniforms(twin, g.step(), g.purpose(), g.block(), g.lowest(), n, null, null, null, null, 0);
        g.rng().words(twin, g.step(), g.purpose(), g.block(), g.lowest(), n, null, null, null, null, 0);
    }

    @Test
    void emptyRangesAtTheVeryTopAreValid() {
        double[] z = new double[0];
        Philox4x32 rng = Philox4x32.of(1);
        rng.normals(0, 0, 0, Philox4x32.MAX_PARTICLE, 0, z, z, z, z, 0);
        rng.normals(0, 0, 0, Philox4x32.MAX_PARTICLE, 1, new double[1], null, null, null, 0);
        assertThatThrownBy(() -> rng.normals(0, 0, 0, Philox4x32.MAX_PARTICLE, 2, new double[2], null, null, null,
                0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        // four threads fill interleaved ranges of one output at once (each with its own scratch)
        int n = 4 * 1000;
        double[] single = new double[n];
        double[] shared = new double[n];
        Range g = MIDDLE;
        g.rng().normals(g.step(), g.purpose(), g.block(), g.lowest(), n, null, null, null, single, 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int part = t;
                jobs.add(pool.submit(() -> {
                    for (int rep = 0; rep < 20; rep++) {
                        for (int c = part; c < n / 100; c += 4) {
                            g.rng().normals(g.step(), g.purpose(), g.block(), g.lowest() + 100L * c, 100, null, null,
                                    null, shared, 100 * c);
                        }
                    }
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        checkDoubles(shared, single, 0, n, 0, "threads");
        checkDoubles(single, normals[0][3], 0, n, 0, "single path");
    }

    @Test
    void explicitWidthsAreCheckedAndTheInForceTwinLoads() {
        assertThatThrownBy(() -> PhiloxBulkPanama.ofWidth(64)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bits = 64 is not a vector width: must be 128, 256 or 512");
        assertThat(Twins.list()).hasSize(4);
    }
}
