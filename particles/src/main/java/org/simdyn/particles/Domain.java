package org.simdyn.particles;

/** The geometry of the simulation box {@code [0, L)^d}. */
public enum Domain {
    /** Periodic box {@code [0, L)^d} with minimum-image distances and image counters. */
    PERIODIC,
    /** Unbounded space (Couzin 2002); {@code L} only sets the initial cube. */
    OPEN,
    /** Box {@code [0, L]^d} with specular walls that agents do not perceive; Euclidean distances. */
    REFLECTING
}
