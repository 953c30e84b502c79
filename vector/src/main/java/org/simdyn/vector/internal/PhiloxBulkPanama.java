package org.simdyn.vector.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.kernel.Species;
import org.simdyn.vector.kernel.VPhilox;

/**
 * Panama twin of the Philox bulk path: one particle per {@code long} lane ({@link VPhilox}). Bit-identical to
 * {@link PhiloxBulkScalar} at every width. Loaded through {@code VectorRuntime.select} (the no-argument
 * constructor takes the width in force); tests build one per width.
 */
public final class PhiloxBulkPanama implements PhiloxBulk {
    private final VectorSpecies<Long> longs;
    private final VectorSpecies<Double> doubles;

    /** The twin at the width in force ({@link Species#LONG}). */
    public PhiloxBulkPanama() {
        this(Species.LONG.vectorBitSize());
    }

    /**
     * The twin at an explicit width.
     *
     * @param bits 128, 256 or 512
     * @throws IllegalArgumentException for another width
     */
    public PhiloxBulkPanama(int bits) {
        this.longs = Species.longs(bits);
        this.doubles = Species.doubles(bits);
    }

    @Override
    public void fill(int k0, int k1, int c1, int c2, int c3, long particleFrom, int count, PhiloxScratch scratch) {
        // whole vectors up to the next multiple of the lane count: CHUNK is a multiple of it, and the counters of
        // lanes past the end are masked to 32 bits, so the extra blocks are well defined and never read
        int lanes = longs.length();
        for (int i = 0; i < count; i += lanes) {
            VPhilox.block(VPhilox.particles(longs, particleFrom + i), k0, k1, c1, c2, c3,
                    scratch.w0, scratch.w1, scratch.w2, scratch.w3, i);
        }
    }

    @Override
    public void uniforms(long[] w, int count, double[] u, int off) {
        int bound = doubles.loopBound(count);
        int i = 0;
        for (; i < bound; i += doubles.length()) {
            VPhilox.uniforms(LongVector.fromArray(longs, w, i)).intoArray(u, off + i);
        }
        PhiloxBulkScalar.uniforms(w, i, count, u, off);
    }

    @Override
    public void normals(long[] wr, long[] wa, int count, double[] zc, double[] zs, int off) {
        int bound = doubles.loopBound(count);
        int i = 0;
        for (; i < bound; i += doubles.length()) {
            DoubleVector r = VPhilox.radius(LongVector.fromArray(longs, wr, i));
            LongVector a = LongVector.fromArray(longs, wa, i);
            if (zc != null) {
                VPhilox.cosNormal(r, a).intoArray(zc, off + i);
            }
            if (zs != null) {
                VPhilox.sinNormal(r, a).intoArray(zs, off + i);
            }
        }
        PhiloxBulkScalar.normals(wr, wa, i, count, zc, zs, off);
    }
}
