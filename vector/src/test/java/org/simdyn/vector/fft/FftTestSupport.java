package org.simdyn.vector.fft;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.numbers.core.DD;
import org.simdyn.vector.internal.fft.FftKernels;
import org.simdyn.vector.internal.fft.PanamaFftKernels;
import org.simdyn.vector.internal.fft.ScalarFftKernels;

/** Shared helpers of the FFT tests: reference DFT in double-double, error measures, the twins. */
final class FftTestSupport {
    static final double EPS = 0x1p-53;

    private FftTestSupport() {
    }

    /** The scalar twin and the Panama twins at 128, 256 and 512 bits. */
    static List<FftKernels> twins() {
        List<FftKernels> list = new ArrayList<>();
        list.add(new ScalarFftKernels());
        for (int bits : new int[] {128, 256, 512}) {
            list.add(new PanamaFftKernels(bits));
        }
        return list;
    }

    static int size(int[] shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /** {@code L = ceil(log2 N) + 1}. */
    static int levels(int n) {
        return (n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1)) + 1;
    }

    static double[] uniform(SplittableRandom rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(-1.0, 1.0);
        }
        return x;
    }

    /**
     * The exact-as-possible forward DFT of a complex array of a shape: along each axis, sums in double-double
     * with {@code StrictMath} twiddles of {@code (j k mod n) / n}. Returns {hi re, hi im} rounded to double.
     */
    static double[][] referenceDft(int[] shape, double[] re, double[] im) {
        int total = size(shape);
        DD[] xr = new DD[total];
        DD[] xi = new DD[total];
        for (int i = 0; i < total; i++) {
            xr[i] = DD.of(re[i]);
            xi[i] = DD.of(im[i]);
        }
        int pitch = 1;
        for (int a = shape.length - 1; a >= 0; a--) {
            int n = shape[a];
            DD[] c = new DD[n];
            DD[] s = new DD[n];
            for (int t = 0; t < n; t++) {
                c[t] = cos2pi(t, n, 0);
                s[t] = cos2pi(t, n, 1).negate();
            }
            DD[] yr = new DD[total];
            DD[] yi = new DD[total];
            int block = n * pitch;
            for (int o = 0; o < total; o += block) {
                for (int b = 0; b < pitch; b++) {
                    for (int k = 0; k < n; k++) {
                        DD sr = DD.ZERO;
                        DD si = DD.ZERO;
                        for (int j = 0; j < n; j++) {
                            int t = (int) ((long) j * k % n);
                            DD ar = xr[o + b + j * pitch];
                            DD ai = xi[o + b + j * pitch];
                            sr = sr.add(ar.multiply(c[t])).subtract(ai.multiply(s[t]));
                            si = si.add(ar.multiply(s[t])).add(ai.multiply(c[t]));
                        }
                        yr[o + b + k * pitch] = sr;
                        yi[o + b + k * pitch] = si;
                    }
                }
            }
            xr = yr;
            xi = yi;
            pitch *= n;
        }
        double[][] out = new double[2][total];
        for (int i = 0; i < total; i++) {
            out[0][i] = xr[i].doubleValue();
            out[1][i] = xi[i].doubleValue();
        }
        return out;
    }

    private static final MathContext MC = new MathContext(40);
    private static final BigDecimal PI = new BigDecimal("3.141592653589793238462643383279502884197169399375");

    /**
     * {@code cos(2 pi t / n)} ({@code phase = 0}) or {@code sin(2 pi t / n)} ({@code phase = 1}) to 40 digits, as
     * a double-double. (StrictMath twiddles are up to one ulp off, e.g. {@code cos(2 pi / 3)}, which alone
     * exceeds the bound at n = 3; this reference is exact to far below {@code eps}.)
     */
    static DD cos2pi(int t, int n, int phase) {
        BigDecimal x = PI.multiply(BigDecimal.valueOf(2L * t), MC).divide(BigDecimal.valueOf(n), MC);
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = phase == 0 ? BigDecimal.ONE : x;
        BigDecimal sum = term;
        for (int k = phase == 0 ? 1 : 2; k < 120; k += 2) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((long) k * (k + 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return DD.from(sum);
    }

    /** {@code ||a - b||_2 / ||b||_2} over complex values. */
    static double relRms(double[] ar, double[] ai, double[] br, double[] bi, int n) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            double dr = ar[i] - br[i];
            double di = ai[i] - bi[i];
            num += dr * dr + di * di;
            den += br[i] * br[i] + bi[i] * bi[i];
        }
        return Math.sqrt(num / den);
    }

    /** {@code max|a - b| / max|b|} over complex values. */
    static double relMax(double[] ar, double[] ai, double[] br, double[] bi, int n) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num = Math.max(num, Math.hypot(ar[i] - br[i], ai[i] - bi[i]));
            den = Math.max(den, Math.hypot(br[i], bi[i]));
        }
        return num / den;
    }

    /** Every fast size up to {@code max}. */
    static List<Integer> fastSizes(int max) {
        List<Integer> list = new ArrayList<>();
        for (int n = 1; n <= max; n++) {
            if (Fft.isFastSize(n)) {
                list.add(n);
            }
        }
        return list;
    }

    /** The half spectrum (last axis {@code n/2 + 1}) of a full complex array of a shape. */
    static double[][] half(int[] shape, double[] re, double[] im) {
        int nl = shape[shape.length - 1];
        int h = nl / 2 + 1;
        int rows = size(shape) / nl;
        double[][] out = new double[2][rows * h];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(re, r * nl, out[0], r * h, h);
            System.arraycopy(im, r * nl, out[1], r * h, h);
        }
        return out;
    }
}
