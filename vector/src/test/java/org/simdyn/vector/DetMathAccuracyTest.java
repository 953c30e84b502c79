package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accuracy of {@link DetMath} against exact arithmetic ({@link BigDecimal}, 40+ significant digits, pi and ln 2 to
 * 100 digits), in ulps of the exact value (foundation spec section 8).
 */
class DetMathAccuracyTest {

    /** Exact-enough references: 45 digits, every series summed to 1e-47 (relative), far below an ulp (1e-16). */
    static final class Exact {
        static final MathContext MC = new MathContext(45);
        static final MathContext WIDE = new MathContext(110);
        static final BigDecimal PI = new BigDecimal("3.1415926535897932384626433832795028841971693993751058209749"
                + "4459230781640628620899862803482534211706798215");
        static final BigDecimal LN2 = new BigDecimal("0.6931471805599453094172321214581765680755001343602552541206"
                + "80009493393621969694715605863326996418687542001");
        static final BigDecimal SQRT2 = new BigDecimal("1.4142135623730950488016887242096980785696718753769");
        static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), WIDE);
        static final BigDecimal TINY = new BigDecimal("1e-47");

        private Exact() {
        }

        /** 2^n exactly. */
        static BigDecimal pow2(int n) {
            return n >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(n))
                    : new BigDecimal(BigInteger.valueOf(5).pow(-n), -n);
        }

        /** ln x for positive finite x (subnormals included). */
        static BigDecimal ln(double x) {
            long bits = Double.doubleToRawLongBits(x);
            int biased = (int) (bits >>> 52);
            int e = biased == 0 ? 63 - Long.numberOfLeadingZeros(bits) - 1074 : biased - 1023;
            BigDecimal m = new BigDecimal(x).multiply(pow2(-e));
            if (m.compareTo(SQRT2) > 0) {
                m = m.multiply(new BigDecimal("0.5"));
                e++;
            }
            BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
            BigDecimal s2 = s.multiply(s, MC);
            BigDecimal power = s;
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; ; k++) {
                BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), MC);
                sum = sum.add(term, MC);
                if (term.abs().compareTo(TINY) < 0) {
                    break;
                }
                power = power.multiply(s2, MC);
            }
            return LN2.multiply(BigDecimal.valueOf(e), MC).add(sum.add(sum), MC);
        }

        /** sin(r) (cosine = false) or cos(r) (cosine = true) by Taylor series, |r| &lt;= 1. */
        static BigDecimal series(BigDecimal r, boolean cosine) {
            BigDecimal r2 = r.multiply(r, MC);
            BigDecimal term = cosine ? BigDecimal.ONE : r;
            BigDecimal sum = term;
            for (int n = cosine ? 1 : 2; term.signum() != 0; n += 2) {
                term = term.multiply(r2, MC).divide(BigDecimal.valueOf(-(long) n * (n + 1)), MC);
                if (term.abs().compareTo(sum.abs().multiply(TINY)) < 0) {
                    break;
                }
                sum = sum.add(term, MC);
            }
            return sum;
        }

        /** sin(q pi/2 + r) (shift 0) or cos (shift 1) from the quadrant q and the reduced r. */
        static BigDecimal quadrant(BigInteger q, BigDecimal r, int shift) {
            int k = q.add(BigInteger.valueOf(shift)).mod(BigInteger.valueOf(4)).intValue();
            BigDecimal v = series(r, (k & 1) == 1);
            return (k & 2) == 0 ? v : v.negate();
        }

        /** sin(2 pi u) (shift 0) or cos(2 pi u) (shift 1). */
        static BigDecimal turns(double u, int shift) {
            BigDecimal t = new BigDecimal(u).multiply(BigDecimal.valueOf(4));
            BigDecimal q = t.setScale(0, RoundingMode.HALF_EVEN);
            BigDecimal r = t.subtract(q).multiply(HALF_PI, MC);
            return quadrant(q.toBigIntegerExact(), r, shift);
        }

        /** sin x (shift 0) or cos x (shift 1), |x| &lt; 2^60. */
        static BigDecimal trig(double x, int shift) {
            BigDecimal bx = new BigDecimal(x);
            BigDecimal q = bx.divide(HALF_PI, WIDE).setScale(0, RoundingMode.HALF_EVEN);
            BigDecimal r = bx.subtract(q.multiply(HALF_PI, WIDE), WIDE).round(MC);
            return quadrant(q.toBigIntegerExact(), r, shift);
        }

        /** e^x, |x| &lt;= 746. */
        static BigDecimal exp(double x) {
            BigDecimal bx = new BigDecimal(x);
            BigDecimal k = bx.divide(LN2, MC).setScale(0, RoundingMode.HALF_EVEN);
            BigDecimal r = bx.subtract(k.multiply(LN2, WIDE), WIDE).round(MC);
            BigDecimal term = BigDecimal.ONE;
            BigDecimal sum = BigDecimal.ONE;
            for (int n = 1; ; n++) {
                term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
                sum = sum.add(term, MC);
                if (term.abs().compareTo(TINY) < 0) {
                    break;
                }
            }
            return sum.multiply(pow2(k.intValueExact()), MC);
        }

        /** |computed - exact| in ulps of the exact value (the ulp of its binade; 2^-1074 below 2^-1022). */
        static double ulps(double computed, BigDecimal exact) {
            if (!Double.isFinite(computed)) {
                return Double.POSITIVE_INFINITY;
            }
            if (exact.signum() == 0) {
                return computed == 0.0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            double d = Math.abs(exact.doubleValue());
            double ulp = Math.ulp(d);
            boolean powerOfTwo = (Double.doubleToRawLongBits(d) & 0x000FFFFFFFFFFFFFL) == 0;
            if (powerOfTwo && ulp > Double.MIN_VALUE && exact.abs().compareTo(new BigDecimal(d)) < 0) {
                ulp = ulp / 2;
            }
            return new BigDecimal(computed).subtract(exact).abs().divide(new BigDecimal(ulp), MathContext.DECIMAL64)
                    .doubleValue();
        }
    }

    /** u(w) = (w + 0.5) 2^-32, the uniforms of the RNG stream. */
    private static double uniform(long w) {
        return ((double) w + 0.5) * 0x1p-32;
    }

    /** 20,000 random words plus the ends and the words around 1/8, 1/4, 3/8, ..., 7/8. */
    private static long[] rngWords() {
        SplittableRandom random = new SplittableRandom(0x5eed_0001L);
        List<Long> words = new ArrayList<>();
        words.add(0L);
        words.add(1L);
        words.add(0xFFFFFFFEL);
        words.add(0xFFFFFFFFL);
        for (long c = 1; c < 8; c++) {
            for (long d = -3; d <= 2; d++) {
                words.add((c << 29) + d);
            }
        }
        for (int i = 0; i < 20_000; i++) {
            words.add(random.nextLong() & 0xFFFFFFFFL);
        }
        return words.stream().mapToLong(Long::longValue).toArray();
    }

    static Stream<Arguments> rngDomainCases() {
        return Stream.of(
                Arguments.of("log", (DoubleUnaryOperator) DetMath::log, 1.5),
                Arguments.of("sin2pi", (DoubleUnaryOperator) DetMath::sin2pi, 1.65),
                Arguments.of("cos2pi", (DoubleUnaryOperator) DetMath::cos2pi, 1.65));
    }

    @ParameterizedTest(name = "[{index}] {0} on the RNG domain within {2} ulp")
    @MethodSource("rngDomainCases")
    void frozenFunctionsOnTheRngDomain(String name, DoubleUnaryOperator f, double bound) {
        double worst = 0;
        double worstU = Double.NaN;
        for (long w : rngWords()) {
            double u = uniform(w);
            BigDecimal exact = switch (name) {
                case "log" -> Exact.ln(u);
                case "sin2pi" -> Exact.turns(u, 0);
                default -> Exact.turns(u, 1);
            };
            double e = Exact.ulps(f.applyAsDouble(u), exact);
            if (e > worst) {
                worst = e;
                worstU = u;
            }
        }
        assertThat(worst).as("%s: worst error at u = %s", name, Double.toHexString(worstU)).isLessThanOrEqualTo(bound);
    }

    @Test
    void logOnTheOpenUnitIntervalIncludingSubnormals() {
        SplittableRandom random = new SplittableRandom(0x5eed_0002L);
        double worst = 0;
        double worstX = Double.NaN;
        for (int i = 0; i < 20_000; i++) {
            double x;
            if (i % 2 == 0) {
                x = random.nextDouble();
            } else {
                long exponent = random.nextLong(1023);
                x = Double.longBitsToDouble(exponent << 52 | (random.nextLong() & 0x000FFFFFFFFFFFFFL));
            }
            if (x == 0.0) {
                x = Double.MIN_VALUE;
            }
            double e = Exact.ulps(DetMath.log(x), Exact.ln(x));
            if (e > worst) {
                worst = e;
                worstX = x;
            }
        }
        for (double x : new double[] {Double.MIN_VALUE, 2 * Double.MIN_VALUE, Math.nextDown(Double.MIN_NORMAL),
                Double.MIN_NORMAL, 0.5, Math.nextDown(1.0), Math.nextDown(Math.sqrt(0.5)), Math.sqrt(0.5)}) {
            worst = Math.max(worst, Exact.ulps(DetMath.log(x), Exact.ln(x)));
        }
        assertThat(worst).as("worst error at x = %s", Double.toHexString(worstX)).isLessThanOrEqualTo(2.0);
    }

    static Stream<Arguments> freeCases() {
        return Stream.of(
                Arguments.of("sin", -Math.PI / 4, Math.PI / 4),
                Arguments.of("cos", -Math.PI / 4, Math.PI / 4),
                Arguments.of("sin", -0x1p20, 0x1p20),
                Arguments.of("cos", -0x1p20, 0x1p20),
                Arguments.of("sin", 0x1p20, 0x1p51),
                Arguments.of("cos", -0x1p51, -0x1p20),
                Arguments.of("exp", -Math.log(2) / 2, Math.log(2) / 2),
                Arguments.of("exp", -708.39, 709.78),
                Arguments.of("exp", -745.13, -708.40));
    }

    /**
     * sin, cos: within 1 ulp of exact for |x| &lt; 2^51; exp: within 1 ulp for normal results and within 1.5
     * units of 2^-1074 for subnormal ones (the documented accuracy; the spec requires 2 ulp).
     */
    @ParameterizedTest(name = "[{index}] {0} on [{1}, {2}]")
    @MethodSource("freeCases")
    void freeFunctionsAgainstExactArithmetic(String name, double lo, double hi) {
        SplittableRandom random = new SplittableRandom(0x5eed_0003L);
        double worst = 0;
        double worstX = Double.NaN;
        for (int i = 0; i < 1_500; i++) {
            double x = lo + (hi - lo) * random.nextDouble();
            BigDecimal exact = switch (name) {
                case "sin" -> Exact.trig(x, 0);
                case "cos" -> Exact.trig(x, 1);
                default -> Exact.exp(x);
            };
            double y = switch (name) {
                case "sin" -> DetMath.sin(x);
                case "cos" -> DetMath.cos(x);
                default -> DetMath.exp(x);
            };
            double e = Exact.ulps(y, exact);
            if (e > worst) {
                worst = e;
                worstX = x;
            }
        }
        double bound = lo < -709 ? 1.5 : 1.0;
        assertThat(worst).as("%s: worst error at x = %s", name, Double.toHexString(worstX)).isLessThanOrEqualTo(bound);
    }

    /** Arguments next to multiples of pi/2, where the reduction cancels most bits. */
    @Test
    void sinAndCosNextToMultiplesOfHalfPi() {
        SplittableRandom random = new SplittableRandom(0x5eed_0004L);
        double worst = 0;
        for (int i = 0; i < 600; i++) {
            long k = i < 200 ? i + 1 : i < 400 ? 1 + random.nextLong(1L << 20) : 1 + random.nextLong(1L << 50);
            double x = new BigDecimal(k).multiply(Exact.HALF_PI, Exact.MC).doubleValue();
            for (double y : new double[] {Math.nextDown(x), x, Math.nextUp(x)}) {
                worst = Math.max(worst, Exact.ulps(DetMath.sin(y), Exact.trig(y, 0)));
                worst = Math.max(worst, Exact.ulps(DetMath.cos(y), Exact.trig(y, 1)));
            }
        }
        assertThat(worst).isLessThanOrEqualTo(1.0);
    }

    @Test
    void referenceReproducesKnownValues() {
        // the reference itself: ln 2, sin(pi/6) = 1/2, e^1, cos(2 pi / 8)^2 = 1/2
        assertThat(Exact.ln(2.0).subtract(Exact.LN2).abs()).isLessThan(new BigDecimal("1e-45"));
        assertThat(Exact.turns(1.0 / 8, 1).pow(2).subtract(new BigDecimal("0.5")).abs())
                .isLessThan(new BigDecimal("1e-45"));
        assertThat(Exact.exp(1.0).toString()).startsWith("2.718281828459045235360287471352662497757");
        assertThat(Exact.trig(Math.PI / 6, 0).subtract(new BigDecimal("0.5")).abs())
                .isLessThan(new BigDecimal("1e-16"));
        assertThat(Exact.ulps(Math.nextUp(1.0), BigDecimal.ONE)).isEqualTo(1.0);
        assertThat(Exact.ulps(Math.nextDown(1.0), BigDecimal.ONE)).isEqualTo(0.5);
        assertThat(Exact.ulps(Math.nextDown(1.0), new BigDecimal(Math.nextDown(1.0)).subtract(new BigDecimal("1e-30"))))
                .isLessThan(1e-10);
        assertThat(Exact.ulps(Double.MIN_VALUE, BigDecimal.ZERO)).isInfinite();
    }
}
