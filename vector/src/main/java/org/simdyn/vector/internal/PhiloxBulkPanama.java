package org.simdyn.vector.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.kernel.Species;
import org.simdyn.vector.kernel.VPhilox;

/**
 * Panama twin of the Philox bulk path: one particle per {@code long} lane ({@link VPhilox}). Bit-identical to
 * {@link PhiloxBulkScalar} at every width.
 *
 * <p>This class runs at the width in force ({@link Species#LONG}) and is what {@code VectorRuntime.select}
 * loads. {@link #ofWidth(int)} gives twins of an explicit width for tests; they are subclasses that override
 * {@link #longs()} and {@link #doubles()}. As long as none of them is loaded (production), C2's class hierarchy
 * analysis binds those two calls statically, so every loop here sees a constant species: a species read from an
 * instance field is not a constant for C2 and makes the loops about twice as slow.
 */
public class PhiloxBulkPanama implements PhiloxBulk {

    /** The twin at the width in force ({@link Species#LONG}). */
    public PhiloxBulkPanama() {
    }

    /**
     * Returns a twin of an explicit width (tests run every width in one JVM). The return type is the interface
     * so that verifying this class does not load the subclasses (which would defeat the static binding of the
     * species, see the class documentation).
     *
     * @param bits 128, 256 or 512
     * @return the twin
     * @throws IllegalArgumentException for another width
     */
    public static PhiloxBulk ofWidth(int bits) {
        // one return per width, no switch expression: the verifier would load all three to merge their types
        if (bits == 128) {
            return new Width128();
        }
        if (bits == 256) {
            return new Width256();
        }
        if (bits == 512) {
            return new Width512();
        }
        throw new IllegalArgumentException("bits = " + bits + " is not a vector width: must be 128, 256 or 512");
    }

    /** Returns the long species of the loops. */
    VectorSpecies<Long> longs() {
        return InForce.LONGS;
    }

    /** Returns the double species of the loops, with as many lanes as {@link #longs()}. */
    VectorSpecies<Double> doubles() {
        return InForce.DOUBLES;
    }

    @Override
    public void fill(int k0, int k1, int c1, int c2, int c3, long particleFrom, int count, PhiloxScratch scratch) {
        // whole vectors up to the next multiple of the lane count: CHUNK is a multiple of it, and the counters of
        // lanes past the end are masked to 32 bits, so the extra blocks are well defined and never read
        VectorSpecies<Long> species = longs();
        for (int i = 0; i < count; i += species.length()) {
            VPhilox.block(VPhilox.particles(species, particleFrom + i), k0, k1, c1, c2, c3,
                    scratch.w0, scratch.w1, scratch.w2, scratch.w3, i);
        }
    }

    @Override
    public void uniforms(long[] w, int count, double[] u, int off) {
        VectorSpecies<Long> species = longs();
        int bound = species.loopBound(count);
        int i = 0;
        for (; i < bound; i += species.length()) {
            VPhilox.uniforms(LongVector.fromArray(species, w, i)).intoArray(u, off + i);
        }
        PhiloxBulkScalar.uniforms(w, i, count, u, off);
    }

    /**
     * The passes of the normal transform run through one megamorphic call site, so that C2 never inlines them
     * into one compilation unit. Inlined together (with the word generation) they exceed C2's node budget
     * (NodeCountInliningCutoff): a part of {@code VMath.log} is then left as a call, and every vector crossing
     * it is boxed, 24 bytes per particle per call (measured on JDK 25). Each pass compiled on its own inlines all
     * of its vector code and allocates nothing. An absent output runs the empty pass instead of no call, so the
     * site always sees at least three receiver types and C2 never inlines two of them (bimorphic inlining).
     * Results are unchanged: the same loops run in the same order.
     */
    private abstract static class Pass {
        abstract void run(PhiloxBulkPanama b, long[] wr, long[] wa, double[] r, int count, double[] z, int off);
    }

    private static final class Radii extends Pass {
        @Override
        void run(PhiloxBulkPanama b, long[] wr, long[] wa, double[] r, int count, double[] z, int off) {
            b.radii(wr, count, r);
        }
    }

    private static final class Cosines extends Pass {
        @Override
        void run(PhiloxBulkPanama b, long[] wr, long[] wa, double[] r, int count, double[] z, int off) {
            b.cosines(r, wa, count, z, off);
        }
    }

    private static final class Sines extends Pass {
        @Override
        void run(PhiloxBulkPanama b, long[] wr, long[] wa, double[] r, int count, double[] z, int off) {
            b.sines(r, wa, count, z, off);
        }
    }

    private static final class Skip extends Pass {
        @Override
        void run(PhiloxBulkPanama b, long[] wr, long[] wa, double[] r, int count, double[] z, int off) {
        }
    }

    /** Radii, cosines, sines, and the empty pass; read from an array so that C2 cannot fold the receiver. */
    private static final Pass[] PASSES = {new Radii(), new Cosines(), new Sines(), new Skip()};

    @Override
    public void normals(long[] wr, long[] wa, double[] r, int count, double[] zc, double[] zs, int off) {
        for (int k = 0; k < 3; k++) {
            double[] z = k == 1 ? zc : zs;
            Pass pass = PASSES[k != 0 && z == null ? 3 : k];
            pass.run(this, wr, wa, r, count, z, off);
        }
    }

    private void radii(long[] wr, int count, double[] r) {
        VectorSpecies<Long> species = longs();
        int bound = species.loopBound(count);
        int i = 0;
        for (; i < bound; i += species.length()) {
            VPhilox.radius(LongVector.fromArray(species, wr, i)).intoArray(r, i);
        }
        PhiloxBulkScalar.radii(wr, i, count, r);
    }

    private void cosines(double[] r, long[] wa, int count, double[] z, int off) {
        VectorSpecies<Long> species = longs();
        int bound = species.loopBound(count);
        int i = 0;
        for (; i < bound; i += species.length()) {
            VPhilox.cosNormal(DoubleVector.fromArray(doubles(), r, i), LongVector.fromArray(species, wa, i))
                    .intoArray(z, off + i);
        }
        PhiloxBulkScalar.cosines(r, wa, i, count, z, off);
    }

    private void sines(double[] r, long[] wa, int count, double[] z, int off) {
        VectorSpecies<Long> species = longs();
        int bound = species.loopBound(count);
        int i = 0;
        for (; i < bound; i += species.length()) {
            VPhilox.sinNormal(DoubleVector.fromArray(doubles(), r, i), LongVector.fromArray(species, wa, i))
                    .intoArray(z, off + i);
        }
        PhiloxBulkScalar.sines(r, wa, i, count, z, off);
    }

    /** Species of the width in force; initialised only when the in-force twin runs (Panama mode). */
    private static final class InForce {
        static final VectorSpecies<Long> LONGS = Species.LONG;
        static final VectorSpecies<Double> DOUBLES = Species.DOUBLE;
    }

    // The fixed-width twins name the Vector API's species directly: Species cannot initialise in scalar mode, and
    // tests run them in every mode.
    private static final class Width128 extends PhiloxBulkPanama {
        private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_128;
        private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_128;

        @Override
        VectorSpecies<Long> longs() {
            return LONGS;
        }

        @Override
        VectorSpecies<Double> doubles() {
            return DOUBLES;
        }
    }

    private static final class Width256 extends PhiloxBulkPanama {
        private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_256;
        private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_256;

        @Override
        VectorSpecies<Long> longs() {
            return LONGS;
        }

        @Override
        VectorSpecies<Double> doubles() {
            return DOUBLES;
        }
    }

    private static final class Width512 extends PhiloxBulkPanama {
        private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_512;
        private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_512;

        @Override
        VectorSpecies<Long> longs() {
            return LONGS;
        }

        @Override
        VectorSpecies<Double> doubles() {
            return DOUBLES;
        }
    }
}
