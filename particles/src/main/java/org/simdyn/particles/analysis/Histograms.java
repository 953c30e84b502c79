package org.simdyn.particles.analysis;

/** numpy's histogram rule and the entropies of spec section 6.2-6.3. */
final class Histograms {
    private Histograms() {
    }

    /**
     * Bin of {@code v} among {@code n} bins on {@code [a, b]} with edges {@code e_k = a + k((b - a)/n)},
     * {@code e_n = b}: {@code e_k <= v < e_{k+1}}, the last bin also takes {@code v = b}; -1 outside or NaN.
     */
    static int bin(double v, double a, double b, int n) {
        return bin(v, edges(a, b, n));
    }

    /**
     * The edges {@code e_0 = a}, {@code e_k = a + k((b - a)/n)} for {@code 0 < k < n}, {@code e_n = b}, then
     * {@code e_{n+1} = n/(b - a)} (only a first guess of the bin: the edges decide).
     */
    static double[] edges(double a, double b, int n) {
        double[] e = new double[n + 2];
        double w = (b - a) / n;
        e[0] = a;
        for (int k = 1; k < n; k++) {
            e[k] = a + k * w;
        }
        e[n] = b;
        e[n + 1] = n / (b - a);
        return e;
    }

    /** {@link #bin(double, double, double, int)} with the edges of {@link #edges} precomputed. */
    static int bin(double v, double[] e) {
        int n = e.length - 2;
        if (!(v >= e[0] && v <= e[n])) {
            return -1;
        }
        int k = (int) ((v - e[0]) * e[n + 1]);
        k = Math.clamp(k, 0, n - 1);
        while (k > 0 && v < e[k]) {
            k--;
        }
        while (k < n - 1 && v >= e[k + 1]) {
            k++;
        }
        return k;
    }

    /** {@code -Σ p ln p / ln n} over positive weights, p = weight/total; 0.5 when the total is 0. */
    static double normalised(double[] weights, int n) {
        double total = 0;
        for (double c : weights) {
            total += c;
        }
        if (total == 0) {
            return 0.5;
        }
        double h = 0;
        for (double c : weights) {
            if (c > 0) {
                double p = c / total;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(n);
    }

    /**
     * Miller-Madow entropy over {@code B} bins from counts of {@code samples} values, divided by {@code ln B}:
     * {@code (-Σ p ln p + (B₊ - 1)/(2 samples)) / ln B}, not clipped; NaN when there are no samples.
     */
    static double millerMadow(double[] counts, long samples) {
        if (samples == 0) {
            return Double.NaN;
        }
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double h = 0;
        int occupied = 0;
        for (double c : counts) {
            if (c > 0) {
                double p = c / total;
                h -= p * Math.log(p);
                occupied++;
            }
        }
        return (h + (occupied - 1) / (2.0 * samples)) / Math.log(counts.length);
    }
}
