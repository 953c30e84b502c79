package org.simdyn.particles;

/** How candidate neighbours are found. Both methods give bit-identical results (exact integer pair sums). */
public enum NeighbourSearch {
    /**
     * Cells iff they are usable, have at least 4 cells per axis and {@code N >= 1024}
     * ({@link CouzinConfig#resolvedSearch()}); all-pairs otherwise.
     */
    AUTO,
    /** Cell lists of side at least the largest attraction radius: O(N) per step. */
    CELLS,
    /** Blocked SIMD all-pairs: O(N²) per step, fastest for small N. */
    ALL_PAIRS
}
