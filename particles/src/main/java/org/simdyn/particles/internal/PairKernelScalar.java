package org.simdyn.particles.internal;

/**
 * Scalar twin of the {@link PairKernel}; its static loops also serve as the scalar tail of the Panama twin.
 * Thread-safe, allocation-free.
 */
public final class PairKernelScalar implements PairKernel {

    /** The scalar kernel. */
    public PairKernelScalar() {
    }

    @Override
    public void sums3(double xi, double yi, double zi, double uxi, double uyi, double uzi, double[] x, double[] y,
                      double[] z, long[] qx, long[] qy, long[] qz, int from, int to, double[] geo, int geoOff,
                      long[] out, int outOff) {
        java.util.Arrays.fill(out, outOff, outOff + SUMS, 0L);
        add3(xi, yi, zi, uxi, uyi, uzi, x, y, z, qx, qy, qz, from, to, geo, geoOff, out, outOff);
    }

    @Override
    public void sums2(double xi, double yi, double uxi, double uyi, double[] x, double[] y, long[] qx, long[] qy,
                      int from, int to, double[] geo, int geoOff, long[] out, int outOff) {
        java.util.Arrays.fill(out, outOff, outOff + SUMS, 0L);
        add2(xi, yi, uxi, uyi, x, y, qx, qy, from, to, geo, geoOff, out, outOff);
    }

    /** Adds the 3-D sums over {@code [from, to)} to the output block (see {@link PairKernel}). */
    static void add3(double xi, double yi, double zi, double uxi, double uyi, double uzi, double[] x, double[] y,
                     double[] z, long[] qx, long[] qy, long[] qz, int from, int to, double[] geo, int geoOff,
                     long[] out, int outOff) {
        double box = geo[geoOff];
        double half = geo[geoOff + 1];
        double rr2 = geo[geoOff + 2];
        double ro2 = geo[geoOff + 3];
        double ra2 = geo[geoOff + 4];
        double thr = geo[geoOff + 5];
        double thrR = geo[geoOff + 6];
        long rx = 0, ry = 0, rz = 0, ox = 0, oy = 0, oz = 0, ax = 0, ay = 0, az = 0, nr = 0, no = 0, na = 0;
        for (int j = from; j < to; j++) {
            double dx = x[j] - xi;
            if (dx > half) {
                dx -= box;
            } else if (dx < -half) {
                dx += box;
            }
            double dy = y[j] - yi;
            if (dy > half) {
                dy -= box;
            } else if (dy < -half) {
                dy += box;
            }
            double dz = z[j] - zi;
            if (dz > half) {
                dz -= box;
            } else if (dz < -half) {
                dz += box;
            }
            double r2 = dx * dx + dy * dy + dz * dz;
            if (!(r2 > 1e-20 && r2 < ra2)) {
                continue;
            }
            double inv = 1.0 / Math.sqrt(r2);
            double ex = dx * inv;
            double ey = dy * inv;
            double ez = dz * inv;
            double dot = uxi * ex + uyi * ey + uzi * ez;
            if (r2 < rr2) {
                if (dot > thrR) {
                    rx += PairKernel.q(ex);
                    ry += PairKernel.q(ey);
                    rz += PairKernel.q(ez);
                    nr++;
                }
            } else if (dot > thr) {
                if (r2 < ro2) {
                    ox += qx[j];
                    oy += qy[j];
                    oz += qz[j];
                    no++;
                } else {
                    ax += PairKernel.q(ex);
                    ay += PairKernel.q(ey);
                    az += PairKernel.q(ez);
                    na++;
                }
            }
        }
        out[outOff] += rx;
        out[outOff + 1] += ry;
        out[outOff + 2] += rz;
        out[outOff + 3] += ox;
        out[outOff + 4] += oy;
        out[outOff + 5] += oz;
        out[outOff + 6] += ax;
        out[outOff + 7] += ay;
        out[outOff + 8] += az;
        out[outOff + 9] += nr;
        out[outOff + 10] += no;
        out[outOff + 11] += na;
    }

    /** Adds the 2-D sums over {@code [from, to)} to the output block (see {@link PairKernel}). */
    static void add2(double xi, double yi, double uxi, double uyi, double[] x, double[] y, long[] qx, long[] qy,
                     int from, int to, double[] geo, int geoOff, long[] out, int outOff) {
        double box = geo[geoOff];
        double half = geo[geoOff + 1];
        double rr2 = geo[geoOff + 2];
        double ro2 = geo[geoOff + 3];
        double ra2 = geo[geoOff + 4];
        double thr = geo[geoOff + 5];
        double thrR = geo[geoOff + 6];
        long rx = 0, ry = 0, ox = 0, oy = 0, ax = 0, ay = 0, nr = 0, no = 0, na = 0;
        for (int j = from; j < to; j++) {
            double dx = x[j] - xi;
            if (dx > half) {
                dx -= box;
            } else if (dx < -half) {
                dx += box;
            }
            double dy = y[j] - yi;
            if (dy > half) {
                dy -= box;
            } else if (dy < -half) {
                dy += box;
            }
            double r2 = dx * dx + dy * dy;
            if (!(r2 > 1e-20 && r2 < ra2)) {
                continue;
            }
            double inv = 1.0 / Math.sqrt(r2);
            double ex = dx * inv;
            double ey = dy * inv;
            double dot = uxi * ex + uyi * ey;
            if (r2 < rr2) {
                if (dot > thrR) {
                    rx += PairKernel.q(ex);
                    ry += PairKernel.q(ey);
                    nr++;
                }
            } else if (dot > thr) {
                if (r2 < ro2) {
                    ox += qx[j];
                    oy += qy[j];
                    no++;
                } else {
                    ax += PairKernel.q(ex);
                    ay += PairKernel.q(ey);
                    na++;
                }
            }
        }
        out[outOff] += rx;
        out[outOff + 1] += ry;
        out[outOff + 3] += ox;
        out[outOff + 4] += oy;
        out[outOff + 6] += ax;
        out[outOff + 7] += ay;
        out[outOff + 9] += nr;
        out[outOff + 10] += no;
        out[outOff + 11] += na;
    }

    @Override
    public String toString() {
        return "scalar";
    }
}
