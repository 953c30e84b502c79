package org.simdyn.fields.internal;

import org.simdyn.vector.DetMath;

/**
 * The scalar twin of {@link KgKernels}: plain loops in the documented operation order. Stateless, thread-safe.
 */
public final class KgKernelsScalar implements KgKernels {

    /** The shared instance. */
    public static final KgKernelsScalar INSTANCE = new KgKernelsScalar();

    private KgKernelsScalar() {
    }

    /**
     * V'(f) of one element, in the documented operation order.
     *
     * @param kind potential kind
     * @param p0 first parameter
     * @param p1 second parameter
     * @param f the field value
     * @return V'(f)
     */
    public static double derivative(int kind, double p0, double p1, double f) {
        return switch (kind) {
            case LINEAR -> p0 * f;
            case PHI4 -> {
                double d = f * f - p1;
                yield p0 * f * d;
            }
            case SINE_GORDON -> DetMath.sin(f);
            case DOUBLE_SINE_GORDON -> DetMath.sin(f) + (2.0 * p0) * DetMath.sin(f + f);
            case PHI6 -> {
                double ff = f * f;
                double d = ff - p1;
                double e = 3.0 * ff - p1;
                yield p0 * f * d * e;
            }
            default -> throw new IllegalStateException("kind " + kind);
        };
    }

    /**
     * V(f) of one element, in the documented operation order.
     *
     * @param kind potential kind
     * @param p0 first parameter
     * @param p1 second parameter
     * @param f the field value
     * @return V(f)
     */
    public static double value(int kind, double p0, double p1, double f) {
        return switch (kind) {
            case LINEAR -> 0.5 * p0 * f * f;
            case PHI4 -> {
                double d = f * f - p1;
                yield 0.25 * p0 * d * d;
            }
            case SINE_GORDON -> 1.0 - DetMath.cos(f);
            case DOUBLE_SINE_GORDON -> (1.0 - DetMath.cos(f)) + p0 * (1.0 - DetMath.cos(f + f));
            case PHI6 -> {
                double ff = f * f;
                double d = ff - p1;
                yield 0.5 * p0 * ff * d * d;
            }
            default -> throw new IllegalStateException("kind " + kind);
        };
    }

    @Override
    public double force(int kind, double p0, double p1, double mu2, double[] u, double[] x, double[] out, int off,
            int len) {
        double m = 0.0;
        for (int i = off, end = off + len; i < end; i++) {
            double f = u[i];
            out[i] = derivative(kind, p0, p1, f) - mu2 * x[i];
            m = Math.max(m, Math.abs(f));
        }
        return m;
    }

    @Override
    public void value(int kind, double p0, double p1, double[] u, double[] out, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            out[i] = value(kind, p0, p1, u[i]);
        }
    }

    @Override
    public void rotateKick(double[] c, double[] s, double[] q, double[] kick, double[] fRe, double[] fIm,
            double[] phRe, double[] phIm, double[] piRe, double[] piIm, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            double pr = piRe[i];
            double pim = piIm[i];
            if (kick != null) {
                pr = Math.fma(-kick[i], fRe[i], pr);
                pim = Math.fma(-kick[i], fIm[i], pim);
            }
            double fr = phRe[i];
            double fi = phIm[i];
            phRe[i] = Math.fma(c[i], fr, s[i] * pr);
            phIm[i] = Math.fma(c[i], fi, s[i] * pim);
            piRe[i] = Math.fma(q[i], fr, c[i] * pr);
            piIm[i] = Math.fma(q[i], fi, c[i] * pim);
        }
    }
}
