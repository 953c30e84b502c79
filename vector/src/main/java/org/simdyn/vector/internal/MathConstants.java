package org.simdyn.vector.internal;

/**
 * The frozen constants of {@code DetMath}'s {@code log}, {@code sin2pi} and {@code cos2pi} (RNG stream
 * version 1, foundation spec section 8), shared by the scalar and the Panama twins. Changing any of them
 * changes the random stream: that needs a new stream version.
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
}
