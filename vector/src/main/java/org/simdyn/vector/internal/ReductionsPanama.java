package org.simdyn.vector.internal;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.kernel.Species;

/**
 * Panama twin of the reduction block kernel. The 16 virtual lanes are {@code V = 16 / L} vectors of
 * {@code L} double lanes (2 vectors at 512 bits, 4 at 256, 8 at 128): vector {@code j} holds lanes
 * {@code j L .. j L + L - 1} and is loaded from elements {@code 16 i + j L ..}. The last, partial group of a block
 * (fewer than 16 elements) is copied into a per-thread scratch array padded with a value that leaves a lane
 * unchanged, and loaded from there. Halving combines whole vectors while {@code h >= L}, then the {@code L} lanes
 * of vector 0 as scalars. {@code reduceLanes} (whose order is unspecified) is never used, nor masks, slices or
 * shuffles (not intrinsified for 2-lane vectors on every CPU, and then the vectors are boxed). Same bits as
 * {@link ReductionsScalar}.
 *
 * <p>The public no-argument constructor (used by {@code VectorRuntime.select}) gives the kernel of the width in
 * force; {@link #forBits(int)} gives one of an explicit width, for tests. Thread-safe; allocates nothing after a
 * thread's first block with a partial group (which creates that thread's 32-double scratch array).
 */
public class ReductionsPanama implements ReductionKernels {

    /** Creates the kernel of the width in force ({@link Species#DOUBLE}). */
    public ReductionsPanama() {
    }

    /**
     * Returns a kernel of an explicit width (tests compare 128, 256 and 512 bits in one JVM).
     *
     * @param bits 128, 256 or 512
     * @return the kernel
     * @throws IllegalArgumentException for another width
     */
    public static ReductionKernels forBits(int bits) {
        return new Fixed(Species.doubles(bits));
    }

    /**
     * The species of this kernel. In production only this class is loaded, so the JIT binds this call to the
     * {@code static final} species (class-hierarchy analysis) and the vector code is fully intrinsified.
     */
    VectorSpecies<Double> species() {
        return Species.DOUBLE;
    }

    /** A kernel of an explicit width (tests). */
    private static final class Fixed extends ReductionsPanama {
        private final VectorSpecies<Double> species;

        Fixed(VectorSpecies<Double> species) {
            this.species = species;
        }

        @Override
        VectorSpecies<Double> species() {
            return species;
        }
    }

    @Override
    public String toString() {
        return "panama " + species().vectorBitSize() + "-bit";
    }

    @Override
    public final double block(Op op, double[] a, int aOff, double[] b, int bOff, int len) {
        return switch (op) {
            case SUM -> sum(a, aOff, len);
            case DOT -> dot(a, aOff, b, bOff, len);
            case MAX -> max(a, aOff, len);
            case MIN -> min(a, aOff, len);
        };
    }

    // One method per operation, each complete (loop, tail, halving), with no helper taking or returning a
    // vector: C2 keeps the vectors in registers only while the operation is a compile-time constant and no
    // vector crosses a call that is not inlined. Measured on JDK 25 with one generic loop (operation chosen
    // inside it) or shared halving helpers: C2 boxed the vectors, 23-100 KB allocated and 10-50x slower per 4096
    // elements. Each method reads species() itself: a species passed as an argument to a method that is not
    // inlined is not a constant, and the Vector API is then not intrinsified.
    //
    // Vector c_j holds lanes j L .. j L + L - 1 (the branches on L fold away). The full 16-element groups are
    // loaded from the array; the last, partial group from TAIL, where the lanes past the end hold a value that
    // leaves the accumulator unchanged: -0.0 for sums (x + (-0.0) == x for every x, +0.0 and -0.0 included),
    // x = -0.0, y = +0.0 for fma (fma(-0.0, +0.0, acc) == acc), -Inf for max, +Inf for min. Halving combines
    // whole vectors while h >= L (h = 8 when L = 2; h = 8 or 4 when L <= 4; then the last pair), then the L
    // lanes of c0 as scalars with the same operation: lane k with lane k + h for h = L/2 .. 1.

    /** Per-thread scratch for the last, partial group: [0, 16) the first operand, [16, 32) the second (dot). */
    private static final ThreadLocal<double[]> TAIL = ThreadLocal.withInitial(() -> new double[2 * LANES]);

    private double sum(double[] a, int off, int len) {
        VectorSpecies<Double> s = species();
        int l = s.length();
        DoubleVector c0 = DoubleVector.zero(s), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        int end = off + (len & -LANES);
        for (int p = off; p < end; p += LANES) {
            c0 = c0.add(DoubleVector.fromArray(s, a, p));
            c1 = c1.add(DoubleVector.fromArray(s, a, p + l));
            if (l <= 4) {
                c2 = c2.add(DoubleVector.fromArray(s, a, p + 2 * l));
                c3 = c3.add(DoubleVector.fromArray(s, a, p + 3 * l));
            }
            if (l == 2) {
                c4 = c4.add(DoubleVector.fromArray(s, a, p + 8));
                c5 = c5.add(DoubleVector.fromArray(s, a, p + 10));
                c6 = c6.add(DoubleVector.fromArray(s, a, p + 12));
                c7 = c7.add(DoubleVector.fromArray(s, a, p + 14));
            }
        }
        int rest = off + len - end;
        if (rest > 0) {
            double[] t = pad(a, end, rest, -0.0, TAIL.get(), 0);
            c0 = c0.add(DoubleVector.fromArray(s, t, 0));
            c1 = c1.add(DoubleVector.fromArray(s, t, l));
            if (l <= 4) {
                c2 = c2.add(DoubleVector.fromArray(s, t, 2 * l));
                c3 = c3.add(DoubleVector.fromArray(s, t, 3 * l));
            }
            if (l == 2) {
                c4 = c4.add(DoubleVector.fromArray(s, t, 8));
                c5 = c5.add(DoubleVector.fromArray(s, t, 10));
                c6 = c6.add(DoubleVector.fromArray(s, t, 12));
                c7 = c7.add(DoubleVector.fromArray(s, t, 14));
            }
        }
        if (l == 2) {
            c0 = c0.add(c4);
            c1 = c1.add(c5);
            c2 = c2.add(c6);
            c3 = c3.add(c7);
        }
        if (l <= 4) {
            c0 = c0.add(c2);
            c1 = c1.add(c3);
        }
        c0 = c0.add(c1);
        double x0 = c0.lane(0);
        double x1 = c0.lane(1);
        if (l == 2) {
            return x0 + x1;
        }
        double x2 = c0.lane(2);
        double x3 = c0.lane(3);
        if (l == 4) {
            return (x0 + x2) + (x1 + x3);
        }
        return ((x0 + c0.lane(4)) + (x2 + c0.lane(6))) + ((x1 + c0.lane(5)) + (x3 + c0.lane(7)));
    }

    private double dot(double[] a, int aOff, double[] b, int bOff, int len) {
        VectorSpecies<Double> s = species();
        int l = s.length();
        DoubleVector c0 = DoubleVector.zero(s), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        int full = len & -LANES;
        int d = bOff - aOff;
        for (int p = aOff; p < aOff + full; p += LANES) {
            c0 = DoubleVector.fromArray(s, a, p).fma(DoubleVector.fromArray(s, b, p + d), c0);
            c1 = DoubleVector.fromArray(s, a, p + l).fma(DoubleVector.fromArray(s, b, p + d + l), c1);
            if (l <= 4) {
                c2 = DoubleVector.fromArray(s, a, p + 2 * l).fma(DoubleVector.fromArray(s, b, p + d + 2 * l), c2);
                c3 = DoubleVector.fromArray(s, a, p + 3 * l).fma(DoubleVector.fromArray(s, b, p + d + 3 * l), c3);
            }
            if (l == 2) {
                c4 = DoubleVector.fromArray(s, a, p + 8).fma(DoubleVector.fromArray(s, b, p + d + 8), c4);
                c5 = DoubleVector.fromArray(s, a, p + 10).fma(DoubleVector.fromArray(s, b, p + d + 10), c5);
                c6 = DoubleVector.fromArray(s, a, p + 12).fma(DoubleVector.fromArray(s, b, p + d + 12), c6);
                c7 = DoubleVector.fromArray(s, a, p + 14).fma(DoubleVector.fromArray(s, b, p + d + 14), c7);
            }
        }
        int rest = len - full;
        if (rest > 0) {
            // x past the end is -0.0, y +0.0: fma(-0.0, +0.0, acc) = -0.0 + acc == acc
            double[] t = pad(b, bOff + full, rest, 0.0, pad(a, aOff + full, rest, -0.0, TAIL.get(), 0), LANES);
            c0 = DoubleVector.fromArray(s, t, 0).fma(DoubleVector.fromArray(s, t, LANES), c0);
            c1 = DoubleVector.fromArray(s, t, l).fma(DoubleVector.fromArray(s, t, LANES + l), c1);
            if (l <= 4) {
                c2 = DoubleVector.fromArray(s, t, 2 * l).fma(DoubleVector.fromArray(s, t, LANES + 2 * l), c2);
                c3 = DoubleVector.fromArray(s, t, 3 * l).fma(DoubleVector.fromArray(s, t, LANES + 3 * l), c3);
            }
            if (l == 2) {
                c4 = DoubleVector.fromArray(s, t, 8).fma(DoubleVector.fromArray(s, t, LANES + 8), c4);
                c5 = DoubleVector.fromArray(s, t, 10).fma(DoubleVector.fromArray(s, t, LANES + 10), c5);
                c6 = DoubleVector.fromArray(s, t, 12).fma(DoubleVector.fromArray(s, t, LANES + 12), c6);
                c7 = DoubleVector.fromArray(s, t, 14).fma(DoubleVector.fromArray(s, t, LANES + 14), c7);
            }
        }
        if (l == 2) {
            c0 = c0.add(c4);
            c1 = c1.add(c5);
            c2 = c2.add(c6);
            c3 = c3.add(c7);
        }
        if (l <= 4) {
            c0 = c0.add(c2);
            c1 = c1.add(c3);
        }
        c0 = c0.add(c1);
        double x0 = c0.lane(0);
        double x1 = c0.lane(1);
        if (l == 2) {
            return x0 + x1;
        }
        double x2 = c0.lane(2);
        double x3 = c0.lane(3);
        if (l == 4) {
            return (x0 + x2) + (x1 + x3);
        }
        return ((x0 + c0.lane(4)) + (x2 + c0.lane(6))) + ((x1 + c0.lane(5)) + (x3 + c0.lane(7)));
    }

    private double max(double[] a, int off, int len) {
        VectorSpecies<Double> s = species();
        int l = s.length();
        double id = Double.NEGATIVE_INFINITY;
        DoubleVector c0 = DoubleVector.broadcast(s, id), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0;
        DoubleVector c7 = c0;
        int end = off + (len & -LANES);
        for (int p = off; p < end; p += LANES) {
            c0 = c0.max(DoubleVector.fromArray(s, a, p));
            c1 = c1.max(DoubleVector.fromArray(s, a, p + l));
            if (l <= 4) {
                c2 = c2.max(DoubleVector.fromArray(s, a, p + 2 * l));
                c3 = c3.max(DoubleVector.fromArray(s, a, p + 3 * l));
            }
            if (l == 2) {
                c4 = c4.max(DoubleVector.fromArray(s, a, p + 8));
                c5 = c5.max(DoubleVector.fromArray(s, a, p + 10));
                c6 = c6.max(DoubleVector.fromArray(s, a, p + 12));
                c7 = c7.max(DoubleVector.fromArray(s, a, p + 14));
            }
        }
        int rest = off + len - end;
        if (rest > 0) {
            double[] t = pad(a, end, rest, id, TAIL.get(), 0);
            c0 = c0.max(DoubleVector.fromArray(s, t, 0));
            c1 = c1.max(DoubleVector.fromArray(s, t, l));
            if (l <= 4) {
                c2 = c2.max(DoubleVector.fromArray(s, t, 2 * l));
                c3 = c3.max(DoubleVector.fromArray(s, t, 3 * l));
            }
            if (l == 2) {
                c4 = c4.max(DoubleVector.fromArray(s, t, 8));
                c5 = c5.max(DoubleVector.fromArray(s, t, 10));
                c6 = c6.max(DoubleVector.fromArray(s, t, 12));
                c7 = c7.max(DoubleVector.fromArray(s, t, 14));
            }
        }
        if (l == 2) {
            c0 = c0.max(c4);
            c1 = c1.max(c5);
            c2 = c2.max(c6);
            c3 = c3.max(c7);
        }
        if (l <= 4) {
            c0 = c0.max(c2);
            c1 = c1.max(c3);
        }
        c0 = c0.max(c1);
        double x0 = c0.lane(0);
        double x1 = c0.lane(1);
        if (l == 2) {
            return Math.max(x0, x1);
        }
        double x2 = c0.lane(2);
        double x3 = c0.lane(3);
        if (l == 4) {
            return Math.max(Math.max(x0, x2), Math.max(x1, x3));
        }
        return Math.max(Math.max(Math.max(x0, c0.lane(4)), Math.max(x2, c0.lane(6))),
                Math.max(Math.max(x1, c0.lane(5)), Math.max(x3, c0.lane(7))));
    }

    private double min(double[] a, int off, int len) {
        VectorSpecies<Double> s = species();
        int l = s.length();
        double id = Double.POSITIVE_INFINITY;
        DoubleVector c0 = DoubleVector.broadcast(s, id), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0;
        DoubleVector c7 = c0;
        int end = off + (len & -LANES);
        for (int p = off; p < end; p += LANES) {
            c0 = c0.min(DoubleVector.fromArray(s, a, p));
            c1 = c1.min(DoubleVector.fromArray(s, a, p + l));
            if (l <= 4) {
                c2 = c2.min(DoubleVector.fromArray(s, a, p + 2 * l));
                c3 = c3.min(DoubleVector.fromArray(s, a, p + 3 * l));
            }
            if (l == 2) {
                c4 = c4.min(DoubleVector.fromArray(s, a, p + 8));
                c5 = c5.min(DoubleVector.fromArray(s, a, p + 10));
                c6 = c6.min(DoubleVector.fromArray(s, a, p + 12));
                c7 = c7.min(DoubleVector.fromArray(s, a, p + 14));
            }
        }
        int rest = off + len - end;
        if (rest > 0) {
            double[] t = pad(a, end, rest, id, TAIL.get(), 0);
            c0 = c0.min(DoubleVector.fromArray(s, t, 0));
            c1 = c1.min(DoubleVector.fromArray(s, t, l));
            if (l <= 4) {
                c2 = c2.min(DoubleVector.fromArray(s, t, 2 * l));
                c3 = c3.min(DoubleVector.fromArray(s, t, 3 * l));
            }
            if (l == 2) {
                c4 = c4.min(DoubleVector.fromArray(s, t, 8));
                c5 = c5.min(DoubleVector.fromArray(s, t, 10));
                c6 = c6.min(DoubleVector.fromArray(s, t, 12));
                c7 = c7.min(DoubleVector.fromArray(s, t, 14));
            }
        }
        if (l == 2) {
            c0 = c0.min(c4);
            c1 = c1.min(c5);
            c2 = c2.min(c6);
            c3 = c3.min(c7);
        }
        if (l <= 4) {
            c0 = c0.min(c2);
            c1 = c1.min(c3);
        }
        c0 = c0.min(c1);
        double x0 = c0.lane(0);
        double x1 = c0.lane(1);
        if (l == 2) {
            return Math.min(x0, x1);
        }
        double x2 = c0.lane(2);
        double x3 = c0.lane(3);
        if (l == 4) {
            return Math.min(Math.min(x0, x2), Math.min(x1, x3));
        }
        return Math.min(Math.min(Math.min(x0, c0.lane(4)), Math.min(x2, c0.lane(6))),
                Math.min(Math.min(x1, c0.lane(5)), Math.min(x3, c0.lane(7))));
    }

    /**
     * Copies the last, partial group ({@code rest < 16} elements from {@code a[g]}) to {@code t[at .. at + rest)}
     * and fills {@code t[at + rest .. at + 16)} with {@code fill}; returns {@code t}.
     */
    private static double[] pad(double[] a, int g, int rest, double fill, double[] t, int at) {
        System.arraycopy(a, g, t, at, rest);
        Arrays.fill(t, at + rest, at + LANES, fill);
        return t;
    }
}
