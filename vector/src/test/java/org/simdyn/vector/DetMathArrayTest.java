package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public array forms of {@link DetMath} (whichever twin is in force): results and argument validation. */
class DetMathArrayTest {

    private static final String IDENTICAL_OR_DISJOINT = "the ranges must be identical (in place) or disjoint";

    /** The array form named fn. */
    private static void apply(String fn, double[] x, int xOff, double[] out, int outOff, int len) {
        switch (fn) {
            case "log" -> DetMath.log(x, xOff, out, outOff, len);
            case "sin2pi" -> DetMath.sin2pi(x, xOff, out, outOff, len);
            case "cos2pi" -> DetMath.cos2pi(x, xOff, out, outOff, len);
            case "sin" -> DetMath.sin(x, xOff, out, outOff, len);
            case "cos" -> DetMath.cos(x, xOff, out, outOff, len);
            default -> DetMath.exp(x, xOff, out, outOff, len);
        }
    }

    private static double scalar(String fn, double x) {
        return switch (fn) {
            case "log" -> DetMath.log(x);
            case "sin2pi" -> DetMath.sin2pi(x);
            case "cos2pi" -> DetMath.cos2pi(x);
            case "sin" -> DetMath.sin(x);
            case "cos" -> DetMath.cos(x);
            default -> DetMath.exp(x);
        };
    }

    static Stream<String> functions() {
        return Stream.of("log", "sin2pi", "cos2pi", "sin", "cos", "exp");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("functions")
    void arrayFormEqualsTheScalarFunction(String fn) {
        for (int size : new int[] {0, 1, 7, 64, 65, 1000}) {
            double[] x = DetMathTwinTest.arguments(fn, size + 9, 0x5eed_0050L + size);
            double[] out = new double[size + 4];
            Arrays.fill(out, 42.0);
            apply(fn, x, 5, out, 2, size);
            for (int i = 0; i < out.length; i++) {
                double want = i >= 2 && i < 2 + size ? scalar(fn, x[5 + i - 2]) : 42.0;
                assertThat(Double.doubleToRawLongBits(out[i])).as("%s size %d index %d", fn, size, i)
                        .isEqualTo(Double.doubleToRawLongBits(want));
            }
            // in place, and with disjoint ranges of one array
            double[] y = x.clone();
            apply(fn, y, 5, y, 5, size);
            double[] z = new double[2 * size + 9];
            System.arraycopy(x, 0, z, 0, size + 9);
            apply(fn, z, 5, z, size + 5, size);
            for (int i = 0; i < size; i++) {
                long want = Double.doubleToRawLongBits(scalar(fn, x[5 + i]));
                assertThat(Double.doubleToRawLongBits(y[5 + i])).isEqualTo(want);
                assertThat(Double.doubleToRawLongBits(z[size + 5 + i])).isEqualTo(want);
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("functions")
    void invalidArgumentsAreRejectedBeforeAnyWork(String fn) {
        double[] x = new double[10];
        double[] out = new double[10];
        Arrays.fill(out, 7.0);
        assertThatThrownBy(() -> apply(fn, null, 0, out, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x is null: must be a non-null array");
        assertThatThrownBy(() -> apply(fn, x, 0, null, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out is null: must be a non-null array");
        assertThatThrownBy(() -> apply(fn, x, 0, out, 0, -3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("len = -3 is out of range: must be >= 0");
        assertThatThrownBy(() -> apply(fn, x, -1, out, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("xOff = -1 is out of range: must be >= 0");
        assertThatThrownBy(() -> apply(fn, x, 0, out, -2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outOff = -2 is out of range: must be >= 0");
        assertThatThrownBy(() -> apply(fn, x, 2, out, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("xOff + len = 12 exceeds x.length = 10");
        assertThatThrownBy(() -> apply(fn, x, 0, out, 1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outOff + len = 11 exceeds out.length = 10");
        assertThatThrownBy(() -> apply(fn, x, Integer.MAX_VALUE, out, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("xOff + len = 2147483648 exceeds x.length = 10");
        assertThatThrownBy(() -> apply(fn, out, 0, out, 1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out[1, 6) partially overlaps x[0, 5): " + IDENTICAL_OR_DISJOINT);
        assertThatThrownBy(() -> apply(fn, out, 4, out, 0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out[0, 5) partially overlaps x[4, 9): " + IDENTICAL_OR_DISJOINT);
        assertThat(out).containsOnly(7.0);
        // empty ranges are valid anywhere inside the array, including at its end
        apply(fn, x, 10, out, 10, 0);
        apply(fn, out, 3, out, 4, 0);
        assertThat(out).containsOnly(7.0);
    }

    @Test
    void lengthAndOffsetsAreCheckedInOrder() {
        // len first, then x, then out: the first problem is reported
        assertThatThrownBy(() -> DetMath.exp(null, -1, null, -1, -1))
                .hasMessage("len = -1 is out of range: must be >= 0");
        assertThatThrownBy(() -> DetMath.exp(null, -1, null, -1, 0)).hasMessage("x is null: must be a non-null array");
        assertThatThrownBy(() -> DetMath.exp(new double[1], -1, null, -1, 0)).hasMessage("xOff = -1 is out of range: "
                + "must be >= 0");
    }
}
