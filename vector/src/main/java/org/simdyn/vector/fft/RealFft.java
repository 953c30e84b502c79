package org.simdyn.vector.fft;

/**
 * A real-to-complex FFT plan of one shape: immutable and thread-safe.
 *
 * <p>The real data have {@code N = size()} elements in row-major order of {@link #shape()}
 * {@code (n_0, ..., n_{d-1})}. The spectrum is the half spectrum of shape {@link #spectrumShape()}
 * {@code (n_0, ..., n_{d-2}, n_{d-1}/2 + 1)} (integer division), {@link #spectrumSize()} elements in split
 * arrays, equal to {@code numpy.fft.rfftn}: {@code X[k] = sum_j x[j] exp(-2 pi i sum_a j_a k_a / n_a)} for
 * {@code k_{d-1} <= n_{d-1}/2}, no scaling. In 1-D with even {@code n}, {@code Im X_0 = Im X_{n/2} = +0.0}.
 *
 * <p>{@code inverse} equals {@code numpy.fft.irfftn(X, s=shape)}: the Hermitian extension of the half
 * spectrum, transformed with {@code +i} and scaled by {@code 1/N}; imaginary parts that a Hermitian spectrum
 * cannot have (1-D: {@code Im X_0}, and {@code Im X_{n/2}} for even {@code n}) are ignored, never validated.
 * {@code inverseUnscaled} omits the factor {@code 1/N}. Inputs are never modified.
 *
 * <p>Even last extents run through a complex FFT of half the length; odd ones through the full complex
 * transform (about twice as slow). Validation as in {@link ComplexFft}.
 */
public interface RealFft {

    /**
     * The shape of the real data.
     *
     * @return a fresh copy of the extents
     */
    int[] shape();

    /**
     * The number of real points {@code N}, the product of the shape.
     *
     * @return {@code N}
     */
    int size();

    /**
     * The shape of the half spectrum: the shape with its last extent {@code n} replaced by {@code n/2 + 1}.
     *
     * @return a fresh array
     */
    int[] spectrumShape();

    /**
     * The number of complex points of the half spectrum.
     *
     * @return the product of {@link #spectrumShape()}
     */
    int spectrumSize();

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
     * This plan with another thread count (bit-identical results for the {@code java} provider, which splits
     * the forward column batches of n-D transforms and, in 1-D, the four-step passes of lengths
     * {@code >= 2^21}; the rest runs on the caller).
     *
     * @param threads the number of threads, {@code >= 1}
     * @return a plan of the same shape
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    RealFft withThreads(int threads);

    /**
     * Forward real-to-complex transform.
     *
     * @param in the real data, at least {@code N}. Not modified.
     * @param outRe real parts of the half spectrum, at least {@code spectrumSize()}. Modified.
     * @param outIm imaginary parts of the half spectrum, at least {@code spectrumSize()}. Modified.
     */
    void forward(double[] in, double[] outRe, double[] outIm);

    /**
     * Forward real-to-complex transform, at offsets.
     *
     * @param in the real data, {@code in[inOff .. inOff + N)}. Not modified.
     * @param inOff offset into {@code in}, {@code >= 0}
     * @param outRe real parts of the half spectrum from {@code outOff}. Modified.
     * @param outIm imaginary parts of the half spectrum from {@code outOff}. Modified.
     * @param outOff offset into {@code outRe} and {@code outIm}, {@code >= 0}
     */
    void forward(double[] in, int inOff, double[] outRe, double[] outIm, int outOff);

    /**
     * Inverse complex-to-real transform, scaled by {@code 1/N}.
     *
     * @param inRe real parts of the half spectrum, at least {@code spectrumSize()}. Not modified.
     * @param inIm imaginary parts of the half spectrum, at least {@code spectrumSize()}. Not modified.
     * @param out the real data, at least {@code N}. Modified.
     */
    void inverse(double[] inRe, double[] inIm, double[] out);

    /**
     * Inverse complex-to-real transform, scaled by {@code 1/N}, at offsets.
     *
     * @param inRe real parts of the half spectrum from {@code inOff}. Not modified.
     * @param inIm imaginary parts of the half spectrum from {@code inOff}. Not modified.
     * @param inOff offset into {@code inRe} and {@code inIm}, {@code >= 0}
     * @param out the real data, {@code out[outOff .. outOff + N)}. Modified.
     * @param outOff offset into {@code out}, {@code >= 0}
     */
    void inverse(double[] inRe, double[] inIm, int inOff, double[] out, int outOff);

    /**
     * Inverse complex-to-real transform without scaling.
     *
     * @param inRe real parts of the half spectrum, at least {@code spectrumSize()}. Not modified.
     * @param inIm imaginary parts of the half spectrum, at least {@code spectrumSize()}. Not modified.
     * @param out the real data, at least {@code N}. Modified.
     */
    void inverseUnscaled(double[] inRe, double[] inIm, double[] out);

    /**
     * Inverse complex-to-real transform without scaling, at offsets.
     *
     * @param inRe real parts of the half spectrum from {@code inOff}. Not modified.
     * @param inIm imaginary parts of the half spectrum from {@code inOff}. Not modified.
     * @param inOff offset into {@code inRe} and {@code inIm}, {@code >= 0}
     * @param out the real data, {@code out[outOff .. outOff + N)}. Modified.
     * @param outOff offset into {@code out}, {@code >= 0}
     */
    void inverseUnscaled(double[] inRe, double[] inIm, int inOff, double[] out, int outOff);
}
