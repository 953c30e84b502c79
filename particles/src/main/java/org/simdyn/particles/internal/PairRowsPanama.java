package org.simdyn.particles.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.kernel.Species;

/**
 * Panama twin of {@link PairRows}: the {@code j} range in vector lanes, the minimum image by two blends, the
 * {@code r < rMax} test by a mask; the tail runs {@link PairRowsScalar}'s loop. Same bits as the scalar twin at
 * every width (lane-wise IEEE {@code sub}, {@code mul}, {@code add}, {@code sqrt}, {@code div} in the scalar
 * order).
 *
 * <p>The public constructor gives the kernel of the width in force; {@link #forBits(int)} one of an explicit
 * width for tests.
 */
public class PairRowsPanama implements PairRows {

    /** Creates the kernel of the width in force ({@link Species#DOUBLE}). */
    public PairRowsPanama() {
    }

    /**
     * Returns a kernel of an explicit width.
     *
     * @param bits 128, 256 or 512
     * @return the kernel
     * @throws IllegalArgumentException for another width
     */
    public static PairRows forBits(int bits) {
        return new Fixed(Species.doubles(bits));
    }

    /** The species; a constant by class-hierarchy analysis when only this class is loaded. */
    VectorSpecies<Double> species() {
        return Species.DOUBLE;
    }

    private static final class Fixed extends PairRowsPanama {
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
    public String toString() {
        return "panama " + species().vectorBitSize() + "-bit";
    }

    @Override
    public final void correlationRow(double xi, double yi, double zi, double[] x, double[] y, double[] z, double box,
                                     double half, double uxi, double uyi, double uzi, double[] ux, double[] uy,
                                     double[] uz, double rMax, double bin, int from, int to, double[] q,
                                     double[] dot) {
        VectorSpecies<Double> sp = species();
        int bound = from + sp.loopBound(to - from);
        DoubleVector none = DoubleVector.broadcast(sp, -1);
        for (int j = from; j < bound; j += sp.length()) {
            DoubleVector dx = minImage(DoubleVector.fromArray(sp, x, j).sub(xi), box, half);
            DoubleVector dy = minImage(DoubleVector.fromArray(sp, y, j).sub(yi), box, half);
            DoubleVector r2 = dx.mul(dx).add(dy.mul(dy));
            if (z != null) {
                DoubleVector dz = minImage(DoubleVector.fromArray(sp, z, j).sub(zi), box, half);
                r2 = r2.add(dz.mul(dz));
            }
            DoubleVector r = r2.sqrt();
            none.blend(r.div(bin), r.compare(VectorOperators.LT, rMax)).intoArray(q, j - from);
            DoubleVector.fromArray(sp, ux, j).mul(uxi).add(DoubleVector.fromArray(sp, uy, j).mul(uyi))
                    .add(DoubleVector.fromArray(sp, uz, j).mul(uzi)).intoArray(dot, j - from);
        }
        PairRowsScalar.correlationTail(xi, yi, zi, x, y, z, box, half, uxi, uyi, uzi, ux, uy, uz, rMax, bin, from,
                bound, to, q, dot);
    }

    /**
     * The first guess and one correction step in lanes; a vector in which a lane still violates its edges (possible
     * only within an ulp of an edge, if ever) is binned by the scalar loop.
     */
    @Override
    public final void alignmentBins(double uxi, double uyi, double uzi, double[] ux, double[] uy, double[] uz,
                                    int bins, int from, int to, double[] b) {
        VectorSpecies<Double> sp = species();
        int bound = from + sp.loopBound(to - from);
        double w = 1.0 / bins;
        double last = bins - 1;
        DoubleVector none = DoubleVector.broadcast(sp, -1);
        for (int j = from; j < bound; j += sp.length()) {
            DoubleVector v = DoubleVector.fromArray(sp, ux, j).mul(uxi).add(DoubleVector.fromArray(sp, uy, j).mul(uyi))
                    .add(DoubleVector.fromArray(sp, uz, j).mul(uzi)).add(1).div(2);
            VectorMask<Double> in = v.compare(VectorOperators.GE, 0).and(v.compare(VectorOperators.LE, 1));
            // (int) (v * bins): D2L truncates as the cast does (lanes out of [0, 1] are masked out below)
            DoubleVector k = ((DoubleVector) v.mul(bins).convert(VectorOperators.D2L, 0)
                    .convert(VectorOperators.L2D, 0)).min(last).max(0);
            DoubleVector lo = k.mul(w);
            DoubleVector k1 = k.add(1);
            DoubleVector hi = k1.mul(w).blend(1, k1.compare(VectorOperators.EQ, bins));
            k = k.sub(1, v.compare(VectorOperators.LT, lo).and(k.compare(VectorOperators.GT, 0)))
                    .add(1, v.compare(VectorOperators.GE, hi).and(k.compare(VectorOperators.LT, last)));
            lo = k.mul(w);
            k1 = k.add(1);
            hi = k1.mul(w).blend(1, k1.compare(VectorOperators.EQ, bins));
            VectorMask<Double> bad = v.compare(VectorOperators.LT, lo).and(k.compare(VectorOperators.GT, 0))
                    .or(v.compare(VectorOperators.GE, hi).and(k.compare(VectorOperators.LT, last))).and(in);
            if (bad.anyTrue()) {
                PairRowsScalar.alignmentTail(uxi, uyi, uzi, ux, uy, uz, bins, from, j, j + sp.length(), b);
            } else {
                none.blend(k, in).intoArray(b, j - from);
            }
        }
        PairRowsScalar.alignmentTail(uxi, uyi, uzi, ux, uy, uz, bins, from, bound, to, b);
    }

    private static DoubleVector minImage(DoubleVector d, double box, double half) {
        return d.blend(d.sub(box), d.compare(VectorOperators.GT, half))
                .blend(d.add(box), d.compare(VectorOperators.LT, -half));
    }
}
