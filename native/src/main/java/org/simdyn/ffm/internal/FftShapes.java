package org.simdyn.ffm.internal;

import java.util.Objects;

/**
 * Checks of FFT shapes, with the messages of the FFT API ({@code org.simdyn.vector.fft}).
 */
public final class FftShapes {

    private FftShapes() {
    }

    /**
     * Checks a shape: not {@code null}, at least one dimension, every size {@code >= 1} (and a product of 2,
     * 3 and 5 when {@code fastSizes}), at most {@code 2^28} points.
     *
     * @param shape the shape. Not modified.
     * @param fastSizes whether every size must be {@code 2^a 3^b 5^c}
     * @return the number of points {@code N}
     * @throws NullPointerException naming {@code shape} when it is {@code null}
     * @throws IllegalArgumentException naming the offending entry, its value and the allowed range
     */
    public static long check(int[] shape, boolean fastSizes) {
        Objects.requireNonNull(shape, "shape");
        if (shape.length == 0) {
            throw new IllegalArgumentException("shape.length = 0 is out of range: must be >= 1");
        }
        long points = 1;
        for (int a = 0; a < shape.length; a++) {
            int n = shape[a];
            if (n < 1) {
                throw new IllegalArgumentException("shape[" + a + "] = " + n + " is out of range: must be >= 1");
            }
            if (fastSizes && !isFastSize(n)) {
                throw new IllegalArgumentException("shape[" + a + "] = " + n
                        + " must be a product of 2, 3 and 5; next fast size is " + nextFastSize(n));
            }
            points = Math.min(points * n, FftwLibrary.MAX_POINTS + 1);
        }
        if (points > FftwLibrary.MAX_POINTS) {
            throw new IllegalArgumentException("shape " + FftwLibrary.shapeText(shape)
                    + " has more than 2^28 = 268435456 points: N must be <= 2^28");
        }
        return points;
    }

    /**
     * Whether {@code n >= 1} is {@code 2^a 3^b 5^c}.
     *
     * @param n a size
     * @return whether it is a fast size
     */
    static boolean isFastSize(int n) {
        if (n < 1) {
            return false;
        }
        int m = n;
        for (int p : new int[] {2, 3, 5}) {
            while (m % p == 0) {
                m /= p;
            }
        }
        return m == 1;
    }

    /**
     * The smallest fast size {@code >= n}.
     *
     * @param n a size {@code >= 1}, at most {@code 2^30}
     * @return the next fast size
     */
    static int nextFastSize(int n) {
        int m = Math.max(n, 1);
        while (!isFastSize(m)) {
            m++;
        }
        return m;
    }
}
