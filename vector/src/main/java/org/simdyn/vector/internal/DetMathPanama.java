package org.simdyn.vector.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.DetMath;
import org.simdyn.vector.kernel.Species;
import org.simdyn.vector.kernel.VMath;

/**
 * The Panama twin of {@link DetMathKernels}: {@code species.loopBound(len)} elements through the
 * {@link VMath} lane functions, the tail through the scalar {@link DetMath} functions; every element gets the
 * bits of the scalar function. The instance methods run at the width in force ({@link Species#DOUBLE}); the
 * static methods take the species, so tests run 128, 256 and 512 bits in one JVM. Loaded only through
 * {@code VectorRuntime.select}.
 */
public final class DetMathPanama implements DetMathKernels {

    /** The species in force, initialised on first use so that the static methods work in any mode. */
    private static final class Width {
        static final VectorSpecies<Double> DOUBLE = Species.DOUBLE;
    }

    /** Creates the Panama twin (stateless). */
    public DetMathPanama() {
    }

    @Override
    public void log(double[] x, int xOff, double[] out, int outOff, int len) {
        log(Width.DOUBLE, x, xOff, out, outOff, len);
    }

    @Override
    public void sin2pi(double[] x, int xOff, double[] out, int outOff, int len) {
        sin2pi(Width.DOUBLE, x, xOff, out, outOff, len);
    }

    @Override
    public void cos2pi(double[] x, int xOff, double[] out, int outOff, int len) {
        cos2pi(Width.DOUBLE, x, xOff, out, outOff, len);
    }

    @Override
    public void sin(double[] x, int xOff, double[] out, int outOff, int len) {
        sin(Width.DOUBLE, x, xOff, out, outOff, len);
    }

    @Override
    public void cos(double[] x, int xOff, double[] out, int outOff, int len) {
        cos(Width.DOUBLE, x, xOff, out, outOff, len);
    }

    @Override
    public void exp(double[] x, int xOff, double[] out, int outOff, int len) {
        exp(Width.DOUBLE, x, xOff, out, outOff, len);
    }

    /**
     * {@link DetMathKernels#log} at the given width.
     *
     * @param s the species
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    public static void log(VectorSpecies<Double> s, double[] x, int xOff, double[] out, int outOff, int len) {
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.log(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.log(x[xOff + i]);
        }
    }

    /**
     * {@link DetMathKernels#sin2pi} at the given width.
     *
     * @param s the species
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    public static void sin2pi(VectorSpecies<Double> s, double[] x, int xOff, double[] out, int outOff, int len) {
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.sin2pi(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.sin2pi(x[xOff + i]);
        }
    }

    /**
     * {@link DetMathKernels#cos2pi} at the given width.
     *
     * @param s the species
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    public static void cos2pi(VectorSpecies<Double> s, double[] x, int xOff, double[] out, int outOff, int len) {
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.cos2pi(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.cos2pi(x[xOff + i]);
        }
    }

    /**
     * {@link DetMathKernels#sin} at the given width.
     *
     * @param s the species
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    public static void sin(VectorSpecies<Double> s, double[] x, int xOff, double[] out, int outOff, int len) {
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.sin(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.sin(x[xOff + i]);
        }
    }

    /**
     * {@link DetMathKernels#cos} at the given width.
     *
     * @param s the species
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    public static void cos(VectorSpecies<Double> s, double[] x, int xOff, double[] out, int outOff, int len) {
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.cos(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.cos(x[xOff + i]);
        }
    }

    /**
     * {@link DetMathKernels#exp} at the given width.
     *
     * @param s the species
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     */
    public static void exp(VectorSpecies<Double> s, double[] x, int xOff, double[] out, int outOff, int len) {
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.exp(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.exp(x[xOff + i]);
        }
    }
}
