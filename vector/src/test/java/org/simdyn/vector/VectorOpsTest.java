package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link VectorOps}: every element equals its defined formula bit for bit, elements outside the ranges are
 * untouched, aliasing rules and argument validation.
 */
class VectorOpsTest {

    private static final String IDENTICAL_OR_DISJOINT = "the ranges must be identical (in place) or disjoint";

    private static final int[] SIZES = {0, 1, 3, 7, 8, 13, 63, 64, 65, 1000, 4099};
    private static final int[] OFFSETS = {0, 1, 5};

    /** Random values with a sprinkling of zeros, infinities, NaN, subnormals and huge values. */
    private static double[] values(SplittableRandom random, int n) {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, 1e-310, 1e308, -1e308, 1.0};
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextInt(16) == 0 ? specials[random.nextInt(specials.length)]
                    : Math.scalb(random.nextDouble(-1, 1), random.nextInt(-20, 20));
        }
        return v;
    }

    private static void assertBits(double[] actual, double[] expected, String what) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).as("%s index %d", what, i)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    static Stream<Arguments> sizesAndOffsets() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int size : SIZES) {
            for (int off : OFFSETS) {
                b.add(Arguments.of(size, off));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "[{index}] size {0}, offset {1}")
    @MethodSource("sizesAndOffsets")
    void complexMultiplyIsTheFmaFormula(int size, int off) {
        SplittableRandom random = new SplittableRandom(0x5eed_0100L + size * 7L + off);
        int fOff = (off + 2) % 6;
        double[] re = values(random, off + size + 3);
        double[] im = values(random, off + size + 3);
        double[] fRe = values(random, fOff + size + 1);
        double[] fIm = values(random, fOff + size + 1);
        double[] wantRe = re.clone();
        double[] wantIm = im.clone();
        for (int k = 0; k < size; k++) {
            double a = re[off + k];
            double b = im[off + k];
            wantRe[off + k] = Math.fma(a, fRe[fOff + k], -(b * fIm[fOff + k]));
            wantIm[off + k] = Math.fma(a, fIm[fOff + k], b * fRe[fOff + k]);
        }
        double[] fReCopy = fRe.clone();
        double[] fImCopy = fIm.clone();
        VectorOps.complexMultiply(re, im, off, fRe, fIm, fOff, size);
        assertBits(re, wantRe, "re");
        assertBits(im, wantIm, "im");
        assertBits(fRe, fReCopy, "fRe not modified");
        assertBits(fIm, fImCopy, "fIm not modified");
    }

    @ParameterizedTest(name = "[{index}] size {0}, offset {1}")
    @MethodSource("sizesAndOffsets")
    void realMultiplyIsTheProduct(int size, int off) {
        SplittableRandom random = new SplittableRandom(0x5eed_0200L + size * 7L + off);
        int fOff = (off + 4) % 6;
        double[] re = values(random, off + size + 2);
        double[] im = values(random, off + size + 2);
        double[] f = values(random, fOff + size);
        double[] wantRe = re.clone();
        double[] wantIm = im.clone();
        for (int k = 0; k < size; k++) {
            wantRe[off + k] = re[off + k] * f[fOff + k];
            wantIm[off + k] = im[off + k] * f[fOff + k];
        }
        double[] fCopy = f.clone();
        VectorOps.realMultiply(re, im, off, f, fOff, size);
        assertBits(re, wantRe, "re");
        assertBits(im, wantIm, "im");
        assertBits(f, fCopy, "f not modified");
    }

    @ParameterizedTest(name = "[{index}] size {0}, offset {1}")
    @MethodSource("sizesAndOffsets")
    void axpyAndScaleAreTheFormulas(int size, int off) {
        SplittableRandom random = new SplittableRandom(0x5eed_0300L + size * 7L + off);
        int yOff = (off + 1) % 6;
        double a = random.nextDouble(-3, 3);
        double[] x = values(random, off + size + 2);
        double[] y = values(random, yOff + size + 2);
        double[] wantY = y.clone();
        double[] wantX = x.clone();
        for (int k = 0; k < size; k++) {
            wantY[yOff + k] = Math.fma(a, x[off + k], y[yOff + k]);
            wantX[off + k] = a * x[off + k];
        }
        double[] xCopy = x.clone();
        VectorOps.axpy(a, x, off, y, yOff, size);
        assertBits(y, wantY, "y");
        assertBits(x, xCopy, "x not modified");
        VectorOps.scale(a, x, off, size);
        assertBits(x, wantX, "scaled x");
    }

    @Test
    void knownAnswers() {
        double[] re = {1, 0, 3};
        double[] im = {2, 1, -4};
        VectorOps.complexMultiply(re, im, 0, new double[] {3, 0, 3}, new double[] {4, 1, 4}, 0, 3);
        // (1 + 2i)(3 + 4i) = -5 + 10i, i * i = -1, (3 - 4i)(3 + 4i) = 25
        assertThat(re).containsExactly(-5, -1, 25);
        assertThat(im).containsExactly(10, 0, 0);
        VectorOps.realMultiply(re, im, 1, new double[] {2, 0.5}, 0, 2);
        assertThat(re).containsExactly(-5, -2, 12.5);
        assertThat(im).containsExactly(10, 0, 0);
        double[] y = {1, 1, 1};
        VectorOps.axpy(2, new double[] {1, 2, 3}, 0, y, 0, 3);
        assertThat(y).containsExactly(3, 5, 7);
        VectorOps.scale(-0.5, y, 1, 2);
        assertThat(y).containsExactly(3, -2.5, -3.5);
        // fma: one rounding. (1 + 2^-52)(1 - 2^-52) - 1 = -2^-104 exactly; a separate product would give 0
        double[] r = {1 + 0x1p-52};
        double[] i = {1.0};
        VectorOps.complexMultiply(r, i, 0, new double[] {1 - 0x1p-52}, new double[] {1.0}, 0, 1);
        assertThat(r[0]).isEqualTo(-0x1p-104);
        assertThat(i[0]).isEqualTo(2.0);
        double[] yy = {-1.0};
        VectorOps.axpy(1 + 0x1p-52, new double[] {1 - 0x1p-52}, 0, yy, 0, 1);
        assertThat(yy[0]).isEqualTo(-0x1p-104);
    }

    @Test
    void inPlaceAliasesGiveTheFormulaOfTheOriginalValues() {
        // z <- z * z with fRe = re and fIm = im
        double[] re = {1, 3, -2};
        double[] im = {2, -1, 0.5};
        double[] wantRe = new double[3];
        double[] wantIm = new double[3];
        for (int k = 0; k < 3; k++) {
            wantRe[k] = Math.fma(re[k], re[k], -(im[k] * im[k]));
            wantIm[k] = Math.fma(re[k], im[k], im[k] * re[k]);
        }
        VectorOps.complexMultiply(re, im, 0, re, im, 0, 3);
        assertBits(re, wantRe, "re");
        assertBits(im, wantIm, "im");
        // f = im: im <- im * im
        double[] re2 = {1, 2};
        double[] im2 = {3, -4};
        VectorOps.realMultiply(re2, im2, 0, im2, 0, 2);
        assertThat(re2).containsExactly(3, -8);
        assertThat(im2).containsExactly(9, 16);
        double[] y = {1, 2, 3};
        VectorOps.axpy(2, y, 0, y, 0, 3);
        assertThat(y).containsExactly(3, 6, 9);
    }

    @Test
    void validationNamesParameterValueAndRange() {
        double[] a = new double[10];
        double[] b = new double[10];
        double[] c = new double[10];
        double[] d = new double[10];
        assertThatThrownBy(() -> VectorOps.complexMultiply(null, b, 0, c, d, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("re is null: must be a non-null array");
        assertThatThrownBy(() -> VectorOps.complexMultiply(a, b, 0, c, null, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fIm is null: must be a non-null array");
        assertThatThrownBy(() -> VectorOps.complexMultiply(a, b, 0, c, d, 0, -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("len = -3 is out of range: must be >= 0");
        assertThatThrownBy(() -> VectorOps.complexMultiply(a, b, -1, c, d, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("off = -1 is out of range: must be >= 0");
        assertThatThrownBy(() -> VectorOps.complexMultiply(a, new double[5], 0, c, d, 0, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("off + len = 6 exceeds im.length = 5");
        assertThatThrownBy(() -> VectorOps.complexMultiply(a, b, 0, c, d, 5, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fOff + len = 11 exceeds fRe.length = 10");
        assertThatThrownBy(() -> VectorOps.complexMultiply(a, a, 0, c, d, 0, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("re[0, 6) overlaps im[0, 6): the ranges must be disjoint");
        assertThatThrownBy(() -> VectorOps.complexMultiply(a, b, 0, a, d, 1, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fRe[1, 7) partially overlaps re[0, 6): " + IDENTICAL_OR_DISJOINT);
        assertThatThrownBy(() -> VectorOps.realMultiply(a, b, 0, b, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f[2, 5) partially overlaps im[0, 3): " + IDENTICAL_OR_DISJOINT);
        assertThatThrownBy(() -> VectorOps.realMultiply(a, b, 0, null, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("f is null: must be a non-null array");
        assertThatThrownBy(() -> VectorOps.axpy(1, a, 0, a, 3, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x[0, 4) partially overlaps y[3, 7): " + IDENTICAL_OR_DISJOINT);
        assertThatThrownBy(() -> VectorOps.axpy(1, a, 0, b, 8, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("yOff + len = 12 exceeds y.length = 10");
        assertThatThrownBy(() -> VectorOps.scale(1, null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x is null: must be a non-null array");
        assertThatThrownBy(() -> VectorOps.scale(1, a, 11, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("off + len = 11 exceeds x.length = 10");
        // disjoint ranges of one array are fine; nothing was written by the rejected calls
        VectorOps.complexMultiply(a, a, 0, a, a, 0, 0);
        VectorOps.complexMultiply(a, b, 0, a, d, 5, 5);
        assertThat(a).containsOnly(0.0);
    }
}
