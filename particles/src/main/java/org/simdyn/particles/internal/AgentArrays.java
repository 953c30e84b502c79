package org.simdyn.particles.internal;

/**
 * The per-agent arrays of the pair phase (SoA): positions, quantised and plain headings, noise normals, types and
 * the new velocities. The engine holds one set over its own arrays (agent order) and, with cell lists, a copy in the
 * cell list's order (index {@code p} holds agent {@code order[p]}): the pair phase then walks memory sequentially
 * (focal agents, their noise and their new velocities) and gathers neighbourhoods from contiguous runs, and only
 * {@link #load} and {@link #store}, two tight loops, touch agents in scattered order. At 10^6 agents the scattered
 * accesses inside the pair phase, about fourteen cache misses per agent, cost more than the pair sums. Arrays of
 * the other dimension or of absent noise are null.
 */
final class AgentArrays {
    final double[] x;
    final double[] y;
    final double[] z;
    final long[] qx;
    final long[] qy;
    final long[] qz;
    final double[] ux;
    final double[] uy;
    final double[] uz;
    final double[] g0;
    final double[] g1;
    final double[] g2;
    final double[] g3;
    final byte[] type;
    final double[] vx;
    final double[] vy;
    final double[] vz;

    /** Wraps existing arrays (each null where absent). */
    AgentArrays(double[] x, double[] y, double[] z, long[] qx, long[] qy, long[] qz, double[] ux, double[] uy,
                double[] uz, double[] g0, double[] g1, double[] g2, double[] g3, byte[] type, double[] vx,
                double[] vy, double[] vz) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.qx = qx;
        this.qy = qy;
        this.qz = qz;
        this.ux = ux;
        this.uy = uy;
        this.uz = uz;
        this.g0 = g0;
        this.g1 = g1;
        this.g2 = g2;
        this.g3 = g3;
        this.type = type;
        this.vx = vx;
        this.vy = vy;
        this.vz = vz;
    }

    /** Allocates arrays shaped like {@code like}'s (null where it has null). */
    AgentArrays(int n, AgentArrays like) {
        this(new double[n], new double[n], like.z == null ? null : new double[n], new long[n], new long[n],
                like.qz == null ? null : new long[n], new double[n], new double[n],
                like.uz == null ? null : new double[n], like.g0 == null ? null : new double[n],
                like.g1 == null ? null : new double[n], like.g2 == null ? null : new double[n],
                like.g3 == null ? null : new double[n], new byte[n], new double[n], new double[n],
                like.vz == null ? null : new double[n]);
    }

    /**
     * Copies the inputs of the pair phase (all but the velocities) of agents {@code order[p]} into index {@code p},
     * for {@code p} in {@code [from, to)}.
     *
     * @param order the permutation
     * @param from first index
     * @param to end index
     * @param a the arrays in agent order, shaped like these. Not modified.
     */
    void load(int[] order, int from, int to, AgentArrays a) {
        for (int p = from; p < to; p++) {
            int i = order[p];
            x[p] = a.x[i];
            y[p] = a.y[i];
            qx[p] = a.qx[i];
            qy[p] = a.qy[i];
            ux[p] = a.ux[i];
            uy[p] = a.uy[i];
            type[p] = a.type[i];
            if (z != null) {
                z[p] = a.z[i];
                qz[p] = a.qz[i];
                uz[p] = a.uz[i];
            }
            if (g0 != null) {
                g0[p] = a.g0[i];
            }
            if (g1 != null) {
                g1[p] = a.g1[i];
            }
            if (g2 != null) {
                g2[p] = a.g2[i];
            }
            if (g3 != null) {
                g3[p] = a.g3[i];
            }
        }
    }

    /**
     * Copies the new velocities of index {@code p} back to agent {@code order[p]}, for {@code p} in
     * {@code [from, to)}.
     *
     * @param order the permutation
     * @param from first index
     * @param to end index
     * @param a the arrays in agent order. Modified (velocities).
     */
    void store(int[] order, int from, int to, AgentArrays a) {
        for (int p = from; p < to; p++) {
            int i = order[p];
            a.vx[i] = vx[p];
            a.vy[i] = vy[p];
            if (vz != null) {
                a.vz[i] = vz[p];
            }
        }
    }
}
