package org.simdyn.fields;

import java.util.Map;

/**
 * A self-interaction potential V(phi) of the Klein-Gordon equation {@code phi_tt = lap phi - V'(phi) - gamma
 * phi_t}. Built-ins come from {@link Potentials} (their bulk forces run in SIMD kernels); user potentials from
 * {@link Potentials#of}. Implementations are immutable and thread-safe.
 */
public interface Potential {

    /**
     * V(f).
     *
     * @param f the field value
     * @return the potential energy density
     */
    double value(double f);

    /**
     * V'(f).
     *
     * @param f the field value
     * @return the derivative
     */
    double derivative(double f);

    /**
     * V''(f).
     *
     * @param f the field value
     * @return the second derivative
     */
    double second(double f);

    /**
     * V'''(f), needed by reversible step control.
     *
     * @param f the field value
     * @return the third derivative
     * @throws UnsupportedOperationException if the potential has none ({@link #hasThird()} is false)
     */
    default double third(double f) {
        throw new UnsupportedOperationException("potential " + name() + " has no third derivative");
    }

    /**
     * Whether {@link #third(double)} is available.
     *
     * @return true if V''' is provided
     */
    default boolean hasThird() {
        return false;
    }

    /**
     * Bulk derivative {@code out[outOff + i] = V'(f[off + i])}.
     *
     * @param f the field. Not modified.
     * @param off first index read
     * @param out the derivatives. Modified.
     * @param outOff first index written
     * @param len number of elements
     */
    default void derivative(double[] f, int off, double[] out, int outOff, int len) {
        for (int i = 0; i < len; i++) {
            out[outOff + i] = derivative(f[off + i]);
        }
    }

    /**
     * The default mass {@code mu^2} of the exact linear part of {@code expo} (kg.md section 1).
     *
     * @return {@code mu^2 >= 0}
     */
    double linearMassSquared();

    /**
     * The barrier levels that kinks cross; for a {@linkplain #periodic2Pi() 2 pi-periodic} potential the levels of
     * one period (every level plus {@code 2 pi n} counts).
     *
     * @return a fresh array (possibly empty)
     */
    double[] barrierLevels();

    /**
     * Whether {@code V(f + 2 pi) = V(f)} (required for winding boundaries).
     *
     * @return true for sine-Gordon type potentials
     */
    boolean periodic2Pi();

    /**
     * The name ({@code --potential} key for built-ins).
     *
     * @return the name
     */
    String name();

    /**
     * The parameters, in a fixed order, for reports.
     *
     * @return an unmodifiable map
     */
    default Map<String, Double> parameters() {
        return Map.of();
    }
}
