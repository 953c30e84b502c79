package org.simdyn.fields.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Panama twin = scalar twin, bit for bit, over the awkward sizes, offsets and species 128/256/512. */
class KgKernelsTwinTest {

    private static final int[] SIZES = {1, 3, 7, 8, 13, 63, 64, 65, 1000, 4099};
    private static final int[] OFFSETS = {0, 1, 5};
    private static final int[] BITS = {128, 256, 512};
    private static final double[][] PARAMS = {{1.3, 0.0}, {0.7, 1.44}, {0.0, 0.0}, {0.35, 0.0}, {0.9, 2.25}};

    static Stream<Arguments> cases() {
        List<Arguments> a = new ArrayList<>();
        for (int bits : BITS) {
            for (int size : SIZES) {
                for (int off : OFFSETS) {
                    a.add(Arguments.of(bits, size, off));
                }
            }
        }
        return a.stream();
    }

    private static double[] random(SplittableRandom r, int n, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = scale * (2.0 * r.nextDouble() - 1.0);
        }
        return x;
    }

    private static void assertBits(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            assertThat(Double.doubleToRawLongBits(b[i])).as("index %d: %s vs %s", i, a[i], b[i])
                    .isEqualTo(Double.doubleToRawLongBits(a[i]));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void forceAndValue(int bits, int size, int off) {
        KgKernels panama = KgKernelsPanama.forBits(bits);
        KgKernels scalar = KgKernelsScalar.INSTANCE;
        SplittableRandom r = new SplittableRandom(31L * size + off + bits);
        for (int kind = 0; kind < PARAMS.length; kind++) {
            double[] u = random(r, off + size, 7.0);
            double[] x = r.nextBoolean() ? u : random(r, off + size, 3.0);
            double mu2 = kind == KgKernels.SINE_GORDON ? 1.0 : 0.3;
            double[] o1 = new double[off + size];
            double[] o2 = new double[off + size];
            double m1 = scalar.force(kind, PARAMS[kind][0], PARAMS[kind][1], mu2, u, x, o1, off, size);
            double m2 = panama.force(kind, PARAMS[kind][0], PARAMS[kind][1], mu2, u, x, o2, off, size);
            assertBits(o1, o2);
            assertThat(Double.doubleToRawLongBits(m2)).isEqualTo(Double.doubleToRawLongBits(m1));
            scalar.value(kind, PARAMS[kind][0], PARAMS[kind][1], u, o1, off, size);
            panama.value(kind, PARAMS[kind][0], PARAMS[kind][1], u, o2, off, size);
            assertBits(o1, o2);
            u[off + size / 2] = Double.NaN;
            assertThat(panama.force(kind, PARAMS[kind][0], PARAMS[kind][1], mu2, u, x, o2, off, size)).isNaN();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rotateKick(int bits, int size, int off) {
        KgKernels panama = KgKernelsPanama.forBits(bits);
        SplittableRandom r = new SplittableRandom(17L * size + off + bits);
        int n = off + size;
        double[] c = random(r, n, 1.0);
        double[] s = random(r, n, 1.0);
        double[] q = random(r, n, 5.0);
        double[] kick = random(r, n, 0.1);
        double[] fRe = random(r, n, 3.0);
        double[] fIm = random(r, n, 3.0);
        for (boolean withKick : new boolean[] {true, false}) {
            double[][] a = {random(r, n, 2.0), random(r, n, 2.0), random(r, n, 2.0), random(r, n, 2.0)};
            double[][] b = {a[0].clone(), a[1].clone(), a[2].clone(), a[3].clone()};
            double[] k = withKick ? kick : null;
            KgKernelsScalar.INSTANCE.rotateKick(c, s, q, k, fRe, fIm, a[0], a[1], a[2], a[3], off, size);
            panama.rotateKick(c, s, q, k, fRe, fIm, b[0], b[1], b[2], b[3], off, size);
            for (int i = 0; i < 4; i++) {
                assertBits(a[i], b[i]);
            }
        }
    }
}
