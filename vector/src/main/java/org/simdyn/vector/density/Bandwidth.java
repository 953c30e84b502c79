package org.simdyn.vector.density;

import java.util.Arrays;

/**
 * Bandwidth rules for the Gaussian kernel of {@link Kde1D}. Each takes the sample {@code x[off .. off + len)},
 * {@code len >= 2}, every value finite, and uses the sample standard deviation with {@code len - 1} in the
 * denominator, {@code s = sqrt(sum (x_i - mean)^2 / (len - 1))} (two passes, left to right).
 *
 * <ul>
 *   <li>{@link #scott}: {@code h = s * len^(-1/5)}, Scott's factor as scipy's {@code gaussian_kde} applies it in
 *       one dimension (D. W. Scott, <i>Multivariate Density Estimation</i>, Wiley 1992).</li>
 *   <li>{@link #silverman}: {@code h = 1.06 * s * len^(-1/5)} (B. W. Silverman, <i>Density Estimation for
 *       Statistics and Data Analysis</i>, Chapman &amp; Hall 1986, eq. 3.28).</li>
 *   <li>{@link #silvermanRobust}: {@code h = 0.9 * min(s, IQR / 1.34) * len^(-1/5)} (Silverman eq. 3.31), the
 *       interquartile range from the quartiles with linear interpolation between order statistics
 *       ({@code q(p) = x_(k) + (k' - k)(x_(k+1) - x_(k))}, {@code k' = p (len - 1)}, 0-based; numpy's default).
 *       When the IQR is 0 the rule falls back to {@code s}.</li>
 * </ul>
 * A sample whose values are all equal has {@code s = 0} and gets {@code h = 0}, which {@link Kde1D} rejects: the
 * caller decides what a degenerate sample means. Thread safety: stateless.
 */
public final class Bandwidth {
    private Bandwidth() {
    }

    /**
     * Scott's rule {@code s * len^(-1/5)}.
     *
     * @param x the sample. Not modified.
     * @param off the first index
     * @param len the sample size, {@code >= 2}
     * @return the bandwidth, {@code >= 0}
     * @throws IllegalArgumentException for a bad range, {@code len < 2} or a non-finite value
     */
    public static double scott(double[] x, int off, int len) {
        return stdDev(x, off, len) * Math.pow(len, -0.2);
    }

    /**
     * Silverman's rule of thumb {@code 1.06 * s * len^(-1/5)}.
     *
     * @param x the sample. Not modified.
     * @param off the first index
     * @param len the sample size, {@code >= 2}
     * @return the bandwidth, {@code >= 0}
     * @throws IllegalArgumentException for a bad range, {@code len < 2} or a non-finite value
     */
    public static double silverman(double[] x, int off, int len) {
        return 1.06 * stdDev(x, off, len) * Math.pow(len, -0.2);
    }

    /**
     * Silverman's robust rule {@code 0.9 * min(s, IQR / 1.34) * len^(-1/5)}; allocates one sorted copy of the
     * sample.
     *
     * @param x the sample. Not modified.
     * @param off the first index
     * @param len the sample size, {@code >= 2}
     * @return the bandwidth, {@code >= 0}
     * @throws IllegalArgumentException for a bad range, {@code len < 2} or a non-finite value
     */
    public static double silvermanRobust(double[] x, int off, int len) {
        double s = stdDev(x, off, len);
        double[] sorted = Arrays.copyOfRange(x, off, off + len);
        Arrays.sort(sorted);
        double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
        double spread = iqr > 0 ? Math.min(s, iqr / 1.34) : s;
        return 0.9 * spread * Math.pow(len, -0.2);
    }

    /** Quantile of an ascending array, linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int k = (int) pos;
        if (k + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[k] + (pos - k) * (sorted[k + 1] - sorted[k]);
    }

    /**
     * The sample standard deviation with {@code len - 1}, after validating the sample.
     *
     * @param x the sample. Not modified.
     * @param off the first index
     * @param len the sample size, {@code >= 2}
     * @return {@code s >= 0}
     */
    static double stdDev(double[] x, int off, int len) {
        if (len < 2) {
            throw new IllegalArgumentException("len = " + len + " is out of range: a bandwidth needs >= 2 values");
        }
        Kde1D.checkSample(x, off, len);
        double mean = 0;
        for (int i = off; i < off + len; i++) {
            mean += x[i];
        }
        mean /= len;
        double ss = 0;
        for (int i = off; i < off + len; i++) {
            double d = x[i] - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / (len - 1));
    }
}
