package org.simdyn.vector.spi;

import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.RealFft;

/**
 * A source of FFT plans, discovered with {@link java.util.ServiceLoader} (the built-in pure-Java provider
 * {@code "java"} is always present and is not a service).
 *
 * <p>Plans follow the conventions of {@link org.simdyn.vector.fft.Fft}: split {@code double[]} re/im arrays,
 * row-major shapes whose every extent is a product of 2, 3 and 5, forward transforms without scaling,
 * {@code inverse} scaled by {@code 1/N}. A provider validates shapes and arrays with the messages documented
 * there, caches its plans for the JVM's lifetime (asking twice for one shape returns the same object) and
 * returns thread-safe, immutable plans.
 *
 * <p>{@link #name()}, {@link #description()}, {@link #priority()}, {@link #isAvailable()} and
 * {@link #unavailableReason()} never throw; creating a provider touches no native library.
 */
public interface FftProvider {

    /**
     * The short name by which {@link org.simdyn.vector.fft.Fft#provider(String)} finds this provider.
     *
     * @return for example {@code "java"} or {@code "fftw"}
     */
    String name();

    /**
     * A one-line description of the provider and what it runs on.
     *
     * @return for example {@code "pure-Java Stockham FFT, panama 512-bit"}
     */
    String description();

    /**
     * The rank used by {@code -Dsimdyn.fft=auto}: the available provider with the highest priority wins
     * ({@code fftw} 100, {@code java} 0).
     *
     * @return the priority
     */
    int priority();

    /**
     * Whether plans can be made; the first call may load a native library. Never throws.
     *
     * @return {@code true} when {@link #complex(int...)} and {@link #real(int...)} work
     */
    boolean isAvailable();

    /**
     * Why this provider is not available, in one line.
     *
     * @return the reason, or {@code null} when the provider is available
     */
    String unavailableReason();

    /**
     * The complex-to-complex plan of a shape (cached: the same object for the same shape).
     *
     * @param shape the extents {@code n_0, ..., n_{d-1}}, row-major, last index fastest. Not modified.
     * @return the plan
     * @throws NullPointerException if {@code shape} is null
     * @throws IllegalArgumentException if the shape is empty, an extent is not a product of 2, 3 and 5, or
     *         the product exceeds {@code 2^28}
     * @throws IllegalStateException if the provider is not available
     */
    ComplexFft complex(int... shape);

    /**
     * The real-to-complex plan of a shape (cached: the same object for the same shape).
     *
     * @param shape the extents of the real data {@code n_0, ..., n_{d-1}}, row-major. Not modified.
     * @return the plan
     * @throws NullPointerException if {@code shape} is null
     * @throws IllegalArgumentException if the shape is empty, an extent is not a product of 2, 3 and 5, or
     *         the product exceeds {@code 2^28}
     * @throws IllegalStateException if the provider is not available
     */
    RealFft real(int... shape);
}
