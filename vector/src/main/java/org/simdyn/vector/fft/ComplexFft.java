package org.simdyn.vector.fft;

/**
 * A complex-to-complex FFT plan of one shape: immutable and thread-safe (any number of threads may call it
 * at once on different arrays).
 *
 * <p>Data are split arrays ({@code re}, {@code im}) of {@code N = size()} elements in row-major order of
 * {@link #shape()}, the last index fastest, starting at the given offsets. With {@code x} the input and
 * {@code X} the output:
 * <ul>
 *   <li>{@code forward}: {@code X[k] = sum_j x[j] exp(-2 pi i sum_a j_a k_a / n_a)}, no scaling;</li>
 *   <li>{@code inverse}: {@code x[j] = (1/N) sum_k X[k] exp(+2 pi i sum_a j_a k_a / n_a)}, so
 *       {@code inverse(forward(x)) = x} up to rounding;</li>
 *   <li>{@code inverseUnscaled}: the same sum without the factor {@code 1/N}.</li>
 * </ul>
 * The in-place overloads overwrite their arrays with the result (Modified). The out-of-place overloads
 * never write the input arrays (Not modified) and write the output arrays (Modified); the output arrays may
 * be the input arrays themselves, which makes the call in place. Accuracy (inputs uniform in [-1, 1),
 * {@code eps = 2^-53}, {@code L = ceil(log2 N) + 1}): relative RMS error against the exact DFT
 * {@code <= eps L}, see {@link Fft}.
 *
 * <p>Arguments are validated before any work: {@code null} arrays give a {@link NullPointerException}
 * naming the parameter; a negative offset or an array shorter than offset + {@code N} gives an
 * {@link IllegalArgumentException} such as {@code "outRe.length must be >= 1024 + outOff = 1024, got
 * 1000"}. NaN and infinite values propagate; nothing is checked per element.
 */
public interface ComplexFft {

    /**
     * The shape of the transform.
     *
     * @return a fresh copy of the extents
     */
    int[] shape();

    /**
     * The number of complex points {@code N}, the product of the shape.
     *
     * @return {@code N}
     */
    int size();

    /**
     * The name of the provider that made this plan.
     *
     * @return for example {@code "java"}
     */
    String provider();

    /**
     * The number of threads a call may use.
     *
     * @return {@code >= 1}
     */
    int threads();

    /**
     * This plan with another thread count. With the {@code java} provider the results are bit-identical for
     * every thread count; it splits the rows and column batches of n-D transforms and the passes of 1-D
     * transforms of length {@code >= 2^20} (four-step); smaller 1-D transforms run on the caller.
     *
     * @param threads the number of threads, {@code >= 1}
     * @return a plan of the same shape
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    ComplexFft withThreads(int threads);

    /**
     * Forward transform in place.
     *
     * @param re real parts, at least {@code N}. Modified.
     * @param im imaginary parts, at least {@code N}. Modified.
     */
    void forward(double[] re, double[] im);

    /**
     * Forward transform in place, at offsets.
     *
     * @param re real parts, {@code re[reOff .. reOff + N)}. Modified.
     * @param reOff offset into {@code re}, {@code >= 0}
     * @param im imaginary parts, {@code im[imOff .. imOff + N)}. Modified.
     * @param imOff offset into {@code im}, {@code >= 0}
     */
    void forward(double[] re, int reOff, double[] im, int imOff);

    /**
     * Forward transform out of place.
     *
     * @param inRe input real parts, at least {@code N}. Not modified (unless it is {@code outRe}).
     * @param inIm input imaginary parts, at least {@code N}. Not modified (unless it is {@code outIm}).
     * @param outRe output real parts, at least {@code N}. Modified.
     * @param outIm output imaginary parts, at least {@code N}. Modified.
     */
    void forward(double[] inRe, double[] inIm, double[] outRe, double[] outIm);

    /**
     * Inverse transform (scaled by {@code 1/N}) in place.
     *
     * @param re real parts, at least {@code N}. Modified.
     * @param im imaginary parts, at least {@code N}. Modified.
     */
    void inverse(double[] re, double[] im);

    /**
     * Inverse transform (scaled by {@code 1/N}) in place, at offsets.
     *
     * @param re real parts, {@code re[reOff .. reOff + N)}. Modified.
     * @param reOff offset into {@code re}, {@code >= 0}
     * @param im imaginary parts, {@code im[imOff .. imOff + N)}. Modified.
     * @param imOff offset into {@code im}, {@code >= 0}
     */
    void inverse(double[] re, int reOff, double[] im, int imOff);

    /**
     * Inverse transform (scaled by {@code 1/N}) out of place.
     *
     * @param inRe input real parts, at least {@code N}. Not modified (unless it is {@code outRe}).
     * @param inIm input imaginary parts, at least {@code N}. Not modified (unless it is {@code outIm}).
     * @param outRe output real parts, at least {@code N}. Modified.
     * @param outIm output imaginary parts, at least {@code N}. Modified.
     */
    void inverse(double[] inRe, double[] inIm, double[] outRe, double[] outIm);

    /**
     * Inverse transform without scaling, in place.
     *
     * @param re real parts, at least {@code N}. Modified.
     * @param im imaginary parts, at least {@code N}. Modified.
     */
    void inverseUnscaled(double[] re, double[] im);

    /**
     * Inverse transform without scaling, in place, at offsets.
     *
     * @param re real parts, {@code re[reOff .. reOff + N)}. Modified.
     * @param reOff offset into {@code re}, {@code >= 0}
     * @param im imaginary parts, {@code im[imOff .. imOff + N)}. Modified.
     * @param imOff offset into {@code im}, {@code >= 0}
     */
    void inverseUnscaled(double[] re, int reOff, double[] im, int imOff);

    /**
     * Inverse transform without scaling, out of place.
     *
     * @param inRe input real parts, at least {@code N}. Not modified (unless it is {@code outRe}).
     * @param inIm input imaginary parts, at least {@code N}. Not modified (unless it is {@code outIm}).
     * @param outRe output real parts, at least {@code N}. Modified.
     * @param outIm output imaginary parts, at least {@code N}. Modified.
     */
    void inverseUnscaled(double[] inRe, double[] inIm, double[] outRe, double[] outIm);
}
