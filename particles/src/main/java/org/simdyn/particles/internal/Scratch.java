package org.simdyn.particles.internal;

/**
 * Per-thread scratch of a simulation: the zone sums of one focal agent, the update's temporaries and the
 * gathered candidates of the cell list (grown on demand, never shrunk: no allocation once warm). Owned by one
 * thread.
 */
final class Scratch {
    final long[] sums = new long[PairKernel.SUMS];
    final double[] w = new double[AgentUpdate.SCRATCH];
    double[] x = new double[0];
    double[] y = new double[0];
    double[] z = new double[0];
    long[] qx = new long[0];
    long[] qy = new long[0];
    long[] qz = new long[0];
    private final int limit;

    Scratch(int n) {
        this.limit = n;
    }

    /** Makes room for {@code m} candidates. */
    void ensure(int m) {
        if (m <= x.length) {
            return;
        }
        int c = (int) Math.min(limit, Math.max(m, 2L * x.length + 64));
        x = java.util.Arrays.copyOf(x, c);
        y = java.util.Arrays.copyOf(y, c);
        z = java.util.Arrays.copyOf(z, c);
        qx = java.util.Arrays.copyOf(qx, c);
        qy = java.util.Arrays.copyOf(qy, c);
        qz = java.util.Arrays.copyOf(qz, c);
    }
}
