package org.simdyn.fields;

/**
 * Filters of the kick of the exact-linear splittings (mollified impulse method: B. Garcia-Archilla, J. M.
 * Sanz-Serna and R. D. Skeel, SIAM J. Sci. Comput. 20 (1999) 930). The kick of step {@code tau} becomes
 * {@code pi <- pi - tau Phi W'(Phi phi)} with a real multiplier {@code Phi_k} per mode, the exact flow of
 * {@code integral W(Phi phi)}: filtered methods stay symplectic and symmetric.
 *
 * <ul>
 *   <li>{@link #NONE}: {@code Phi = 1};</li>
 *   <li>{@link #SINC}: {@code Phi = sinc(omega tau)}, zero at every resonance {@code omega tau = j pi};</li>
 *   <li>{@link #SINC2}: {@code Phi = sinc^2(omega tau / 2)}, zero only at {@code omega tau = 2 j pi}.</li>
 * </ul>
 */
public enum Filter {
    /** No filter. */
    NONE("none"),
    /** sinc(omega tau). */
    SINC("sinc"),
    /** sinc^2(omega tau / 2). */
    SINC2("sinc2");

    private final String key;

    Filter(String key) {
        this.key = key;
    }

    /**
     * The command-line name.
     *
     * @return {@code none}, {@code sinc} or {@code sinc2}
     */
    public String key() {
        return key;
    }

    /**
     * The multiplier {@code Phi} at {@code x = omega tau} (computed with {@code StrictMath}).
     *
     * @param x {@code omega tau}
     * @return the filter value
     */
    public double value(double x) {
        return switch (this) {
            case NONE -> 1.0;
            case SINC -> x == 0.0 ? 1.0 : StrictMath.sin(x) / x;
            case SINC2 -> {
                double h = 0.5 * x;
                double s = h == 0.0 ? 1.0 : StrictMath.sin(h) / h;
                yield s * s;
            }
        };
    }

    /**
     * Parses a command-line name.
     *
     * @param key {@code none}, {@code sinc} or {@code sinc2}
     * @return the filter
     * @throws IllegalArgumentException for an unknown name
     */
    public static Filter of(String key) {
        for (Filter f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("filter = '" + key + "' is unknown: must be one of none, sinc, sinc2");
    }
}
