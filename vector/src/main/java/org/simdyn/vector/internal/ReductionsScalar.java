package org.simdyn.vector.internal;

/**
 * Scalar twin of the reduction block kernel: the 16 virtual lanes are 16 local variables. Same bits as
 * {@link ReductionsPanama} at every width. Stateless and thread-safe; allocates nothing.
 */
public final class ReductionsScalar implements ReductionKernels {

    /** Creates the (stateless) scalar kernel. */
    public ReductionsScalar() {
    }

    @Override
    public String toString() {
        return "scalar";
    }

    @Override
    public double block(Op op, double[] a, int aOff, double[] b, int bOff, int len) {
        double init = op.identity();
        double c0 = init, c1 = init, c2 = init, c3 = init, c4 = init, c5 = init, c6 = init, c7 = init;
        double c8 = init, c9 = init, c10 = init, c11 = init, c12 = init, c13 = init, c14 = init, c15 = init;
        int full = len & -LANES;
        for (int i = 0; i < full; i += LANES) {
            int p = aOff + i;
            int q = bOff + i;
            c0 = apply(op, c0, a, p, b, q);
            c1 = apply(op, c1, a, p + 1, b, q + 1);
            c2 = apply(op, c2, a, p + 2, b, q + 2);
            c3 = apply(op, c3, a, p + 3, b, q + 3);
            c4 = apply(op, c4, a, p + 4, b, q + 4);
            c5 = apply(op, c5, a, p + 5, b, q + 5);
            c6 = apply(op, c6, a, p + 6, b, q + 6);
            c7 = apply(op, c7, a, p + 7, b, q + 7);
            c8 = apply(op, c8, a, p + 8, b, q + 8);
            c9 = apply(op, c9, a, p + 9, b, q + 9);
            c10 = apply(op, c10, a, p + 10, b, q + 10);
            c11 = apply(op, c11, a, p + 11, b, q + 11);
            c12 = apply(op, c12, a, p + 12, b, q + 12);
            c13 = apply(op, c13, a, p + 13, b, q + 13);
            c14 = apply(op, c14, a, p + 14, b, q + 14);
            c15 = apply(op, c15, a, p + 15, b, q + 15);
        }
        // tail: the remaining rest < 16 elements go to lanes 0 .. rest - 1
        int rest = len - full;
        int p = aOff + full;
        int q = bOff + full;
        if (rest > 0) {
            c0 = apply(op, c0, a, p, b, q);
        }
        if (rest > 1) {
            c1 = apply(op, c1, a, p + 1, b, q + 1);
        }
        if (rest > 2) {
            c2 = apply(op, c2, a, p + 2, b, q + 2);
        }
        if (rest > 3) {
            c3 = apply(op, c3, a, p + 3, b, q + 3);
        }
        if (rest > 4) {
            c4 = apply(op, c4, a, p + 4, b, q + 4);
        }
        if (rest > 5) {
            c5 = apply(op, c5, a, p + 5, b, q + 5);
        }
        if (rest > 6) {
            c6 = apply(op, c6, a, p + 6, b, q + 6);
        }
        if (rest > 7) {
            c7 = apply(op, c7, a, p + 7, b, q + 7);
        }
        if (rest > 8) {
            c8 = apply(op, c8, a, p + 8, b, q + 8);
        }
        if (rest > 9) {
            c9 = apply(op, c9, a, p + 9, b, q + 9);
        }
        if (rest > 10) {
            c10 = apply(op, c10, a, p + 10, b, q + 10);
        }
        if (rest > 11) {
            c11 = apply(op, c11, a, p + 11, b, q + 11);
        }
        if (rest > 12) {
            c12 = apply(op, c12, a, p + 12, b, q + 12);
        }
        if (rest > 13) {
            c13 = apply(op, c13, a, p + 13, b, q + 13);
        }
        if (rest > 14) {
            c14 = apply(op, c14, a, p + 14, b, q + 14);
        }
        // halving: h = 8, 4, 2, 1
        c0 = op.combine(c0, c8);
        c1 = op.combine(c1, c9);
        c2 = op.combine(c2, c10);
        c3 = op.combine(c3, c11);
        c4 = op.combine(c4, c12);
        c5 = op.combine(c5, c13);
        c6 = op.combine(c6, c14);
        c7 = op.combine(c7, c15);
        c0 = op.combine(c0, c4);
        c1 = op.combine(c1, c5);
        c2 = op.combine(c2, c6);
        c3 = op.combine(c3, c7);
        c0 = op.combine(c0, c2);
        c1 = op.combine(c1, c3);
        return op.combine(c0, c1);
    }

    private static double apply(Op op, double acc, double[] a, int p, double[] b, int q) {
        return switch (op) {
            case SUM -> acc + a[p];
            case DOT -> Math.fma(a[p], b[q], acc);
            case MAX -> Math.max(acc, a[p]);
            case MIN -> Math.min(acc, a[p]);
        };
    }
}
