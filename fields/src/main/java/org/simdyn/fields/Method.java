package org.simdyn.fields;

/**
 * The time integrators (kg.md section 3).
 *
 * <ul>
 *   <li>{@link #VERLET}: velocity Stormer-Verlet, order 2, stable for {@code h omega_max < 2}.</li>
 *   <li>{@link #EXPO}: exact-linear Strang splitting (the linear Klein-Gordon flow per Fourier mode, exact;
 *       the nonlinear remainder as a kick), order 2, no stability limit on {@code k_max} but resonances at
 *       {@code omega_k h = j pi} (see {@link Filter}).</li>
 *   <li>{@link #VERLET4}, {@link #EXPO4}: the Yoshida triple jump of the order-2 methods, order 4
 *       (H. Yoshida, Phys. Lett. A 150 (1990) 262); {@code verlet4} stable for {@code h omega_max < 1.5734}.</li>
 * </ul>
 */
public enum Method {
    /** Velocity Stormer-Verlet, order 2. */
    VERLET("verlet", 2, false),
    /** Exact-linear Strang splitting, order 2 (default). */
    EXPO("expo", 2, true),
    /** Yoshida triple jump of Verlet, order 4. */
    VERLET4("verlet4", 4, false),
    /** Yoshida triple jump of the exact-linear splitting, order 4. */
    EXPO4("expo4", 4, true);

    private final String key;
    private final int order;
    private final boolean expo;

    Method(String key, int order, boolean expo) {
        this.key = key;
        this.order = order;
        this.expo = expo;
    }

    /**
     * The command-line name.
     *
     * @return {@code verlet}, {@code expo}, {@code verlet4} or {@code expo4}
     */
    public String key() {
        return key;
    }

    /**
     * The order of accuracy.
     *
     * @return 2 or 4
     */
    public int order() {
        return order;
    }

    /**
     * Whether the method is an exact-linear splitting (spectral pre-rotated state).
     *
     * @return true for {@code expo} and {@code expo4}
     */
    public boolean isExpo() {
        return expo;
    }

    /**
     * Parses a command-line name.
     *
     * @param key {@code verlet}, {@code expo}, {@code verlet4} or {@code expo4}
     * @return the method
     * @throws IllegalArgumentException for an unknown name
     */
    public static Method of(String key) {
        for (Method m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("method = '" + key + "' is unknown: must be one of verlet, expo, "
                + "verlet4, expo4");
    }
}
