package org.simdyn.ffm.internal;

import org.simdyn.vector.fft.Fft;

/**
 * Argument checks of the FFTW provider and the tier-1 API, with the messages of the FFT API
 * ({@code org.simdyn.vector.fft}; vector's own checks live in a package it does not export).
 */
public final class FftArguments {

    private FftArguments() {
    }

    /**
     * Checks a shape: not {@code null}, at least one dimension, every extent {@code >= 1} (and a product of 2,
     * 3 and 5 when {@code fastSizes}), at most {@code 2^28} points.
     *
     * @param shape the shape. Not modified.
     * @param fastSizes whether every extent must be {@code 2^a 3^b 5^c}
     * @return the number of points {@code N}
     * @throws NullPointerException when {@code shape} is {@code null}
     * @throws IllegalArgumentException naming the offending entry, its value and the allowed range
     */
    public static int checkShape(int[] shape, boolean fastSizes) {
        if (shape == null) {
            throw new NullPointerException("shape must not be null");
        }
        if (shape.length == 0) {
            throw new IllegalArgumentException("shape.length = 0 is out of range: must be >= 1");
        }
        long size = 1;
        for (int a = 0; a < shape.length; a++) {
            int n = shape[a];
            if (n < 1) {
                throw new IllegalArgumentException("shape[" + a + "] = " + n + " is out of range: must be >= 1");
            }
            if (fastSizes && !Fft.isFastSize(n)) {
                throw new IllegalArgumentException("shape[" + a + "] = " + n
                        + " must be a product of 2, 3 and 5; next fast size is " + Fft.nextFastSize(n));
            }
            // Saturate: the exact product is only needed for the message.
            size = Math.min(size * n, FftwLibrary.MAX_POINTS + 1);
        }
        if (size > FftwLibrary.MAX_POINTS) {
            java.math.BigInteger product = java.math.BigInteger.ONE;
            for (int n : shape) {
                product = product.multiply(java.math.BigInteger.valueOf(n));
            }
            throw new IllegalArgumentException("size = " + product + " (the product of the shape) is out of range:"
                    + " must be <= 2^28 = " + FftwLibrary.MAX_POINTS);
        }
        return (int) size;
    }

    /**
     * Checks a thread count.
     *
     * @param threads the value
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " is out of range: must be >= 1");
        }
    }

    /**
     * Checks that {@code array[off .. off + len)} exists.
     *
     * @param array the array
     * @param name its parameter name
     * @param off the offset
     * @param offName the offset's parameter name
     * @param len the required length
     * @throws NullPointerException when {@code array} is {@code null}
     * @throws IllegalArgumentException when {@code off < 0} or the array is too short
     */
    public static void checkArray(double[] array, String name, int off, String offName, int len) {
        if (array == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (off < 0) {
            throw new IllegalArgumentException(offName + " = " + off + " is out of range: must be >= 0");
        }
        if ((long) array.length < (long) off + len) {
            throw new IllegalArgumentException(name + ".length must be >= " + len + " + " + offName + " = "
                    + ((long) off + len) + ", got " + array.length);
        }
    }

    /**
     * Checks that {@code array[0 .. len)} exists.
     *
     * @param array the array
     * @param name its parameter name
     * @param len the required length
     * @throws NullPointerException when {@code array} is {@code null}
     * @throws IllegalArgumentException when the array is too short
     */
    public static void checkArray(double[] array, String name, int len) {
        if (array == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (array.length < len) {
            throw new IllegalArgumentException(name + ".length must be >= " + len + ", got " + array.length);
        }
    }
}
