package org.simdyn.vector.random;

import org.simdyn.vector.DetMath;
import org.simdyn.vector.VectorRuntime;
import org.simdyn.vector.internal.PhiloxBulk;
import org.simdyn.vector.internal.PhiloxBulkScalar;
import org.simdyn.vector.internal.PhiloxScratch;

/**
 * The canonical Philox4x32-10 random stream of simdyn, stream version {@value #STREAM_VERSION}: a counter-based
 * generator keyed by a 64-bit seed, whose every value is addressed by (particle, purpose, block or index,
 * step), so results never depend on the order of draws, the thread count or the SIMD width.
 *
 * <h2>Block function</h2>
 * Philox4x32-10 of Salmon et al. (Random123's {@code philox4x32_10}): 32-bit words, arithmetic mod 2^32,
 * {@code M0 = 0xD2511F53}, {@code M1 = 0xCD9E8D57}, {@code W0 = 0x9E3779B9}, {@code W1 = 0xBB67AE85}:
 * <pre>
 * block(k0, k1, c0, c1, c2, c3):
 *   for round r = 0..9:
 *     if r &gt; 0: k0 += W0; k1 += W1
 *     p0 = M0 * c0, p1 = M1 * c2                       (unsigned 32 x 32 -&gt; 64 bits)
 *     (c0, c1, c2, c3) = (hi(p1) ^ c1 ^ k0, lo(p1), hi(p0) ^ c3 ^ k1, lo(p0))
 *   return (c0, c1, c2, c3)
 * </pre>
 * For a fixed key the block function is a bijection of the 128-bit counter: the period is 2^128 blocks (2^130
 * words) per key, and distinct counters never repeat a block.
 *
 * <h2>Layout</h2>
 * The seed {@code S} gives the key {@code (k0, k1) = (S & 0xFFFFFFFF, S >>> 32)}. The block of particle
 * {@code p} (0..2^32-1), purpose {@code K} (0..65535, see {@link RngPurpose}), block number {@code b}
 * (0..65535) and step {@code t} (any 64-bit value) has the counter
 * <pre>
 * (c0, c1, c2, c3) = (p, K &lt;&lt; 16 | b, t &amp; 0xFFFFFFFF, t &gt;&gt;&gt; 32)
 * </pre>
 * and words {@code (w0, w1, w2, w3)}.
 *
 * <h2>Uniforms and normals</h2>
 * <ul>
 *   <li>Uniform of a word: {@code u(w) = ((w & 0xFFFFFFFFL) + 0.5) * 0x1p-32}, exact, in {@code [2^-33, 1 -
 *       2^-33]} (never 0 or 1). Uniform {@code j} of {@code (p, K, t)} is {@code u(w[j & 3])} of block
 *       {@code j >>> 2}.</li>
 *   <li>Normal {@code j} (0 &lt;= j &lt; 2^18) of {@code (p, K, t)} comes from block {@code b = j >>> 2} by
 *       Box-Muller: {@code R = sqrt(-2.0 * log(u(w0)))}, {@code z[4b] = R * cos2pi(u(w1))}, {@code z[4b+1] = R *
 *       sin2pi(u(w1))}, and {@code (w2, w3)} give {@code z[4b+2]}, {@code z[4b+3]} the same way. {@code log},
 *       {@code sin2pi} and {@code cos2pi} are the frozen {@link DetMath} functions, {@code sqrt} is IEEE: the
 *       normals are the same bits on every machine. On this domain {@code log} is within 1.5 ulp and
 *       {@code sin2pi}/{@code cos2pi} within 1.65 ulp of the exact functions, so the normals agree with the exact
 *       Box-Muller transform of the same words to about 1e-15 absolute. Their magnitude is below 6.77 (the
 *       radius of {@code u = 2^-33}).</li>
 * </ul>
 * A purpose serves normals or uniforms, never both.
 *
 * <h2>Paths</h2>
 * The single-value methods ({@link #words(long, int, int, long, int[], int)}, {@link #normal}, {@link #uniform})
 * are scalar. The bulk methods ({@link #normals}, {@link #uniforms},
 * {@link #words(long, int, int, long, int, int[], int[], int[], int[], int)}) fill a range of particles with
 * the Panama (SIMD) kernels when {@link VectorRuntime} is in Panama mode; they give exactly the same bits as
 * the single-value methods, at every vector width, and allocate nothing after the first call on a thread (they
 * work through a per-thread scratch of 10 KiB, which the single-value methods share).
 *
 * <p>Thread safety: instances are immutable and every method is thread-safe.
 *
 * <p>Reference: J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random numbers: as easy as 1,
 * 2, 3", SC'11 (2011), doi:10.1145/2063384.2063405, and its Random123 library (known-answer vectors);
 * G. E. P. Box, M. E. Muller, "A note on the generation of random normal deviates", Ann. Math. Statist. 29
 * (1958) 610-611.
 */
public final class Philox4x32 {

    /** Version of the stream layout and transforms; a change of any bit of the stream makes a new version. */
    public static final int STREAM_VERSION = 1;
    /** Largest particle, {@code 2^32 - 1}. */
    public static final long MAX_PARTICLE = 0xFFFFFFFFL;
    /** Largest block number, {@code 2^16 - 1}. */
    public static final int MAX_BLOCK = 0xFFFF;
    /** Largest normal or uniform index, {@code 2^18 - 1} (four values per block). */
    public static final int MAX_INDEX = 4 * MAX_BLOCK + 3;

    private static final String PANAMA = "org.simdyn.vector.internal.PhiloxBulkPanama";
    private static final ThreadLocal<PhiloxScratch> SCRATCH = ThreadLocal.withInitial(PhiloxScratch::new);

    /** The bulk twin, chosen on first bulk use. */
    private static final class Bulk {
        static final PhiloxBulk INSTANCE = VectorRuntime.select(PhiloxBulk.class, PANAMA, new PhiloxBulkScalar());
    }

    private final long seed;
    private final int k0;
    private final int k1;

    private Philox4x32(long seed) {
        this.seed = seed;
        this.k0 = (int) seed;
        this.k1 = (int) (seed >>> 32);
    }

    /**
     * Returns the stream of a seed.
     *
     * @param seed any 64-bit value (an unsigned seed above 2^63 - 1 is the same bits as a negative long); the
     *        key is {@code (seed & 0xFFFFFFFF, seed >>> 32)}
     * @return the stream
     */
    public static Philox4x32 of(long seed) {
        return new Philox4x32(seed);
    }

    /**
     * Returns the seed of this stream.
     *
     * @return the seed passed to {@link #of}
     */
    public long seed() {
        return seed;
    }

    /**
     * The raw Philox4x32-10 block function (see the class documentation) for any key and counter.
     *
     * @param k0 key word 0
     * @param k1 key word 1
     * @param c0 counter word 0
     * @param c1 counter word 1
     * @param c2 counter word 2
     * @param c3 counter word 3
     * @param out receives the words {@code w0..w3} at {@code out[off .. off + 4)}. Modified.
     * @param off first index written in {@code out}, {@code off >= 0}, {@code off + 4 <= out.length}
     * @throws IllegalArgumentException if {@code out} is null or too short for {@code off}
     */
    public static void block(int k0, int k1, int c0, int c1, int c2, int c3, int[] out, int off) {
        checkBlockOut(out, off);
        PhiloxBulkScalar.block(k0, k1, c0, c1, c2, c3, out, off);
    }

    /**
     * The four words of one block of this stream: counter {@code (particle, purpose << 16 | block, step &
     * 0xFFFFFFFF, step >>> 32)}.
     *
     * @param particle 0..2^32-1
     * @param purpose 0..65535
     * @param block 0..65535
     * @param step any value
     * @param out receives the words {@code w0..w3} at {@code out[off .. off + 4)}. Modified.
     * @param off first index written in {@code out}, {@code off >= 0}, {@code off + 4 <= out.length}
     * @throws IllegalArgumentException for an argument out of range, a null or too short {@code out}
     */
    public void words(long particle, int purpose, int block, long step, int[] out, int off) {
        checkParticle("particle", particle);
        checkPurpose(purpose);
        checkBlock(block);
        checkBlockOut(out, off);
        PhiloxBulkScalar.block(k0, k1, (int) particle, purpose << 16 | block, (int) step, (int) (step >>> 32),
                out, off);
    }

    /**
     * Normal {@code index} of {@code (particle, purpose, step)}, from block {@code index >>> 2} (see the class
     * documentation). Scalar path; equal, bit for bit, to the bulk {@link #normals}.
     *
     * @param particle 0..2^32-1
     * @param purpose 0..65535
     * @param step any value
     * @param index 0..2^18-1
     * @return the standard normal deviate
     * @throws IllegalArgumentException for an argument out of range
     */
    public double normal(long particle, int purpose, long step, int index) {
        checkParticle("particle", particle);
        checkPurpose(purpose);
        checkIndex(index);
        int[] w = blockOf(particle, purpose, step, index);
        int pair = index & 2;
        double r = PhiloxBulkScalar.radius(w[pair] & PhiloxBulkScalar.MASK);
        double u = PhiloxBulkScalar.uniform(w[pair + 1] & PhiloxBulkScalar.MASK);
        return r * ((index & 1) == 0 ? DetMath.cos2pi(u) : DetMath.sin2pi(u));
    }

    /**
     * Uniform {@code index} of {@code (particle, purpose, step)}: {@code u(w[index & 3])} of block
     * {@code index >>> 2}. Scalar path; equal, bit for bit, to the bulk {@link #uniforms}.
     *
     * @param particle 0..2^32-1
     * @param purpose 0..65535
     * @param step any value
     * @param index 0..2^18-1
     * @return the uniform deviate in {@code [2^-33, 1 - 2^-33]}
     * @throws IllegalArgumentException for an argument out of range
     */
    public double uniform(long particle, int purpose, long step, int index) {
        checkParticle("particle", particle);
        checkPurpose(purpose);
        checkIndex(index);
        int[] w = blockOf(particle, purpose, step, index);
        return PhiloxBulkScalar.uniform(w[index & 3] & PhiloxBulkScalar.MASK);
    }

    /**
     * Bulk normals (SIMD path): normal {@code 4 * block + k} of {@code (particleFrom + i, purpose, step)} goes to
     * {@code zk[off + i]} for {@code k = 0..3} and {@code i} in {@code [0, count)}. A null {@code zk} is skipped;
     * leaving out both normals of a Box-Muller pair ({@code z0, z1} or {@code z2, z3}) skips its transform.
     * Equal, bit for bit, to {@link #normal} for every vector width.
     *
     * @param step any value
     * @param purpose 0..65535
     * @param block 0..65535
     * @param particleFrom first particle, 0..2^32-1
     * @param count number of particles, {@code >= 0}, {@code particleFrom + count - 1 <= 2^32 - 1}
     * @param z0 normals {@code 4 * block} of the particles, or null. Modified.
     * @param z1 normals {@code 4 * block + 1}, or null. Modified.
     * @param z2 normals {@code 4 * block + 2}, or null. Modified.
     * @param z3 normals {@code 4 * block + 3}, or null. Modified.
     * @param off first index written in each array, {@code off >= 0}, {@code off + count <= zk.length}
     * @throws IllegalArgumentException for an argument out of range or an array too short
     */
    public void normals(long step, int purpose, int block, long particleFrom, int count, double[] z0, double[] z1,
                        double[] z2, double[] z3, int off) {
        normals(Bulk.INSTANCE, step, purpose, block, particleFrom, count, z0, z1, z2, z3, off);
    }

    /**
     * Bulk uniforms (SIMD path): uniform {@code 4 * block + k} of {@code (particleFrom + i, purpose, step)} goes
     * to {@code uk[off + i]} for {@code k = 0..3} and {@code i} in {@code [0, count)}; a null {@code uk} is
     * skipped. Equal, bit for bit, to {@link #uniform} for every vector width.
     *
     * @param step any value
     * @param purpose 0..65535
     * @param block 0..65535
     * @param particleFrom first particle, 0..2^32-1
     * @param count number of particles, {@code >= 0}, {@code particleFrom + count - 1 <= 2^32 - 1}
     * @param u0 uniforms {@code 4 * block} of the particles, or null. Modified.
     * @param u1 uniforms {@code 4 * block + 1}, or null. Modified.
     * @param u2 uniforms {@code 4 * block + 2}, or null. Modified.
     * @param u3 uniforms {@code 4 * block + 3}, or null. Modified.
     * @param off first index written in each array, {@code off >= 0}, {@code off + count <= uk.length}
     * @throws IllegalArgumentException for an argument out of range or an array too short
     */
    public void uniforms(long step, int purpose, int block, long particleFrom, int count, double[] u0, double[] u1,
                         double[] u2, double[] u3, int off) {
        uniforms(Bulk.INSTANCE, step, purpose, block, particleFrom, count, u0, u1, u2, u3, off);
    }

    /**
     * Bulk words (SIMD path): word {@code k} of block {@code block} of {@code (particleFrom + i, purpose, step)}
     * goes to {@code wk[off + i]} for {@code k = 0..3} and {@code i} in {@code [0, count)}; a null {@code wk} is
     * skipped. Equal to {@link #words(long, int, int, long, int[], int)} for every vector width.
     *
     * @param step any value
     * @param purpose 0..65535
     * @param block 0..65535
     * @param particleFrom first particle, 0..2^32-1
     * @param count number of particles, {@code >= 0}, {@code particleFrom + count - 1 <= 2^32 - 1}
     * @param w0 words 0 of the particles' blocks, or null. Modified.
     * @param w1 words 1, or null. Modified.
     * @param w2 words 2, or null. Modified.
     * @param w3 words 3, or null. Modified.
     * @param off first index written in each array, {@code off >= 0}, {@code off + count <= wk.length}
     * @throws IllegalArgumentException for an argument out of range or an array too short
     */
    public void words(long step, int purpose, int block, long particleFrom, int count, int[] w0, int[] w1,
                      int[] w2, int[] w3, int off) {
        words(Bulk.INSTANCE, step, purpose, block, particleFrom, count, w0, w1, w2, w3, off);
    }

    /** {@link #normals} through a given twin (tests run every width in one JVM). */
    void normals(PhiloxBulk bulk, long step, int purpose, int block, long particleFrom, int count, double[] z0,
                 double[] z1, double[] z2, double[] z3, int off) {
        checkRange(purpose, block, particleFrom, count, off);
        checkOut("z0", z0 == null ? -1 : z0.length, off, count);
        checkOut("z1", z1 == null ? -1 : z1.length, off, count);
        checkOut("z2", z2 == null ? -1 : z2.length, off, count);
        checkOut("z3", z3 == null ? -1 : z3.length, off, count);
        boolean first = z0 != null || z1 != null;
        boolean second = z2 != null || z3 != null;
        if (!first && !second) {
            return;
        }
        PhiloxScratch s = SCRATCH.get();
        int c1 = purpose << 16 | block;
        for (int done = 0; done < count; done += PhiloxScratch.CHUNK) {
            int n = Math.min(PhiloxScratch.CHUNK, count - done);
            bulk.fill(k0, k1, c1, (int) step, (int) (step >>> 32), particleFrom + done, n, s);
            if (first) {
                bulk.normals(s.w0, s.w1, s.r, n, z0, z1, off + done);
            }
            if (second) {
                bulk.normals(s.w2, s.w3, s.r, n, z2, z3, off + done);
            }
        }
    }

    /** {@link #uniforms} through a given twin. */
    void uniforms(PhiloxBulk bulk, long step, int purpose, int block, long particleFrom, int count, double[] u0,
                  double[] u1, double[] u2, double[] u3, int off) {
        checkRange(purpose, block, particleFrom, count, off);
        checkOut("u0", u0 == null ? -1 : u0.length, off, count);
        checkOut("u1", u1 == null ? -1 : u1.length, off, count);
        checkOut("u2", u2 == null ? -1 : u2.length, off, count);
        checkOut("u3", u3 == null ? -1 : u3.length, off, count);
        if (u0 == null && u1 == null && u2 == null && u3 == null) {
            return;
        }
        PhiloxScratch s = SCRATCH.get();
        int c1 = purpose << 16 | block;
        for (int done = 0; done < count; done += PhiloxScratch.CHUNK) {
            int n = Math.min(PhiloxScratch.CHUNK, count - done);
            bulk.fill(k0, k1, c1, (int) step, (int) (step >>> 32), particleFrom + done, n, s);
            if (u0 != null) {
                bulk.uniforms(s.w0, n, u0, off + done);
            }
            if (u1 != null) {
                bulk.uniforms(s.w1, n, u1, off + done);
            }
            if (u2 != null) {
                bulk.uniforms(s.w2, n, u2, off + done);
            }
            if (u3 != null) {
                bulk.uniforms(s.w3, n, u3, off + done);
            }
        }
    }

    /** {@link #words(long, int, int, long, int, int[], int[], int[], int[], int)} through a given twin. */
    void words(PhiloxBulk bulk, long step, int purpose, int block, long particleFrom, int count, int[] w0,
               int[] w1, int[] w2, int[] w3, int off) {
        checkRange(purpose, block, particleFrom, count, off);
        checkOut("w0", w0 == null ? -1 : w0.length, off, count);
        checkOut("w1", w1 == null ? -1 : w1.length, off, count);
        checkOut("w2", w2 == null ? -1 : w2.length, off, count);
        checkOut("w3", w3 == null ? -1 : w3.length, off, count);
        if (w0 == null && w1 == null && w2 == null && w3 == null) {
            return;
        }
        PhiloxScratch s = SCRATCH.get();
        int c1 = purpose << 16 | block;
        for (int done = 0; done < count; done += PhiloxScratch.CHUNK) {
            int n = Math.min(PhiloxScratch.CHUNK, count - done);
            bulk.fill(k0, k1, c1, (int) step, (int) (step >>> 32), particleFrom + done, n, s);
            copy(s.w0, n, w0, off + done);
            copy(s.w1, n, w1, off + done);
            copy(s.w2, n, w2, off + done);
            copy(s.w3, n, w3, off + done);
        }
    }

    private static void copy(long[] from, int n, int[] to, int off) {
        if (to != null) {
            for (int i = 0; i < n; i++) {
                to[off + i] = (int) from[i];
            }
        }
    }

    /** The words of the block holding value {@code index}, in this thread's scratch. */
    private int[] blockOf(long particle, int purpose, long step, int index) {
        int[] w = SCRATCH.get().block;
        PhiloxBulkScalar.block(k0, k1, (int) particle, purpose << 16 | index >>> 2, (int) step,
                (int) (step >>> 32), w, 0);
        return w;
    }

    /**
     * Two streams are equal when their seeds are.
     *
     * @param o another object
     * @return whether {@code o} is a {@code Philox4x32} with the same seed
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Philox4x32 p && p.seed == seed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed);
    }

    /** Returns e.g. {@code "Philox4x32-10[seed=42, key=(0x0000002a, 0x00000000), stream version 1]"}. */
    @Override
    public String toString() {
        return String.format("Philox4x32-10[seed=%s, key=(0x%08x, 0x%08x), stream version %d]",
                Long.toUnsignedString(seed), k0, k1, STREAM_VERSION);
    }

    private static void checkParticle(String name, long particle) {
        if (particle < 0 || particle > MAX_PARTICLE) {
            throw new IllegalArgumentException(name + " = " + particle + " is out of range: must be in [0, "
                    + MAX_PARTICLE + "]");
        }
    }

    private static void checkPurpose(int purpose) {
        if (purpose < 0 || purpose > RngPurpose.MAX) {
            throw new IllegalArgumentException("purpose = " + purpose + " is out of range: must be in [0, "
                    + RngPurpose.MAX + "]");
        }
    }

    private static void checkBlock(int block) {
        if (block < 0 || block > MAX_BLOCK) {
            throw new IllegalArgumentException("block = " + block + " is out of range: must be in [0, "
                    + MAX_BLOCK + "]");
        }
    }

    private static void checkIndex(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("index = " + index + " is out of range: must be in [0, "
                    + MAX_INDEX + "]");
        }
    }

    private static void checkBlockOut(int[] out, int off) {
        if (out == null) {
            throw new IllegalArgumentException("out is null: must be an array of length >= off + 4");
        }
        if (off < 0) {
            throw new IllegalArgumentException("off = " + off + " is out of range: must be >= 0");
        }
        if (off + 4L > out.length) {
            throw new IllegalArgumentException("off + 4 = " + (off + 4L) + " exceeds out.length = " + out.length);
        }
    }

    private static void checkRange(int purpose, int block, long particleFrom, int count, int off) {
        checkPurpose(purpose);
        checkBlock(block);
        checkParticle("particleFrom", particleFrom);
        if (count < 0) {
            throw new IllegalArgumentException("count = " + count + " is out of range: must be >= 0");
        }
        if (particleFrom + count - 1 > MAX_PARTICLE) {
            throw new IllegalArgumentException("particleFrom + count - 1 = " + (particleFrom + count - 1)
                    + " is out of range: must be <= " + MAX_PARTICLE + " (particleFrom = " + particleFrom
                    + ", count = " + count + ")");
        }
        if (off < 0) {
            throw new IllegalArgumentException("off = " + off + " is out of range: must be >= 0");
        }
    }

    /** Checks an optional output array; {@code length < 0} stands for null (skipped). */
    private static void checkOut(String name, int length, int off, int count) {
        if (length >= 0 && off + (long) count > length) {
            throw new IllegalArgumentException("off + count = " + (off + (long) count) + " exceeds " + name
                    + ".length = " + length);
        }
    }
}
