package org.simdyn.particles;

import org.simdyn.vector.random.Philox4x32;

/**
 * Where the heading noise of a step comes from: normally the Philox stream (purpose
 * {@link ParticlePurposes#NOISE}), for verification a replay of recorded draws. Implementations must be pure
 * functions of (step, agent) and thread-safe: chunks of agents are filled concurrently.
 */
@FunctionalInterface
public interface NoiseSource {

    /**
     * Writes normal {@code k} of agent {@code i} at step {@code step} to {@code gk[i]} for every {@code i} in
     * {@code [from, to)} and every non-null {@code gk}.
     *
     * @param step the step counter n
     * @param from first agent
     * @param to one past the last agent
     * @param g0 normals 0, or null. Modified.
     * @param g1 normals 1, or null. Modified.
     * @param g2 normals 2, or null. Modified.
     * @param g3 normals 3, or null. Modified.
     */
    void fill(long step, int from, int to, double[] g0, double[] g1, double[] g2, double[] g3);

    /**
     * The Philox noise of a seed: normal k of agent i at step n is {@code Philox4x32.of(seed).normal(i, NOISE, n,
     * k)}, drawn through the bulk path {@link Philox4x32#normals}. Allocation-free.
     *
     * @param seed the seed
     * @return the source
     */
    static NoiseSource philox(long seed) {
        Philox4x32 p = Philox4x32.of(seed);
        // The bulk (SIMD) path: bit for bit the values of p.normal(i, NOISE, step, k) by Philox4x32's contract,
        // about 10x faster than the single-value path, and allocation-free.
        return (step, from, to, g0, g1, g2, g3) -> p.normals(step, ParticlePurposes.NOISE, 0, from, to - from, g0, g1,
                g2, g3, from);
    }

    /**
     * A replay of recorded draws, float64 in C order of shape {@code (steps, n, k)} (the {@code draws} NPY file):
     * normal c of agent i at step s is {@code draws[(s*n + i)*k + c]}.
     *
     * @param draws the draws; not copied (must not change during the run). Not modified.
     * @param steps S, {@code >= 1}
     * @param n agents, {@code >= 1}
     * @param k normals per agent and step, 1..4
     * @return the source; a step {@code >= S} throws IllegalStateException
     * @throws IllegalArgumentException if {@code draws.length != steps*n*k} or a size is out of range
     */
    static NoiseSource ofArray(double[] draws, int steps, int n, int k) {
        if (draws == null) {
            throw new IllegalArgumentException("draws is null: must be a float64 array of shape (steps, N, k)");
        }
        if (steps < 1 || n < 1 || k < 1 || k > 4 || (long) steps * n * k != draws.length) {
            throw new IllegalArgumentException("draws.length = " + draws.length + " is out of range: must equal "
                    + "steps * N * k for the shape (" + steps + ", " + n + ", " + k + "), k in [1, 4]");
        }
        return (step, from, to, g0, g1, g2, g3) -> {
            if (step < 0 || step >= steps) {
                throw new IllegalStateException("step = " + step + " has no draws: the replay holds " + steps
                        + " steps");
            }
            copy(draws, step, n, k, 0, from, to, g0);
            copy(draws, step, n, k, 1, from, to, g1);
            copy(draws, step, n, k, 2, from, to, g2);
            copy(draws, step, n, k, 3, from, to, g3);
        };
    }

    private static void copy(double[] draws, long step, int n, int k, int c, int from, int to, double[] g) {
        if (g == null) {
            return;
        }
        if (c >= k) {
            throw new IllegalStateException("normal " + c + " requested, the replay holds k = " + k);
        }
        for (int i = from; i < to; i++) {
            g[i] = draws[(int) ((step * n + i) * k + c)];
        }
    }
}
