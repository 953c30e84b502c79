package org.simdyn.vector.density;

import java.util.Arrays;
import org.simdyn.vector.internal.ArgChecks;

/**
 * A one-dimensional Gaussian kernel density estimate,
 * <pre>
 *   f(x) = 1 / (n h sqrt(2 pi)) * sum_{i : |x - x_i| &lt;= C h} exp(-(x - x_i)^2 / (2 h^2)),   C = {@value #CUTOFF},
 * </pre>
 * over the sample {@code x_1 .. x_n} with bandwidth {@code h} (see {@link Bandwidth} for the usual rules). This is
 * simdyn's one KDE: the Klein-Gordon |phi| distribution (kg spec section 5) and the stochastic module's densities
 * use it.
 *
 * <h2>Accuracy</h2>
 * Terms farther than {@code C = 8} bandwidths are skipped (the stochastic spec's "direct sums cut at 8
 * bandwidths"): each is below {@code exp(-32) = 1.3e-14} of a kernel's peak, so the truncation changes
 * {@code f(x)} by less than {@code 1.3e-14 / (h sqrt(2 pi))} absolutely (and by less than {@code 1.3e-14}
 * relatively wherever {@code f(x) >= 1 / (h sqrt(2 pi))} times the fraction of samples within {@code 8h}).
 * The exponentials are {@link StrictMath#exp}, and the terms are added in ascending order of {@code x_i}, so
 * the result is the same on every machine.
 *
 * <h2>Cost</h2>
 * {@link #of} sorts a copy of the sample ({@code O(n log n)}, one allocation); each evaluation then costs a
 * binary search plus the samples within {@code 8h}. Instances are immutable and thread-safe.
 */
public final class Kde1D {
    /** Kernel terms farther than this many bandwidths from the evaluation point are skipped: {@value}. */
    public static final double CUTOFF = 8;

    private static final double INV_SQRT_2PI = 0.3989422804014327;

    private final double[] sorted;
    private final double h;

    private Kde1D(double[] sorted, double h) {
        this.sorted = sorted;
        this.h = h;
    }

    /**
     * Builds the estimate of a sample with the given bandwidth.
     *
     * @param x the sample. Not modified (copied).
     * @param off the first index
     * @param len the sample size, {@code >= 1}
     * @param bandwidth {@code h}, finite, {@code > 0}
     * @return the estimate
     * @throws IllegalArgumentException for a bad range, {@code len < 1}, a non-finite value in the sample or a
     *         bandwidth out of range
     */
    public static Kde1D of(double[] x, int off, int len, double bandwidth) {
        if (len < 1) {
            throw new IllegalArgumentException("len = " + len + " is out of range: a density needs >= 1 value");
        }
        checkSample(x, off, len);
        if (!(bandwidth > 0 && bandwidth < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bandwidth = " + bandwidth
                    + " is out of range: must be finite and > 0");
        }
        double[] s = Arrays.copyOfRange(x, off, off + len);
        Arrays.sort(s);
        return new Kde1D(s, bandwidth);
    }

    /** @return the bandwidth {@code h} */
    public double bandwidth() {
        return h;
    }

    /** @return the sample size {@code n} */
    public int size() {
        return sorted.length;
    }

    /**
     * Evaluates the density at one point.
     *
     * @param x the point; NaN gives NaN
     * @return {@code f(x) >= 0}
     */
    public double density(double x) {
        double lo = x - CUTOFF * h;
        double hi = x + CUTOFF * h;
        double s = 0;
        for (int i = lowerBound(lo); i < sorted.length && sorted[i] <= hi; i++) {
            double z = (x - sorted[i]) / h;
            s += StrictMath.exp(-0.5 * z * z);
        }
        return Double.isNaN(x) ? Double.NaN : s * (INV_SQRT_2PI / (sorted.length * h));
    }

    /**
     * Evaluates the density at every point of a grid.
     *
     * @param grid the points. Not modified.
     * @param gridOff the first point
     * @param len the number of points, {@code >= 0}
     * @param out receives {@code f(grid[gridOff + k])} at {@code outOff + k}. Modified.
     * @param outOff the first index written
     * @throws IllegalArgumentException for a bad range
     */
    public void evaluate(double[] grid, int gridOff, int len, double[] out, int outOff) {
        ArgChecks.length(len, "len");
        ArgChecks.range(grid, "grid", gridOff, "gridOff", len);
        ArgChecks.range(out, "out", outOff, "outOff", len);
        for (int k = 0; k < len; k++) {
            out[outOff + k] = density(grid[gridOff + k]);
        }
    }

    /** The first index with {@code sorted[i] >= x}. */
    private int lowerBound(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Checks the range of a sample and that every value is finite. */
    static void checkSample(double[] x, int off, int len) {
        ArgChecks.range(x, "x", off, "off", len);
        for (int i = off; i < off + len; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] = " + x[i] + " is out of range: must be finite");
            }
        }
    }
}
