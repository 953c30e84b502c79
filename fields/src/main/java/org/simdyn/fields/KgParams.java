package org.simdyn.fields;

import java.util.Arrays;

/**
 * The parameters of a Klein-Gordon run, validated in the constructor (kg.md section 9): an
 * {@link IllegalArgumentException} names the parameter, its value and the allowed range.
 *
 * @param grid the grid, non-null
 * @param potential the potential, non-null
 * @param method the integrator, non-null
 * @param dt the (base) step, finite and {@code > 0}; never changed silently
 * @param filter the kick filter, non-null; not {@link Filter#NONE} only with {@code expo}/{@code expo4}
 * @param mu2 the mass {@code mu^2 >= 0} of the exact linear part ({@code expo*}; ignored by {@code verlet*})
 * @param damping uniform damping {@code gamma_0 >= 0}
 * @param spongeWidth sponge width per axis, each in {@code [0, L_a/2)} (0: no sponge on that axis)
 * @param spongeStrength the sponge strength {@code sigma_max >= 0}
 * @param stepControl the step control, non-null
 */
public record KgParams(Grid grid, Potential potential, Method method, double dt, Filter filter, double mu2,
        double damping, double[] spongeWidth, double spongeStrength, StepControl stepControl) {

    /**
     * Validates.
     *
     * @param grid the grid
     * @param potential the potential
     * @param method the method
     * @param dt the step
     * @param filter the filter
     * @param mu2 the linear mass
     * @param damping the damping
     * @param spongeWidth the sponge widths
     * @param spongeStrength the sponge strength
     * @param stepControl the step control
     * @throws IllegalArgumentException for any value out of range or contradictory combination
     */
    public KgParams {
        if (grid == null || potential == null || method == null || filter == null || stepControl == null) {
            throw new IllegalArgumentException("grid, potential, method, filter and stepControl must be non-null");
        }
        positive("dt", dt);
        nonNegative("m2_linear", mu2);
        nonNegative("damping", damping);
        nonNegative("sponge_strength", spongeStrength);
        if (spongeWidth == null || spongeWidth.length != grid.dim()) {
            throw new IllegalArgumentException("spongeWidth" + (spongeWidth == null ? " is null"
                    : ".length = " + spongeWidth.length) + ": must have " + grid.dim() + " entries");
        }
        spongeWidth = spongeWidth.clone();
        boolean sponge = false;
        for (int a = 0; a < spongeWidth.length; a++) {
            double w = spongeWidth[a];
            if (!(w >= 0.0 && w < 0.5 * grid.length(a))) {
                throw new IllegalArgumentException("sponge_width[" + a + "] = " + w + " is out of range: must be in "
                        + "[0, L/2 = " + 0.5 * grid.length(a) + ")");
            }
            sponge |= w > 0.0 && spongeStrength > 0.0;
        }
        if (filter != Filter.NONE && !method.isExpo()) {
            throw new IllegalArgumentException("filter = " + filter.key() + " is out of range for method = "
                    + method.key() + ": filters apply to expo and expo4 only");
        }
        if (method.order() == 4 && (damping > 0.0 || sponge)) {
            throw new IllegalArgumentException("method = " + method.key() + " is out of range with damping or a "
                    + "sponge: order-4 substeps are negative and would anti-damp; use verlet or expo");
        }
        if (stepControl.mode() == StepControl.Mode.REVERSIBLE) {
            if (method.order() == 4 || damping > 0.0 || sponge) {
                throw new IllegalArgumentException("step_control = reversible is out of range for method = "
                        + method.key() + (damping > 0.0 || sponge ? " with damping/sponge" : "")
                        + ": allowed with verlet or expo and no damping");
            }
            if (!potential.hasThird()) {
                throw new IllegalArgumentException("step_control = reversible is out of range for potential "
                        + potential.name() + ": it needs V'''");
            }
        }
        if (grid.winding() != 0 && !potential.periodic2Pi()) {
            throw new IllegalArgumentException("winding = " + grid.winding() + " is out of range for potential "
                    + potential.name() + ": winding needs V(phi + 2 pi) = V(phi)");
        }
    }

    /**
     * Parameters with defaults: no filter, {@code mu^2} of the potential, no damping or sponge, fixed step.
     *
     * @param grid the grid
     * @param potential the potential
     * @param method the method
     * @param dt the step
     * @return the parameters
     */
    public static KgParams of(Grid grid, Potential potential, Method method, double dt) {
        if (grid == null || potential == null) {
            throw new IllegalArgumentException("grid and potential must be non-null");
        }
        return new KgParams(grid, potential, method, dt, Filter.NONE, potential.linearMassSquared(), 0.0,
                new double[grid.dim()], 1.0, StepControl.FIXED);
    }

    /**
     * A copy with another filter.
     *
     * @param f the filter
     * @return the copy
     */
    public KgParams withFilter(Filter f) {
        return new KgParams(grid, potential, method, dt, f, mu2, damping, spongeWidth, spongeStrength, stepControl);
    }

    /**
     * A copy with another linear mass.
     *
     * @param m2 {@code mu^2}
     * @return the copy
     */
    public KgParams withMu2(double m2) {
        return new KgParams(grid, potential, method, dt, filter, m2, damping, spongeWidth, spongeStrength,
                stepControl);
    }

    /**
     * A copy with uniform damping.
     *
     * @param gamma0 {@code gamma_0}
     * @return the copy
     */
    public KgParams withDamping(double gamma0) {
        return new KgParams(grid, potential, method, dt, filter, mu2, gamma0, spongeWidth, spongeStrength,
                stepControl);
    }

    /**
     * A copy with a sponge of the same width on every axis.
     *
     * @param width the width {@code w}
     * @param strength {@code sigma_max}
     * @return the copy
     */
    public KgParams withSponge(double width, double strength) {
        double[] w = new double[grid.dim()];
        Arrays.fill(w, width);
        return new KgParams(grid, potential, method, dt, filter, mu2, damping, w, strength, stepControl);
    }

    /**
     * A copy with another step control.
     *
     * @param sc the step control
     * @return the copy
     */
    public KgParams withStepControl(StepControl sc) {
        return new KgParams(grid, potential, method, dt, filter, mu2, damping, spongeWidth, spongeStrength, sc);
    }

    /**
     * A copy with another method and step.
     *
     * @param m the method
     * @param step the step
     * @return the copy
     */
    public KgParams withMethod(Method m, double step) {
        return new KgParams(grid, potential, m, step, filter, mu2, damping, spongeWidth, spongeStrength,
                stepControl);
    }

    @Override
    public double[] spongeWidth() {
        return spongeWidth.clone();
    }

    /**
     * Whether a sponge is active on some axis.
     *
     * @return true if some width and the strength are positive
     */
    public boolean hasSponge() {
        for (double w : spongeWidth) {
            if (w > 0.0 && spongeStrength > 0.0) {
                return true;
            }
        }
        return false;
    }

    private static void positive(String name, double v) {
        if (!(v > 0.0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " is out of range: must be finite and > 0");
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0.0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " is out of range: must be finite and >= 0");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KgParams p && grid.equals(p.grid) && potential.equals(p.potential) && method == p.method
                && Double.compare(dt, p.dt) == 0 && filter == p.filter && Double.compare(mu2, p.mu2) == 0
                && Double.compare(damping, p.damping) == 0 && Arrays.equals(spongeWidth, p.spongeWidth)
                && Double.compare(spongeStrength, p.spongeStrength) == 0 && stepControl.equals(p.stepControl);
    }

    @Override
    public int hashCode() {
        return grid.hashCode() * 31 + method.hashCode() + Double.hashCode(dt);
    }

    @Override
    public String toString() {
        return "KgParams[grid=" + grid + ", potential=" + potential.name() + ", method=" + method.key() + ", dt="
                + dt + ", filter=" + filter.key() + ", mu2=" + mu2 + ", damping=" + damping + ", spongeWidth="
                + Arrays.toString(spongeWidth) + ", spongeStrength=" + spongeStrength + ", stepControl="
                + stepControl + "]";
    }
}
