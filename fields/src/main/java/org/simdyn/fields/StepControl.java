package org.simdyn.fields;

/**
 * Step-size control. {@link Mode#FIXED} (default): every step is {@code dt}, never changed. {@link Mode#REVERSIBLE}:
 * the time-reversible integrating controller of E. Hairer and G. Soderlind (SIAM J. Sci. Comput. 26 (2005) 1838)
 * with the monitor {@code s(y) = (1 + kappa M)^(-1/2)}, {@code M = |Omega|^-1 integral W''(phi)^2}, steps on the
 * ladder {@code dt 2^(-j/4)}, {@code j in [0, 24]} (kg.md section 3.4); {@code verlet} and {@code expo} only,
 * no damping.
 *
 * @param mode the mode, non-null
 * @param kappa the monitor weight {@code kappa}, finite and {@code > 0}
 */
public record StepControl(Mode mode, double kappa) {

    /** The modes. */
    public enum Mode {
        /** Fixed step. */
        FIXED,
        /** Reversible integrating controller. */
        REVERSIBLE
    }

    /** Fixed step. */
    public static final StepControl FIXED = new StepControl(Mode.FIXED, 1.0);

    /**
     * Validates.
     *
     * @param mode the mode
     * @param kappa the weight
     * @throws IllegalArgumentException if {@code mode} is null or {@code kappa} is not finite and positive
     */
    public StepControl {
        if (mode == null) {
            throw new IllegalArgumentException("mode is null: must be FIXED or REVERSIBLE");
        }
        if (!(kappa > 0.0) || !Double.isFinite(kappa)) {
            throw new IllegalArgumentException("step_kappa = " + kappa + " is out of range: must be finite and > 0");
        }
    }

    /**
     * Reversible step control.
     *
     * @param kappa the monitor weight, {@code > 0}
     * @return the control
     */
    public static StepControl reversible(double kappa) {
        return new StepControl(Mode.REVERSIBLE, kappa);
    }
}
