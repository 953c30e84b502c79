package org.simdyn.fields;

/**
 * A power spectrum {@code P_k = (dv / N) w_k |phi_k|^2} ({@code sum P = dv sum phi^2}); in 1-D per mode
 * {@code k >= 0}, in d &gt;= 2 summed in radial shells of width {@code 2 pi / max L_a} (k = shell centre).
 *
 * @param k the wavenumbers
 * @param power the powers
 */
public record Spectrum(double[] k, double[] power) {

    /**
     * Copies.
     *
     * @param k the wavenumbers
     * @param power the powers
     */
    public Spectrum {
        k = k.clone();
        power = power.clone();
    }

    @Override
    public double[] k() {
        return k.clone();
    }

    @Override
    public double[] power() {
        return power.clone();
    }
}
