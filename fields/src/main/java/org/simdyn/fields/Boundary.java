package org.simdyn.fields;

/**
 * Boundary handling of one grid axis.
 *
 * <ul>
 *   <li>{@link Kind#PERIODIC}: {@code phi(x + L e_a) = phi(x)}; real FFT, wavenumbers {@code 2 pi n / L}.</li>
 *   <li>{@link Kind#ANTIPERIODIC}: {@code phi(x + L e_a) = -phi(x)} (a single phi^4 kink, a planar wall);
 *       wavenumbers {@code 2 pi (n + 1/2) / L}, complex FFT of the twisted field.</li>
 *   <li>{@link Kind#WINDING} (axis 0 only, 2 pi-periodic potentials): {@code phi(x + L e_0) = phi(x) + 2 pi Q},
 *       {@code Q != 0}; the stepped field {@code psi = phi - 2 pi Q (xi - x_min) / L} is periodic.</li>
 * </ul>
 *
 * @param kind the kind, non-null
 * @param winding the winding number Q: non-zero for {@link Kind#WINDING}, 0 otherwise
 */
public record Boundary(Kind kind, int winding) {

    /** The kinds of boundary handling. */
    public enum Kind {
        /** Periodic. */
        PERIODIC,
        /** Antiperiodic. */
        ANTIPERIODIC,
        /** Quasi-periodic with winding number Q (axis 0). */
        WINDING
    }

    /** Periodic boundary. */
    public static final Boundary PERIODIC = new Boundary(Kind.PERIODIC, 0);

    /** Antiperiodic boundary. */
    public static final Boundary ANTIPERIODIC = new Boundary(Kind.ANTIPERIODIC, 0);

    /**
     * Validates.
     *
     * @param kind the kind
     * @param winding the winding number
     * @throws IllegalArgumentException if {@code kind} is null, or {@code winding} is 0 for {@link Kind#WINDING}
     *         or non-zero otherwise
     */
    public Boundary {
        if (kind == null) {
            throw new IllegalArgumentException("kind is null: must be PERIODIC, ANTIPERIODIC or WINDING");
        }
        if (kind == Kind.WINDING && winding == 0) {
            throw new IllegalArgumentException("winding = 0 is out of range: must be non-zero for WINDING");
        }
        if (kind != Kind.WINDING && winding != 0) {
            throw new IllegalArgumentException("winding = " + winding + " is out of range: must be 0 for " + kind);
        }
    }

    /**
     * A winding boundary.
     *
     * @param q the winding number, non-zero
     * @return {@code new Boundary(WINDING, q)}
     * @throws IllegalArgumentException if {@code q == 0}
     */
    public static Boundary winding(int q) {
        return new Boundary(Kind.WINDING, q);
    }
}
