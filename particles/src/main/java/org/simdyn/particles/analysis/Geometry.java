package org.simdyn.particles.analysis;

/** Shared geometry of the diagnostics: the one minimum image of spec section 2.1. */
final class Geometry {
    private Geometry() {
    }

    /** {@code if (d > h) d -= L; else if (d < -h) d += L;} with {@code h = 0.5 L}; identity when not periodic. */
    static double minImage(double d, double box, boolean periodic) {
        if (!periodic) {
            return d;
        }
        double h = 0.5 * box;
        if (d > h) {
            return d - box;
        }
        if (d < -h) {
            return d + box;
        }
        return d;
    }
}
