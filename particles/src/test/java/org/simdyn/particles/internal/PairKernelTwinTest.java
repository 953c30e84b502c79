package org.simdyn.particles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Panama pair kernel = scalar twin, bit for bit, at 128, 256 and 512 bits. */
class PairKernelTwinTest {
    private static final int[] SIZES = {2, 3, 7, 8, 13, 63, 64, 65, 1000, 4099};
    private static final int[] OFFSETS = {0, 1, 5};

    static List<Arguments> cases() {
        SplittableRandom r = new SplittableRandom(0x5EED_0001L);
        List<Arguments> a = new ArrayList<>();
        for (int size : SIZES) {
            for (int off : OFFSETS) {
                a.add(Arguments.of(size, off, r.nextLong()));
            }
        }
        return a;
    }

    private static double[] geo(SplittableRandom r, double box) {
        boolean periodic = r.nextBoolean();
        double rr = 0.3 + r.nextDouble();
        double ro = rr + r.nextDouble() * 2;
        double ra = ro + r.nextDouble() * 3;
        double beta = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 120;
        double thr = beta == 0 ? Double.NEGATIVE_INFINITY : -StrictMath.cos(Math.toRadians(beta));
        return new double[] {box, periodic ? box / 2 : Double.POSITIVE_INFINITY, rr * rr, ro * ro, ra * ra, thr,
            r.nextBoolean() ? thr : Double.NEGATIVE_INFINITY, 0};
    }

    @ParameterizedTest
    @MethodSource("cases")
    void panamaEqualsScalar(int size, int off, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        // dense enough that every zone is populated: box^3 ~ 2 size
        double box = Math.max(4, Math.cbrt(size * 2.0));
        int len = off + size;
        double[] x = new double[len];
        double[] y = new double[len];
        double[] z = new double[len];
        long[] qx = new long[len];
        long[] qy = new long[len];
        long[] qz = new long[len];
        for (int i = 0; i < len; i++) {
            x[i] = r.nextDouble() * box;
            y[i] = r.nextDouble() * box;
            z[i] = r.nextDouble() * box;
            double a = r.nextGaussian();
            double b = r.nextGaussian();
            double c = r.nextGaussian();
            double m = Math.sqrt(a * a + b * b + c * c);
            qx[i] = PairKernel.q(a / m);
            qy[i] = PairKernel.q(b / m);
            qz[i] = PairKernel.q(c / m);
        }
        if (size > 2) {
            x[off + 1] = x[off]; // a coincident pair
            y[off + 1] = y[off];
            z[off + 1] = z[off];
        }
        double[] geo = geo(r, box);
        PairKernel scalar = new PairKernelScalar();
        long[] want = new long[PairKernel.SUMS + 3];
        long[] got = new long[PairKernel.SUMS + 3];
        long counted = 0;
        for (int f = 0; f < Math.min(size, 3); f++) {
            int i = off + r.nextInt(size);
            double ux = r.nextGaussian();
            double uy = r.nextGaussian();
            double uz = r.nextGaussian();
            double m = Math.sqrt(ux * ux + uy * uy + uz * uz);
            ux /= m;
            uy /= m;
            uz /= m;
            scalar.sums3(x[i], y[i], z[i], ux, uy, uz, x, y, z, qx, qy, qz, off, len, geo, 0, want, 3);
            double m2 = Math.hypot(ux, uy);
            scalar.sums2(x[i], y[i], ux / m2, uy / m2, x, y, qx, qy, off, len, geo, 0, want, 0);
            long[] want2 = java.util.Arrays.copyOfRange(want, 0, PairKernel.SUMS);
            scalar.sums3(x[i], y[i], z[i], ux, uy, uz, x, y, z, qx, qy, qz, off, len, geo, 0, want, 3);
            counted += want[12] + want[13] + want[14];
            for (int bits : new int[] {128, 256, 512}) {
                PairKernel p = PairKernelPanama.forBits(bits);
                java.util.Arrays.fill(got, -1);
                p.sums3(x[i], y[i], z[i], ux, uy, uz, x, y, z, qx, qy, qz, off, len, geo, 0, got, 3);
                assertThat(got).as("3-D %d bits", bits).containsExactly(prefixed(got[0], got[1], got[2], want));
                p.sums2(x[i], y[i], ux / m2, uy / m2, x, y, qx, qy, off, len, geo, 0, got, 0);
                assertThat(java.util.Arrays.copyOfRange(got, 0, PairKernel.SUMS)).as("2-D %d bits", bits)
                        .containsExactly(want2);
            }
        }
        if (size >= 63) {
            assertThat(counted).as("neighbours counted").isPositive();
        }
    }

    private static long[] prefixed(long a, long b, long c, long[] want) {
        long[] w = want.clone();
        w[0] = a;
        w[1] = b;
        w[2] = c;
        return w;
    }
}
