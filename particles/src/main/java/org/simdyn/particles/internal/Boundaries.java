package org.simdyn.particles.internal;

/**
 * Drift and boundary rules of spec section 2.5 and the folding of initial positions of section 3, on one axis of
 * a range of agents. Allocation-free.
 */
public final class Boundaries {
    private Boundaries() {
    }

    /**
     * Periodic drift: {@code x = x + v*dt}, then {@code if (x >= L) { x -= L; img++; } else if (x < 0) { w = x + L;
     * if (w < L) { x = w; img--; } else x = 0.0; }}.
     *
     * @param x positions. Modified.
     * @param v velocities. Not modified.
     * @param img image counters. Modified.
     * @param from first agent
     * @param to one past the last agent
     * @param dt time step
     * @param box L
     */
    public static void driftPeriodic(double[] x, double[] v, int[] img, int from, int to, double dt, double box) {
        for (int i = from; i < to; i++) {
            double p = x[i] + v[i] * dt;
            if (p >= box) {
                p -= box;
                img[i]++;
            } else if (p < 0) {
                double w = p + box;
                if (w < box) {
                    p = w;
                    img[i]--;
                } else {
                    p = 0.0;
                }
            }
            x[i] = p;
        }
    }

    /**
     * Reflecting drift: {@code x = x + v*dt}, then {@code if (x < 0) { x = -x; v = -v; } else if (x > L) { x = 2L -
     * x; v = -v; }}.
     *
     * @param x positions. Modified.
     * @param v velocities. Modified.
     * @param from first agent
     * @param to one past the last agent
     * @param dt time step
     * @param box L
     */
    public static void driftReflecting(double[] x, double[] v, int from, int to, double dt, double box) {
        for (int i = from; i < to; i++) {
            double p = x[i] + v[i] * dt;
            if (p < 0) {
                p = -p;
                v[i] = -v[i];
            } else if (p > box) {
                p = 2 * box - p;
                v[i] = -v[i];
            }
            x[i] = p;
        }
    }

    /**
     * Open drift {@code x = x + v*dt}.
     *
     * @param x positions. Modified.
     * @param v velocities. Not modified.
     * @param from first agent
     * @param to one past the last agent
     * @param dt time step
     */
    public static void driftOpen(double[] x, double[] v, int from, int to, double dt) {
        for (int i = from; i < to; i++) {
            x[i] = x[i] + v[i] * dt;
        }
    }

    /**
     * Folds initial positions into {@code [0, L)} (spec section 3): a coordinate outside {@code (-L, 2L)} is first
     * shifted by {@code k = floor(x/L)} boxes ({@code img += k}), then the rule of
     * {@link #driftPeriodic} applies once.
     *
     * @param x positions. Modified.
     * @param img image counters. Modified.
     * @param box L
     * @return whether any coordinate moved
     */
    public static boolean foldPeriodic(double[] x, int[] img, double box) {
        boolean moved = false;
        for (int i = 0; i < x.length; i++) {
            double p = x[i];
            if (p <= -box || p >= 2 * box) {
                double k = Math.floor(p / box);
                p -= k * box;
                img[i] += (int) k;
            }
            if (p >= box) {
                p -= box;
                img[i]++;
            } else if (p < 0) {
                double w = p + box;
                if (w < box) {
                    p = w;
                    img[i]--;
                } else {
                    p = 0.0;
                }
            }
            moved |= p != x[i];
            x[i] = p;
        }
        return moved;
    }

    /**
     * Mirrors positions once into {@code [0, L]}: {@code x < 0 -> -x}, {@code x > L -> 2L - x}.
     *
     * @param x positions. Modified.
     * @param box L
     */
    public static void mirrorOnce(double[] x, double box) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                x[i] = -x[i];
            } else if (x[i] > box) {
                x[i] = 2 * box - x[i];
            }
        }
    }
}
