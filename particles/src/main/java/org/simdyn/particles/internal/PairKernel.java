package org.simdyn.particles.internal;

/**
 * The pair kernel of the Couzin model (spec section 2.1): for one focal agent i, the exact zone sums over the
 * candidates {@code j} in {@code [from, to)}. Twins: {@link PairKernelScalar} and {@code PairKernelPanama}, equal
 * bit for bit (the sums are integers).
 *
 * <p>Per candidate: {@code D = x_j - x_i} per axis, minimum image when {@code half < ∞}
 * ({@code if (d > half) d -= box; else if (d < -half) d += box}); {@code r2 = dx*dx + dy*dy (+ dz*dz)}; the
 * pair counts only if {@code 1e-20 < r2 < rA²}; {@code inv = 1.0 / Math.sqrt(r2)}, {@code e = D·inv},
 * {@code dot = uxi*ex + uyi*ey (+ uzi*ez)}. Zone of repulsion ({@code r2 < rR²}): counts if {@code dot > thrR};
 * orientation ({@code rR² <= r2 < rO²}) and attraction ({@code rO² <= r2}): count if {@code dot > thr}. Every
 * summed component {@code c} enters as {@code q(c) = (long) Math.rint(c * 2^39)}; the headings of the
 * candidates enter already quantised ({@code qx, qy, qz}).
 *
 * <p>Geometry block {@code geo[geoOff .. geoOff + GEO)}: {@code box, half, rR², rO², rA², thr, thrR} where
 * {@code half = box/2} (periodic) or {@code +∞}, {@code thr = -cos β} ({@code -∞} when β = 0) and
 * {@code thrR = thr} or {@code -∞} (blind cone not applied to the zone of repulsion).
 *
 * <p>Output block {@code out[outOff .. outOff + SUMS)}: {@code S_r} (x, y, z), {@code S_o} (x, y, z),
 * {@code S_a} (x, y, z) as quantised integers, then the counts {@code n_r, n_o, n_a}; in 2-D the z entries are 0.
 * The block is overwritten. Arrays are not modified except {@code out}. Preconditions (not checked: internal hot
 * path): arrays long enough, {@code 0 <= from <= to}.
 */
public interface PairKernel {

    /** Length of the output block. */
    int SUMS = 12;
    /** Stride of a geometry block. */
    int GEO = 8;
    /** Scale of the exact accumulation, {@code 2^39}. */
    double QUANTUM = 0x1p39;

    /**
     * 3-D sums of focal {@code (xi, yi, zi)} with heading {@code (uxi, uyi, uzi)}.
     *
     * @param xi focal x
     * @param yi focal y
     * @param zi focal z
     * @param uxi focal heading x
     * @param uyi focal heading y
     * @param uzi focal heading z
     * @param x candidate x. Not modified.
     * @param y candidate y. Not modified.
     * @param z candidate z. Not modified.
     * @param qx quantised candidate heading x. Not modified.
     * @param qy quantised candidate heading y. Not modified.
     * @param qz quantised candidate heading z. Not modified.
     * @param from first candidate
     * @param to one past the last candidate
     * @param geo geometry blocks. Not modified.
     * @param geoOff offset of the focal's type's block
     * @param out the output block. Modified.
     * @param outOff offset of the output block
     */
    void sums3(double xi, double yi, double zi, double uxi, double uyi, double uzi, double[] x, double[] y,
               double[] z, long[] qx, long[] qy, long[] qz, int from, int to, double[] geo, int geoOff, long[] out,
               int outOff);

    /**
     * 2-D sums; see {@link #sums3}.
     *
     * @param xi focal x
     * @param yi focal y
     * @param uxi focal heading x
     * @param uyi focal heading y
     * @param x candidate x. Not modified.
     * @param y candidate y. Not modified.
     * @param qx quantised candidate heading x. Not modified.
     * @param qy quantised candidate heading y. Not modified.
     * @param from first candidate
     * @param to one past the last candidate
     * @param geo geometry blocks. Not modified.
     * @param geoOff offset of the focal's type's block
     * @param out the output block. Modified.
     * @param outOff offset of the output block
     */
    void sums2(double xi, double yi, double uxi, double uyi, double[] x, double[] y, long[] qx, long[] qy, int from,
               int to, double[] geo, int geoOff, long[] out, int outOff);

    /**
     * The quantisation {@code (long) Math.rint(c * 2^39)} of a component in {@code [-1, 1]}.
     *
     * @param c the component
     * @return its integer
     */
    static long q(double c) {
        return (long) Math.rint(c * QUANTUM);
    }
}
