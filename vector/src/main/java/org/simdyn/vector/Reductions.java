package org.simdyn.vector;

import org.simdyn.vector.internal.ArgChecks;
import org.simdyn.vector.internal.ReductionKernels;
import org.simdyn.vector.internal.ReductionKernels.Op;
import org.simdyn.vector.internal.ReductionsScalar;

/**
 * Deterministic reductions: sums, dot products, sums of squares, maxima and minima whose bits depend only on the
 * input, never on the SIMD width (scalar, 128, 256 or 512 bits), the JIT tier, the machine or the thread count.
 *
 * <h2>The order (foundation spec, section 10)</h2>
 * Every reduction of {@code x[0 .. len)} (for {@link #dot}: {@code (a[i], b[i])} pairs) is evaluated in this
 * fixed order:
 * <ol>
 *   <li><b>Blocks.</b> The range is cut into {@code nb = ceil(len / 1024)} blocks of {@link #BLOCK} = 1024
 *       elements, the last shorter.</li>
 *   <li><b>Lanes.</b> Inside a block, element {@code t} (counted from the block start) goes to virtual lane
 *       {@code t % 16} of {@link #LANES} = 16. Each lane starts at its identity and takes its elements in
 *       increasing {@code t}: {@code acc = acc + x} ({@link #sum}), {@code acc = fma(a, b, acc)} ({@link #dot},
 *       {@link #sumSquares} with {@code b = a}), {@code acc = Math.max(acc, x)}, {@code Math.min(acc, x)}.
 *       Lanes start at +0.0 (sums), -Inf ({@code max}) or +Inf ({@code min}); lanes past the end of a short
 *       block take nothing.</li>
 *   <li><b>Halving.</b> {@code acc[k] = acc[k] + acc[k + h]} for {@code k < h}, {@code h = 8, 4, 2, 1}
 *       ({@code max}/{@code min}: {@code Math.max}/{@code Math.min}); the block's partial is
 *       {@code P[j] = acc[0]}. This is {@link #combineLanes(double[])}.</li>
 *   <li><b>Tree.</b> Block partials combine as {@code T(lo, hi) = hi - lo == 1 ? P[lo] : T(lo, m) + T(m, hi)}
 *       with {@code m = lo + Integer.highestOneBit(hi - lo - 1)}; the result is {@code T(0, nb)}. This is
 *       {@link #combineBlocks(double[], int)}. {@code len == 0} gives the identity: +0.0, -Inf or +Inf.</li>
 * </ol>
 * The 16 lanes are 2, 4 or 8 vectors at 512, 256 or 128 bits and 16 variables in the scalar twin, so every width
 * performs the same IEEE operations on the same operands; {@code reduceLanes} (order unspecified) is never used.
 * The {@code threads} overloads compute the block partials on {@link Parallel} (whole blocks per chunk) and
 * combine them with the same tree on the caller, so they return the same bits for every thread count.
 * Fused kernels in other modules reproduce these results with {@link #combineLanes(double[])} and
 * {@link #combineBlocks(double[], int)}.
 *
 * <h2>Accuracy</h2>
 * Each summand passes through at most {@code d = 64 + 4 + ceil(log2 nb)} roundings (its lane, the halving, the
 * tree), so for {@code sum}, {@code dot} and {@code sumSquares} (Higham, section 4.2)
 * <pre>
 *   |computed - exact| &lt;= gamma_d * sum |x_i|,   gamma_d = d u / (1 - d u),  u = 2^-53,
 * </pre>
 * with {@code |x_i| = |a_i b_i|} for {@code dot}; e.g. {@code d = 78} at 2^20 elements, against
 * {@code d = len - 1} for a left-to-right loop. Overflow gives +-Inf, a NaN anywhere gives NaN.
 * {@code max}/{@code min} are exact: {@code Math.max}/{@code Math.min} semantics ({@code -0.0 < +0.0}; a NaN
 * anywhere gives {@link Double#NaN}, returned with its canonical bits whatever the NaN in the input).
 *
 * <p>References: N. J. Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., SIAM 2002,
 * section 4.2 (pairwise summation); P. Blanchard, N. J. Higham, T. Mary, "A class of fast and accurate summation
 * algorithms", SIAM J. Sci. Comput. 42(3), 2020 (blocked summation).
 *
 * <h2>Cost</h2>
 * The single-thread methods allocate nothing: the tree is evaluated recursively (depth {@code log2 nb}) with the
 * block partials computed at its leaves, and the Panama twin's only array, a 32-double scratch for the last group
 * of fewer than 16 elements, is created once per thread. The {@code threads} overloads run on the caller,
 * allocating nothing, when {@code threads == 1} or the input has at most 8 blocks; otherwise they allocate one
 * {@code double[nb]} of block partials (1/1024 of the input) plus {@link Parallel}'s few task objects per call.
 * One partial per block keeps the result identical to the single-thread one whatever the chunking, and at 8
 * bytes per 8 KiB of input it is cheaper and simpler than per-thread scratch.
 *
 * <p>Every method validates its arguments before any work and throws {@link IllegalArgumentException} naming
 * the parameter, its value and the allowed range. Thread safety: all methods are thread-safe.
 */
public final class Reductions {

    /** Elements per block: 1024. */
    public static final int BLOCK = ReductionKernels.BLOCK;

    /** Virtual lanes per block: 16. */
    public static final int LANES = ReductionKernels.LANES;

    /** Blocks per {@link Parallel} chunk in the {@code threads} overloads (8192 elements). */
    static final int CHUNK_BLOCKS = 8;

    private static final ReductionKernels KERNELS = VectorRuntime.select(ReductionKernels.class,
            "org.simdyn.vector.internal.ReductionsPanama", new ReductionsScalar());

    private Reductions() {
    }

    /**
     * Sum {@code a[off] + ... + a[off + len - 1]} in the fixed blocked order of the class documentation.
     *
     * @param a the data. Not modified.
     * @param off first index, {@code >= 0}
     * @param len number of elements, {@code >= 0}, {@code off + len <= a.length}
     * @return the sum; +0.0 when {@code len == 0}
     * @throws IllegalArgumentException if {@code a} is null or the range is out of bounds
     */
    public static double sum(double[] a, int off, int len) {
        check("a", a, "off", off, len);
        return reduce(KERNELS, Op.SUM, a, off, null, 0, len);
    }

    /**
     * {@link #sum(double[], int, int)} with the blocks computed on up to {@code threads} threads; the same bits
     * for every {@code threads}.
     *
     * @param a the data. Not modified.
     * @param off first index, {@code >= 0}
     * @param len number of elements, {@code >= 0}, {@code off + len <= a.length}
     * @param threads the most threads to use, in [1, {@value Parallel#MAX_THREADS}]
     * @return the sum; +0.0 when {@code len == 0}
     * @throws IllegalArgumentException if {@code a} is null, the range is out of bounds or {@code threads} is out
     *         of range
     */
    public static double sum(double[] a, int off, int len, int threads) {
        check("a", a, "off", off, len);
        checkThreads(threads);
        return reduce(KERNELS, Op.SUM, a, off, null, 0, len, threads, CHUNK_BLOCKS);
    }

    /**
     * Dot product {@code sum a[aOff + i] b[bOff + i]}, {@code 0 <= i < len}, each lane accumulating
     * {@code acc = fma(a, b, acc)} (one rounding per term), in the fixed blocked order of the class documentation.
     *
     * @param a the first factors. Not modified.
     * @param aOff first index in {@code a}, {@code >= 0}
     * @param b the second factors. Not modified.
     * @param bOff first index in {@code b}, {@code >= 0}
     * @param len number of terms, {@code >= 0}, {@code aOff + len <= a.length}, {@code bOff + len <= b.length}
     * @return the dot product; +0.0 when {@code len == 0}
     * @throws IllegalArgumentException if an array is null or a range is out of bounds
     */
    public static double dot(double[] a, int aOff, double[] b, int bOff, int len) {
        check("a", a, "aOff", aOff, len);
        check("b", b, "bOff", bOff, len);
        return reduce(KERNELS, Op.DOT, a, aOff, b, bOff, len);
    }

    /**
     * {@link #dot(double[], int, double[], int, int)} with the blocks computed on up to {@code threads} threads;
     * the same bits for every {@code threads}.
     *
     * @param a the first factors. Not modified.
     * @param aOff first index in {@code a}, {@code >= 0}
     * @param b the second factors. Not modified.
     * @param bOff first index in {@code b}, {@code >= 0}
     * @param len number of terms, {@code >= 0}, {@code aOff + len <= a.length}, {@code bOff + len <= b.length}
     * @param threads the most threads to use, in [1, {@value Parallel#MAX_THREADS}]
     * @return the dot product; +0.0 when {@code len == 0}
     * @throws IllegalArgumentException if an array is null, a range is out of bounds or {@code threads} is out of
     *         range
     */
    public static double dot(double[] a, int aOff, double[] b, int bOff, int len, int threads) {
        check("a", a, "aOff", aOff, len);
        check("b", b, "bOff", bOff, len);
        checkThreads(threads);
        return reduce(KERNELS, Op.DOT, a, aOff, b, bOff, len, threads, CHUNK_BLOCKS);
    }

    /**
     * Sum of squares {@code sum a[off + i]^2}: exactly {@code dot(a, off, a, off, len)} (lanes accumulate
     * {@code acc = fma(a, a, acc)}).
     *
     * @param a the data. Not modified.
     * @param off first index, {@code >= 0}
     * @param len number of elements, {@code >= 0}, {@code off + len <= a.length}
     * @return the sum of squares; +0.0 when {@code len == 0}
     * @throws IllegalArgumentException if {@code a} is null or the range is out of bounds
     */
    public static double sumSquares(double[] a, int off, int len) {
        check("a", a, "off", off, len);
        return reduce(KERNELS, Op.DOT, a, off, a, off, len);
    }

    /**
     * {@link #sumSquares(double[], int, int)} with the blocks computed on up to {@code threads} threads; the same
     * bits for every {@code threads}.
     *
     * @param a the data. Not modified.
     * @param off first index, {@code >= 0}
     * @param len number of elements, {@code >= 0}, {@code off + len <= a.length}
     * @param threads the most threads to use, in [1, {@value Parallel#MAX_THREADS}]
     * @return the sum of squares; +0.0 when {@code len == 0}
     * @throws IllegalArgumentException if {@code a} is null, the range is out of bounds or {@code threads} is out
     *         of range
     */
    public static double sumSquares(double[] a, int off, int len, int threads) {
        check("a", a, "off", off, len);
        checkThreads(threads);
        return reduce(KERNELS, Op.DOT, a, off, a, off, len, threads, CHUNK_BLOCKS);
    }

    /**
     * Largest element with {@link Math#max(double, double)} semantics: {@code -0.0 < +0.0}, and a NaN anywhere
     * gives {@link Double#NaN} (canonical bits).
     *
     * @param a the data. Not modified.
     * @param off first index, {@code >= 0}
     * @param len number of elements, {@code >= 0}, {@code off + len <= a.length}
     * @return the maximum; -Inf when {@code len == 0}
     * @throws IllegalArgumentException if {@code a} is null or the range is out of bounds
     */
    public static double max(double[] a, int off, int len) {
        check("a", a, "off", off, len);
        return reduce(KERNELS, Op.MAX, a, off, null, 0, len);
    }

    /**
     * {@link #max(double[], int, int)} with the blocks computed on up to {@code threads} threads.
     *
     * @param a the data. Not modified.
     * @param off first index, {@code >= 0}
     * @param len number of elements, {@code >= 0}, {@code off + len <= a.length}
     * @param threads the most threads to use, in [1, {@value Parallel#MAX_THREADS}]
     * @return the maximum; -Inf when {@code len == 0}
     * @throws IllegalArgumentException if {@code a} is null, the range is out of bounds or {@code threads} is out
     *         of range
     */
    public static double max(double[] a, int off, int len, int threads) {
        check("a", a, "off", off, len);
        checkThreads(threads);
        return reduce(KERNELS, Op.MAX, a, off, null, 0, len, threads, CHUNK_BLOCKS);
    }

    /**
     * Smallest element with {@link Math#min(double, double)} semantics: {@code -0.0 < +0.0}, and a NaN anywhere
     * gives {@link Double#NaN} (canonical bits).
     *
     * @param a the data. Not modified.
     * @param off first index, {@code >= 0}
     * @param len number of elements, {@code >= 0}, {@code off + len <= a.length}
     * @return the minimum; +Inf when {@code len == 0}
     * @throws IllegalArgumentException if {@code a} is null or the range is out of bounds
     */
    public static double min(double[] a, int off, int len) {
        check("a", a, "off", off, len);
        return reduce(KERNELS, Op.MIN, a, off, null, 0, len);
    }

    /**
     * {@link #min(double[], int, int)} with the blocks computed on up to {@code threads} threads.
     *
     * @param a the data. Not modified.
     * @param off first index, {@code >= 0}
     * @param len number of elements, {@code >= 0}, {@code off + len <= a.length}
     * @param threads the most threads to use, in [1, {@value Parallel#MAX_THREADS}]
     * @return the minimum; +Inf when {@code len == 0}
     * @throws IllegalArgumentException if {@code a} is null, the range is out of bounds or {@code threads} is out
     *         of range
     */
    public static double min(double[] a, int off, int len, int threads) {
        check("a", a, "off", off, len);
        checkThreads(threads);
        return reduce(KERNELS, Op.MIN, a, off, null, 0, len, threads, CHUNK_BLOCKS);
    }

    /**
     * Combines 16 lane sums by halving, the order every sum of this class uses inside a block:
     * {@code acc[k] = acc[k] + acc[k + h]} for {@code k < h}, {@code h = 8, 4, 2, 1}; returns {@code acc[0]}.
     * That is {@code ((l0+l8) + (l4+l12)) + ((l2+l10) + (l6+l14))} plus the same with lanes {@code 1, 9, 5, 13,
     * 3, 11, 7, 15}, in that tree. A fused kernel that accumulates element {@code t} of a block in lane
     * {@code t % 16} calls this to get the block partial of {@link #sum} (or {@link #dot}).
     *
     * @param lanes the 16 lane sums, {@code lanes.length == 16}. Not modified.
     * @return the combined sum
     * @throws IllegalArgumentException if {@code lanes} is null or its length is not 16
     */
    public static double combineLanes(double[] lanes) {
        if (lanes == null) {
            throw new IllegalArgumentException("lanes is null: must be a double[16]");
        }
        if (lanes.length != LANES) {
            throw new IllegalArgumentException("lanes.length = " + lanes.length + " is out of range: must be "
                    + LANES);
        }
        double l0 = lanes[0] + lanes[8];
        double l1 = lanes[1] + lanes[9];
        double l2 = lanes[2] + lanes[10];
        double l3 = lanes[3] + lanes[11];
        double l4 = lanes[4] + lanes[12];
        double l5 = lanes[5] + lanes[13];
        double l6 = lanes[6] + lanes[14];
        double l7 = lanes[7] + lanes[15];
        l0 = l0 + l4;
        l1 = l1 + l5;
        l2 = l2 + l6;
        l3 = l3 + l7;
        l0 = l0 + l2;
        l1 = l1 + l3;
        return l0 + l1;
    }

    /**
     * Combines block partials {@code P[0 .. n)} by the fixed tree every sum of this class uses:
     * {@code T(lo, hi) = hi - lo == 1 ? P[lo] : T(lo, m) + T(m, hi)}, {@code m = lo + Integer.highestOneBit(hi -
     * lo - 1)}; returns {@code T(0, n)}, or +0.0 when {@code n == 0}. The left part is always the largest power
     * of two below {@code hi - lo}, so the tree is pairwise summation over a left-complete binary tree. A fused
     * kernel that computes the partial of block {@code j} (elements {@code [1024 j, 1024 j + 1024)}) into
     * {@code P[j]} gets the result of {@link #sum} from this.
     *
     * @param partials the block partials. Not modified.
     * @param n number of partials, in [0, {@code partials.length}]
     * @return the combined sum
     * @throws IllegalArgumentException if {@code partials} is null or {@code n} is out of range
     */
    public static double combineBlocks(double[] partials, int n) {
        if (partials == null) {
            throw new IllegalArgumentException("partials is null: must be a non-null array");
        }
        if (n < 0 || n > partials.length) {
            throw new IllegalArgumentException("n = " + n + " is out of range: must be in [0, partials.length = "
                    + partials.length + "]");
        }
        return n == 0 ? 0.0 : tree(Op.SUM, partials, 0, n);
    }

    // ---- evaluation (arguments checked); package-private so that tests run every twin and chunking ----

    /** Single-thread reduction with the given kernel; allocates nothing. */
    static double reduce(ReductionKernels k, Op op, double[] a, int aOff, double[] b, int bOff, int len) {
        if (len == 0) {
            return op.identity();
        }
        return canonical(op, tree(k, op, a, aOff, b, bOff, len, 0, blocks(len)));
    }

    /** Reduction with block partials computed on {@code threads} threads, {@code chunkBlocks} blocks per chunk. */
    static double reduce(ReductionKernels k, Op op, double[] a, int aOff, double[] b, int bOff, int len,
                         int threads, int chunkBlocks) {
        int nb = blocks(len);
        if (threads == 1 || nb <= chunkBlocks) {
            return reduce(k, op, a, aOff, b, bOff, len);
        }
        double[] partials = new double[nb];
        Parallel.forChunks(nb, chunkBlocks, threads, (chunk, from, to) -> {
            for (int j = from; j < to; j++) {
                partials[j] = leaf(k, op, a, aOff, b, bOff, len, j);
            }
        });
        return canonical(op, tree(op, partials, 0, nb));
    }

    private static int blocks(int len) {
        return len / BLOCK + (len % BLOCK == 0 ? 0 : 1);
    }

    /** The partial of block {@code j}. */
    private static double leaf(ReductionKernels k, Op op, double[] a, int aOff, double[] b, int bOff, int len,
                               int j) {
        int from = j * BLOCK;
        return k.block(op, a, aOff + from, b, bOff + from, Math.min(BLOCK, len - from));
    }

    /** {@code T(lo, hi)} over blocks whose partials are computed at the leaves. */
    private static double tree(ReductionKernels k, Op op, double[] a, int aOff, double[] b, int bOff, int len,
                               int lo, int hi) {
        if (hi - lo == 1) {
            return leaf(k, op, a, aOff, b, bOff, len, lo);
        }
        int m = split(lo, hi);
        return op.combine(tree(k, op, a, aOff, b, bOff, len, lo, m), tree(k, op, a, aOff, b, bOff, len, m, hi));
    }

    /** {@code T(lo, hi)} over stored partials. */
    private static double tree(Op op, double[] p, int lo, int hi) {
        if (hi - lo == 1) {
            return p[lo];
        }
        int m = split(lo, hi);
        return op.combine(tree(op, p, lo, m), tree(op, p, m, hi));
    }

    private static int split(int lo, int hi) {
        return lo + Integer.highestOneBit(hi - lo - 1);
    }

    /** Any NaN result of max/min becomes the canonical NaN; sums are returned as computed. */
    private static double canonical(Op op, double r) {
        return (op == Op.MAX || op == Op.MIN) && r != r ? Double.NaN : r;
    }

    private static void check(String name, double[] x, String offName, int off, int len) {
        ArgChecks.length(len, "len");
        ArgChecks.range(x, name, off, offName, len);
    }

    private static void checkThreads(int threads) {
        if (threads < 1 || threads > Parallel.MAX_THREADS) {
            throw new IllegalArgumentException("threads = " + threads + " is out of range: must be in [1, "
                    + Parallel.MAX_THREADS + "]");
        }
    }
}
