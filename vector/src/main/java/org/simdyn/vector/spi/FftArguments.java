package org.simdyn.vector.spi;

/**
 * Argument checks of the FFT API ({@link org.simdyn.vector.fft}), with its messages, for every
 * {@link FftProvider}: the java provider and native ones check their arguments the same way and fail with the
 * same words. Null arrays give {@link NullPointerException} naming the parameter; everything else an
 * {@link IllegalArgumentException} naming the parameter, the value and the allowed range.
 */
public final class FftArguments {
    /** Largest product of a shape, {@code 2^28}. */
    public static final int MAX_SIZE = 1 << 28;

    private FftArguments() {
    }

    /**
     * Whether {@code n >= 1} is a product of 2, 3 and 5.
     *
     * @param n the size
     * @return true for 1, 2, 3, 4, 5, 6, 8, 9, 10, ...
     */
    public static boolean isFastSize(int n) {
        if (n < 1) {
            return false;
        }
        int m = n;
        while (m % 2 == 0) {
            m /= 2;
        }
        while (m % 3 == 0) {
            m /= 3;
        }
        while (m % 5 == 0) {
            m /= 5;
        }
        return m == 1;
    }

    /**
     * Smallest product of 2, 3 and 5 that is {@code >= n}.
     *
     * @param n the size
     * @return the next fast size, {@code 1} for {@code n <= 1}
     * @throws IllegalArgumentException if the result would exceed {@link Integer#MAX_VALUE}
     */
    public static int nextFastSize(int n) {
        if (n <= 1) {
            return 1;
        }
        long best = Long.MAX_VALUE;
        for (long p5 = 1; p5 < best; p5 *= 5) {
            for (long p35 = p5; p35 < best; p35 *= 3) {
                long v = p35;
                while (v < n) {
                    v *= 2;
                }
                best = Math.min(best, v);
            }
        }
        if (best > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("n = " + n + " is out of range: must be <= 2125764000 (the largest"
                    + " product of 2, 3 and 5 that is an int)");
        }
        return (int) best;
    }

    /**
     * Validates a shape of fast sizes and returns its product.
     *
     * @param shape the shape. Not modified.
     * @return {@code N}
     * @throws NullPointerException if {@code shape} is null
     * @throws IllegalArgumentException if the shape is empty, an extent is not fast or {@code N > 2^28}
     */
    public static int checkShape(int[] shape) {
        return checkShape(shape, true);
    }

    /**
     * Validates a shape and returns its product: at least one extent, every extent {@code >= 1} (and a product
     * of 2, 3 and 5 when {@code fastSizes}), at most {@code 2^28} points.
     *
     * @param shape the shape. Not modified.
     * @param fastSizes whether every extent must be {@code 2^a 3^b 5^c}
     * @return {@code N}
     * @throws NullPointerException if {@code shape} is null
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
            if (fastSizes && !isFastSize(n)) {
                throw new IllegalArgumentException("shape[" + a + "] = " + n + " must be a product of 2, 3 and 5;"
                        + " next fast size is " + nextFastSize(n));
            }
            size *= n;
            if (size > MAX_SIZE) {
                throw new IllegalArgumentException("size = " + product(shape) + " (the product of the shape) is out"
                        + " of range: must be <= 2^28 = " + MAX_SIZE);
            }
        }
        return (int) size;
    }

    private static String product(int[] shape) {
        java.math.BigInteger p = java.math.BigInteger.ONE;
        for (int n : shape) {
            p = p.multiply(java.math.BigInteger.valueOf(n));
        }
        return p.toString();
    }

    /**
     * Checks a thread count.
     *
     * @param threads the value
     * @return {@code threads}
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static int checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " is out of range: must be >= 1");
        }
        return threads;
    }

    /**
     * Checks that {@code array[off .. off + len)} exists.
     *
     * @param array the array
     * @param name its parameter name
     * @param off the offset
     * @param offName the offset's parameter name
     * @param len the required length
     * @throws NullPointerException if {@code array} is null
     * @throws IllegalArgumentException if {@code off < 0} or the array is too short
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
     * @throws NullPointerException if {@code array} is null
     * @throws IllegalArgumentException if the array is too short
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
