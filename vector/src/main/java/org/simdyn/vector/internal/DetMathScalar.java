package org.simdyn.vector.internal;

import org.simdyn.vector.DetMath;

/** The scalar twin of {@link DetMathKernels}: plain loops over the scalar {@code DetMath} functions. */
public final class DetMathScalar implements DetMathKernels {

    /** Creates the scalar twin (stateless). */
    public DetMathScalar() {
    }

    @Override
    public void log(double[] x, int xOff, double[] out, int outOff, int len) {
        for (int i = 0; i < len; i++) {
            out[outOff + i] = DetMath.log(x[xOff + i]);
        }
    }

    @Override
    public void sin2pi(double[] x, int xOff, double[] out, int outOff, int len) {
        for (int i = 0; i < len; i++) {
            out[outOff + i] = DetMath.sin2pi(x[xOff + i]);
        }
    }

    @Override
    public void cos2pi(double[] x, int xOff, double[] out, int outOff, int len) {
        for (int i = 0; i < len; i++) {
            out[outOff + i] = DetMath.cos2pi(x[xOff + i]);
        }
    }

    @Override
    public void sin(double[] x, int xOff, double[] out, int outOff, int len) {
        for (int i = 0; i < len; i++) {
            out[outOff + i] = DetMath.sin(x[xOff + i]);
        }
    }

    @Override
    public void cos(double[] x, int xOff, double[] out, int outOff, int len) {
        for (int i = 0; i < len; i++) {
            out[outOff + i] = DetMath.cos(x[xOff + i]);
        }
    }

    @Override
    public void exp(double[] x, int xOff, double[] out, int outOff, int len) {
        for (int i = 0; i < len; i++) {
            out[outOff + i] = DetMath.exp(x[xOff + i]);
        }
    }
}
