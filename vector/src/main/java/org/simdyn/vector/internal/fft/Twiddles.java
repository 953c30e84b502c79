package org.simdyn.vector.internal.fft;

/**
 * Twiddle factors {@code exp(-2 pi i k / n)}, each computed directly (never by recurrence): {@code k} is
 * reduced with the exact integer symmetries that {@code n} allows ({@code k -> n - k}; {@code k -> n/2 - k}
 * when {@code n} is even; {@code k -> n/4 - k} with sine and cosine swapped when 4 divides {@code n}), then
 * {@code StrictMath.cos/sin(2.0 * StrictMath.PI * k / n)}. The tables are therefore the same on every machine
 * and JIT tier.
 */
final class Twiddles {
    /** {@code cos(2 pi / 3)} and {@code sin(2 pi / 3)} as the twiddle rule computes them. */
    static final double C3;
    static final double S3;
    /** {@code cos(2 pi / 5)}, {@code cos(4 pi / 5)}, {@code sin(2 pi / 5)}, {@code sin(4 pi / 5)} (twiddle rule). */
    static final double C51;
    static final double C52;
    static final double S51;
    static final double S52;

    static {
        double[] re = new double[1];
        double[] im = new double[1];
        put(1, 3, re, im, 0);
        C3 = re[0];
        S3 = -im[0];
        put(1, 5, re, im, 0);
        C51 = re[0];
        S51 = -im[0];
        put(2, 5, re, im, 0);
        C52 = re[0];
        S52 = -im[0];
    }

    private Twiddles() {
    }

    /**
     * Writes {@code exp(-2 pi i k / n)} to {@code re[at], im[at]}.
     *
     * @param k the numerator, {@code >= 0}
     * @param n the denominator, {@code >= 1}
     */
    static void put(long k, long n, double[] re, double[] im, int at) {
        long j = k % n;
        boolean negSin = false;
        boolean negCos = false;
        boolean swap = false;
        if (2 * j > n) {
            j = n - j;
            negSin = true;
        }
        if (n % 2 == 0 && 4 * j > n) {
            j = n / 2 - j;
            negCos = true;
        }
        if (n % 4 == 0 && 8 * j > n) {
            j = n / 4 - j;
            swap = true;
        }
        double theta = 2.0 * StrictMath.PI * j / n;
        double c = StrictMath.cos(theta);
        double s = StrictMath.sin(theta);
        if (swap) {
            double t = c;
            c = s;
            s = t;
        }
        if (negCos) {
            c = -c;
        }
        if (negSin) {
            s = -s;
        }
        re[at] = c;
        im[at] = -s;
    }
}
