package org.simdyn.fields.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.kernel.Species;
import org.simdyn.vector.kernel.VMath;

/**
 * The Panama twin of {@link KgKernels}: {@code species.loopBound(len)} elements in vectors, the tail through the
 * scalar twin; the lane operations are those of {@link KgKernelsScalar} in the same order ({@code VMath.sin/cos}
 * give the bits of {@code DetMath.sin/cos}), so the results are bit-identical.
 *
 * <p>The public no-argument constructor (used by {@code VectorRuntime.select}) gives the twin of the width in
 * force; {@link #forBits(int)} one of an explicit width, for tests. Each loop reads {@link #species()}, which C2's
 * class-hierarchy analysis binds to the {@code static final} {@link Species#DOUBLE} in production. One method per
 * potential kind keeps every loop small (no switch inside a loop). Stateless and thread-safe.
 */
public class KgKernelsPanama implements KgKernels {

    /** Creates the twin of the width in force. */
    public KgKernelsPanama() {
    }

    /**
     * Returns a twin of an explicit width (tests compare 128, 256 and 512 bits in one JVM).
     *
     * @param bits 128, 256 or 512
     * @return the twin
     * @throws IllegalArgumentException for another width
     */
    public static KgKernels forBits(int bits) {
        return new Fixed(Species.doubles(bits));
    }

    /** The species of the loops; see the class documentation. */
    VectorSpecies<Double> species() {
        return Species.DOUBLE;
    }

    /** A twin of an explicit width (tests). */
    private static final class Fixed extends KgKernelsPanama {
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
    public double force(int kind, double p0, double p1, double mu2, double[] u, double[] x, double[] out, int off,
            int len) {
        VectorSpecies<Double> s = species();
        int n = s.loopBound(len);
        double m = switch (kind) {
            case LINEAR -> forceLinear(p0, mu2, u, x, out, off, n);
            case PHI4 -> forcePhi4(p0, p1, mu2, u, x, out, off, n);
            case SINE_GORDON -> forceSg(mu2, u, x, out, off, n);
            case DOUBLE_SINE_GORDON -> forceDsg(p0, mu2, u, x, out, off, n);
            case PHI6 -> forcePhi6(p0, p1, mu2, u, x, out, off, n);
            default -> throw new IllegalStateException("kind " + kind);
        };
        return Math.max(m, KgKernelsScalar.INSTANCE.force(kind, p0, p1, mu2, u, x, out, off + n, len - n));
    }

    private double forceLinear(double m2, double mu2, double[] u, double[] x,
            double[] out, int off, int n) {
        VectorSpecies<Double> s = species();
        DoubleVector mx = DoubleVector.zero(s);
        for (int i = 0; i < n; i += s.length()) {
            DoubleVector f = DoubleVector.fromArray(s, u, off + i);
            DoubleVector xv = DoubleVector.fromArray(s, x, off + i);
            f.mul(m2).sub(xv.mul(mu2)).intoArray(out, off + i);
            mx = mx.max(f.abs());
        }
        return mx.reduceLanes(VectorOperators.MAX);
    }

    private double forcePhi4(double lambda, double v2, double mu2, double[] u,
            double[] x, double[] out, int off, int n) {
        VectorSpecies<Double> s = species();
        DoubleVector mx = DoubleVector.zero(s);
        for (int i = 0; i < n; i += s.length()) {
            DoubleVector f = DoubleVector.fromArray(s, u, off + i);
            DoubleVector xv = DoubleVector.fromArray(s, x, off + i);
            DoubleVector d = f.mul(f).sub(v2);
            f.mul(lambda).mul(d).sub(xv.mul(mu2)).intoArray(out, off + i);
            mx = mx.max(f.abs());
        }
        return mx.reduceLanes(VectorOperators.MAX);
    }

    private double forceSg(double mu2, double[] u, double[] x, double[] out,
            int off, int n) {
        VectorSpecies<Double> s = species();
        DoubleVector mx = DoubleVector.zero(s);
        for (int i = 0; i < n; i += s.length()) {
            DoubleVector f = DoubleVector.fromArray(s, u, off + i);
            DoubleVector xv = DoubleVector.fromArray(s, x, off + i);
            VMath.sin(f).sub(xv.mul(mu2)).intoArray(out, off + i);
            mx = mx.max(f.abs());
        }
        return mx.reduceLanes(VectorOperators.MAX);
    }

    private double forceDsg(double eta, double mu2, double[] u, double[] x,
            double[] out, int off, int n) {
        VectorSpecies<Double> s = species();
        double eta2 = 2.0 * eta;
        DoubleVector mx = DoubleVector.zero(s);
        for (int i = 0; i < n; i += s.length()) {
            DoubleVector f = DoubleVector.fromArray(s, u, off + i);
            DoubleVector xv = DoubleVector.fromArray(s, x, off + i);
            DoubleVector t = VMath.sin(f.add(f)).mul(eta2);
            VMath.sin(f).add(t).sub(xv.mul(mu2)).intoArray(out, off + i);
            mx = mx.max(f.abs());
        }
        return mx.reduceLanes(VectorOperators.MAX);
    }

    private double forcePhi6(double lambda, double v2, double mu2, double[] u,
            double[] x, double[] out, int off, int n) {
        VectorSpecies<Double> s = species();
        DoubleVector mx = DoubleVector.zero(s);
        for (int i = 0; i < n; i += s.length()) {
            DoubleVector f = DoubleVector.fromArray(s, u, off + i);
            DoubleVector xv = DoubleVector.fromArray(s, x, off + i);
            DoubleVector ff = f.mul(f);
            DoubleVector d = ff.sub(v2);
            DoubleVector e = ff.mul(3.0).sub(v2);
            f.mul(lambda).mul(d).mul(e).sub(xv.mul(mu2)).intoArray(out, off + i);
            mx = mx.max(f.abs());
        }
        return mx.reduceLanes(VectorOperators.MAX);
    }

    @Override
    public void value(int kind, double p0, double p1, double[] u, double[] out, int off, int len) {
        VectorSpecies<Double> s = species();
        int n = s.loopBound(len);
        switch (kind) {
            case LINEAR, PHI4, PHI6 -> valuePoly(kind, p0, p1, u, out, off, n);
            case SINE_GORDON, DOUBLE_SINE_GORDON -> valueTrig(kind == DOUBLE_SINE_GORDON, p0, u, out, off, n);
            default -> throw new IllegalStateException("kind " + kind);
        }
        KgKernelsScalar.INSTANCE.value(kind, p0, p1, u, out, off + n, len - n);
    }

    private void valuePoly(int kind, double p0, double p1, double[] u,
            double[] out, int off, int n) {
        VectorSpecies<Double> s = species();
        for (int i = 0; i < n; i += s.length()) {
            DoubleVector f = DoubleVector.fromArray(s, u, off + i);
            DoubleVector r;
            if (kind == LINEAR) {
                r = f.mul(0.5 * p0).mul(f);
            } else if (kind == PHI4) {
                DoubleVector d = f.mul(f).sub(p1);
                r = d.mul(0.25 * p0).mul(d);
            } else {
                DoubleVector ff = f.mul(f);
                DoubleVector d = ff.sub(p1);
                r = ff.mul(0.5 * p0).mul(d).mul(d);
            }
            r.intoArray(out, off + i);
        }
    }

    private void valueTrig(boolean dsg, double eta, double[] u, double[] out,
            int off, int n) {
        VectorSpecies<Double> s = species();
        for (int i = 0; i < n; i += s.length()) {
            DoubleVector f = DoubleVector.fromArray(s, u, off + i);
            DoubleVector r = DoubleVector.broadcast(s, 1.0).sub(VMath.cos(f));
            if (dsg) {
                r = r.add(DoubleVector.broadcast(s, 1.0).sub(VMath.cos(f.add(f))).mul(eta));
            }
            r.intoArray(out, off + i);
        }
    }

    @Override
    public void rotateKick(double[] c, double[] s, double[] q, double[] kick, double[] fRe, double[] fIm,
            double[] phRe, double[] phIm, double[] piRe, double[] piIm, int off, int len) {
        VectorSpecies<Double> sp = species();
        int n = sp.loopBound(len);
        if (kick == null) {
            rotateBody(c, s, q, phRe, phIm, piRe, piIm, off, n);
        } else {
            rotateKickBody(c, s, q, kick, fRe, fIm, phRe, phIm, piRe, piIm, off, n);
        }
        KgKernelsScalar.INSTANCE.rotateKick(c, s, q, kick, fRe, fIm, phRe, phIm, piRe, piIm, off + n, len - n);
    }

    private void rotateBody(double[] c, double[] s, double[] q, double[] phRe,
            double[] phIm, double[] piRe, double[] piIm, int off, int n) {
        VectorSpecies<Double> sp = species();
        for (int i = 0; i < n; i += sp.length()) {
            int j = off + i;
            DoubleVector cv = DoubleVector.fromArray(sp, c, j);
            DoubleVector sv = DoubleVector.fromArray(sp, s, j);
            DoubleVector qv = DoubleVector.fromArray(sp, q, j);
            DoubleVector pr = DoubleVector.fromArray(sp, piRe, j);
            DoubleVector pim = DoubleVector.fromArray(sp, piIm, j);
            DoubleVector fr = DoubleVector.fromArray(sp, phRe, j);
            DoubleVector fi = DoubleVector.fromArray(sp, phIm, j);
            cv.fma(fr, sv.mul(pr)).intoArray(phRe, j);
            cv.fma(fi, sv.mul(pim)).intoArray(phIm, j);
            qv.fma(fr, cv.mul(pr)).intoArray(piRe, j);
            qv.fma(fi, cv.mul(pim)).intoArray(piIm, j);
        }
    }

    private void rotateKickBody(double[] c, double[] s, double[] q, double[] kick,
            double[] fRe, double[] fIm, double[] phRe, double[] phIm, double[] piRe, double[] piIm, int off,
            int n) {
        VectorSpecies<Double> sp = species();
        for (int i = 0; i < n; i += sp.length()) {
            int j = off + i;
            DoubleVector cv = DoubleVector.fromArray(sp, c, j);
            DoubleVector sv = DoubleVector.fromArray(sp, s, j);
            DoubleVector qv = DoubleVector.fromArray(sp, q, j);
            DoubleVector mk = DoubleVector.fromArray(sp, kick, j).neg();
            DoubleVector pr = mk.fma(DoubleVector.fromArray(sp, fRe, j), DoubleVector.fromArray(sp, piRe, j));
            DoubleVector pim = mk.fma(DoubleVector.fromArray(sp, fIm, j), DoubleVector.fromArray(sp, piIm, j));
            DoubleVector fr = DoubleVector.fromArray(sp, phRe, j);
            DoubleVector fi = DoubleVector.fromArray(sp, phIm, j);
            cv.fma(fr, sv.mul(pr)).intoArray(phRe, j);
            cv.fma(fi, sv.mul(pim)).intoArray(phIm, j);
            qv.fma(fr, cv.mul(pr)).intoArray(piRe, j);
            qv.fma(fi, cv.mul(pim)).intoArray(piIm, j);
        }
    }
}
