package org.simdyn.vector.internal;

/**
 * Constants of {@code DetMath}, shared by the scalar and the Panama twins.
 *
 * <p>The constants of {@code log}, {@code sin2pi} and {@code cos2pi} (from {@link #SQRT2} to {@link #TWO54}) are
 * frozen: RNG stream version 1, foundation spec section 8. Changing any of them changes the random stream: that
 * needs a new stream version. The constants of {@code sin}, {@code cos} and {@code exp} (from
 * {@link #TWO_OVER_PI} on) are not frozen.
 */
public final class MathConstants {
    private MathConstants() {
    }

    /** sqrt(2). */
    public static final double SQRT2 = 0x1.6a09e667f3bcdp0;
    /** High part of ln 2, with 32 trailing zero bits. */
    public static final double LN2_HI = 0x1.62e42feep-1;
    /** Low part of ln 2: {@code LN2_HI + LN2_LO} = ln 2 to about 2^-85. */
    public static final double LN2_LO = 0x1.a39ef35793c76p-33;

    /** L[k]: the nearest double to 1/(2k+3). */
    public static final double L0 = 0x1.5555555555555p-2;
    public static final double L1 = 0x1.999999999999ap-3;
    public static final double L2 = 0x1.2492492492492p-3;
    public static final double L3 = 0x1.c71c71c71c71cp-4;
    public static final double L4 = 0x1.745d1745d1746p-4;
    public static final double L5 = 0x1.3b13b13b13b14p-4;
    public static final double L6 = 0x1.1111111111111p-4;
    public static final double L7 = 0x1.e1e1e1e1e1e1ep-5;
    public static final double L8 = 0x1.af286bca1af28p-5;

    /** S[k]: the nearest double to (-1)^k (pi/2)^(2k+1)/(2k+1)!. */
    public static final double S0 = 0x1.921fb54442d18p0;
    public static final double S1 = -0x1.4abbce625be53p-1;
    public static final double S2 = 0x1.466bc6775aae2p-4;
    public static final double S3 = -0x1.32d2cce62bd86p-8;
    public static final double S4 = 0x1.50783487ee782p-13;
    public static final double S5 = -0x1.e3074fde8871fp-19;
    public static final double S6 = 0x1.e8f434d018d63p-25;
    public static final double S7 = -0x1.6fadb9f155744p-31;
    public static final double S8 = 0x1.aaec32af93359p-38;

    /** C[k]: the nearest double to (-1)^k (pi/2)^(2k)/(2k)!. */
    public static final double C0 = 0x1.0p0;
    public static final double C1 = -0x1.3bd3cc9be45dep0;
    public static final double C2 = 0x1.03c1f081b5ac4p-2;
    public static final double C3 = -0x1.55d3c7e3cbffap-6;
    public static final double C4 = 0x1.e1f506891babbp-11;
    public static final double C5 = -0x1.a6d1f2a204a8cp-16;
    public static final double C6 = 0x1.f9d38a3763cc3p-22;
    public static final double C7 = -0x1.b6e24f44b128fp-28;
    public static final double C8 = 0x1.20c62c2f2d7f5p-34;

    /** 1.5 * 2^52: adding and subtracting it rounds a double of magnitude below 2^51 to an integer. */
    public static final double ROUND = 0x1.8p52;
    /** 2^54, the scale applied to subnormal arguments of log. */
    public static final double TWO54 = 0x1p54;

    // ---------------------------------------------------------------------------------------------------
    // Not frozen: DetMath.sin/cos/exp. These may change between releases (same bits in both twins always).
    //
    // The polynomial coefficients are minimax approximations computed with a Remez exchange in 60-digit
    // arithmetic (mpmath), with the leading coefficients rounded to double one at a time and the remaining
    // ones re-optimised after each rounding. Intervals: |r| <= (pi/4)(1 + 2^-20) for sin/cos,
    // |r| <= (ln 2 / 2)(1 + 2^-20) for exp. Relative error of the polynomial with the rounded coefficients,
    // in exact arithmetic: sin 2^-57.8, cos 2^-63.9, exp 2^-57.8.
    // ---------------------------------------------------------------------------------------------------

    /** 2/pi, nearest double. */
    public static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    /** Nearest double to 2/pi - TWO_OVER_PI. */
    public static final double TWO_OVER_PI_LO = -0x1.6b01ec5417056p-55;
    /** pi/2 = PIO2_1 + PIO2_2 + PIO2_3 + O(2^-163): PIO2_1 is the nearest double to pi/2. */
    public static final double PIO2_1 = 0x1.921fb54442d18p0;
    /** Nearest double to pi/2 - PIO2_1. */
    public static final double PIO2_2 = 0x1.1a62633145c07p-54;
    /** Nearest double to pi/2 - PIO2_1 - PIO2_2. */
    public static final double PIO2_3 = -0x1.f1976b7ed8fbcp-110;
    /**
     * sin and cos reduce arguments with |x| below this bound (2^51); larger arguments give NaN. Below it
     * {@code round(x 2/pi)} is found with the 1.5 * 2^52 trick and {@code x - k PIO2_1} is exact.
     */
    public static final double TRIG_LIMIT = 0x1p51;

    /** sin(r)/r - 1 = SIN_1 z + SIN_2 z^2 + ... + SIN_6 z^6 + O(2^-57.8), z = r^2 (minimax, relative). */
    public static final double SIN_1 = -0x1.5555555555549p-3;
    public static final double SIN_2 = 0x1.111111110f8a6p-7;
    public static final double SIN_3 = -0x1.a01a019c1619dp-13;
    public static final double SIN_4 = 0x1.71de357b1bdd6p-19;
    public static final double SIN_5 = -0x1.ae5e689eee282p-26;
    public static final double SIN_6 = 0x1.5d93a46bbadc8p-33;

    /** cos(r) - 1 + z/2 = COS_2 z^2 + COS_3 z^3 + ... + COS_7 z^7 (minimax, relative to cos r), z = r^2. */
    public static final double COS_2 = 0x1.555555555554bp-5;
    public static final double COS_3 = -0x1.6c16c16c15015p-10;
    public static final double COS_4 = 0x1.a01a019c8f254p-16;
    public static final double COS_5 = -0x1.27e4f7f19148bp-22;
    public static final double COS_6 = 0x1.1ee9dbcefbddep-29;
    public static final double COS_7 = -0x1.8fa684873ff41p-37;

    /** 1/ln 2, nearest double. */
    public static final double LOG2E = 0x1.71547652b82fep0;
    /**
     * The largest x whose exp is finite: 709.782712893384 = 0x1.62e42fefa39efp9 (ln of the largest double is
     * 709.78271289338399673...). exp(x) = +Inf for x above it.
     */
    public static final double EXP_OVERFLOW = 0x1.62e42fefa39efp9;
    /** exp(x) = +0.0 for x below -746 (exp(-746) &lt; 2^-1076, half the smallest subnormal). */
    public static final double EXP_UNDERFLOW = -746.0;

    /** exp(r) - 1 - r = r^2 (EXP_2 + EXP_3 r + ... + EXP_11 r^9) (minimax, relative to exp r). */
    public static final double EXP_2 = 0x1.000000000000ap-1;
    public static final double EXP_3 = 0x1.5555555555503p-3;
    public static final double EXP_4 = 0x1.5555555550605p-5;
    public static final double EXP_5 = 0x1.1111111124d28p-7;
    public static final double EXP_6 = 0x1.6c16c184b5db0p-10;
    public static final double EXP_7 = 0x1.a01a013d62d14p-13;
    public static final double EXP_8 = 0x1.a019988a7b755p-16;
    public static final double EXP_9 = 0x1.71def3ba06fb4p-19;
    public static final double EXP_10 = 0x1.28aedecfaccffp-22;
    public static final double EXP_11 = 0x1.add8ffb1fcfaap-26;
}
