package org.simdyn.particles.internal;

import org.simdyn.vector.DetMath;

/**
 * The per-agent update of spec sections 2.2-2.4: from the zone sums to the new heading, for both rule sets, in 3-D
 * and 2-D. One scalar routine shared by every path (all-pairs, cells, any thread count, any vector width), using
 * {@code StrictMath.acos}, IEEE {@code Math.sqrt} and, for the noise angle only, {@link DetMath#sin} and
 * {@link DetMath#cos} (deterministic like {@code StrictMath}, but allocation-free: the JDK's {@code StrictMath.sin}
 * and {@code cos} allocate a scratch array per call): the same bits everywhere. Allocation-free; the
 * caller passes a scratch array of at least {@link #SCRATCH} doubles; the new heading is written to
 * {@code w[0..d)}.
 */
public final class AgentUpdate {
    /** Length of the scratch array. */
    public static final int SCRATCH = 8;
    private static final double INV_Q = 0x1p-39;
    private static final double TINY = 1e-10;

    private AgentUpdate() {
    }

    /**
     * {@code perp(a, b)} of spec section 2.3: the unit component of {@code b} perpendicular to the unit vector
     * {@code a}; if it is shorter than 1e-8, the same built from {@code e_x} ({@code |a_x| < 0.9}) or {@code e_y}.
     * Written to {@code w[off .. off + 3)}.
     */
    static void perp(double ax, double ay, double az, double bx, double by, double bz, double[] w, int off) {
        double ba = bx * ax + by * ay + bz * az;
        double wx = bx - ba * ax;
        double wy = by - ba * ay;
        double wz = bz - ba * az;
        double m = Math.sqrt(wx * wx + wy * wy + wz * wz);
        if (m < 1e-8) {
            if (Math.abs(ax) < 0.9) {
                wx = 1 - ax * ax;
                wy = -ax * ay;
                wz = -ax * az;
            } else {
                wx = -ay * ax;
                wy = 1 - ay * ay;
                wz = -ay * az;
            }
            m = Math.sqrt(wx * wx + wy * wy + wz * wz);
        }
        w[off] = wx / m;
        w[off + 1] = wy / m;
        w[off + 2] = wz / m;
    }

    /**
     * The desired direction {@code d̂} (section 2.2, informed term included) into {@code w[0..3)}; 2-D callers
     * pass zero z components.
     */
    static void desired(boolean compat, long[] s, int so, double ux, double uy, double uz, double weight,
                        double omega, double gx, double gy, double gz, double[] w) {
        double dx;
        double dy;
        double dz;
        if (s[so + 9] > 0) {
            dx = -(s[so] * INV_Q);
            dy = -(s[so + 1] * INV_Q);
            dz = -(s[so + 2] * INV_Q);
        } else {
            double ox = s[so + 3] * INV_Q;
            double oy = s[so + 4] * INV_Q;
            double oz = s[so + 5] * INV_Q;
            double ax = s[so + 6] * INV_Q;
            double ay = s[so + 7] * INV_Q;
            double az = s[so + 8] * INV_Q;
            if (!compat) {
                double mo = Math.sqrt(ox * ox + oy * oy + oz * oz);
                if (s[so + 10] > 0 && mo >= TINY) {
                    ox /= mo;
                    oy /= mo;
                    oz /= mo;
                } else {
                    ox = 0;
                    oy = 0;
                    oz = 0;
                }
                double ma = Math.sqrt(ax * ax + ay * ay + az * az);
                if (s[so + 11] > 0 && ma >= TINY) {
                    ax /= ma;
                    ay /= ma;
                    az /= ma;
                } else {
                    ax = 0;
                    ay = 0;
                    az = 0;
                }
            }
            dx = weight * ox + ax;
            dy = weight * oy + ay;
            dz = weight * oz + az;
        }
        double m = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (m < TINY) {
            dx = ux;
            dy = uy;
            dz = uz;
        } else {
            dx /= m;
            dy /= m;
            dz /= m;
        }
        if (omega > 0) {
            double sx = dx + omega * gx;
            double sy = dy + omega * gy;
            double sz = dz + omega * gz;
            double ms = Math.sqrt(sx * sx + sy * sy + sz * sz);
            if (ms >= TINY) {
                dx = sx / ms;
                dy = sy / ms;
                dz = sz / ms;
            }
        }
        w[0] = dx;
        w[1] = dy;
        w[2] = dz;
    }

    /**
     * New 3-D heading of one agent into {@code w[0..3)}.
     *
     * @param compat true for PEER_COMPAT, false for COUZIN2002
     * @param s zone sums (see {@link PairKernel}). Not modified.
     * @param so offset of the sums
     * @param ux heading x
     * @param uy heading y
     * @param uz heading z
     * @param tt the type table. Not modified.
     * @param t the agent's type
     * @param g0 noise normal 0 (ignored when σ = 0)
     * @param g1 noise normal 1
     * @param g2 noise normal 2
     * @param g3 noise normal 3 (COUZIN2002 only)
     * @param w scratch, {@link #SCRATCH} doubles; receives the heading. Modified.
     */
    public static void update3(boolean compat, long[] s, int so, double ux, double uy, double uz, TypeTable tt,
                               int t, double g0, double g1, double g2, double g3, double[] w) {
        desired(compat, s, so, ux, uy, uz, tt.weight[t], tt.informed[t], tt.gx[t], tt.gy[t], tt.gz[t], w);
        double dx = w[0];
        double dy = w[1];
        double dz = w[2];
        double sigma = tt.sigma[t];
        double theta = tt.theta[t];
        if (!compat) {
            if (sigma > 0) {
                perp(dx, dy, dz, g0, g1, g2, w, 3);
                double eta = sigma * g3;
                double c = DetMath.cos(eta);
                double sn = DetMath.sin(eta);
                dx = c * dx + sn * w[3];
                dy = c * dy + sn * w[4];
                dz = c * dz + sn * w[5];
            }
            double phi = StrictMath.acos(Math.clamp(ux * dx + uy * dy + uz * dz, -1.0, 1.0));
            if (phi <= theta) {
                w[0] = dx;
                w[1] = dy;
                w[2] = dz;
            } else {
                perp(ux, uy, uz, dx, dy, dz, w, 3);
                double c = tt.cosTheta[t];
                double sn = tt.sinTheta[t];
                w[0] = c * ux + sn * w[3];
                w[1] = c * uy + sn * w[4];
                w[2] = c * uz + sn * w[5];
            }
            return;
        }
        lerp(ux, uy, uz, dx, dy, dz, theta, w);
        if (sigma > 0) {
            double px = w[0];
            double py = w[1];
            double pz = w[2];
            double sx = px + sigma * g0;
            double sy = py + sigma * g1;
            double sz = pz + sigma * g2;
            double m = Math.sqrt(sx * sx + sy * sy + sz * sz);
            if (m >= TINY) {
                w[0] = sx / m;
                w[1] = sy / m;
                w[2] = sz / m;
            }
        }
    }

    /** The PEER_COMPAT linear-interpolation turn of u towards d̂ (z = 0 in 2-D) into {@code w[0..3)}. */
    static void lerp(double ux, double uy, double uz, double dx, double dy, double dz, double theta, double[] w) {
        double phi = StrictMath.acos(Math.clamp(ux * dx + uy * dy + uz * dz, -1.0, 1.0));
        if (phi < TINY) {
            w[0] = ux;
            w[1] = uy;
            w[2] = uz;
        } else if (phi <= theta) {
            w[0] = dx;
            w[1] = dy;
            w[2] = dz;
        } else {
            double t = theta / phi;
            double mx = (1 - t) * ux + t * dx;
            double my = (1 - t) * uy + t * dy;
            double mz = (1 - t) * uz + t * dz;
            double m = Math.sqrt(mx * mx + my * my + mz * mz);
            if (m < TINY) {
                w[0] = ux;
                w[1] = uy;
                w[2] = uz;
            } else {
                w[0] = mx / m;
                w[1] = my / m;
                w[2] = mz / m;
            }
        }
    }

    /**
     * New 2-D heading of one agent into {@code w[0..2)}; see {@link #update3}. COUZIN2002 uses {@code g0};
     * PEER_COMPAT {@code g0, g1}.
     *
     * @param compat true for PEER_COMPAT
     * @param s zone sums. Not modified.
     * @param so offset of the sums
     * @param ux heading x
     * @param uy heading y
     * @param tt the type table. Not modified.
     * @param t the agent's type
     * @param g0 noise normal 0
     * @param g1 noise normal 1 (PEER_COMPAT)
     * @param w scratch; receives the heading. Modified.
     */
    public static void update2(boolean compat, long[] s, int so, double ux, double uy, TypeTable tt, int t,
                               double g0, double g1, double[] w) {
        desired(compat, s, so, ux, uy, 0, tt.weight[t], tt.informed[t], tt.gx[t], tt.gy[t], 0, w);
        double dx = w[0];
        double dy = w[1];
        double sigma = tt.sigma[t];
        double theta = tt.theta[t];
        if (!compat) {
            if (sigma > 0) {
                double eta = sigma * g0;
                double c = DetMath.cos(eta);
                double sn = DetMath.sin(eta);
                double rx = c * dx - sn * dy;
                dy = sn * dx + c * dy;
                dx = rx;
            }
            double phi = StrictMath.acos(Math.clamp(ux * dx + uy * dy, -1.0, 1.0));
            if (phi <= theta) {
                w[0] = dx;
                w[1] = dy;
            } else {
                double sn = ux * dy - uy * dx >= 0 ? tt.sinTheta[t] : -tt.sinTheta[t];
                double c = tt.cosTheta[t];
                w[0] = c * ux - sn * uy;
                w[1] = sn * ux + c * uy;
            }
            w[2] = 0;
            return;
        }
        lerp(ux, uy, 0, dx, dy, 0, theta, w);
        if (sigma > 0) {
            double px = w[0];
            double py = w[1];
            double sx = px + sigma * g0;
            double sy = py + sigma * g1;
            double m = Math.sqrt(sx * sx + sy * sy);
            if (m >= TINY) {
                w[0] = sx / m;
                w[1] = sy / m;
            }
        }
        w[2] = 0;
    }
}
