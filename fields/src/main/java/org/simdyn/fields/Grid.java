package org.simdyn.fields;

import java.util.Arrays;
import org.simdyn.vector.fft.Fft;

/**
 * A rectangular periodic-type grid of dimension {@code d} in {1, 2, 3}: shape {@code (n_0 .. n_{d-1})}, row-major,
 * last index fastest. Axis {@code a} has length {@code L_a}, origin {@code x_min,a}, spacing
 * {@code dx_a = L_a / n_a} and points {@code x_{a,j} = x_min,a + j dx_a}, {@code j = 0 .. n_a - 1} (the right end
 * point is excluded: the period is {@code L_a}). Each {@code n_a} is even, at least 8 and a product of 2, 3 and 5;
 * {@code N = prod n_a <= 2^24}.
 *
 * <p>Arrays are copied on the way in and out; the record is immutable.
 *
 * @param shape the extents {@code n_a}
 * @param length the period lengths {@code L_a > 0}
 * @param origin the origins {@code x_min,a} (finite)
 * @param bc the boundary handling per axis ({@link Boundary.Kind#WINDING} only on axis 0)
 */
public record Grid(int[] shape, double[] length, double[] origin, Boundary[] bc) {

    /** Largest number of grid points. */
    public static final int MAX_POINTS = 1 << 24;

    /**
     * Validates and copies.
     *
     * @param shape the extents
     * @param length the lengths
     * @param origin the origins
     * @param bc the boundaries
     * @throws IllegalArgumentException naming the parameter, the value and the allowed range
     */
    public Grid {
        if (shape == null) {
            throw new IllegalArgumentException("shape is null: must have 1 to 3 extents");
        }
        int d = shape.length;
        if (d < 1 || d > 3) {
            throw new IllegalArgumentException("dim = " + d + " is out of range: must be 1, 2 or 3");
        }
        checkLength("length", length, d);
        checkLength("origin", origin, d);
        if (bc == null || bc.length != d) {
            throw new IllegalArgumentException("bc" + (bc == null ? " is null" : ".length = " + bc.length)
                    + ": must have " + d + " entries");
        }
        long total = 1;
        for (int a = 0; a < d; a++) {
            int n = shape[a];
            if (n < 8 || (n & 1) != 0 || !Fft.isFastSize(n)) {
                throw new IllegalArgumentException("N[" + a + "] = " + n + " is out of range: must be even, >= 8 "
                        + "and a product of 2, 3 and 5");
            }
            total *= n;
            if (!(length[a] > 0.0) || !Double.isFinite(length[a])) {
                throw new IllegalArgumentException("L[" + a + "] = " + length[a] + " is out of range: must be "
                        + "finite and > 0");
            }
            if (!Double.isFinite(origin[a])) {
                throw new IllegalArgumentException("x_min[" + a + "] = " + origin[a] + " is out of range: must "
                        + "be finite");
            }
            if (bc[a] == null) {
                throw new IllegalArgumentException("bc[" + a + "] is null: must be a Boundary");
            }
            if (a > 0 && bc[a].kind() == Boundary.Kind.WINDING) {
                throw new IllegalArgumentException("bc[" + a + "] = WINDING is out of range: winding is allowed "
                        + "on axis 0 only");
            }
        }
        if (total > MAX_POINTS) {
            throw new IllegalArgumentException("N = " + total + " is out of range: must be <= 2^24 = "
                    + MAX_POINTS);
        }
        shape = shape.clone();
        length = length.clone();
        origin = origin.clone();
        bc = bc.clone();
    }

    private static void checkLength(String name, double[] a, int d) {
        if (a == null || a.length != d) {
            throw new IllegalArgumentException(name + (a == null ? " is null" : ".length = " + a.length)
                    + ": must have " + d + " entries");
        }
    }

    /**
     * A periodic 1-D grid on {@code [-L/2, L/2)}.
     *
     * @param n number of points
     * @param length period L
     * @return the grid
     */
    public static Grid line(int n, double length) {
        return line(n, length, Boundary.PERIODIC);
    }

    /**
     * A 1-D grid on {@code [-L/2, L/2)} with the given boundary.
     *
     * @param n number of points
     * @param length period L
     * @param bc the boundary
     * @return the grid
     */
    public static Grid line(int n, double length, Boundary bc) {
        return new Grid(new int[] {n}, new double[] {length}, new double[] {-0.5 * length}, new Boundary[] {bc});
    }

    /**
     * A periodic box centred at the origin ({@code x_min,a = -L_a/2}).
     *
     * @param shape the extents. Not modified.
     * @param length the lengths. Not modified.
     * @return the grid
     */
    public static Grid box(int[] shape, double[] length) {
        if (shape == null || length == null) {
            throw new IllegalArgumentException("shape and length must be non-null");
        }
        double[] origin = new double[length.length];
        Boundary[] bc = new Boundary[shape.length];
        for (int a = 0; a < length.length; a++) {
            origin[a] = -0.5 * length[a];
        }
        Arrays.fill(bc, Boundary.PERIODIC);
        return new Grid(shape, length, origin, bc);
    }

    /**
     * This grid with other boundaries.
     *
     * @param boundaries one per axis. Not modified.
     * @return the new grid
     */
    public Grid withBc(Boundary... boundaries) {
        return new Grid(shape, length, origin, boundaries);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public double[] length() {
        return length.clone();
    }

    @Override
    public double[] origin() {
        return origin.clone();
    }

    @Override
    public Boundary[] bc() {
        return bc.clone();
    }

    /**
     * The dimension d.
     *
     * @return 1, 2 or 3
     */
    public int dim() {
        return shape.length;
    }

    /**
     * The extent of axis {@code a}.
     *
     * @param a the axis
     * @return {@code n_a}
     */
    public int n(int a) {
        return shape[a];
    }

    /**
     * The length of axis {@code a}.
     *
     * @param a the axis
     * @return {@code L_a}
     */
    public double length(int a) {
        return length[a];
    }

    /**
     * The origin of axis {@code a}.
     *
     * @param a the axis
     * @return {@code x_min,a}
     */
    public double origin(int a) {
        return origin[a];
    }

    /**
     * The boundary of axis {@code a}.
     *
     * @param a the axis
     * @return the boundary
     */
    public Boundary bc(int a) {
        return bc[a];
    }

    /**
     * The total number of points.
     *
     * @return {@code N = prod n_a}
     */
    public int size() {
        int n = 1;
        for (int e : shape) {
            n *= e;
        }
        return n;
    }

    /**
     * The spacing of axis {@code a}.
     *
     * @param a the axis
     * @return {@code L_a / n_a}
     */
    public double dx(int a) {
        return length[a] / shape[a];
    }

    /**
     * The cell volume.
     *
     * @return {@code prod dx_a}
     */
    public double dv() {
        double v = 1.0;
        for (int a = 0; a < shape.length; a++) {
            v *= dx(a);
        }
        return v;
    }

    /**
     * The box volume.
     *
     * @return {@code prod L_a}
     */
    public double volume() {
        double v = 1.0;
        for (double l : length) {
            v *= l;
        }
        return v;
    }

    /**
     * A coordinate.
     *
     * @param a the axis
     * @param j the index, {@code 0 <= j < n_a}
     * @return {@code x_min,a + j dx_a}
     */
    public double x(int a, int j) {
        return origin[a] + j * dx(a);
    }

    /**
     * The stride of axis {@code a} in the row-major flat index.
     *
     * @param a the axis
     * @return {@code prod_{b > a} n_b}
     */
    public int stride(int a) {
        int s = 1;
        for (int b = a + 1; b < shape.length; b++) {
            s *= shape[b];
        }
        return s;
    }

    /**
     * Whether some axis is antiperiodic (then the whole field uses the complex FFT).
     *
     * @return true if an axis is antiperiodic
     */
    public boolean complexPath() {
        for (Boundary b : bc) {
            if (b.kind() == Boundary.Kind.ANTIPERIODIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * The winding number of axis 0.
     *
     * @return Q, or 0 if axis 0 is not a winding axis
     */
    public int winding() {
        return bc[0].winding();
    }

    /**
     * The flat index of the grid point nearest to a position (periodically wrapped).
     *
     * @param point the position, one coordinate per axis. Not modified.
     * @return the flat index
     */
    public int nearestIndex(double[] point) {
        if (point == null || point.length != shape.length) {
            throw new IllegalArgumentException("point" + (point == null ? " is null" : ".length = " + point.length)
                    + ": must have " + shape.length + " coordinates");
        }
        int idx = 0;
        for (int a = 0; a < shape.length; a++) {
            if (!(point[a] >= origin[a] && point[a] <= origin[a] + length[a])) {
                throw new IllegalArgumentException("point[" + a + "] = " + point[a] + " is out of range: must be in ["
                        + origin[a] + ", " + (origin[a] + length[a]) + "]");
            }
            long j = Math.round((point[a] - origin[a]) / dx(a));
            idx += (int) Math.floorMod(j, (long) shape[a]) * stride(a);
        }
        return idx;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid g && Arrays.equals(shape, g.shape) && Arrays.equals(length, g.length)
                && Arrays.equals(origin, g.origin) && Arrays.equals(bc, g.bc);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + Arrays.hashCode(length) * 17 + Arrays.hashCode(origin)
                + Arrays.hashCode(bc);
    }

    @Override
    public String toString() {
        return "Grid[shape=" + Arrays.toString(shape) + ", length=" + Arrays.toString(length) + ", origin="
                + Arrays.toString(origin) + ", bc=" + Arrays.toString(bc) + "]";
    }
}
