package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DetMath#sin}, {@link DetMath#cos} and {@link DetMath#exp} against {@link StrictMath} on 10^5 random
 * arguments per function and range (foundation spec section 8): the spec's 2 ulp plus 1 ulp for StrictMath's own
 * error, in ulps of StrictMath's result.
 */
class DetMathStrictMathTest {

    private static final int N = 100_000;
    private static final double BOUND = 3.0;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("sin", -Math.PI / 4, Math.PI / 4, false),
                Arguments.of("sin", -10.0, 10.0, false),
                Arguments.of("sin", -0x1p20, 0x1p20, false),
                Arguments.of("sin", 0x1p-30, 0x1p20, true),
                Arguments.of("sin", 0x1p20, 0x1p51, true),
                Arguments.of("cos", -Math.PI / 4, Math.PI / 4, false),
                Arguments.of("cos", -10.0, 10.0, false),
                Arguments.of("cos", -0x1p20, 0x1p20, false),
                Arguments.of("cos", 0x1p-30, 0x1p20, true),
                Arguments.of("cos", 0x1p20, 0x1p51, true),
                Arguments.of("exp", -1.0, 1.0, false),
                Arguments.of("exp", -708.39, 709.78, false),
                Arguments.of("exp", -745.13, -708.40, false));
    }

    /** Uniform on [lo, hi], or (logScale) log-uniform magnitude in [lo, hi] with a random sign. */
    private static double draw(SplittableRandom random, double lo, double hi, boolean logScale) {
        if (!logScale) {
            return lo + (hi - lo) * random.nextDouble();
        }
        double magnitude = lo * Math.pow(hi / lo, random.nextDouble());
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    @ParameterizedTest(name = "[{index}] {0} on [{1}, {2}], log scale {3}")
    @MethodSource("cases")
    void withinThreeUlpOfStrictMath(String name, double lo, double hi, boolean logScale) {
        SplittableRandom random = new SplittableRandom(0x5eed_0010L);
        double worst = 0;
        double worstX = Double.NaN;
        for (int i = 0; i < N; i++) {
            double x = draw(random, lo, hi, logScale);
            double y;
            double reference;
            switch (name) {
                case "sin" -> {
                    y = DetMath.sin(x);
                    reference = StrictMath.sin(x);
                }
                case "cos" -> {
                    y = DetMath.cos(x);
                    reference = StrictMath.cos(x);
                }
                default -> {
                    y = DetMath.exp(x);
                    reference = StrictMath.exp(x);
                }
            }
            double e = Math.abs(y - reference) / Math.ulp(reference);
            if (Double.isNaN(e)) {
                e = Double.POSITIVE_INFINITY;
            }
            if (e > worst) {
                worst = e;
                worstX = x;
            }
        }
        assertThat(worst).as("%s: worst error at x = %s", name, Double.toHexString(worstX)).isLessThanOrEqualTo(BOUND);
    }
}
