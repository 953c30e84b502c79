package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.internal.DetMathKernels;
import org.simdyn.vector.internal.DetMathPanama;
import org.simdyn.vector.internal.DetMathScalar;
import org.simdyn.vector.kernel.Species;
import org.simdyn.vector.kernel.VMath;

/**
 * Bit-exact equivalence of the twins of {@link DetMath}: every {@link VMath} lane against the scalar function,
 * and the array forms of {@link DetMathPanama} against {@link DetMathScalar}, at 128, 256 and 512 bits, on random
 * arguments mixed with special values, subnormals and the edges of each function's domain.
 */
class DetMathTwinTest {

    private static final String[] FUNCTIONS = {"log", "sin2pi", "cos2pi", "sin", "cos", "exp"};
    private static final int[] BITS = {128, 256, 512};
    private static final int[] SIZES = {0, 1, 3, 7, 8, 13, 63, 64, 65, 1000, 4099};
    private static final int[] OFFSETS = {0, 1, 5};
    private static final double SENTINEL = -0x1.2345p-7;

    private static final double[] SPECIALS = {
        Double.NaN, Double.longBitsToDouble(0x7FF0000000000001L), Double.longBitsToDouble(0xFFF8000000000000L),
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, -Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), 0x1.8p-1060, Double.MAX_VALUE,
        -Double.MAX_VALUE, 1.0, -1.0, 0.5, 0.25, 0.125, -0.375, 2.0, Math.sqrt(2.0), Math.nextUp(Math.sqrt(2.0)),
        Math.PI / 4, Math.nextUp(Math.PI / 4), -Math.PI / 4, Math.PI / 2, Math.PI, 0x1p20, 0x1p49, 0x1p50,
        Math.nextDown(0x1p51), 0x1p51, -0x1p51, 0x1p52, 1e300, 709.782712893384, Math.nextUp(709.782712893384),
        -708.3964185322641, -745.13, -745.14, -746.0, Math.nextUp(-746.0), Math.nextDown(-746.0), 0.5 * Math.log(2.0),
        ((double) 0xFFFFFFFFL + 0.5) * 0x1p-32, 0.5 * 0x1p-32,
    };

    /** n arguments for fn: about a third specials, a third random bit patterns, a third in the main domain. */
    static double[] arguments(String fn, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (random.nextInt(3)) {
                case 0 -> SPECIALS[random.nextInt(SPECIALS.length)];
                case 1 -> Double.longBitsToDouble(random.nextLong());
                default -> switch (fn) {
                    case "log" -> random.nextBoolean() ? 4 * random.nextDouble()
                            : Double.longBitsToDouble(random.nextLong(1L << 52));
                    case "sin2pi", "cos2pi" -> random.nextBoolean()
                            ? ((double) (random.nextLong() & 0xFFFFFFFFL) + 0.5) * 0x1p-32
                            : random.nextDouble(-1e6, 1e6);
                    case "sin", "cos" -> random.nextBoolean() ? random.nextDouble(-10, 10)
                            : Math.scalb(random.nextDouble(-1, 1), random.nextInt(-30, 52));
                    default -> random.nextDouble(-750, 720);
                };
            };
        }
        return x;
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

    private static DoubleVector lanes(String fn, DoubleVector v) {
        return switch (fn) {
            case "log" -> VMath.log(v);
            case "sin2pi" -> VMath.sin2pi(v);
            case "cos2pi" -> VMath.cos2pi(v);
            case "sin" -> VMath.sin(v);
            case "cos" -> VMath.cos(v);
            default -> VMath.exp(v);
        };
    }

    private static void apply(DetMathKernels k, String fn, double[] x, int xOff, double[] out, int outOff,
            int len) {
        switch (fn) {
            case "log" -> k.log(x, xOff, out, outOff, len);
            case "sin2pi" -> k.sin2pi(x, xOff, out, outOff, len);
            case "cos2pi" -> k.cos2pi(x, xOff, out, outOff, len);
            case "sin" -> k.sin(x, xOff, out, outOff, len);
            case "cos" -> k.cos(x, xOff, out, outOff, len);
            default -> k.exp(x, xOff, out, outOff, len);
        }
    }

    static Stream<Arguments> functionsAndWidths() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String fn : FUNCTIONS) {
            for (int bits : BITS) {
                b.add(Arguments.of(fn, bits));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "[{index}] VMath.{0} at {1} bits")
    @MethodSource("functionsAndWidths")
    void everyLaneEqualsTheScalarFunction(String fn, int bits) {
        VectorSpecies<Double> s = Species.doubles(bits);
        double[] x = arguments(fn, 4096, 0x5eed_0030L + bits);
        System.arraycopy(SPECIALS, 0, x, 0, SPECIALS.length);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i += s.length()) {
            lanes(fn, DoubleVector.fromArray(s, x, i)).intoArray(y, i);
        }
        for (int i = 0; i < x.length; i++) {
            long expected = Double.doubleToRawLongBits(scalar(fn, x[i]));
            assertThat(Double.doubleToRawLongBits(y[i])).as("%s(%s) at %d bits", fn, Double.toHexString(x[i]), bits)
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "[{index}] DetMathPanama.{0} at {1} bits")
    @MethodSource("functionsAndWidths")
    void arrayTwinsAreBitExactForEverySizeAndOffset(String fn, int bits) {
        DetMathKernels scalar = new DetMathScalar();
        DetMathKernels panama = DetMathPanama.forBits(bits);
        for (int size : SIZES) {
            for (int off : OFFSETS) {
                int outOff = (2 * off + 3) % 7;
                double[] x = arguments(fn, off + size + 2, 0x5eed_0040L + size * 31L + off);
                double[] expected = new double[outOff + size + 2];
                double[] actual = new double[outOff + size + 2];
                Arrays.fill(expected, SENTINEL);
                Arrays.fill(actual, SENTINEL);
                apply(scalar, fn, x, off, expected, outOff, size);
                apply(panama, fn, x, off, actual, outOff, size);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(Double.doubleToRawLongBits(actual[i]))
                            .as("%s size %d off %d index %d at %d bits", fn, size, off, i, bits)
                            .isEqualTo(Double.doubleToRawLongBits(expected[i]));
                }
                for (int i = 0; i < size; i++) {
                    assertThat(Double.doubleToRawLongBits(expected[outOff + i]))
                            .isEqualTo(Double.doubleToRawLongBits(scalar(fn, x[off + i])));
                }
                // in place: x is overwritten with f(x)
                double[] inPlace = x.clone();
                apply(panama, fn, inPlace, off, inPlace, off, size);
                for (int i = 0; i < inPlace.length; i++) {
                    double want = i >= off && i < off + size ? expected[outOff + i - off] : x[i];
                    assertThat(Double.doubleToRawLongBits(inPlace[i])).as("%s in place size %d off %d index %d", fn,
                            size, off, i).isEqualTo(Double.doubleToRawLongBits(want));
                }
            }
        }
    }
}
