package org.simdyn.vector.internal;

/**
 * The bulk path of the Philox4x32-10 stream ({@code org.simdyn.vector.random.Philox4x32}), cut into the two
 * phases of a chunk: {@link #fill} makes the four words of up to {@link PhiloxScratch#CHUNK} consecutive
 * particles into per-thread scratch, {@link #uniforms} and {@link #normals} transform one or two of those word
 * columns into the caller's arrays. Keeping the phases, and inside {@link #normals} the radii, cosines and sines,
 * in loops of their own keeps each loop small enough for C2 to inline the vector building blocks (one fused
 * loop lost that in a prototype and ran at half the speed).
 *
 * <p>Twins: {@link PhiloxBulkScalar} and {@code PhiloxBulkPanama} (loaded through
 * {@code VectorRuntime.select}); both give the same bits. Callers validate; these methods do not.
 */
public interface PhiloxBulk {

    /**
     * Makes the words of the blocks with key {@code (k0, k1)} and counters {@code (p, c1, c2, c3)}, {@code p =
     * particleFrom + i} for {@code i} in {@code [0, count)}, into {@code scratch.w0..w3[i]} as unsigned values
     * in {@code [0, 2^32)}. Entries of the scratch past {@code count} may be overwritten.
     *
     * @param k0 key word 0
     * @param k1 key word 1
     * @param c1 counter word 1, the same for every particle
     * @param c2 counter word 2, the same for every particle
     * @param c3 counter word 3, the same for every particle
     * @param particleFrom first particle, counter word 0, in {@code [0, 2^32)}
     * @param count number of particles, {@code 0 <= count <= CHUNK}, {@code particleFrom + count <= 2^32}
     * @param scratch the per-thread scratch. Modified.
     */
    void fill(int k0, int k1, int c1, int c2, int c3, long particleFrom, int count, PhiloxScratch scratch);

    /**
     * {@code u[off + i] = ((double) w[i] + 0.5) * 2^-32} for {@code i} in {@code [0, count)}.
     *
     * @param w words in {@code [0, 2^32)}. Not modified.
     * @param count number of values
     * @param u the uniforms. Modified.
     * @param off first index written in {@code u}
     */
    void uniforms(long[] w, int count, double[] u, int off);

    /**
     * The Box-Muller pair of each particle: {@code R = sqrt(-2 log(u(wr[i])))}, {@code zc[off + i] = R *
     * cos2pi(u(wa[i]))}, {@code zs[off + i] = R * sin2pi(u(wa[i]))} with the frozen {@code DetMath} functions.
     *
     * @param wr words giving the radius, in {@code [0, 2^32)}. Not modified.
     * @param wa words giving the angle, in {@code [0, 2^32)}. Not modified.
     * @param r scratch for the radii, at least {@code count} entries. Modified.
     * @param count number of pairs
     * @param zc the cosine normals, or null to skip them. Modified.
     * @param zs the sine normals, or null to skip them. Modified.
     * @param off first index written in {@code zc} and {@code zs}
     */
    void normals(long[] wr, long[] wa, double[] r, int count, double[] zc, double[] zs, int off);
}
