package org.simdyn.vector.internal;

/**
 * Argument checks shared by the public kernels of {@code org.simdyn.vector}: each throws an
 * {@link IllegalArgumentException} whose message names the parameter, its value and the allowed range, e.g.
 * {@code "len = -3 is out of range: must be >= 0"} or {@code "xOff + len = 12 exceeds x.length = 10"}.
 */
public final class ArgChecks {
    private ArgChecks() {
    }

    /**
     * Checks a length.
     *
     * @param len the length
     * @param name its parameter name
     * @throws IllegalArgumentException if {@code len < 0}
     */
    public static void length(int len, String name) {
        if (len < 0) {
            throw new IllegalArgumentException(name + " = " + len + " is out of range: must be >= 0");
        }
    }

    /**
     * Checks that {@code a} is not null and that {@code [off, off + len)} lies inside it; {@code len} must
     * have been checked already.
     *
     * @param a the array. Not modified.
     * @param name its parameter name
     * @param off the first index
     * @param offName the parameter name of the offset
     * @param len the number of elements, {@code >= 0}
     * @throws IllegalArgumentException if {@code a} is null, {@code off < 0} or {@code off + len > a.length}
     */
    public static void range(double[] a, String name, int off, String offName, int len) {
        if (a == null) {
            throw new IllegalArgumentException(name + " is null: must be a non-null array");
        }
        if (off < 0) {
            throw new IllegalArgumentException(offName + " = " + off + " is out of range: must be >= 0");
        }
        if ((long) off + len > a.length) {
            throw new IllegalArgumentException(offName + " + len = " + ((long) off + len) + " exceeds " + name
                    + ".length = " + a.length);
        }
    }

    /**
     * Checks that two ranges of equal length are either identical (same array, same offset: an in-place
     * operation) or disjoint.
     *
     * @param a the first array. Not modified.
     * @param aName its parameter name
     * @param aOff first index in {@code a}
     * @param b the second array. Not modified.
     * @param bName its parameter name
     * @param bOff first index in {@code b}
     * @param len the common length, {@code >= 0}
     * @throws IllegalArgumentException if the ranges overlap without being identical
     */
    public static void identicalOrDisjoint(double[] a, String aName, int aOff, double[] b, String bName, int bOff,
            int len) {
        if (a == b && aOff != bOff && overlap(aOff, bOff, len)) {
            throw new IllegalArgumentException(describe(aName, aOff, len) + " partially overlaps "
                    + describe(bName, bOff, len) + ": the ranges must be identical (in place) or disjoint");
        }
    }

    /**
     * Checks that two ranges of equal length are disjoint.
     *
     * @param a the first array. Not modified.
     * @param aName its parameter name
     * @param aOff first index in {@code a}
     * @param b the second array. Not modified.
     * @param bName its parameter name
     * @param bOff first index in {@code b}
     * @param len the common length, {@code >= 0}
     * @throws IllegalArgumentException if the ranges overlap
     */
    public static void disjoint(double[] a, String aName, int aOff, double[] b, String bName, int bOff, int len) {
        if (a == b && overlap(aOff, bOff, len)) {
            throw new IllegalArgumentException(describe(aName, aOff, len) + " overlaps " + describe(bName, bOff, len)
                    + ": the ranges must be disjoint");
        }
    }

    private static boolean overlap(int aOff, int bOff, int len) {
        return len > 0 && Math.abs((long) aOff - bOff) < len;
    }

    private static String describe(String name, int off, int len) {
        return name + "[" + off + ", " + ((long) off + len) + ")";
    }
}
