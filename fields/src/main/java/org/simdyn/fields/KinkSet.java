package org.simdyn.fields;

/**
 * Kink positions of a 1-D field: crossings of the barrier levels (kg.md section 5), sorted by position. Upward
 * crossings are kinks ({@code +1}), downward ones antikinks ({@code -1}).
 *
 * @param x the positions
 * @param type {@code +1} kink, {@code -1} antikink, parallel to {@code x}
 */
public record KinkSet(double[] x, int[] type) {

    /**
     * Copies.
     *
     * @param x the positions
     * @param type the types
     */
    public KinkSet {
        if (x == null || type == null || x.length != type.length) {
            throw new IllegalArgumentException("x and type must be non-null arrays of equal length");
        }
        x = x.clone();
        type = type.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public int[] type() {
        return type.clone();
    }

    /**
     * Number of crossings.
     *
     * @return the count
     */
    public int size() {
        return x.length;
    }

    /**
     * Number of kinks.
     *
     * @return the count of {@code +1}
     */
    public int kinks() {
        int c = 0;
        for (int t : type) {
            c += t > 0 ? 1 : 0;
        }
        return c;
    }

    /**
     * Number of antikinks.
     *
     * @return the count of {@code -1}
     */
    public int antikinks() {
        return x.length - kinks();
    }

    /**
     * The topological charge.
     *
     * @return kinks minus antikinks
     */
    public int charge() {
        return kinks() - antikinks();
    }
}
