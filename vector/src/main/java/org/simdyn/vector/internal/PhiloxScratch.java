package org.simdyn.vector.internal;

/**
 * Per-thread scratch of the Philox bulk path: the four word columns of one chunk of particles, their radii, and
 * room for one block (8 KiB + 2 KiB + 16 bytes). Owned by one thread (held in a {@code ThreadLocal}); never
 * shared.
 */
public final class PhiloxScratch {

    /**
     * Particles per chunk: a multiple of the lane count of every vector width (2, 4 or 8 long lanes), small
     * enough that the columns (10 KiB) stay in the L1 cache between the two phases.
     */
    public static final int CHUNK = 256;

    /** Allocates the scratch of one thread. */
    public PhiloxScratch() {
    }

    /** Word 0 of each particle's block, unsigned, in {@code [0, 2^32)}; {@link #CHUNK} entries. */
    public final long[] w0 = new long[CHUNK];
    /** Word 1 of each particle's block, unsigned; {@link #CHUNK} entries. */
    public final long[] w1 = new long[CHUNK];
    /** Word 2 of each particle's block, unsigned; {@link #CHUNK} entries. */
    public final long[] w2 = new long[CHUNK];
    /** Word 3 of each particle's block, unsigned; {@link #CHUNK} entries. */
    public final long[] w3 = new long[CHUNK];
    /** Box-Muller radii of one word column; {@link #CHUNK} entries. */
    public final double[] r = new double[CHUNK];
    /** One block's words {@code (w0, w1, w2, w3)} at indices 0..3, for the scalar paths. */
    public final int[] block = new int[4];
}
