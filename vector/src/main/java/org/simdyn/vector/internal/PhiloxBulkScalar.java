package org.simdyn.vector.internal;

import org.simdyn.vector.DetMath;

/**
 * Scalar twin of the Philox bulk path, and the scalar Philox4x32-10 block function and transforms that every
 * single-value path of {@code org.simdyn.vector.random.Philox4x32} uses (foundation spec section 9).
 */
public final class PhiloxBulkScalar implements PhiloxBulk {

    /** Round multiplier of counter word 0. */
    public static final int M0 = 0xD2511F53;
    /** Round multiplier of counter word 2. */
    public static final int M1 = 0xCD9E8D57;
    /** Weyl increment of key word 0 (golden ratio). */
    public static final int W0 = 0x9E3779B9;
    /** Weyl increment of key word 1 (sqrt(3) - 1). */
    public static final int W1 = 0xBB67AE85;
    /** Number of rounds. */
    public static final int ROUNDS = 10;
    /** The low 32 bits of a long. */
    public static final long MASK = 0xFFFFFFFFL;

    /** Creates the scalar twin (stateless). */
    public PhiloxBulkScalar() {
    }

    /**
     * The Philox4x32-10 block function: ten rounds of {@code p0 = M0 c0, p1 = M1 c2} (32 x 32 -&gt; 64 bits),
     * {@code (c0, c1, c2, c3) = (hi(p1) ^ c1 ^ k0, lo(p1), hi(p0) ^ c3 ^ k1, lo(p0))}, the key bumped by
     * {@code (W0, W1)} before every round but the first.
     *
     * @param k0 key word 0
     * @param k1 key word 1
     * @param c0 counter word 0
     * @param c1 counter word 1
     * @param c2 counter word 2
     * @param c3 counter word 3
     * @param out the words {@code w0..w3} at {@code out[off .. off + 4)}. Modified.
     * @param off first index written
     */
    public static void block(int k0, int k1, int c0, int c1, int c2, int c3, int[] out, int off) {
        int x0 = c0;
        int x1 = c1;
        int x2 = c2;
        int x3 = c3;
        int a = k0;
        int b = k1;
        for (int r = 0; r < ROUNDS; r++) {
            long p0 = (M0 & MASK) * (x0 & MASK);
            long p1 = (M1 & MASK) * (x2 & MASK);
            x0 = (int) (p1 >>> 32) ^ x1 ^ a;
            x1 = (int) p1;
            x2 = (int) (p0 >>> 32) ^ x3 ^ b;
            x3 = (int) p0;
            a += W0;
            b += W1;
        }
        out[off] = x0;
        out[off + 1] = x1;
        out[off + 2] = x2;
        out[off + 3] = x3;
    }

    /**
     * The uniform of a word, {@code ((double) w + 0.5) * 2^-32}: exact, in {@code [2^-33, 1 - 2^-33]}.
     *
     * @param w the word as an unsigned value in {@code [0, 2^32)}
     * @return the uniform
     */
    public static double uniform(long w) {
        return ((double) w + 0.5) * 0x1p-32;
    }

    /**
     * The Box-Muller radius of a word, {@code sqrt(-2 log(u(w)))} with the frozen {@code DetMath.log}.
     *
     * @param w the word as an unsigned value in {@code [0, 2^32)}
     * @return the radius, in {@code (0, 6.77)}
     */
    public static double radius(long w) {
        return Math.sqrt(-2.0 * DetMath.log(uniform(w)));
    }

    @Override
    public void fill(int k0, int k1, int c1, int c2, int c3, long particleFrom, int count, PhiloxScratch scratch) {
        int[] w = scratch.block;
        for (int i = 0; i < count; i++) {
            block(k0, k1, (int) (particleFrom + i), c1, c2, c3, w, 0);
            scratch.w0[i] = w[0] & MASK;
            scratch.w1[i] = w[1] & MASK;
            scratch.w2[i] = w[2] & MASK;
            scratch.w3[i] = w[3] & MASK;
        }
    }

    @Override
    public void uniforms(long[] w, int count, double[] u, int off) {
        uniforms(w, 0, count, u, off);
    }

    @Override
    public void normals(long[] wr, long[] wa, double[] r, int count, double[] zc, double[] zs, int off) {
        radii(wr, 0, count, r);
        if (zc != null) {
            cosines(r, wa, 0, count, zc, off);
        }
        if (zs != null) {
            sines(r, wa, 0, count, zs, off);
        }
    }

    /**
     * {@code u[off + i] = uniform(w[i])} for {@code i} in {@code [from, to)}: also the tail of the Panama twin.
     *
     * @param w words. Not modified.
     * @param from first index of {@code w}
     * @param to end index of {@code w}
     * @param u the uniforms. Modified.
     * @param off offset of {@code u}
     */
    static void uniforms(long[] w, int from, int to, double[] u, int off) {
        for (int i = from; i < to; i++) {
            u[off + i] = uniform(w[i]);
        }
    }

    /**
     * {@code r[i] = radius(w[i])} for {@code i} in {@code [from, to)}: also the tail of the Panama twin.
     *
     * @param w radius words. Not modified.
     * @param from first index
     * @param to end index
     * @param r the radii. Modified.
     */
    static void radii(long[] w, int from, int to, double[] r) {
        for (int i = from; i < to; i++) {
            r[i] = radius(w[i]);
        }
    }

    /**
     * {@code z[off + i] = r[i] * cos2pi(uniform(wa[i]))} for {@code i} in {@code [from, to)}: also the tail of
     * the Panama twin.
     *
     * @param r radii. Not modified.
     * @param wa angle words. Not modified.
     * @param from first index
     * @param to end index
     * @param z the normals. Modified.
     * @param off offset of {@code z}
     */
    static void cosines(double[] r, long[] wa, int from, int to, double[] z, int off) {
        for (int i = from; i < to; i++) {
            z[off + i] = r[i] * DetMath.cos2pi(uniform(wa[i]));
        }
    }

    /**
     * {@code z[off + i] = r[i] * sin2pi(uniform(wa[i]))} for {@code i} in {@code [from, to)}: also the tail of
     * the Panama twin.
     *
     * @param r radii. Not modified.
     * @param wa angle words. Not modified.
     * @param from first index
     * @param to end index
     * @param z the normals. Modified.
     * @param off offset of {@code z}
     */
    static void sines(double[] r, long[] wa, int from, int to, double[] z, int off) {
        for (int i = from; i < to; i++) {
            z[off + i] = r[i] * DetMath.sin2pi(uniform(wa[i]));
        }
    }
}
