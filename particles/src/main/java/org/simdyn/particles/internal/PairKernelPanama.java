package org.simdyn.particles.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.simdyn.vector.kernel.Species;

/**
 * Panama twin of the {@link PairKernel}: candidates in vector lanes, the minimum image by two blends, zone masks
 * by comparisons, the quantisation {@code q(c) = bits(c * 2^39 + 1.5 * 2^52) - bits(1.5 * 2^52)} (equal to
 * {@code (long) Math.rint(c * 2^39)} for {@code |c| <= 1}: the sum lies in {@code [2^52, 2^53)}, where the ulp is
 * 1 and the addition rounds half to even), and one {@code LongVector} accumulator per summed component (integer
 * lane sums are exact, so {@code reduceLanes(ADD)} is order-free). Vectors without a candidate inside {@code rA}
 * are skipped. The tail runs {@link PairKernelScalar}'s loop. Same bits as the scalar twin at every width.
 *
 * <p>The public constructor gives the kernel of the width in force; {@link #forBits(int)} one of an explicit
 * width for tests (the species then is not a JIT constant: correct but slow).
 */
public class PairKernelPanama implements PairKernel {

    private static final double MAGIC = 0x1.8p52;
    private static final long MAGIC_BITS = Double.doubleToRawLongBits(MAGIC);

    /** Creates the kernel of the width in force ({@link Species#DOUBLE}). */
    public PairKernelPanama() {
    }

    /**
     * Returns a kernel of an explicit width.
     *
     * @param bits 128, 256 or 512
     * @return the kernel
     * @throws IllegalArgumentException for another width
     */
    public static PairKernel forBits(int bits) {
        return new Fixed(Species.doubles(bits), Species.longs(bits));
    }

    /** The double species; a constant by class-hierarchy analysis when only this class is loaded. */
    VectorSpecies<Double> species() {
        return Species.DOUBLE;
    }

    /** The long species of the same shape. */
    VectorSpecies<Long> longSpecies() {
        return Species.LONG;
    }

    private static final class Fixed extends PairKernelPanama {
        private final VectorSpecies<Double> species;
        private final VectorSpecies<Long> longs;

        Fixed(VectorSpecies<Double> species, VectorSpecies<Long> longs) {
            this.species = species;
            this.longs = longs;
        }

        @Override
        VectorSpecies<Double> species() {
            return species;
        }

        @Override
        VectorSpecies<Long> longSpecies() {
            return longs;
        }
    }

    @Override
    public String toString() {
        return "panama " + species().vectorBitSize() + "-bit";
    }

    @Override
    public final void sums3(double xi, double yi, double zi, double uxi, double uyi, double uzi, double[] x,
                            double[] y, double[] z, long[] qx, long[] qy, long[] qz, int from, int to, double[] geo,
                            int geoOff, long[] out, int outOff) {
        VectorSpecies<Double> sp = species();
        VectorSpecies<Long> sl = longSpecies();
        double box = geo[geoOff];
        double half = geo[geoOff + 1];
        double rr2 = geo[geoOff + 2];
        double ro2 = geo[geoOff + 3];
        double ra2 = geo[geoOff + 4];
        double thr = geo[geoOff + 5];
        double thrR = geo[geoOff + 6];
        int bound = from + sp.loopBound(to - from);
        LongVector zero = LongVector.zero(sl);
        LongVector rx = zero, ry = zero, rz = zero, ox = zero, oy = zero, oz = zero, ax = zero, ay = zero,
                az = zero;
        long nr = 0, no = 0, na = 0;
        for (int j = from; j < bound; j += sp.length()) {
            DoubleVector dx = DoubleVector.fromArray(sp, x, j).sub(xi);
            dx = dx.blend(dx.sub(box), dx.compare(VectorOperators.GT, half))
                    .blend(dx.add(box), dx.compare(VectorOperators.LT, -half));
            DoubleVector dy = DoubleVector.fromArray(sp, y, j).sub(yi);
            dy = dy.blend(dy.sub(box), dy.compare(VectorOperators.GT, half))
                    .blend(dy.add(box), dy.compare(VectorOperators.LT, -half));
            DoubleVector dz = DoubleVector.fromArray(sp, z, j).sub(zi);
            dz = dz.blend(dz.sub(box), dz.compare(VectorOperators.GT, half))
                    .blend(dz.add(box), dz.compare(VectorOperators.LT, -half));
            DoubleVector r2 = dx.mul(dx).add(dy.mul(dy)).add(dz.mul(dz));
            VectorMask<Double> near = r2.compare(VectorOperators.GT, 1e-20)
                    .and(r2.compare(VectorOperators.LT, ra2));
            if (!near.anyTrue()) {
                continue;
            }
            DoubleVector inv = DoubleVector.broadcast(sp, 1.0).div(r2.sqrt());
            DoubleVector ex = dx.mul(inv);
            DoubleVector ey = dy.mul(inv);
            DoubleVector ez = dz.mul(inv);
            DoubleVector dot = ex.mul(uxi).add(ey.mul(uyi)).add(ez.mul(uzi));
            VectorMask<Double> inR = r2.compare(VectorOperators.LT, rr2);
            VectorMask<Double> mr = near.and(inR).and(dot.compare(VectorOperators.GT, thrR));
            VectorMask<Double> vis = near.andNot(inR).and(dot.compare(VectorOperators.GT, thr));
            VectorMask<Double> mo = vis.and(r2.compare(VectorOperators.LT, ro2));
            VectorMask<Double> ma = vis.andNot(mo);
            LongVector qex = ex.mul(QUANTUM).add(MAGIC).viewAsIntegralLanes().sub(MAGIC_BITS);
            LongVector qey = ey.mul(QUANTUM).add(MAGIC).viewAsIntegralLanes().sub(MAGIC_BITS);
            LongVector qez = ez.mul(QUANTUM).add(MAGIC).viewAsIntegralLanes().sub(MAGIC_BITS);
            VectorMask<Long> lr = mr.cast(sl);
            VectorMask<Long> lo = mo.cast(sl);
            VectorMask<Long> la = ma.cast(sl);
            rx = rx.add(zero.blend(qex, lr));
            ry = ry.add(zero.blend(qey, lr));
            rz = rz.add(zero.blend(qez, lr));
            ax = ax.add(zero.blend(qex, la));
            ay = ay.add(zero.blend(qey, la));
            az = az.add(zero.blend(qez, la));
            ox = ox.add(zero.blend(LongVector.fromArray(sl, qx, j), lo));
            oy = oy.add(zero.blend(LongVector.fromArray(sl, qy, j), lo));
            oz = oz.add(zero.blend(LongVector.fromArray(sl, qz, j), lo));
            nr += mr.trueCount();
            no += mo.trueCount();
            na += ma.trueCount();
        }
        out[outOff] = rx.reduceLanes(VectorOperators.ADD);
        out[outOff + 1] = ry.reduceLanes(VectorOperators.ADD);
        out[outOff + 2] = rz.reduceLanes(VectorOperators.ADD);
        out[outOff + 3] = ox.reduceLanes(VectorOperators.ADD);
        out[outOff + 4] = oy.reduceLanes(VectorOperators.ADD);
        out[outOff + 5] = oz.reduceLanes(VectorOperators.ADD);
        out[outOff + 6] = ax.reduceLanes(VectorOperators.ADD);
        out[outOff + 7] = ay.reduceLanes(VectorOperators.ADD);
        out[outOff + 8] = az.reduceLanes(VectorOperators.ADD);
        out[outOff + 9] = nr;
        out[outOff + 10] = no;
        out[outOff + 11] = na;
        PairKernelScalar.add3(xi, yi, zi, uxi, uyi, uzi, x, y, z, qx, qy, qz, bound, to, geo, geoOff, out, outOff);
    }

    @Override
    public final void sums2(double xi, double yi, double uxi, double uyi, double[] x, double[] y, long[] qx,
                            long[] qy, int from, int to, double[] geo, int geoOff, long[] out, int outOff) {
        VectorSpecies<Double> sp = species();
        VectorSpecies<Long> sl = longSpecies();
        double box = geo[geoOff];
        double half = geo[geoOff + 1];
        double rr2 = geo[geoOff + 2];
        double ro2 = geo[geoOff + 3];
        double ra2 = geo[geoOff + 4];
        double thr = geo[geoOff + 5];
        double thrR = geo[geoOff + 6];
        int bound = from + sp.loopBound(to - from);
        LongVector zero = LongVector.zero(sl);
        LongVector rx = zero, ry = zero, ox = zero, oy = zero, ax = zero, ay = zero;
        long nr = 0, no = 0, na = 0;
        for (int j = from; j < bound; j += sp.length()) {
            DoubleVector dx = DoubleVector.fromArray(sp, x, j).sub(xi);
            dx = dx.blend(dx.sub(box), dx.compare(VectorOperators.GT, half))
                    .blend(dx.add(box), dx.compare(VectorOperators.LT, -half));
            DoubleVector dy = DoubleVector.fromArray(sp, y, j).sub(yi);
            dy = dy.blend(dy.sub(box), dy.compare(VectorOperators.GT, half))
                    .blend(dy.add(box), dy.compare(VectorOperators.LT, -half));
            DoubleVector r2 = dx.mul(dx).add(dy.mul(dy));
            VectorMask<Double> near = r2.compare(VectorOperators.GT, 1e-20)
                    .and(r2.compare(VectorOperators.LT, ra2));
            if (!near.anyTrue()) {
                continue;
            }
            DoubleVector inv = DoubleVector.broadcast(sp, 1.0).div(r2.sqrt());
            DoubleVector ex = dx.mul(inv);
            DoubleVector ey = dy.mul(inv);
            DoubleVector dot = ex.mul(uxi).add(ey.mul(uyi));
            VectorMask<Double> inR = r2.compare(VectorOperators.LT, rr2);
            VectorMask<Double> mr = near.and(inR).and(dot.compare(VectorOperators.GT, thrR));
            VectorMask<Double> vis = near.andNot(inR).and(dot.compare(VectorOperators.GT, thr));
            VectorMask<Double> mo = vis.and(r2.compare(VectorOperators.LT, ro2));
            VectorMask<Double> ma = vis.andNot(mo);
            LongVector qex = ex.mul(QUANTUM).add(MAGIC).viewAsIntegralLanes().sub(MAGIC_BITS);
            LongVector qey = ey.mul(QUANTUM).add(MAGIC).viewAsIntegralLanes().sub(MAGIC_BITS);
            VectorMask<Long> lr = mr.cast(sl);
            VectorMask<Long> lo = mo.cast(sl);
            VectorMask<Long> la = ma.cast(sl);
            rx = rx.add(zero.blend(qex, lr));
            ry = ry.add(zero.blend(qey, lr));
            ax = ax.add(zero.blend(qex, la));
            ay = ay.add(zero.blend(qey, la));
            ox = ox.add(zero.blend(LongVector.fromArray(sl, qx, j), lo));
            oy = oy.add(zero.blend(LongVector.fromArray(sl, qy, j), lo));
            nr += mr.trueCount();
            no += mo.trueCount();
            na += ma.trueCount();
        }
        out[outOff] = rx.reduceLanes(VectorOperators.ADD);
        out[outOff + 1] = ry.reduceLanes(VectorOperators.ADD);
        out[outOff + 2] = 0;
        out[outOff + 3] = ox.reduceLanes(VectorOperators.ADD);
        out[outOff + 4] = oy.reduceLanes(VectorOperators.ADD);
        out[outOff + 5] = 0;
        out[outOff + 6] = ax.reduceLanes(VectorOperators.ADD);
        out[outOff + 7] = ay.reduceLanes(VectorOperators.ADD);
        out[outOff + 8] = 0;
        out[outOff + 9] = nr;
        out[outOff + 10] = no;
        out[outOff + 11] = na;
        PairKernelScalar.add2(xi, yi, uxi, uyi, x, y, qx, qy, bound, to, geo, geoOff, out, outOff);
    }
}
