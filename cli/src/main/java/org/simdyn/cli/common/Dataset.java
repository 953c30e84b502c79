package org.simdyn.cli.common;

import java.util.List;

/**
 * A result array written once: {@code data} is a flat primitive array ({@code double[]}, {@code float[]},
 * {@code long[]}, {@code int[]}, {@code byte[]}; booleans as int8 0/1) in C order.
 *
 * @param name snake_case dataset name; {@code group/name} puts it in an HDF5 group (NPY: {@code group_name})
 * @param data the values, flat. Not modified by writers.
 * @param shape the shape, product = data length
 * @param units UDUNITS units, {@code "1"} if dimensionless
 * @param longName a readable name
 * @param dims dimension names, one per axis
 * @param coordinate whether this is a coordinate ({@code CLASS = "DIMENSION_SCALE"}, 1-D)
 */
public record Dataset(String name, Object data, int[] shape, String units, String longName, List<String> dims,
        boolean coordinate) {
    /** Copies the lists and checks the shape. */
    public Dataset {
        dims = List.copyOf(dims);
        shape = shape.clone();
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (dims.size() != shape.length || n != java.lang.reflect.Array.getLength(data)) {
            throw new IllegalArgumentException("dataset " + name + ": shape, dims and data length disagree");
        }
    }

    /**
     * A 1-D coordinate (dimension scale) named after its dimension.
     *
     * @param name the name and dimension
     * @param values the values. Not modified.
     * @param units the units
     * @param longName a readable name
     * @return the dataset
     */
    public static Dataset coordinate(String name, double[] values, String units, String longName) {
        return new Dataset(name, values, new int[] {values.length}, units, longName, List.of(name), true);
    }

    /**
     * This dataset under another name.
     *
     * @param newName the name
     * @return a new dataset sharing the data
     */
    public Dataset withName(String newName) {
        return new Dataset(newName, data, shape, units, longName, dims, coordinate);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return name + java.util.Arrays.toString(shape);
    }
}
