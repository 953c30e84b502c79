package org.simdyn.vector.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.DetMath;
import org.simdyn.vector.kernel.Species;
import org.simdyn.vector.kernel.VMath;

/**
 * The Panama twin of {@link DetMathKernels}: {@code species.loopBound(len)} elements through the
 * {@link VMath} lane functions, the tail through the scalar {@link DetMath} functions; every element gets the
 * bits of the scalar function.
 *
 * <p>The public no-argument constructor (used by {@code VectorRuntime.select}) gives the twin of the width in
 * force; {@link #forBits(int)} gives one of an explicit width, for tests. Each loop reads {@link #species()}: in
 * production only this class is loaded, so C2's class-hierarchy analysis binds that call to the
 * {@code static final} {@link Species#DOUBLE} and the vector code is fully intrinsified (a species passed as an
 * argument or read from an instance field is not a constant for C2). Stateless and thread-safe.
 */
public class DetMathPanama implements DetMathKernels {

    /** Creates the twin of the width in force ({@link Species#DOUBLE}). */
    public DetMathPanama() {
    }

    /**
     * Returns a twin of an explicit width (tests compare 128, 256 and 512 bits in one JVM). The return type is
     * the interface, so that verifying this class does not load the subclass.
     *
     * @param bits 128, 256 or 512
     * @return the twin
     * @throws IllegalArgumentException for another width
     */
    public static DetMathKernels forBits(int bits) {
        return new Fixed(Species.doubles(bits));
    }

    /** The species of the loops; see the class documentation. */
    VectorSpecies<Double> species() {
        return Species.DOUBLE;
    }

    /** A twin of an explicit width (tests). */
    private static final class Fixed extends DetMathPanama {
        private final VectorSpecies<Double> species;

        Fixed(VectorSpecies<Double> species) {
            this.species = species;
        }

        @Override
        VectorSpecies<Double> species() {
            return species;
        }
    }

    @Override
    public void log(double[] x, int xOff, double[] out, int outOff, int len) {
        VectorSpecies<Double> s = species();
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.log(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.log(x[xOff + i]);
        }
    }

    @Override
    public void sin2pi(double[] x, int xOff, double[] out, int outOff, int len) {
        VectorSpecies<Double> s = species();
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.sin2pi(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.sin2pi(x[xOff + i]);
        }
    }

    @Override
    public void cos2pi(double[] x, int xOff, double[] out, int outOff, int len) {
        VectorSpecies<Double> s = species();
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.cos2pi(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.cos2pi(x[xOff + i]);
        }
    }

    @Override
    public void sin(double[] x, int xOff, double[] out, int outOff, int len) {
        VectorSpecies<Double> s = species();
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.sin(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.sin(x[xOff + i]);
        }
    }

    @Override
    public void cos(double[] x, int xOff, double[] out, int outOff, int len) {
        VectorSpecies<Double> s = species();
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.cos(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.cos(x[xOff + i]);
        }
    }

    @Override
    public void exp(double[] x, int xOff, double[] out, int outOff, int len) {
        VectorSpecies<Double> s = species();
        int i = 0;
        for (int n = s.loopBound(len); i < n; i += s.length()) {
            VMath.exp(DoubleVector.fromArray(s, x, xOff + i)).intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            out[outOff + i] = DetMath.exp(x[xOff + i]);
        }
    }
}
