package org.simdyn.vector;

import org.simdyn.vector.internal.ArgChecks;

/**
 * Element-wise array kernels of the spectral and particle codes: complex and real multiplication of split
 * (re/im) arrays, {@code axpy} and scaling.
 *
 * <p>Each output element is one fixed formula of its inputs (given per method, with {@link Math#fma} where
 * stated), so the results are the same bits on every machine, JIT tier and vector width.
 *
 * <p>Implementation: plain counted loops, which C2 auto-vectorises (SuperWord), so there is no scalar/Panama
 * twin pair here. A Panama twin is added only if a JMH comparison against these loops shows it at least 1.3x
 * faster (foundation spec section 7); it would have to give the same bits.
 *
 * <p>Aliasing: ranges that are written must not overlap each other; a range that is only read may be
 * identical to (same array, same offset) or disjoint from a written range, never partially overlapping.
 * Arguments are validated before any work: an {@link IllegalArgumentException} names the parameter, its value
 * and the allowed range.
 *
 * <p>Thread safety: stateless; concurrent calls are safe when their written ranges are disjoint.
 */
public final class VectorOps {
    private VectorOps() {
    }

    /**
     * In-place complex multiplication {@code z[k] <- z[k] f[k]} of split arrays, for {@code k} in
     * {@code [0, len)} with {@code z[k] = re[off + k] + i im[off + k]} and {@code f[k] = fRe[fOff + k] + i
     * fIm[fOff + k]}:
     * <pre>
     * re' = fma(re, fRe, -(im * fIm))
     * im' = fma(re, fIm, im * fRe)
     * </pre>
     * Each component has two roundings, the product {@code im * f} and the FMA, so (to first order) {@code
     * |re' - (re fRe - im fIm)| <= 2^-53 (|re fRe - im fIm| + |im fIm|)} and {@code |im' - (re fIm + im fRe)| <=
     * 2^-53 (|re fIm + im fRe| + |im fRe|)}: relative accuracy is lost only under cancellation.
     *
     * @param re real parts. Modified.
     * @param im imaginary parts. Modified.
     * @param off first index in {@code re} and {@code im}
     * @param fRe real parts of the factors. Not modified (unless it is {@code re} or {@code im}).
     * @param fIm imaginary parts of the factors. Not modified (unless it is {@code re} or {@code im}).
     * @param fOff first index in {@code fRe} and {@code fIm}
     * @param len number of complex values
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, the {@code re} and {@code im} ranges overlap, or a factor range partially
     *         overlaps {@code re} or {@code im}
     */
    public static void complexMultiply(double[] re, double[] im, int off, double[] fRe, double[] fIm, int fOff,
            int len) {
        ArgChecks.length(len, "len");
        ArgChecks.range(re, "re", off, "off", len);
        ArgChecks.range(im, "im", off, "off", len);
        ArgChecks.range(fRe, "fRe", fOff, "fOff", len);
        ArgChecks.range(fIm, "fIm", fOff, "fOff", len);
        ArgChecks.disjoint(re, "re", off, im, "im", off, len);
        ArgChecks.identicalOrDisjoint(fRe, "fRe", fOff, re, "re", off, len);
        ArgChecks.identicalOrDisjoint(fRe, "fRe", fOff, im, "im", off, len);
        ArgChecks.identicalOrDisjoint(fIm, "fIm", fOff, re, "re", off, len);
        ArgChecks.identicalOrDisjoint(fIm, "fIm", fOff, im, "im", off, len);
        for (int k = 0; k < len; k++) {
            double a = re[off + k];
            double b = im[off + k];
            double c = fRe[fOff + k];
            double d = fIm[fOff + k];
            re[off + k] = Math.fma(a, c, -(b * d));
            im[off + k] = Math.fma(a, d, b * c);
        }
    }

    /**
     * In-place multiplication of split complex values by real factors: {@code re[off + k] *= f[fOff + k]},
     * {@code im[off + k] *= f[fOff + k]} for {@code k} in {@code [0, len)}, each correctly rounded.
     *
     * @param re real parts. Modified.
     * @param im imaginary parts. Modified.
     * @param off first index in {@code re} and {@code im}
     * @param f the real factors. Not modified (unless it is {@code re} or {@code im}).
     * @param fOff first index in {@code f}
     * @param len number of complex values
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, the {@code re} and {@code im} ranges overlap, or the {@code f} range partially
     *         overlaps {@code re} or {@code im}
     */
    public static void realMultiply(double[] re, double[] im, int off, double[] f, int fOff, int len) {
        ArgChecks.length(len, "len");
        ArgChecks.range(re, "re", off, "off", len);
        ArgChecks.range(im, "im", off, "off", len);
        ArgChecks.range(f, "f", fOff, "fOff", len);
        ArgChecks.disjoint(re, "re", off, im, "im", off, len);
        ArgChecks.identicalOrDisjoint(f, "f", fOff, re, "re", off, len);
        ArgChecks.identicalOrDisjoint(f, "f", fOff, im, "im", off, len);
        for (int k = 0; k < len; k++) {
            double g = f[fOff + k];
            re[off + k] = re[off + k] * g;
            im[off + k] = im[off + k] * g;
        }
    }

    /**
     * {@code y[yOff + k] = fma(a, x[xOff + k], y[yOff + k])} for {@code k} in {@code [0, len)}: {@code y += a x}
     * with one rounding per element.
     *
     * @param a the scale factor
     * @param x the vector added. Not modified (unless it is {@code y}).
     * @param xOff first index in {@code x}
     * @param y the vector updated. Modified.
     * @param yOff first index in {@code y}
     * @param len number of elements
     * @throws IllegalArgumentException if an array is null, {@code len < 0}, an offset is negative, a range
     *         exceeds its array, or the ranges overlap without being identical
     */
    public static void axpy(double a, double[] x, int xOff, double[] y, int yOff, int len) {
        ArgChecks.length(len, "len");
        ArgChecks.range(x, "x", xOff, "xOff", len);
        ArgChecks.range(y, "y", yOff, "yOff", len);
        ArgChecks.identicalOrDisjoint(x, "x", xOff, y, "y", yOff, len);
        for (int k = 0; k < len; k++) {
            y[yOff + k] = Math.fma(a, x[xOff + k], y[yOff + k]);
        }
    }

    /**
     * {@code x[off + k] = a * x[off + k]} for {@code k} in {@code [0, len)}, each correctly rounded.
     *
     * @param a the scale factor
     * @param x the vector scaled. Modified.
     * @param off first index in {@code x}
     * @param len number of elements
     * @throws IllegalArgumentException if {@code x} is null, {@code len < 0}, {@code off < 0} or
     *         {@code off + len > x.length}
     */
    public static void scale(double a, double[] x, int off, int len) {
        ArgChecks.length(len, "len");
        ArgChecks.range(x, "x", off, "off", len);
        for (int k = 0; k < len; k++) {
            x[off + k] = a * x[off + k];
        }
    }
}
