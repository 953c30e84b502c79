package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.internal.ReductionKernels;
import org.simdyn.vector.internal.ReductionKernels.Op;
import org.simdyn.vector.internal.ReductionsPanama;
import org.simdyn.vector.internal.ReductionsScalar;

/**
 * Twin equivalence of the reductions: the Panama kernel at 128, 256 and 512 bits and the scalar kernel give the
 * same bits for every operation, size, offset and thread count (threads > 1 with one block per chunk, the
 * finest chunking, so that every size above 1024 goes through the parallel path).
 */
class ReductionsTwinTest {

    static final ReductionKernels SCALAR = new ReductionsScalar();
    static final ReductionKernels[] PANAMA = {ReductionsPanama.forBits(128), ReductionsPanama.forBits(256),
        ReductionsPanama.forBits(512)};
    static final int[] BITS = {128, 256, 512};

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (int n : ReductionsTest.SIZES) {
            for (int off : ReductionsTest.OFFSETS) {
                for (Op op : Op.values()) {
                    cases.add(Arguments.of(op, n, off));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} len={1} off={2}")
    @MethodSource("cases")
    void everyWidthAndThreadCountGivesTheScalarBits(Op op, int len, int off) {
        double[] a = data(op, 100L * len + off, len + off + 2);
        double[] b = op == Op.DOT ? data(op, 7L * len + off + 1, len + off + 9) : null;
        int bOff = op == Op.DOT ? (off + 3) % 5 : 0;
        double expected = Reductions.reduce(SCALAR, op, a, off, b, bOff, len);
        assertThat(expected).isEqualTo(ReductionsTest.reference(op, a, off, b, bOff, len));
        for (int w = 0; w < PANAMA.length; w++) {
            for (int threads = 1; threads <= 4; threads++) {
                double got = Reductions.reduce(PANAMA[w], op, a, off, b, bOff, len, threads, 1);
                assertThat(Double.doubleToRawLongBits(got))
                        .as("%s len=%d off=%d bits=%d threads=%d: %s vs %s", op, len, off, BITS[w], threads, got,
                                expected)
                        .isEqualTo(Double.doubleToRawLongBits(expected));
            }
        }
        for (int threads = 2; threads <= 4; threads++) {
            double got = Reductions.reduce(SCALAR, op, a, off, b, bOff, len, threads, 1);
            assertThat(Double.doubleToRawLongBits(got)).as("scalar threads=%d", threads)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    static Stream<Arguments> sizesAndOffsets() {
        return ReductionsTest.sizesAndOffsets();
    }

    /**
     * Lanes past the end of a block take nothing, in every twin: all products of a dot product underflow to -0.0
     * (so every lane that takes an element is -0.0 and the result is -0.0 once all 16 lanes of every block took
     * one, where padding with fma(+0, +0, acc) would give +0.0); max of negative numbers and min of positive ones
     * (where padding with zeros would give 0).
     */
    @ParameterizedTest(name = "[{index}] len={0} off={1}")
    @MethodSource("sizesAndOffsets")
    void lanesPastTheEndTakeNothing(int len, int off) {
        double[] tiny = new double[len + off];
        double[] negTiny = new double[len + off];
        double[] negative = ReductionsTest.data(len, len + off);
        double[] positive = new double[len + off];
        for (int i = 0; i < len + off; i++) {
            tiny[i] = 0x1p-600;
            negTiny[i] = -0x1p-600 * (1 + i % 7);
            negative[i] = -Math.abs(negative[i]) - 0x1p-40;
            positive[i] = -negative[i];
        }
        double dot = ReductionsTest.reference(Op.DOT, negTiny, off, tiny, off, len);
        // -0.0 exactly when every block has at least 16 elements (a lane still at +0.0 makes the sum +0.0)
        boolean allLanesTaken = len >= 16 && (len % 1024 == 0 || len % 1024 >= 16);
        assertThat(Double.doubleToRawLongBits(dot))
                .isEqualTo(Double.doubleToRawLongBits(allLanesTaken ? -0.0 : 0.0));
        double max = ReductionsTest.reference(Op.MAX, negative, off, null, 0, len);
        double min = ReductionsTest.reference(Op.MIN, positive, off, null, 0, len);
        List<ReductionKernels> all = new ArrayList<>(List.of(PANAMA));
        all.add(SCALAR);
        for (ReductionKernels k : all) {
            for (int threads = 1; threads <= 4; threads++) {
                String at = k + " threads=" + threads;
                assertThat(Double.doubleToRawLongBits(Reductions.reduce(k, Op.DOT, negTiny, off, tiny, off, len,
                        threads, 1))).as("dot %s", at).isEqualTo(Double.doubleToRawLongBits(dot));
                assertThat(Reductions.reduce(k, Op.MAX, negative, off, null, 0, len, threads, 1)).as("max %s", at)
                        .isEqualTo(max);
                assertThat(Reductions.reduce(k, Op.MIN, positive, off, null, 0, len, threads, 1)).as("min %s", at)
                        .isEqualTo(min);
            }
        }
    }

    /**
     * Mixed magnitudes; for max and min also runs of signed zeros and repeated values, so that the -0.0/+0.0
     * ordering is exercised in every lane position.
     */
    static double[] data(Op op, long seed, int n) {
        double[] x = ReductionsTest.data(seed, n);
        if (op == Op.MAX || op == Op.MIN) {
            for (int i = 0; i < n; i++) {
                if (i % 3 == 0) {
                    x[i] = (i & 4) == 0 ? 0.0 : -0.0;
                }
            }
        }
        return x;
    }
}
