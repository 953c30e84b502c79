package org.simdyn.vector.internal;

/**
 * The block kernel of the deterministic reductions ({@code org.simdyn.vector.Reductions}), with a scalar twin
 * ({@link ReductionsScalar}) and a Panama twin ({@link ReductionsPanama}) that return the same bits.
 *
 * <p>{@link #block} reduces one block of at most {@link #BLOCK} elements: element {@code t} (counted from the
 * block start) goes to virtual lane {@code t % 16}; each lane starts at {@link Op#identity()} and applies
 * {@code acc = op(acc, x)} in increasing {@code t}; lanes past the end apply nothing; then the 16 lanes combine
 * by halving, {@code acc[k] = combine(acc[k], acc[k + h])} for {@code k < h}, {@code h = 8, 4, 2, 1}, and
 * {@code acc[0]} is the result. The caller combines block results with the tree of {@code Reductions}.
 * Arguments are not checked.
 */
public interface ReductionKernels {

    /** Elements per block. */
    int BLOCK = 1024;

    /** Virtual lanes per block. */
    int LANES = 16;

    /** The reduction operation. */
    enum Op {
        /** {@code acc = acc + a[i]}; lanes start at +0.0. */
        SUM,
        /** {@code acc = fma(a[i], b[i], acc)}; lanes start at +0.0. */
        DOT,
        /** {@code acc = Math.max(acc, a[i])}; lanes start at -Inf. */
        MAX,
        /** {@code acc = Math.min(acc, a[i])}; lanes start at +Inf. */
        MIN;

        /** Returns the starting value of a lane and the result of an empty reduction. */
        public double identity() {
            return switch (this) {
                case SUM, DOT -> 0.0;
                case MAX -> Double.NEGATIVE_INFINITY;
                case MIN -> Double.POSITIVE_INFINITY;
            };
        }

        /** Combines two lanes or two partial results: {@code x + y}, {@code Math.max} or {@code Math.min}. */
        public double combine(double x, double y) {
            return switch (this) {
                case SUM, DOT -> x + y;
                case MAX -> Math.max(x, y);
                case MIN -> Math.min(x, y);
            };
        }
    }

    /**
     * Reduces {@code a[aOff .. aOff + len)} (and {@code b[bOff .. bOff + len)} for {@link Op#DOT}) as one block.
     *
     * @param op the operation
     * @param a the data. Not modified.
     * @param aOff first index in {@code a}
     * @param b the second factor of {@link Op#DOT}, ignored (may be null) otherwise. Not modified.
     * @param bOff first index in {@code b}
     * @param len number of elements, in [0, {@link #BLOCK}]
     * @return the lane-combined block result; {@code op.identity()} when {@code len == 0}
     */
    double block(Op op, double[] a, int aOff, double[] b, int bOff, int len);
}
