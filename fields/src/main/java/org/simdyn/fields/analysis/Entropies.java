package org.simdyn.fields.analysis;

import org.simdyn.vector.Reductions;

/**
 * Grid-invariant entropies of a non-negative density {@code rho} on a grid of cell volume {@code dv} (kg.md section
 * 5): {@code p = rho / (dv sum rho)} (so {@code dv sum p = 1}), Shannon {@code S = -dv sum_{p > 0} p ln p}, Renyi
 * {@code H_a = ln(dv sum p^a) / (1 - a)}, Tsallis {@code S_q = (1 - dv sum p^q) / (q - 1)}. They converge as
 * {@code dx -> 0} to the entropies of the continuous density. The {@link #discrete} variants (amangkurat's, without
 * {@code dv}: {@code p_j = rho_j / sum rho}) change with N and are for comparison only. Logarithms and powers use
 * {@code StrictMath}; sums use {@link Reductions}. An all-zero density gives NaN.
 */
public final class Entropies {

    private Entropies() {
    }

    /**
     * The six entropies: Shannon, Renyi 0.5, 2, 10, Tsallis 0.5, 2.
     *
     * @param shannon Shannon entropy
     * @param renyi05 Renyi alpha = 0.5
     * @param renyi2 Renyi alpha = 2
     * @param renyi10 Renyi alpha = 10
     * @param tsallis05 Tsallis q = 0.5
     * @param tsallis2 Tsallis q = 2
     */
    public record Values(double shannon, double renyi05, double renyi2, double renyi10, double tsallis05,
            double tsallis2) {
    }

    /**
     * Grid-invariant entropies.
     *
     * @param rho the density, non-negative. Not modified.
     * @param dv the cell volume, {@code > 0}
     * @return the entropies (NaN when {@code sum rho = 0})
     */
    public static Values of(double[] rho, double dv) {
        check(rho);
        if (!(dv > 0.0) || !Double.isFinite(dv)) {
            throw new IllegalArgumentException("dv = " + dv + " is out of range: must be finite and > 0");
        }
        return compute(rho, dv);
    }

    /**
     * The discrete (N-dependent) variants: {@code p_j = rho_j / sum rho}, sums without {@code dv}.
     *
     * @param rho the density. Not modified.
     * @return the entropies
     */
    public static Values discrete(double[] rho) {
        check(rho);
        return compute(rho, 1.0);
    }

    private static void check(double[] rho) {
        if (rho == null) {
            throw new IllegalArgumentException("rho is null: must be a density array");
        }
    }

    private static Values compute(double[] rho, double w) {
        int n = rho.length;
        double total = w * Reductions.sum(rho, 0, n);
        if (!(total > 0.0)) {
            double nan = Double.NaN;
            return new Values(nan, nan, nan, nan, nan, nan);
        }
        double[] p = new double[n];
        double[] t = new double[n];
        for (int j = 0; j < n; j++) {
            p[j] = rho[j] / total;
        }
        for (int j = 0; j < n; j++) {
            t[j] = p[j] > 0.0 ? p[j] * StrictMath.log(p[j]) : 0.0;
        }
        double shannon = -w * Reductions.sum(t, 0, n);
        return new Values(shannon, renyi(p, t, w, 0.5), renyi(p, t, w, 2.0), renyi(p, t, w, 10.0),
                tsallis(p, t, w, 0.5), tsallis(p, t, w, 2.0));
    }

    private static double powerSum(double[] p, double[] t, double w, double a) {
        for (int j = 0; j < p.length; j++) {
            t[j] = p[j] > 0.0 ? StrictMath.pow(p[j], a) : 0.0;
        }
        return w * Reductions.sum(t, 0, p.length);
    }

    private static double renyi(double[] p, double[] t, double w, double a) {
        return StrictMath.log(powerSum(p, t, w, a)) / (1.0 - a);
    }

    private static double tsallis(double[] p, double[] t, double w, double q) {
        return (1.0 - powerSum(p, t, w, q)) / (q - 1.0);
    }
}
