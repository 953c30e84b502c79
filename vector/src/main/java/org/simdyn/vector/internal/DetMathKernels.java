package org.simdyn.vector.internal;

/**
 * Array forms of the {@code org.simdyn.vector.DetMath} functions: {@code out[outOff + i] = f(x[xOff + i])} for
 * {@code i} in {@code [0, len)}. Twins: {@link DetMathScalar} and {@code DetMathPanama} (loaded through
 * {@code VectorRuntime.select}); both give the bits of the scalar functions. Callers validate; these methods
 * do not. {@code x} and {@code out} may be the same range (in place); partially overlapping ranges are not
 * allowed.
 */
public interface DetMathKernels {

    /**
     * {@code out[outOff + i] = DetMath.log(x[xOff + i])}.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    void log(double[] x, int xOff, double[] out, int outOff, int len);

    /**
     * {@code out[outOff + i] = DetMath.sin2pi(x[xOff + i])}.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    void sin2pi(double[] x, int xOff, double[] out, int outOff, int len);

    /**
     * {@code out[outOff + i] = DetMath.cos2pi(x[xOff + i])}.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    void cos2pi(double[] x, int xOff, double[] out, int outOff, int len);

    /**
     * {@code out[outOff + i] = DetMath.sin(x[xOff + i])}.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    void sin(double[] x, int xOff, double[] out, int outOff, int len);

    /**
     * {@code out[outOff + i] = DetMath.cos(x[xOff + i])}.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    void cos(double[] x, int xOff, double[] out, int outOff, int len);

    /**
     * {@code out[outOff + i] = DetMath.exp(x[xOff + i])}.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    void exp(double[] x, int xOff, double[] out, int outOff, int len);
}
