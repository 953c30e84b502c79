package org.simdyn.vector.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector building blocks of the Philox4x32-10 stream ({@link org.simdyn.vector.random.Philox4x32}, stream
 * version 1): one Philox block per lane, words to uniforms, words to Box-Muller normal pairs. Every lane gives
 * exactly the bits of the scalar stream, at every vector width.
 *
 * <p>Words live in {@code long} lanes as unsigned values in {@code [0, 2^32)}, so that the 32 x 32 -&gt; 64-bit
 * products of the Philox rounds are plain 64-bit lane multiplies ({@code hi = p >>> 32}, {@code lo = p &
 * 0xFFFFFFFFL}) and a word becomes a double with an exponent trick instead of a conversion. A fused kernel in
 * another module makes a chunk of words with {@link #block} into scratch, then transforms them with
 * {@link #uniforms}, or with {@link #radius} into a scratch of radii and then {@link #cosNormal} and
 * {@link #sinNormal} in loops of their own: short loops let C2 inline every building block (a loop that makes
 * radii and both normals at once runs out of C2's inlining budget and was 1.5 times slower here). The loops
 * should take their species from a {@code static final} field (or a call C2 can bind statically): a species C2
 * cannot prove constant makes the vector code about twice as slow, or far worse where the Vector API's call
 * sites have seen several widths. Small static methods; vectors are never stored in fields.
 */
public final class VPhilox {
    private VPhilox() {
    }

    private static final long M0 = 0xD2511F53L;
    private static final long M1 = 0xCD9E8D57L;
    private static final long W0 = 0x9E3779B9L;
    private static final long W1 = 0xBB67AE85L;
    private static final long MASK = 0xFFFFFFFFL;
    /** Bits of 2^52: {@code 2^52 + w} for a word {@code w < 2^32} is {@code EXP52 | w}. */
    private static final long EXP52 = 0x4330000000000000L;
    /** {@code 2^52 - 0.5}, exact: {@code (2^52 + w) - (2^52 - 0.5) = w + 0.5}, exact. */
    private static final double BIAS = 0x1.fffffffffffffp51;

    /**
     * The counter words 0 of consecutive particles: lane {@code j} holds {@code (particleFrom + j) & 0xFFFFFFFF}.
     *
     * @param species the long species
     * @param particleFrom particle of lane 0
     * @return the counters
     */
    public static LongVector particles(VectorSpecies<Long> species, long particleFrom) {
        return LongVector.zero(species).addIndex(1).add(particleFrom).and(MASK);
    }

    /**
     * One Philox4x32-10 block per lane: key {@code (k0, k1)}, counter {@code (c0[lane], c1, c2, c3)}. Writes the
     * words of lane {@code j} to {@code w0..w3[i + j]} as unsigned values in {@code [0, 2^32)}.
     *
     * @param c0 counter word 0 of each lane (only the low 32 bits are used)
     * @param k0 key word 0
     * @param k1 key word 1
     * @param c1 counter word 1 of every lane
     * @param c2 counter word 2 of every lane
     * @param c3 counter word 3 of every lane
     * @param w0 word 0 of each lane. Modified.
     * @param w1 word 1 of each lane. Modified.
     * @param w2 word 2 of each lane. Modified.
     * @param w3 word 3 of each lane. Modified.
     * @param i first index written in {@code w0..w3}
     */
    public static void block(LongVector c0, int k0, int k1, int c1, int c2, int c3, long[] w0, long[] w1,
                             long[] w2, long[] w3, int i) {
        // Lanes carry garbage above bit 31 between rounds: only the low 32 bits of each word matter, the
        // multiplier inputs are masked (C2 turns "and 0xFFFFFFFF, multiply" into one 32 x 32 -> 64-bit
        // vpmuludq), and the words are masked once at the end.
        LongVector m0 = c0.broadcast(M0).and(MASK);
        LongVector m1 = c0.broadcast(M1).and(MASK);
        LongVector x0 = c0;
        LongVector x1 = c0.broadcast(c1);
        LongVector x2 = c0.broadcast(c2);
        LongVector x3 = c0.broadcast(c3);
        long a = k0;
        long b = k1;
        for (int r = 0; r < 10; r++) {
            LongVector p0 = x0.and(MASK).mul(m0);
            LongVector p1 = x2.and(MASK).mul(m1);
            x0 = p1.lanewise(VectorOperators.LSHR, 32).lanewise(VectorOperators.XOR, x1)
                    .lanewise(VectorOperators.XOR, a);
            x1 = p1;
            x2 = p0.lanewise(VectorOperators.LSHR, 32).lanewise(VectorOperators.XOR, x3)
                    .lanewise(VectorOperators.XOR, b);
            x3 = p0;
            a += W0;
            b += W1;
        }
        x0.and(MASK).intoArray(w0, i);
        x1.and(MASK).intoArray(w1, i);
        x2.and(MASK).intoArray(w2, i);
        x3.and(MASK).intoArray(w3, i);
    }

    /**
     * Lane-wise uniform of a word, {@code ((double) w + 0.5) * 2^-32}, exact, in {@code [2^-33, 1 - 2^-33]};
     * computed as {@code ((2^52 + w) - (2^52 - 0.5)) * 2^-32}, which is the same value with no conversion.
     *
     * @param w words in {@code [0, 2^32)}
     * @return the uniforms (the double species of the same shape)
     */
    public static DoubleVector uniforms(LongVector w) {
        return w.or(EXP52).reinterpretAsDoubles().sub(BIAS).mul(0x1p-32);
    }

    /**
     * Lane-wise Box-Muller radius {@code sqrt(-2 log(u(w)))} with {@link VMath#log}.
     *
     * @param w words in {@code [0, 2^32)}
     * @return the radii
     */
    public static DoubleVector radius(LongVector w) {
        return VMath.log(uniforms(w)).mul(-2.0).sqrt();
    }

    /**
     * Lane-wise first normal of a Box-Muller pair, {@code r * cos2pi(u(w))} with {@link VMath#cos2pi}.
     *
     * @param r radii from {@link #radius}
     * @param w angle words in {@code [0, 2^32)}
     * @return the normals
     */
    public static DoubleVector cosNormal(DoubleVector r, LongVector w) {
        return r.mul(VMath.cos2pi(uniforms(w)));
    }

    /**
     * Lane-wise second normal of a Box-Muller pair, {@code r * sin2pi(u(w))} with {@link VMath#sin2pi}.
     *
     * @param r radii from {@link #radius}
     * @param w angle words in {@code [0, 2^32)}
     * @return the normals
     */
    public static DoubleVector sinNormal(DoubleVector r, LongVector w) {
        return r.mul(VMath.sin2pi(uniforms(w)));
    }
}
