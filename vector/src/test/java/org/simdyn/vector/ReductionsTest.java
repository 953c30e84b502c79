package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.internal.ReductionKernels.Op;
import org.simdyn.vector.internal.ReductionsScalar;

/**
 * The public API of {@link Reductions}: the order (pinned by a literal reference implementation and by known
 * answers that other orders get wrong), accuracy against exact sums, max/min special cases, the public combine
 * functions, the threads overloads and argument validation. Twin and width equivalence: ReductionsTwinTest.
 */
class ReductionsTest {

    static final int[] SIZES = {0, 1, 3, 7, 8, 13, 63, 64, 65, 1000, 1023, 1024, 1025, 4099, 3 * 1024 + 17, 70000};
    static final int[] OFFSETS = {0, 1, 5};
    static final double U = 0x1p-53;

    // ---------------------------------------------------------------- data

    /** Values of mixed sign and magnitude (2^-30 .. 2^30), so that the summation order changes the bits. */
    static double[] data(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.scalb(r.nextDouble(-1, 1), r.nextInt(-30, 31));
        }
        return x;
    }

    static Stream<Arguments> sizesAndOffsets() {
        List<Arguments> cases = new ArrayList<>();
        for (int n : SIZES) {
            for (int off : OFFSETS) {
                cases.add(Arguments.of(n, off));
            }
        }
        return cases.stream();
    }

    // ---------------------------------------------------------------- reference: spec section 10, literally

    /** Spec section 10 written out with arrays: blocks of 1024, 16 lanes, halving, then the tree T. */
    static double reference(Op op, double[] a, int aOff, double[] b, int bOff, int len) {
        double identity = op == Op.MAX ? Double.NEGATIVE_INFINITY : op == Op.MIN ? Double.POSITIVE_INFINITY : 0.0;
        if (len == 0) {
            return identity;
        }
        int nb = (len + 1023) / 1024;
        double[] partials = new double[nb];
        for (int j = 0; j < nb; j++) {
            double[] acc = new double[16];
            java.util.Arrays.fill(acc, identity);
            int from = j * 1024;
            int n = Math.min(1024, len - from);
            for (int t = 0; t < n; t++) {
                double x = a[aOff + from + t];
                int k = t % 16;
                acc[k] = switch (op) {
                    case SUM -> acc[k] + x;
                    case DOT -> Math.fma(x, b[bOff + from + t], acc[k]);
                    case MAX -> Math.max(acc[k], x);
                    case MIN -> Math.min(acc[k], x);
                };
            }
            for (int h = 8; h >= 1; h /= 2) {
                for (int k = 0; k < h; k++) {
                    acc[k] = combine(op, acc[k], acc[k + h]);
                }
            }
            partials[j] = acc[0];
        }
        return tree(op, partials, 0, nb);
    }

    static double tree(Op op, double[] p, int lo, int hi) {
        if (hi - lo == 1) {
            return p[lo];
        }
        int m = lo + Integer.highestOneBit(hi - lo - 1);
        return combine(op, tree(op, p, lo, m), tree(op, p, m, hi));
    }

    static double combine(Op op, double x, double y) {
        return switch (op) {
            case SUM, DOT -> x + y;
            case MAX -> Math.max(x, y);
            case MIN -> Math.min(x, y);
        };
    }

    static void assertBits(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(Double.doubleToRawLongBits(actual)).as(what + ": canonical NaN")
                    .isEqualTo(Double.doubleToRawLongBits(Double.NaN));
        } else {
            assertThat(Double.doubleToRawLongBits(actual)).as(what + ": %s vs %s", actual, expected)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    // ---------------------------------------------------------------- the order is pinned

    @ParameterizedTest(name = "[{index}] len={0} off={1}")
    @MethodSource("sizesAndOffsets")
    void everyReductionFollowsTheSpecifiedOrderBitForBit(int len, int off) {
        double[] a = data(1000L + len, len + off + 3);
        double[] b = data(2000L + len, len + off + 7);
        int bOff = (off + 2) % 5;
        String at = "len=" + len + " off=" + off;
        assertBits(Reductions.sum(a, off, len), reference(Op.SUM, a, off, null, 0, len), "sum " + at);
        assertBits(Reductions.dot(a, off, b, bOff, len), reference(Op.DOT, a, off, b, bOff, len), "dot " + at);
        assertBits(Reductions.sumSquares(a, off, len), reference(Op.DOT, a, off, a, off, len), "sumSquares " + at);
        assertBits(Reductions.max(a, off, len), reference(Op.MAX, a, off, null, 0, len), "max " + at);
        assertBits(Reductions.min(a, off, len), reference(Op.MIN, a, off, null, 0, len), "min " + at);
        for (int threads = 2; threads <= 4; threads++) {
            String t = at + " threads=" + threads;
            assertBits(Reductions.sum(a, off, len, threads), reference(Op.SUM, a, off, null, 0, len), "sum " + t);
            assertBits(Reductions.dot(a, off, b, bOff, len, threads), reference(Op.DOT, a, off, b, bOff, len),
                    "dot " + t);
            assertBits(Reductions.sumSquares(a, off, len, threads), reference(Op.DOT, a, off, a, off, len),
                    "sumSquares " + t);
            assertBits(Reductions.max(a, off, len, threads), reference(Op.MAX, a, off, null, 0, len), "max " + t);
            assertBits(Reductions.min(a, off, len, threads), reference(Op.MIN, a, off, null, 0, len), "min " + t);
        }
    }

    @Test
    void lanesAreFilledModulo16AndCombinedByHalving() {
        // lane 0 takes a[0] = 2^53 and then a[16] = 1: 2^53 + 1 rounds to 2^53 (ties to even); lane 1 holds -2^53;
        // halving adds lane 1 to lane 0 last: the result is 0, where a left-to-right loop gives 1
        double[] a = new double[17];
        a[0] = 0x1p53;
        a[1] = -0x1p53;
        a[16] = 1.0;
        assertBits(Reductions.sum(a, 0, 17), 0.0, "sum");
        // lane k holds 2^k and lane 15 a large value: halving pairs (k, k + 8) first
        double[] lanes = new double[16];
        for (int k = 0; k < 16; k++) {
            lanes[k] = k == 8 ? 0x1p53 : 1.0;
        }
        // (l0 + l8) = 2^53 + 1 -> 2^53; every other pair is 2; then 2^53 + 2 + 2 + ... exactly
        double expected = ((((0x1p53) + 2.0) + (2.0 + 2.0)) + ((2.0 + 2.0) + (2.0 + 2.0)));
        assertBits(Reductions.combineLanes(lanes), expected, "combineLanes");
        assertBits(Reductions.sum(lanes, 0, 16), expected, "sum of one group");
        assertThat(expected).isEqualTo(0x1p53 + 14.0);
    }

    @Test
    void blocksCombineByTheLeftCompleteTree() {
        // P0 = 2^53, P1 = 1, P2 = 1: T(0, 3) = (P0 + P1) + P2 = 2^53; a midpoint split P0 + (P1 + P2) gives 2^53 + 2
        double[] a = new double[2049];
        a[0] = 0x1p53;
        a[1024] = 1.0;
        a[2048] = 1.0;
        assertBits(Reductions.sum(a, 0, a.length), 0x1p53, "sum of 3 blocks");
        assertBits(Reductions.combineBlocks(new double[] {0x1p53, 1.0, 1.0}, 3), 0x1p53, "combineBlocks");
        // P = 1, 0, 2^53, -2^53, 0: T = ((P0 + P1) + (P2 + P3)) + P4 = 1; a left-to-right fold gives 0
        double[] c = new double[4 * 1024 + 1];
        c[0] = 1.0;
        c[2048] = 0x1p53;
        c[3072] = -0x1p53;
        assertBits(Reductions.sum(c, 0, c.length), 1.0, "sum of 5 blocks");
        for (int threads = 2; threads <= 4; threads++) {
            assertBits(Reductions.sum(c, 0, c.length, threads), 1.0, "sum of 5 blocks, threads " + threads);
        }
    }

    @Test
    void dotAccumulatesWithFusedMultiplyAdd() {
        // lane 0: fma(1, -1, 0) = -1, then fma(1 + 2^-30, 1 + 2^-30, -1) = 2^-29 + 2^-60 exactly;
        // a separate multiply would round the product to 1 + 2^-29 and lose 2^-60
        double[] a = new double[17];
        double[] b = new double[17];
        a[0] = 1.0;
        b[0] = -1.0;
        a[16] = 1.0 + 0x1p-30;
        b[16] = 1.0 + 0x1p-30;
        assertBits(Reductions.dot(a, 0, b, 0, 17), 0x1p-29 + 0x1p-60, "dot");
        assertBits(Reductions.dot(a, 0, b, 0, 17, 3), 0x1p-29 + 0x1p-60, "dot, 3 threads");
    }

    @Test
    void sumSquaresIsTheDotProductWithItself() {
        double[] a = data(77, 5000);
        for (int len : new int[] {0, 1, 17, 1024, 4999}) {
            assertBits(Reductions.sumSquares(a, 1, len), Reductions.dot(a, 1, a, 1, len), "len " + len);
        }
    }

    @Test
    void emptyRangesGiveTheIdentities() {
        double[] a = {1.0, 2.0};
        assertBits(Reductions.sum(a, 2, 0), 0.0, "sum");
        assertBits(Reductions.dot(a, 0, a, 1, 0), 0.0, "dot");
        assertBits(Reductions.sumSquares(a, 0, 0), 0.0, "sumSquares");
        assertBits(Reductions.max(a, 1, 0), Double.NEGATIVE_INFINITY, "max");
        assertBits(Reductions.min(a, 0, 0, 4), Double.POSITIVE_INFINITY, "min");
        assertBits(Reductions.sum(new double[0], 0, 0, 3), 0.0, "sum of an empty array");
        assertBits(Reductions.combineBlocks(new double[0], 0), 0.0, "combineBlocks");
    }

    @Test
    void lanesStartAtPositiveZero() {
        double[] negZeros = new double[100];
        java.util.Arrays.fill(negZeros, -0.0);
        assertBits(Reductions.sum(negZeros, 0, 1), 0.0, "sum of -0.0");
        assertBits(Reductions.sum(negZeros, 0, 100), 0.0, "sum of 100 x -0.0");
        assertBits(Reductions.dot(negZeros, 0, new double[100], 0, 100), 0.0, "dot of -0.0 and +0.0");
    }

    // ---------------------------------------------------------------- the public building blocks

    @Test
    void combineLanesIsTheHalvingOfTheSpec() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            double[] lanes = data(r.nextLong(), 16);
            double[] acc = lanes.clone();
            for (int h = 8; h >= 1; h /= 2) {
                for (int k = 0; k < h; k++) {
                    acc[k] += acc[k + h];
                }
            }
            double[] before = lanes.clone();
            assertBits(Reductions.combineLanes(lanes), acc[0], "case " + i);
            assertThat(lanes).as("lanes are not modified").containsExactly(before);
        }
    }

    @Test
    void combineBlocksIsTheTreeOfTheSpec() {
        SplittableRandom r = new SplittableRandom(4);
        for (int n = 0; n <= 40; n++) {
            double[] p = data(r.nextLong(), n + 3);
            double[] before = p.clone();
            assertBits(Reductions.combineBlocks(p, n), n == 0 ? 0.0 : tree(Op.SUM, p, 0, n), "n " + n);
            assertThat(p).as("partials are not modified").containsExactly(before);
        }
    }

    @Test
    void aFusedKernelReproducesSumWithTheBuildingBlocks() {
        double[] a = data(9, 3 * 1024 + 17 + 2);
        int off = 2;
        int len = a.length - off;
        int nb = (len + 1023) / 1024;
        double[] partials = new double[nb];
        for (int j = 0; j < nb; j++) {
            int from = off + j * 1024;
            int n = Math.min(1024, len - j * 1024);
            double[] lanes = new double[16];
            for (int t = 0; t < n; t++) {
                lanes[t % 16] += a[from + t];
            }
            partials[j] = Reductions.combineLanes(lanes);
            assertBits(Reductions.sum(a, from, n), partials[j], "block " + j);
        }
        assertBits(Reductions.combineBlocks(partials, nb), Reductions.sum(a, off, len), "sum");
    }

    // ---------------------------------------------------------------- accuracy

    @ParameterizedTest(name = "[{index}] len={0} off={1}")
    @MethodSource("sizesAndOffsets")
    void sumsAreWithinTheirErrorBoundsOfTheExactValue(int len, int off) {
        double[] a = data(3000L + len, len + off);
        double[] b = data(4000L + len, len + off);
        int nb = (len + 1023) / 1024;
        int depth = 64 + 4 + (nb <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(nb - 1));
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumAbs = BigDecimal.ZERO;
        BigDecimal dot = BigDecimal.ZERO;
        BigDecimal dotAbs = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (int i = off; i < off + len; i++) {
            BigDecimal x = new BigDecimal(a[i]);
            BigDecimal xy = x.multiply(new BigDecimal(b[i]));
            sum = sum.add(x);
            sumAbs = sumAbs.add(x.abs());
            dot = dot.add(xy);
            dotAbs = dotAbs.add(xy.abs());
            squares = squares.add(x.multiply(x));
        }
        checkError("sum", Reductions.sum(a, off, len), sum, sumAbs, len, depth);
        checkError("dot", Reductions.dot(a, off, b, off, len), dot, dotAbs, len, depth);
        checkError("sumSquares", Reductions.sumSquares(a, off, len), squares, squares, len, depth);
    }

    /** |error| <= len 2^-52 sum|x| (spec), and the documented gamma_d sum|x|, d = 64 + 4 + ceil(log2 nb). */
    private static void checkError(String what, double computed, BigDecimal exact, BigDecimal sumAbs, int len,
                                   int depth) {
        BigDecimal error = new BigDecimal(computed).subtract(exact).abs();
        BigDecimal specBound = sumAbs.multiply(new BigDecimal(len * 0x1p-52));
        double gamma = depth * U / (1 - depth * U);
        BigDecimal documentedBound = sumAbs.multiply(new BigDecimal(gamma));
        assertThat(error).as("%s: error vs len 2^-52 sum|x|", what).isLessThanOrEqualTo(specBound);
        assertThat(error).as("%s: error vs gamma_%d sum|x|", what, depth).isLessThanOrEqualTo(documentedBound);
    }

    @Test
    void blockedSummationBeatsTheLeftToRightLoopOnALongSum() {
        // 2^20 copies of 0.1: the loop's error grows like n^2 u, the blocked order's like n u
        double[] a = new double[1 << 20];
        java.util.Arrays.fill(a, 0.1);
        BigDecimal exact = new BigDecimal(0.1).multiply(BigDecimal.valueOf(a.length));
        double loop = 0;
        for (double x : a) {
            loop += x;
        }
        BigDecimal blockedError = new BigDecimal(Reductions.sum(a, 0, a.length)).subtract(exact).abs();
        BigDecimal loopError = new BigDecimal(loop).subtract(exact).abs();
        assertThat(blockedError.multiply(BigDecimal.valueOf(1000))).isLessThan(loopError);
    }

    // ---------------------------------------------------------------- max and min

    @Test
    void aNaNAnywhereWinsAndComesOutCanonical() {
        double[] nans = {Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L),
            Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L)};
        int len = 3 * 1024 + 17;
        for (int pos : new int[] {0, 1, 15, 16, 500, 1023, 1024, 2047, 3072, 3072 + 15, len - 1}) {
            for (double nan : nans) {
                double[] a = data(pos, len);
                a[pos] = nan;
                for (int threads = 1; threads <= 4; threads++) {
                    String at = "NaN " + Long.toHexString(Double.doubleToRawLongBits(nan)) + " at " + pos
                            + ", threads " + threads;
                    assertBits(Reductions.max(a, 0, len, threads), Double.NaN, "max, " + at);
                    assertBits(Reductions.min(a, 0, len, threads), Double.NaN, "min, " + at);
                }
                assertBits(Reductions.max(a, pos, 1), Double.NaN, "max of the NaN alone");
                assertBits(Reductions.min(a, pos, len - pos), Double.NaN, "min from the NaN on");
            }
        }
    }

    @Test
    void negativeZeroIsBelowPositiveZero() {
        assertBits(Reductions.max(new double[] {-0.0, 0.0}, 0, 2), 0.0, "max(-0, +0)");
        assertBits(Reductions.max(new double[] {0.0, -0.0}, 0, 2), 0.0, "max(+0, -0)");
        assertBits(Reductions.min(new double[] {0.0, -0.0}, 0, 2), -0.0, "min(+0, -0)");
        assertBits(Reductions.min(new double[] {-0.0, 0.0}, 0, 2), -0.0, "min(-0, +0)");
        assertBits(Reductions.max(new double[] {-0.0}, 0, 1), -0.0, "max(-0)");
        assertBits(Reductions.min(new double[] {0.0}, 0, 1), 0.0, "min(+0)");
        int len = 2 * 1024 + 37;
        for (int pos : new int[] {0, 7, 16, 1030, len - 1}) {
            double[] negative = new double[len];
            java.util.Arrays.fill(negative, -0.0);
            negative[pos] = 0.0;
            double[] positive = new double[len];
            positive[pos] = -0.0;
            for (int threads = 1; threads <= 4; threads++) {
                String at = "pos " + pos + ", threads " + threads;
                assertBits(Reductions.max(negative, 0, len, threads), 0.0, "max, one +0 among -0, " + at);
                assertBits(Reductions.min(negative, 0, len, threads), -0.0, "min of -0 and +0, " + at);
                assertBits(Reductions.min(positive, 0, len, threads), -0.0, "min, one -0 among +0, " + at);
                assertBits(Reductions.max(positive, 0, len, threads), 0.0, "max of +0 and -0, " + at);
            }
            negative[pos] = -0.0;
            assertBits(Reductions.max(negative, 0, len), -0.0, "max of -0 only");
        }
    }

    @Test
    void infinitiesAreOrdinaryExtremes() {
        double[] a = data(5, 3000);
        a[2500] = Double.POSITIVE_INFINITY;
        a[17] = Double.NEGATIVE_INFINITY;
        assertBits(Reductions.max(a, 0, a.length), Double.POSITIVE_INFINITY, "max");
        assertBits(Reductions.min(a, 0, a.length), Double.NEGATIVE_INFINITY, "min");
        double[] ninf = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        assertBits(Reductions.max(ninf, 0, 3), Double.NEGATIVE_INFINITY, "max of -Inf");
        assertBits(Reductions.min(ninf, 0, 3), Double.NEGATIVE_INFINITY, "min of -Inf");
    }

    @Test
    void maxAndMinAreTheExtremes() {
        double[] a = data(6, 4099);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 5; i < a.length; i++) {
            max = Math.max(max, a[i]);
            min = Math.min(min, a[i]);
        }
        assertBits(Reductions.max(a, 5, a.length - 5), max, "max");
        assertBits(Reductions.min(a, 5, a.length - 5), min, "min");
    }

    // ---------------------------------------------------------------- threads overloads and allocation

    @Test
    void theParallelPathGivesTheSameBitsForEveryChunking() {
        double[] a = data(8, 40000 + 5);
        double[] b = data(9, 40000 + 5);
        ReductionsScalar k = new ReductionsScalar();
        for (int len : new int[] {1025, 4099, 3 * 1024 + 17, 9 * 1024, 40000}) {
            for (Op op : Op.values()) {
                double[] second = op == Op.DOT ? b : null;
                double single = Reductions.reduce(k, op, a, 5, second, 3, len);
                for (int chunkBlocks : new int[] {1, 2, 3}) {
                    for (int threads = 2; threads <= 4; threads++) {
                        assertBits(Reductions.reduce(k, op, a, 5, second, 3, len, threads, chunkBlocks), single,
                                op + " len " + len + " chunkBlocks " + chunkBlocks + " threads " + threads);
                    }
                }
            }
        }
    }

    @Test
    void theSingleThreadPathAllocatesNothing() {
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        double[] a = data(10, 5000);
        ReductionsScalar k = new ReductionsScalar();
        Op[] ops = Op.values();
        double sink = 0;
        for (int i = 0; i < 3; i++) {
            for (Op op : ops) {
                sink += Reductions.reduce(k, op, a, 1, a, 2, 4990);
            }
        }
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 25; i++) {
            for (Op op : ops) {
                sink += Reductions.reduce(k, op, a, 1, a, 2, 4990);
            }
        }
        long allocated = bean.getCurrentThreadAllocatedBytes() - before;
        assertThat(sink).isNotNaN();
        // the second call of getCurrentThreadAllocatedBytes may itself allocate a little
        assertThat(allocated).as("bytes allocated by 100 reductions").isLessThan(100);
    }

    // ---------------------------------------------------------------- validation

    @Test
    void invalidArgumentsAreRejectedWithTheirNameValueAndRange() {
        double[] a = new double[10];
        expectIae(() -> Reductions.sum(null, 0, 0), "a is null: must be a non-null array");
        expectIae(() -> Reductions.sum(a, -1, 2), "off = -1 is out of range: must be >= 0");
        expectIae(() -> Reductions.sum(a, 0, -3), "len = -3 is out of range: must be >= 0");
        expectIae(() -> Reductions.sum(a, 4, 7), "off + len = 11 exceeds a.length = 10");
        expectIae(() -> Reductions.sum(a, 5, Integer.MAX_VALUE), "off + len = 2147483652 exceeds a.length = 10");
        expectIae(() -> Reductions.sum(a, 0, 1, 0), "threads = 0 is out of range: must be in [1, 1024]");
        expectIae(() -> Reductions.sum(a, 0, 1, 1025), "threads = 1025 is out of range: must be in [1, 1024]");
        expectIae(() -> Reductions.sum(null, 0, 1, 2), "a is null: must be a non-null array");
        expectIae(() -> Reductions.dot(a, 0, null, 0, 1), "b is null: must be a non-null array");
        expectIae(() -> Reductions.dot(null, 0, a, 0, 1), "a is null: must be a non-null array");
        expectIae(() -> Reductions.dot(a, -2, a, 0, 1), "aOff = -2 is out of range: must be >= 0");
        expectIae(() -> Reductions.dot(a, 0, a, -4, 1), "bOff = -4 is out of range: must be >= 0");
        expectIae(() -> Reductions.dot(a, 0, new double[3], 1, 3), "bOff + len = 4 exceeds b.length = 3");
        expectIae(() -> Reductions.dot(a, 9, a, 0, 2, 2), "aOff + len = 11 exceeds a.length = 10");
        expectIae(() -> Reductions.dot(a, 0, a, 0, 2, -1), "threads = -1 is out of range: must be in [1, 1024]");
        expectIae(() -> Reductions.sumSquares(a, 3, 8), "off + len = 11 exceeds a.length = 10");
        expectIae(() -> Reductions.sumSquares(a, 0, 1, 2000), "threads = 2000 is out of range: must be in [1, 1024]");
        expectIae(() -> Reductions.max(null, 0, 1), "a is null: must be a non-null array");
        expectIae(() -> Reductions.max(a, 0, 11, 2), "off + len = 11 exceeds a.length = 10");
        expectIae(() -> Reductions.min(a, 11, 0), "off + len = 11 exceeds a.length = 10");
        expectIae(() -> Reductions.min(a, 0, -1, 2), "len = -1 is out of range: must be >= 0");
        expectIae(() -> Reductions.combineLanes(null), "lanes is null: must be a double[16]");
        expectIae(() -> Reductions.combineLanes(new double[15]), "lanes.length = 15 is out of range: must be 16");
        expectIae(() -> Reductions.combineLanes(new double[17]), "lanes.length = 17 is out of range: must be 16");
        expectIae(() -> Reductions.combineBlocks(null, 0), "partials is null: must be a non-null array");
        expectIae(() -> Reductions.combineBlocks(a, 11),
                "n = 11 is out of range: must be in [0, partials.length = 10]");
        expectIae(() -> Reductions.combineBlocks(a, -1),
                "n = -1 is out of range: must be in [0, partials.length = 10]");
    }

    private static void expectIae(Executable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @FunctionalInterface
    interface Executable {
        void run();
    }
}
