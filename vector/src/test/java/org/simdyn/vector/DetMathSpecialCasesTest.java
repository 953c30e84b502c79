package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Special values, known answers and symmetries of {@link DetMath}; NaN results are the canonical NaN. */
class DetMathSpecialCasesTest {

    private static final long NAN = Double.doubleToRawLongBits(Double.NaN);
    private static final double LIMIT = 0x1p51;
    private static final double OVERFLOW = 709.782712893384;

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    @Test
    void logSpecialCases() {
        assertThat(bits(DetMath.log(Double.NaN))).isEqualTo(NAN);
        assertThat(bits(DetMath.log(-1.0))).isEqualTo(NAN);
        assertThat(bits(DetMath.log(-Double.MIN_VALUE))).isEqualTo(NAN);
        assertThat(bits(DetMath.log(Double.NEGATIVE_INFINITY))).isEqualTo(NAN);
        assertThat(DetMath.log(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(DetMath.log(-0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(DetMath.log(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(bits(DetMath.log(1.0))).isEqualTo(bits(0.0));
        // subnormals: ln(2^-1074) = -744.44007192138126231410729844608163411300564...
        assertThat(DetMath.log(Double.MIN_VALUE)).isCloseTo(-744.4400719213812, Offset.offset(2 * Math.ulp(744.44)));
        assertThat(DetMath.log(Double.MAX_VALUE)).isCloseTo(709.782712893384, Offset.offset(2 * Math.ulp(709.78)));
    }

    @Test
    void sin2piAndCos2piSpecialCases() {
        for (double u : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThat(DetMath.sin2pi(u)).isNaN();
            assertThat(DetMath.cos2pi(u)).isNaN();
        }
        // exact zeros and ones at multiples of 1/4
        for (int j = -8; j <= 8; j++) {
            double u = j / 4.0;
            double s = DetMath.sin2pi(u);
            double c = DetMath.cos2pi(u);
            double[] expected = {0, 1, 0, -1};
            assertThat(s).as("sin2pi(%s)", u).isEqualTo(expected[Math.floorMod(j, 4)]);
            assertThat(c).as("cos2pi(%s)", u).isEqualTo(expected[Math.floorMod(j + 1, 4)]);
        }
        assertThat(bits(DetMath.sin2pi(0.0))).isEqualTo(bits(0.0));
        assertThat(bits(DetMath.sin2pi(-0.0))).isEqualTo(bits(-0.0));
        assertThat(DetMath.cos2pi(0.0)).isEqualTo(1.0);
    }

    @Test
    void sinAndCosSpecialCases() {
        for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, LIMIT, -LIMIT,
                Double.MAX_VALUE, -1e300}) {
            assertThat(bits(DetMath.sin(x))).as("sin(%s)", x).isEqualTo(NAN);
            assertThat(bits(DetMath.cos(x))).as("cos(%s)", x).isEqualTo(NAN);
        }
        assertThat(bits(DetMath.sin(0.0))).isEqualTo(bits(0.0));
        assertThat(bits(DetMath.sin(-0.0))).isEqualTo(bits(-0.0));
        assertThat(DetMath.cos(0.0)).isEqualTo(1.0);
        assertThat(DetMath.cos(-0.0)).isEqualTo(1.0);
        for (double x : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 0x1p-27, 1e-10}) {
            assertThat(DetMath.sin(x)).as("sin(%s)", x).isEqualTo(x);
            assertThat(DetMath.sin(-x)).as("sin(%s)", -x).isEqualTo(-x);
            assertThat(DetMath.cos(x)).as("cos(%s)", x).isEqualTo(1.0);
        }
        double big = Math.nextDown(LIMIT);
        assertThat(DetMath.sin(big)).isBetween(-1.0, 1.0);
        assertThat(DetMath.cos(big)).isBetween(-1.0, 1.0);
        assertThat(Math.abs(DetMath.sin(big) - StrictMath.sin(big))).isLessThanOrEqualTo(Math.ulp(1.0));
        // known answers: sin(pi/6) = 1/2 and cos(pi/3) = 1/2 to 1 ulp of 1/2 (pi/6 is rounded)
        assertThat(DetMath.sin(Math.PI / 6)).isCloseTo(0.5, Offset.offset(Math.ulp(0.5)));
        assertThat(DetMath.cos(Math.PI / 3)).isCloseTo(0.5, Offset.offset(Math.ulp(0.5)));
        assertThat(DetMath.cos(Math.PI)).isEqualTo(-1.0);
        assertThat(DetMath.sin(Math.PI)).isEqualTo(1.2246467991473532e-16);
    }

    @Test
    void expSpecialCases() {
        assertThat(bits(DetMath.exp(Double.NaN))).isEqualTo(NAN);
        assertThat(bits(DetMath.exp(Double.NEGATIVE_INFINITY))).isEqualTo(bits(0.0));
        assertThat(DetMath.exp(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(DetMath.exp(0.0)).isEqualTo(1.0);
        assertThat(DetMath.exp(-0.0)).isEqualTo(1.0);
        assertThat(DetMath.exp(Double.MIN_VALUE)).isEqualTo(1.0);
        assertThat(DetMath.exp(-Double.MIN_VALUE)).isEqualTo(1.0);
        // overflow threshold: 709.782712893384 is the largest double with a finite exp
        assertThat(DetMath.exp(OVERFLOW)).isEqualTo(StrictMath.exp(OVERFLOW)).isLessThan(Double.POSITIVE_INFINITY);
        assertThat(DetMath.exp(Math.nextUp(OVERFLOW))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(DetMath.exp(1000.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(DetMath.exp(Double.MAX_VALUE)).isEqualTo(Double.POSITIVE_INFINITY);
        // gradual underflow down to 2^-1074, then +0.0
        assertThat(DetMath.exp(-745.13)).isEqualTo(Double.MIN_VALUE);
        assertThat(bits(DetMath.exp(-745.14))).isEqualTo(bits(0.0));
        assertThat(bits(DetMath.exp(-746.0))).isEqualTo(bits(0.0));
        assertThat(bits(DetMath.exp(-1e300))).isEqualTo(bits(0.0));
        assertThat(Math.abs(DetMath.exp(-720.0) - StrictMath.exp(-720.0))).isLessThanOrEqualTo(2 * Double.MIN_VALUE);
        assertThat(DetMath.exp(1.0)).isCloseTo(Math.E, Offset.offset(Math.ulp(Math.E)));
        assertThat(DetMath.exp(Math.log(2.0))).isCloseTo(2.0, Offset.offset(Math.ulp(2.0)));
    }

    static Stream<Arguments> symmetryCases() {
        SplittableRandom random = new SplittableRandom(0x5eed_0020L);
        return IntStream.range(0, 40).mapToObj(i -> {
            double x = Math.scalb(random.nextDouble(), random.nextInt(-40, 50));
            return Arguments.of(i, x);
        });
    }

    /** sin is odd, cos is even, bit for bit; |sin|, |cos| &lt;= 1; sin^2 + cos^2 = 1 within 4 ulp. */
    @ParameterizedTest(name = "[{index}] x = {1}")
    @MethodSource("symmetryCases")
    void sinIsOddCosIsEvenAndPythagoras(int index, double x) {
        double s = DetMath.sin(x);
        double c = DetMath.cos(x);
        assertThat(bits(DetMath.sin(-x))).isEqualTo(bits(-s));
        assertThat(bits(DetMath.cos(-x))).isEqualTo(bits(c));
        assertThat(Math.abs(s)).isLessThanOrEqualTo(1.0);
        assertThat(Math.abs(c)).isLessThanOrEqualTo(1.0);
        assertThat(Math.abs(s * s + c * c - 1.0)).isLessThanOrEqualTo(4 * Math.ulp(1.0));
    }

    static Stream<Arguments> expCases() {
        SplittableRandom random = new SplittableRandom(0x5eed_0021L);
        return IntStream.range(0, 40).mapToObj(i -> Arguments.of(i, random.nextDouble(-700.0, 700.0)));
    }

    /** exp(a) exp(-a) = 1 within 3 ulp of 1; exp(a/2)^2 = exp(a) within a relative 2^-50. */
    @ParameterizedTest(name = "[{index}] a = {1}")
    @MethodSource("expCases")
    void expIsAHomomorphism(int index, double a) {
        assertThat(Math.abs(DetMath.exp(a) * DetMath.exp(-a) - 1.0)).isLessThanOrEqualTo(3 * Math.ulp(1.0));
        double h = DetMath.exp(0.5 * a);
        assertThat(Math.abs(h * h / DetMath.exp(a) - 1.0)).isLessThanOrEqualTo(0x1p-50);
    }
}
