package org.simdyn.ffm;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import org.simdyn.ffm.internal.FftwLibrary;

/**
 * A cached FFTW plan for one (kind, shape, sign), executed on caller-owned native memory in FFTW's own
 * layout and semantics: interleaved complex numbers ({@code re, im} pairs of doubles), row-major shapes,
 * unnormalised transforms, out-of-place only. Obtained from {@link Fftw#c2c(int, int...)},
 * {@link Fftw#r2c(int...)} and {@link Fftw#c2r(int...)}; asking twice returns the same object.
 *
 * <p>For a shape {@code (n_0, ..., n_{d-1})} with {@code N} points and half spectrum {@code H = N / n_{d-1}
 * * (n_{d-1}/2 + 1)} points:
 * <ul>
 *   <li>c2c: {@code X[k] = sum_j x[j] exp(sign * 2 pi i sum_a j_a k_a / n_a)}; input and output {@code 2N}
 *       doubles;</li>
 *   <li>r2c (sign -1): {@code N} real doubles in, {@code 2H} doubles out (the half spectrum);</li>
 *   <li>c2r (sign +1): {@code 2H} doubles in, {@code N} real doubles out; the input is destroyed and must be
 *       Hermitian (imaginary parts a real signal cannot have are ignored).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: {@link #execute(MemorySegment, MemorySegment)} may run concurrently from
 * any number of threads on distinct buffers ({@code fftw_execute_dft} and its kin are thread-safe). Results
 * are not bit-reproducible across JVM runs unless wisdom fixes the plans (MEASURE picks algorithms by
 * timing).
 */
public final class FftwPlan {

    /** The kinds of transform. */
    public enum Kind {
        /** Complex to complex ({@code fftw_plan_dft}). */
        C2C("c2c", 0),
        /** Real to half-spectrum complex ({@code fftw_plan_dft_r2c}), sign -1. */
        R2C("r2c", FftwLibrary.FORWARD),
        /** Half-spectrum complex to real ({@code fftw_plan_dft_c2r}), sign +1. */
        C2R("c2r", FftwLibrary.BACKWARD);

        private final String label;
        private final int sign;

        Kind(String label, int sign) {
            this.label = label;
            this.sign = sign;
        }

        /**
         * The short name: {@code "c2c"}, {@code "r2c"} or {@code "c2r"}.
         *
         * @return the short name: {@code "c2c"}, {@code "r2c"} or {@code "c2r"}
         */
        public String label() {
            return label;
        }

        /**
         * The sign of the exponent of r2c (-1) and c2r (+1); 0 for c2c, whose sign is the plan's.
         *
         * @return the sign of the exponent of r2c (-1) and c2r (+1); 0 for c2c, whose sign is the plan's
         */
        public int sign() {
            return sign;
        }

        /**
         * The length of an input buffer.
         *
         * @param shape a valid shape
         * @return {@code 2N} (c2c), {@code N} (r2c) or {@code 2H} (c2r) doubles
         */
        public long inputDoubles(int[] shape) {
            return switch (this) {
                case C2C -> 2 * FftwLibrary.points(shape);
                case R2C -> FftwLibrary.points(shape);
                case C2R -> 2 * halfSpectrum(shape);
            };
        }

        /**
         * The length of an output buffer.
         *
         * @param shape a valid shape
         * @return {@code 2N} (c2c), {@code 2H} (r2c) or {@code N} (c2r) doubles
         */
        public long outputDoubles(int[] shape) {
            return switch (this) {
                case C2C -> 2 * FftwLibrary.points(shape);
                case R2C -> 2 * halfSpectrum(shape);
                case C2R -> FftwLibrary.points(shape);
            };
        }

        private static long halfSpectrum(int[] shape) {
            int last = shape[shape.length - 1];
            return FftwLibrary.points(shape) / last * (last / 2 + 1);
        }
    }

    private final FftwLibrary.Plan plan;

    FftwPlan(FftwLibrary.Plan plan) {
        this.plan = plan;
    }

    /**
     * The kind of transform.
     *
     * @return the kind of transform
     */
    public Kind kind() {
        return plan.kind();
    }

    /**
     * The sign of the exponent: {@link Fftw#FORWARD} (-1) or {@link Fftw#BACKWARD} (+1).
     *
     * @return the sign of the exponent: {@link Fftw#FORWARD} (-1) or {@link Fftw#BACKWARD} (+1)
     */
    public int sign() {
        return plan.sign();
    }

    /**
     * A copy of the logical shape {@code (n_0, ..., n_{d-1})}.
     *
     * @return a copy of the logical shape {@code (n_0, ..., n_{d-1})}
     */
    public int[] shape() {
        return plan.shape();
    }

    /**
     * The FFTW planner flags the plan was made with (e.g. {@code FFTW_MEASURE = 0}).
     *
     * @return the FFTW planner flags the plan was made with (e.g. {@code FFTW_MEASURE = 0})
     */
    public int flags() {
        return plan.flags();
    }

    /**
     * The number of points {@code N}, the product of the shape.
     *
     * @return the number of points {@code N}, the product of the shape
     */
    public long size() {
        return plan.points();
    }

    /**
     * The minimum length in doubles of {@code in}: {@code 2N} (c2c), {@code N} (r2c), {@code 2H} (c2r).
     *
     * @return the minimum length in doubles of {@code in}: {@code 2N} (c2c), {@code N} (r2c), {@code 2H} (c2r)
     */
    public long inputDoubles() {
        return plan.inputDoubles();
    }

    /**
     * The minimum length in doubles of {@code out}: {@code 2N} (c2c), {@code 2H} (r2c), {@code N} (c2r).
     *
     * @return the minimum length in doubles of {@code out}: {@code 2N} (c2c), {@code 2H} (r2c), {@code N} (c2r)
     */
    public long outputDoubles() {
        return plan.outputDoubles();
    }

    /**
     * Runs the transform from {@code in} to {@code out} ({@code fftw_execute_dft}, {@code _r2c} or
     * {@code _c2r}). Only the first {@link #inputDoubles()} and {@link #outputDoubles()} doubles are used.
     *
     * @param in the input, native, {@value FftwLibrary#ALIGNMENT}-byte aligned (as from
     *        {@link Fftw#allocate(long)}), at least {@link #inputDoubles()} doubles. Not modified, except by
     *        c2r, which destroys it.
     * @param out the output, native, aligned, writable, at least {@link #outputDoubles()} doubles, not
     *        overlapping {@code in}. Modified.
     * @throws NullPointerException naming {@code in} or {@code out} when {@code null}
     * @throws IllegalArgumentException when a buffer is on the heap, misaligned, too short or read-only, or
     *         when the two overlap
     * @throws IllegalStateException when a buffer's arena is closed or owned by another thread
     */
    public void execute(MemorySegment in, MemorySegment out) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(out, "out must not be null");
        long inBytes = plan.inputDoubles() * Double.BYTES;
        long outBytes = plan.outputDoubles() * Double.BYTES;
        check("in", in, inBytes, plan.kind() == Kind.C2R);
        check("out", out, outBytes, true);
        if (in.address() < out.address() + outBytes && out.address() < in.address() + inBytes) {
            throw new IllegalArgumentException("in and out overlap: FFTW plans here are out-of-place, the buffers"
                    + " must be distinct");
        }
        FftwLibrary.execute(plan, in, out);
    }

    private static void check(String name, MemorySegment segment, long bytes, boolean written) {
        if (!segment.isNative()) {
            throw new IllegalArgumentException(name + " is a heap segment: must be native memory (see"
                    + " Fftw.allocate)");
        }
        if (segment.address() % FftwLibrary.ALIGNMENT != 0) {
            throw new IllegalArgumentException(name + ".address() = 0x" + Long.toHexString(segment.address())
                    + " is not " + FftwLibrary.ALIGNMENT + "-byte aligned (see Fftw.allocate)");
        }
        if (segment.byteSize() < bytes) {
            throw new IllegalArgumentException(name + ".byteSize() must be >= " + bytes + " (" + bytes / Double.BYTES
                    + " doubles), got " + segment.byteSize());
        }
        if (written && segment.isReadOnly()) {
            throw new IllegalArgumentException(name + " is read-only: the transform writes it");
        }
    }

    @Override
    public String toString() {
        return "FftwPlan[" + plan + "]";
    }
}
