package org.simdyn.cli.common;

import java.util.List;

/**
 * A named array of a fixed shape: a snapshot field (one frame) or a series column (shape {@code []}).
 *
 * @param name snake_case dataset name
 * @param units UDUNITS units, {@code "1"} if dimensionless
 * @param longName a readable name
 * @param dims dimension names, one per axis of {@code shape}
 * @param shape the shape of one frame (empty for a scalar)
 */
public record Field(String name, String units, String longName, List<String> dims, int[] shape) {
    /** Copies the lists and checks the shape against the dimensions. */
    public Field {
        dims = List.copyOf(dims);
        shape = shape.clone();
        if (dims.size() != shape.length) {
            throw new IllegalArgumentException("dims = " + dims + " do not match shape of rank " + shape.length);
        }
    }

    /**
     * A scalar series column.
     *
     * @param name the name
     * @param units the units
     * @param longName a readable name
     * @return the field
     */
    public static Field scalar(String name, String units, String longName) {
        return new Field(name, units, longName, List.of(), new int[0]);
    }

    /** @return the number of values of one frame */
    public int size() {
        int n = 1;
        for (int s : shape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field f && f.name.equals(name) && f.units.equals(units) && f.longName.equals(longName)
                && f.dims.equals(dims) && java.util.Arrays.equals(f.shape, shape);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + java.util.Arrays.toString(shape);
    }
}
