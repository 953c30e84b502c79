package org.simdyn.particles;

import java.util.Arrays;

/**
 * The parameters of one type of agent (spec section 1 and 5), in per-step form. Validated in the constructor;
 * the checks that need the rule set, the box or the dimension are made by {@link CouzinConfig}.
 *
 * @param speed {@code v0}, finite, {@code > 0}
 * @param rR radius of the zone of repulsion, finite, {@code > 0}
 * @param rO radius of the zone of orientation, finite, {@code rR <= rO}
 * @param rA radius of the zone of attraction, finite, {@code rO <= rA}
 * @param turnPerStep θ, the largest turn per step in radians, in {@code (0, π]}
 * @param noisePerStep σ, the noise amplitude per step in radians, finite, {@code >= 0}
 * @param blindAngleDeg β, the half-angle in degrees of the rear blind cone, in {@code [0, 180)}
 * @param orientationWeight w, the weight of the orientation term, finite, {@code >= 0} (PEER_COMPAT: {@code <= 1})
 * @param informedWeight ω, the weight of the preferred direction (Couzin et al. 2005), finite, {@code >= 0}
 * @param preferredDir g, the preferred unit direction (length = dimension), or null when {@code informedWeight}
 *        is 0; copied
 */
public record AgentType(double speed, double rR, double rO, double rA, double turnPerStep, double noisePerStep,
                        double blindAngleDeg, double orientationWeight, double informedWeight,
                        double[] preferredDir) {

    /** Validates every range; the message names the parameter, its value and the allowed range. */
    public AgentType {
        positive("speed", speed);
        positive("rR", rR);
        positive("rO", rO);
        positive("rA", rA);
        if (rO < rR) {
            throw new IllegalArgumentException("rO = " + rO + " is out of range: must be >= rR = " + rR);
        }
        if (rA < rO) {
            throw new IllegalArgumentException("rA = " + rA + " is out of range: must be >= rO = " + rO);
        }
        if (!(turnPerStep > 0 && turnPerStep <= Math.PI)) {
            throw new IllegalArgumentException("turnPerStep = " + turnPerStep
                    + " is out of range: must be in (0, pi]");
        }
        nonNegative("noisePerStep", noisePerStep);
        if (!(blindAngleDeg >= 0 && blindAngleDeg < 180)) {
            throw new IllegalArgumentException("blindAngleDeg = " + blindAngleDeg
                    + " is out of range: must be in [0, 180)");
        }
        nonNegative("orientationWeight", orientationWeight);
        nonNegative("informedWeight", informedWeight);
        if (preferredDir != null) {
            if (preferredDir.length != 2 && preferredDir.length != 3) {
                throw new IllegalArgumentException("preferredDir.length = " + preferredDir.length
                        + " is out of range: must be 2 or 3");
            }
            double n2 = 0;
            for (double g : preferredDir) {
                n2 += g * g;
            }
            if (!(Math.abs(Math.sqrt(n2) - 1) <= 1e-9)) {
                throw new IllegalArgumentException("|preferredDir| = " + Math.sqrt(n2)
                        + " is out of range: must be 1 (within 1e-9)");
            }
            preferredDir = preferredDir.clone();
        } else if (informedWeight > 0) {
            throw new IllegalArgumentException("preferredDir is null: must be a unit vector when informedWeight = "
                    + informedWeight + " > 0");
        }
    }

    /**
     * An uninformed type ({@code informedWeight = 0}, no preferred direction).
     *
     * @param speed {@code v0 > 0}
     * @param rR repulsion radius
     * @param rO orientation radius
     * @param rA attraction radius
     * @param turnPerStep θ in {@code (0, π]}
     * @param noisePerStep σ {@code >= 0}
     * @param blindAngleDeg β in {@code [0, 180)}
     * @param orientationWeight w {@code >= 0}
     * @return the type
     * @throws IllegalArgumentException for a value out of range
     */
    public static AgentType of(double speed, double rR, double rO, double rA, double turnPerStep,
                               double noisePerStep, double blindAngleDeg, double orientationWeight) {
        return new AgentType(speed, rR, rO, rA, turnPerStep, noisePerStep, blindAngleDeg, orientationWeight, 0,
                null);
    }

    /**
     * A type from the per-time forms: {@code θ = ω dt} and {@code σ = sqrt(2 (d - 1) D_r dt)}, so that under
     * COUZIN2002 a free agent has {@code <u(t)·u(0)> = exp(-(d - 1) D_r t)} exactly. (Under PEER_COMPAT the
     * additive noise has no exact D_r meaning.)
     *
     * @param speed {@code v0 > 0}
     * @param rR repulsion radius
     * @param rO orientation radius
     * @param rA attraction radius
     * @param turnRate ω in rad per unit time, finite, {@code > 0}, {@code ω dt <= π}
     * @param rotDiffusion {@code D_r}, finite, {@code >= 0}
     * @param blindAngleDeg β in {@code [0, 180)}
     * @param orientationWeight w {@code >= 0}
     * @param informedWeight ω_t {@code >= 0}
     * @param preferredDir unit direction or null (see the record). Not modified.
     * @param dt the time step, finite, {@code > 0}
     * @param dim 2 or 3
     * @return the type
     * @throws IllegalArgumentException for a value out of range
     */
    public static AgentType perTime(double speed, double rR, double rO, double rA, double turnRate,
                                    double rotDiffusion, double blindAngleDeg, double orientationWeight,
                                    double informedWeight, double[] preferredDir, double dt, int dim) {
        positive("dt", dt);
        if (dim != 2 && dim != 3) {
            throw new IllegalArgumentException("dim = " + dim + " is out of range: must be 2 or 3");
        }
        positive("turnRate", turnRate);
        nonNegative("rotDiffusion", rotDiffusion);
        if (!(turnRate * dt <= Math.PI)) {
            throw new IllegalArgumentException("turnRate * dt = " + turnRate * dt
                    + " is out of range: must be in (0, pi]");
        }
        return new AgentType(speed, rR, rO, rA, turnRate * dt, Math.sqrt(2.0 * (dim - 1) * rotDiffusion * dt),
                blindAngleDeg, orientationWeight, informedWeight, preferredDir);
    }

    /**
     * The blind angle of a field of view: {@code β = (360 - α)/2}.
     *
     * @param fieldOfViewDeg α in {@code (0, 360]}
     * @return β in {@code [0, 180)}
     * @throws IllegalArgumentException if α is out of range
     */
    public static double blindAngleOf(double fieldOfViewDeg) {
        if (!(fieldOfViewDeg > 0 && fieldOfViewDeg <= 360)) {
            throw new IllegalArgumentException("fieldOfView = " + fieldOfViewDeg
                    + " is out of range: must be in (0, 360]");
        }
        return (360 - fieldOfViewDeg) / 2;
    }

    /**
     * The preferred direction of an informed type (spec section 5): {@code (cos el cos az, cos el sin az,
     * sin el)} in 3-D, {@code (cos az, sin az)} in 2-D, angles in degrees, {@code StrictMath}.
     *
     * @param dim 2 or 3
     * @param azimuthDeg azimuth in degrees, finite
     * @param elevationDeg elevation in degrees, finite (ignored in 2-D)
     * @return a new unit vector of length {@code dim}
     * @throws IllegalArgumentException for a value out of range
     */
    public static double[] direction(int dim, double azimuthDeg, double elevationDeg) {
        if (dim != 2 && dim != 3) {
            throw new IllegalArgumentException("dim = " + dim + " is out of range: must be 2 or 3");
        }
        if (!Double.isFinite(azimuthDeg)) {
            throw new IllegalArgumentException("azimuth = " + azimuthDeg + " is out of range: must be finite");
        }
        if (!Double.isFinite(elevationDeg)) {
            throw new IllegalArgumentException("elevation = " + elevationDeg + " is out of range: must be finite");
        }
        double az = Math.toRadians(azimuthDeg);
        if (dim == 2) {
            return new double[] {StrictMath.cos(az), StrictMath.sin(az)};
        }
        double el = Math.toRadians(elevationDeg);
        double ce = StrictMath.cos(el);
        return new double[] {ce * StrictMath.cos(az), ce * StrictMath.sin(az), StrictMath.sin(el)};
    }

    /** Returns a copy of the preferred direction, or null. */
    @Override
    public double[] preferredDir() {
        return preferredDir == null ? null : preferredDir.clone();
    }

    /** Per-time turn rate {@code ω = θ/dt}. @param dt the time step @return θ/dt */
    public double turnRate(double dt) {
        return turnPerStep / dt;
    }

    /**
     * Rotational diffusion {@code D_r = σ²/(2 (d - 1) dt)}.
     *
     * @param dt the time step
     * @param dim 2 or 3
     * @return D_r
     */
    public double rotDiffusion(double dt, int dim) {
        return noisePerStep * noisePerStep / (2.0 * (dim - 1) * dt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgentType t && Double.compare(speed, t.speed) == 0 && Double.compare(rR, t.rR) == 0
                && Double.compare(rO, t.rO) == 0 && Double.compare(rA, t.rA) == 0
                && Double.compare(turnPerStep, t.turnPerStep) == 0
                && Double.compare(noisePerStep, t.noisePerStep) == 0
                && Double.compare(blindAngleDeg, t.blindAngleDeg) == 0
                && Double.compare(orientationWeight, t.orientationWeight) == 0
                && Double.compare(informedWeight, t.informedWeight) == 0
                && Arrays.equals(preferredDir, t.preferredDir);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(speed, rR, rO, rA, turnPerStep, noisePerStep, blindAngleDeg,
                orientationWeight, informedWeight) + Arrays.hashCode(preferredDir);
    }

    @Override
    public String toString() {
        return "AgentType[speed=" + speed + ", rR=" + rR + ", rO=" + rO + ", rA=" + rA + ", turnPerStep="
                + turnPerStep + ", noisePerStep=" + noisePerStep + ", blindAngleDeg=" + blindAngleDeg
                + ", orientationWeight=" + orientationWeight + ", informedWeight=" + informedWeight
                + ", preferredDir=" + Arrays.toString(preferredDir) + "]";
    }

    static void positive(String name, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " = " + v + " is out of range: must be finite and > 0");
        }
    }

    static void nonNegative(String name, double v) {
        if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " = " + v + " is out of range: must be finite and >= 0");
        }
    }
}
