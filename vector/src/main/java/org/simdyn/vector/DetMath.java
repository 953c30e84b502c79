package org.simdyn.vector;

import static org.simdyn.vector.internal.MathConstants.*;

import org.simdyn.vector.internal.ArgChecks;
import org.simdyn.vector.internal.DetMathKernels;
import org.simdyn.vector.internal.DetMathScalar;

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
 * <h2>Not frozen: sin, cos, exp</h2>
 * {@link #sin(double)}, {@link #cos(double)} and {@link #exp(double)} are deterministic too (the same bits in
 * every twin, on every machine) but not frozen: their algorithms may improve in a later release. They are
 * within 1 ulp of the exact value on their domains (sin/cos: |x| &lt; 2^51, NaN beyond; exp: normal results).
 *
 * <h2>Array forms</h2>
 * Every function has an array form {@code f(x, xOff, out, outOff, len)}: {@code out[outOff + i] =
 * f(x[xOff + i])} for {@code i} in {@code [0, len)}, bit-identical to the scalar function for every element.
 * They run a Panama twin (the {@code VMath} lane functions) when {@link VectorRuntime} is in Panama mode, plain
 * loops otherwise. Aliasing: {@code x} and {@code out} may be the same range (same array and offset, in place);
 * otherwise the two ranges must not overlap. Arguments are validated before any work: an
 * {@link IllegalArgumentException} names the parameter, its value and the allowed range.
 *
 * <p>Thread safety: all methods are stateless and thread-safe (array forms: for distinct output ranges).
 *
 * <p>References: the argument reduction and atanh series of fdlibm's {@code e_log.c} (Sun Microsystems,
 * 1993), re-derived with plain Taylor coefficients; R. Salmon et al., "Parallel random numbers: as easy as
 * 1, 2, 3", SC'11, for the stream these feed; W. J. Cody and W. Waite, "Software Manual for the Elementary
 * Functions", Prentice-Hall, 1980, for the argument reductions of sin, cos and exp; J.-M. Muller, "Elementary
 * Functions: Algorithms and Implementation", 3rd ed., Birkhauser, 2016, for the double-double steps (TwoSum,
 * Fast2Sum, FMA products).
 */
public final class DetMath {
    private DetMath() {
    }

    /** The array-form twin in force, chosen on first use of an array form. */
    private static final class Kernels {
        static final DetMathKernels K = VectorRuntime.select(DetMathKernels.class,
                "org.simdyn.vector.internal.DetMathPanama", new DetMathScalar());
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

    /**
     * Sine, deterministic (not frozen: the algorithm may improve between releases, but the scalar and the
     * Panama twins always agree bit for bit).
     *
     * <p>Algorithm: {@code k = round(x 2/pi)}, found as {@code k0 = round(t)}, {@code t = x 2/pi} rounded (the
     * 1.5 * 2^52 trick), plus {@code round(fma(x, 2/pi, -k0) + x (2/pi)_lo)}, so that the reduced argument never
     * leaves [-pi/4, pi/4] even where t has no fraction bits left; Cody-Waite reduction by pi/2 in three parts
     * with FMA, {@code x - k pi/2 = rh + rl} as a double-double ({@code x - k PIO2_1} is exact for |k| &lt; 2^51,
     * the product {@code k PIO2_2} is split exactly with an FMA and the difference by TwoSum); then minimax
     * polynomials on [-pi/4, pi/4]: {@code sin(rh + rl) = rh + (rh z S(z) + rl (1 - z/2))}, {@code cos(rh + rl) =
     * w + (tail + (z^2 C(z) - (rh rl + e/2)))} with {@code z = rh^2}, {@code rh^2 = z + e} and {@code 1 - z/2 =
     * w + tail} exactly; the quadrant {@code k mod 4} (the low bits of {@code k + 1.5 * 2^52}) picks {@code +-sin}
     * or {@code +-cos}.
     *
     * <p>Accuracy: within 1 ulp of the exact value for |x| &lt; 2^51 (the spec requires 2 ulp for |x| &lt;=
     * 2^20). Measured against exact arithmetic: 0.68 ulp on random arguments up to 2^20, 0.66 ulp from 2^20 to
     * 2^51, 0.55 ulp next to multiples of pi/2. The reduced argument carries an absolute error below 2^-110
     * (the truncation of pi/2 to three doubles and the rounding of {@code k PIO2_3}), below half an ulp of it
     * whenever {@code |x - k pi/2| >= 2^-57}. For |x| &gt;= 2^51, where this reduction would need a multi-word 2/pi
     * (Payne-Hanek), and for NaN or infinite x the result is NaN. Deterministic throughout: the same bits on
     * every machine and in both twins.
     *
     * @param x the argument in radians
     * @return sin x; {@code sin(+-0) = +-0}; NaN for NaN, infinite x or |x| &gt;= 2^51
     */
    public static double sin(double x) {
        return x == 0.0 ? x : trig(x, 0);
    }

    /**
     * Cosine, deterministic (not frozen); the algorithm and its accuracy are those of {@link #sin(double)}.
     *
     * @param x the argument in radians
     * @return cos x; NaN for NaN, infinite x or |x| &gt;= 2^51
     */
    public static double cos(double x) {
        return trig(x, 1);
    }

    /** sin(x + shift pi/2), shift 0 or 1. */
    private static double trig(double x, int shift) {
        if (!(Math.abs(x) < TRIG_LIMIT)) {
            return Double.NaN;
        }
        double t = x * TWO_OVER_PI;
        double k = (t + ROUND) - ROUND;
        double f = Math.fma(x, TWO_OVER_PI, -k) + x * TWO_OVER_PI_LO;
        k = k + ((f + ROUND) - ROUND);
        double a = Math.fma(-k, PIO2_1, x);
        double ph = k * PIO2_2;
        double pl = Math.fma(k, PIO2_2, -ph);
        double rh = a - ph;
        double v = rh - a;
        double rl = (((a - (rh - v)) - (ph + v)) - pl) - k * PIO2_3;
        long q = Double.doubleToRawLongBits(k + ROUND) + shift;
        double r = sinCos(rh, rl, (q & 1) != 0);
        return (q & 2) == 0 ? r : -r;
    }

    /**
     * sin(rh + rl) (cosine false) or cos(rh + rl) (cosine true) to first order in rl, for |rh| &lt;= pi/4 and
     * |rl| &lt;= 2^-52.
     */
    private static double sinCos(double rh, double rl, boolean cosine) {
        double z = rh * rh;
        double hz = 0.5 * z;
        if (!cosine) {
            double p = SIN_6;
            p = Math.fma(p, z, SIN_5);
            p = Math.fma(p, z, SIN_4);
            p = Math.fma(p, z, SIN_3);
            p = Math.fma(p, z, SIN_2);
            p = Math.fma(p, z, SIN_1);
            return rh + Math.fma(rh * z, p, Math.fma(-hz, rl, rl));
        }
        double p = COS_7;
        p = Math.fma(p, z, COS_6);
        p = Math.fma(p, z, COS_5);
        p = Math.fma(p, z, COS_4);
        p = Math.fma(p, z, COS_3);
        p = Math.fma(p, z, COS_2);
        double w = 1.0 - hz;
        double tail = (1.0 - w) - hz;
        double c = Math.fma(rh, rl, Math.fma(rh, rh, -z) * 0.5);
        return w + Math.fma(z * z, p, tail - c);
    }

    /**
     * Exponential, deterministic (not frozen: the algorithm may improve between releases, but the scalar and
     * the Panama twins always agree bit for bit).
     *
     * <p>Algorithm: {@code k = round(x / ln 2)}, {@code r = x - k ln 2 = rh + d} with {@code rh = x - k LN2_HI}
     * exact (FMA) and {@code d = -k LN2_LO}; {@code exp(r) = hi + (lo + (d + u^2 E(u)))} with {@code u = rh + d},
     * {@code 1 + rh = hi + lo} exactly and E a minimax polynomial of degree 9 on [-ln2/2, ln2/2]; then
     * {@code exp(x) = exp(r) 2^k1 2^k2}, {@code k1 = floor(k/2)}, {@code k2 = k - k1}, two exact power-of-two
     * scalings (the second one rounds once when the result is subnormal).
     *
     * <p>Accuracy: within 1 ulp of the exact value for normal results (measured 0.63 ulp; the spec requires 2
     * ulp). Subnormal results (x from about -745.13 to -708.40) underflow gradually: the scaled value is rounded
     * once more onto the subnormal grid, within 1.5 units of 2^-1074 (measured 0.75). Overflow: {@code +Inf}
     * for x &gt; 709.782712893384 (the largest x with a finite exp). Underflow: results below 2^-1075 round to
     * +0.0 (x below about -745.13); {@code +0.0} for every x &lt; -746.
     *
     * @param x the argument
     * @return e^x; {@code exp(+-0) = 1}, {@code exp(-Inf) = +0.0}, {@code exp(+Inf) = +Inf}, NaN for NaN
     */
    public static double exp(double x) {
        if (!(x >= EXP_UNDERFLOW && x <= EXP_OVERFLOW)) {
            return x > EXP_OVERFLOW ? Double.POSITIVE_INFINITY : x < EXP_UNDERFLOW ? 0.0 : Double.NaN;
        }
        double k = (x * LOG2E + ROUND) - ROUND;
        double rh = Math.fma(-k, LN2_HI, x);
        double d = -k * LN2_LO;
        double u = rh + d;
        double p = EXP_11;
        p = Math.fma(p, u, EXP_10);
        p = Math.fma(p, u, EXP_9);
        p = Math.fma(p, u, EXP_8);
        p = Math.fma(p, u, EXP_7);
        p = Math.fma(p, u, EXP_6);
        p = Math.fma(p, u, EXP_5);
        p = Math.fma(p, u, EXP_4);
        p = Math.fma(p, u, EXP_3);
        p = Math.fma(p, u, EXP_2);
        double hi = 1.0 + rh;
        double lo = (1.0 - hi) + rh;
        double y = hi + (lo + Math.fma(u * u, p, d));
        long kl = (long) k;
        long k1 = kl >> 1;
        double s1 = Double.longBitsToDouble((k1 + 1023) << 52);
        double s2 = Double.longBitsToDouble((kl - k1 + 1023) << 52);
        return y * s1 * s2;
    }

    /**
     * Array form of {@link #log(double)}: {@code out[outOff + i] = log(x[xOff + i])} for {@code i} in
     * {@code [0, len)}, bit-identical to the scalar function. In place ({@code x == out}, {@code xOff == outOff})
     * is allowed; otherwise the ranges must not overlap.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, or the two ranges overlap without being identical
     */
    public static void log(double[] x, int xOff, double[] out, int outOff, int len) {
        check(x, xOff, out, outOff, len);
        Kernels.K.log(x, xOff, out, outOff, len);
    }

    /**
     * Array form of {@link #sin2pi(double)}: {@code out[outOff + i] = sin2pi(x[xOff + i])} for {@code i} in
     * {@code [0, len)}, bit-identical to the scalar function. In place ({@code x == out}, {@code xOff == outOff})
     * is allowed; otherwise the ranges must not overlap.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, or the two ranges overlap without being identical
     */
    public static void sin2pi(double[] x, int xOff, double[] out, int outOff, int len) {
        check(x, xOff, out, outOff, len);
        Kernels.K.sin2pi(x, xOff, out, outOff, len);
    }

    /**
     * Array form of {@link #cos2pi(double)}: {@code out[outOff + i] = cos2pi(x[xOff + i])} for {@code i} in
     * {@code [0, len)}, bit-identical to the scalar function. In place ({@code x == out}, {@code xOff == outOff})
     * is allowed; otherwise the ranges must not overlap.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, or the two ranges overlap without being identical
     */
    public static void cos2pi(double[] x, int xOff, double[] out, int outOff, int len) {
        check(x, xOff, out, outOff, len);
        Kernels.K.cos2pi(x, xOff, out, outOff, len);
    }

    /**
     * Array form of {@link #sin(double)}: {@code out[outOff + i] = sin(x[xOff + i])} for {@code i} in
     * {@code [0, len)}, bit-identical to the scalar function. In place ({@code x == out}, {@code xOff == outOff})
     * is allowed; otherwise the ranges must not overlap.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, or the two ranges overlap without being identical
     */
    public static void sin(double[] x, int xOff, double[] out, int outOff, int len) {
        check(x, xOff, out, outOff, len);
        Kernels.K.sin(x, xOff, out, outOff, len);
    }

    /**
     * Array form of {@link #cos(double)}: {@code out[outOff + i] = cos(x[xOff + i])} for {@code i} in
     * {@code [0, len)}, bit-identical to the scalar function. In place ({@code x == out}, {@code xOff == outOff})
     * is allowed; otherwise the ranges must not overlap.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, or the two ranges overlap without being identical
     */
    public static void cos(double[] x, int xOff, double[] out, int outOff, int len) {
        check(x, xOff, out, outOff, len);
        Kernels.K.cos(x, xOff, out, outOff, len);
    }

    /**
     * Array form of {@link #exp(double)}: {@code out[outOff + i] = exp(x[xOff + i])} for {@code i} in
     * {@code [0, len)}, bit-identical to the scalar function. In place ({@code x == out}, {@code xOff == outOff})
     * is allowed; otherwise the ranges must not overlap.
     *
     * @param x the arguments. Not modified (unless it is {@code out}).
     * @param xOff first index read in {@code x}
     * @param out the results. Modified.
     * @param outOff first index written in {@code out}
     * @param len number of elements
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, or the two ranges overlap without being identical
     */
    public static void exp(double[] x, int xOff, double[] out, int outOff, int len) {
        check(x, xOff, out, outOff, len);
        Kernels.K.exp(x, xOff, out, outOff, len);
    }

    private static void check(double[] x, int xOff, double[] out, int outOff, int len) {
        ArgChecks.length(len, "len");
        ArgChecks.range(x, "x", xOff, "xOff", len);
        ArgChecks.range(out, "out", outOff, "outOff", len);
        ArgChecks.identicalOrDisjoint(out, "out", outOff, x, "x", xOff, len);
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
