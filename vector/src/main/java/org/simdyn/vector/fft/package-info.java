/**
 * Fast Fourier transforms on split {@code double[]} arrays: {@link org.simdyn.vector.fft.Fft} (entry point,
 * provider choice, size helpers), {@link org.simdyn.vector.fft.ComplexFft} and
 * {@link org.simdyn.vector.fft.RealFft} (cached, thread-safe plans).
 *
 * <p>Conventions: row-major shapes of any rank whose extents are products of 2, 3 and 5; forward with
 * {@code exp(-2 pi i j k / n)} and no scaling, {@code inverse} with {@code +i} scaled by {@code 1/N}
 * (numpy's default), real transforms on the half spectrum of the last axis ({@code numpy.fft.rfftn}).
 * The default provider, {@code java}, is a pure-Java SIMD Stockham FFT whose results are bit-identical on
 * every machine, vector width and thread count; {@code fftw} (module {@code org.simdyn.ffm}) is faster on
 * some sizes but not bit-reproducible.
 */
package org.simdyn.vector.fft;
