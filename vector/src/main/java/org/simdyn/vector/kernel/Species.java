package org.simdyn.vector.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.VectorRuntime;

/**
 * The vector species in force, built once from {@link VectorRuntime#bits()}, and species for an explicit
 * width (tests run 128, 256 and 512 bits in one JVM). Load only in Panama mode.
 */
public final class Species {
    private Species() {
    }

    /**
     * Double species of the width in force. In scalar mode, where production code never loads a Panama
     * class, it is the preferred species, so that tests can still load this class for explicit widths.
     */
    public static final VectorSpecies<Double> DOUBLE = VectorRuntime.bits() == 0
            ? DoubleVector.SPECIES_PREFERRED : doubles(VectorRuntime.bits());
    /** Long species of the width in force (same lane count as {@link #DOUBLE}). */
    public static final VectorSpecies<Long> LONG = DOUBLE.withLanes(long.class);

    /**
     * Returns the double species of the given width.
     *
     * @param bits 128, 256 or 512
     * @return the species
     * @throws IllegalArgumentException for another width
     */
    public static VectorSpecies<Double> doubles(int bits) {
        return DoubleVector.SPECIES_MAX.withShape(shape(bits));
    }

    /**
     * Returns the int species of the given width.
     *
     * @param bits 128, 256 or 512
     * @return the species
     * @throws IllegalArgumentException for another width
     */
    public static VectorSpecies<Integer> ints(int bits) {
        return IntVector.SPECIES_MAX.withShape(shape(bits));
    }

    /**
     * Returns the long species of the given width.
     *
     * @param bits 128, 256 or 512
     * @return the species
     * @throws IllegalArgumentException for another width
     */
    public static VectorSpecies<Long> longs(int bits) {
        return LongVector.SPECIES_MAX.withShape(shape(bits));
    }

    private static VectorShape shape(int bits) {
        return switch (bits) {
            case 128 -> VectorShape.S_128_BIT;
            case 256 -> VectorShape.S_256_BIT;
            case 512 -> VectorShape.S_512_BIT;
            default -> throw new IllegalArgumentException("bits = " + bits + " is not a vector width: must be 128, "
                    + "256 or 512");
        };
    }
}
