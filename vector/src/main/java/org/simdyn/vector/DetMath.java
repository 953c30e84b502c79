package org.simdyn.vector;

import static org.simdyn.vector.internal.MathConstants.*;

/**
 * Deterministic transcendental functions: the same bits on every machine, JIT tier and SIMD width.
 *
 * <p>{@code Math.log/sin/cos} and the Vector API's {@code LOG/SIN/COS} may differ between interpreter,
 * C1, C2 and platforms. These functions use only {@code + - * /}, {@link Math#fma}, {@link Math#sqrt},
 * bit moves, compares and blends, in the same order in the scalar code here and in the Panama twins
 * ({@code org.simdyn.vector.kernel.VMath}). IEEE 754 makes each of these operations exact-rounded and Java
 * never contracts {@code a * b + c} into an FMA, so equal operation sequences give equal bits everywhere.
 *
 * <h2>Frozen functions (part of RNG stream version 1)</h2>
 * {@link #log}, {@link #sin2pi} and {@link #cos2pi} feed the normal transform of
 * {@link org.simdyn.vector.random.Philox4x32}; their constants and every operation are frozen (foundation
 * spec section 8). A change needs a new stream version.
 * <pre>
 * log(x) = e ln2 + log(m),  x = m 2^e, m in [sqrt(2)/2, sqrt(2)),
 *   log(m) = 2 atanh(s) = 2s + 2s z (L0 + L1 z + ... + L8 z^8),  f = m - 1, s = f / (2 + f), z = s^2
 * sin2pi(u) = sin(2 pi u), cos2pi(u) = cos(2 pi u):
 *   t = 4u, k = round(t), r = t - k (exact), then odd/even Taylor-like polynomials in r of sin/cos(pi r / 2)
 *   and the quadrant k mod 4.
 * </pre>
 * Accuracy against exact arithmetic: {@code log} within 1.5 ulp on the RNG domain {@code (w + 0.5) 2^-32}
 * and within 2 ulp on (0, 1); {@code sin2pi}/{@code cos2pi} within 1.65 ulp on the RNG domain.
 *
 * <p>Reference: the argument reduction and atanh series of fdlibm's {@code e_log.c} (Sun Microsystems,
 * 1993), re-derived with plain Taylor coefficients; R. Salmon et al., "Parallel random numbers: as easy as
 * 1, 2, 3", SC'11, for the stream these feed.
 */
public final class DetMath {
    private DetMath() {
    }

    /**
     * Natural logarithm, deterministic (frozen, stream version 1).
     *
     * @param x the argument
     * @return ln x; NaN for NaN or x &lt; 0, -Inf for +-0, +Inf for +Inf; subnormals are handled exactly
     */
    public static double log(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x == Double.POSITIVE_INFINITY ? x : Double.NaN;
        }
        double bias = 1023.0;
        if (x < Double.MIN_NORMAL) {
            x = x * TWO54;
            bias = 1077.0;
        }
        long b = Double.doubleToRawLongBits(x);
        double d = (double) (b >>> 52) - bias;
        double m = Double.longBitsToDouble((b & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m > SQRT2) {
            m = 0.5 * m;
            d = d + 1.0;
        }
        double f = m - 1.0;
        double s = f / (2.0 + f);
        double z = s * s;
        double p = L8;
        p = Math.fma(p, z, L7);
        p = Math.fma(p, z, L6);
        p = Math.fma(p, z, L5);
        p = Math.fma(p, z, L4);
        p = Math.fma(p, z, L3);
        p = Math.fma(p, z, L2);
        p = Math.fma(p, z, L1);
        p = Math.fma(p, z, L0);
        double h = 2.0 * s;
        double lm = Math.fma(h * z, p, h);
        return d * LN2_HI + (d * LN2_LO + lm);
    }

    /**
     * {@code sin(2 pi u)}, deterministic (frozen, stream version 1); exact zeros at multiples of 1/2.
     *
     * @param u the argument in turns; accurate for |u| &lt; 2^49
     * @return sin(2 pi u); NaN for NaN or infinite u
     */
    public static double sin2pi(double u) {
        double t = 4.0 * u;
        double k = (t + ROUND) - ROUND;
        double r = t - k;
        double x2 = r * r;
        double sa = r * sinPoly(x2);
        double ca = cosPoly(x2);
        int q = (int) ((long) k & 3);
        double v = (q & 1) == 0 ? sa : ca;
        return (q & 2) == 0 ? v : -v;
    }

    /**
     * {@code cos(2 pi u)}, deterministic (frozen, stream version 1).
     *
     * @param u the argument in turns; accurate for |u| &lt; 2^49
     * @return cos(2 pi u); NaN for NaN or infinite u
     */
    public static double cos2pi(double u) {
        double t = 4.0 * u;
        double k = (t + ROUND) - ROUND;
        double r = t - k;
        double x2 = r * r;
        double sa = r * sinPoly(x2);
        double ca = cosPoly(x2);
        int q = (int) ((long) k & 3);
        double v = (q & 1) == 0 ? ca : sa;
        return ((q + 1) & 2) == 0 ? v : -v;
    }

    private static double sinPoly(double x2) {
        double p = S8;
        p = Math.fma(p, x2, S7);
        p = Math.fma(p, x2, S6);
        p = Math.fma(p, x2, S5);
        p = Math.fma(p, x2, S4);
        p = Math.fma(p, x2, S3);
        p = Math.fma(p, x2, S2);
        p = Math.fma(p, x2, S1);
        return Math.fma(p, x2, S0);
    }

    private static double cosPoly(double x2) {
        double p = C8;
        p = Math.fma(p, x2, C7);
        p = Math.fma(p, x2, C6);
        p = Math.fma(p, x2, C5);
        p = Math.fma(p, x2, C4);
        p = Math.fma(p, x2, C3);
        p = Math.fma(p, x2, C2);
        p = Math.fma(p, x2, C1);
        return Math.fma(p, x2, C0);
    }
}
