package org.simdyn.vector.fft;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * No call allocates after warm-up (fft.md section 2; the Klein-Gordon step runs through these transforms), one
 * thread, measured with {@code getCurrentThreadAllocatedBytes}. The shapes cover radices 2, 3, 4 and 5 in both
 * layouts of the Panama twin, the real packing and the n-D batches: the Panama stages once boxed their vectors
 * where C2 left a call out of line (768 B per transform at n = 60, 165 KB at n = 3840, 12 KB for 16x15x4).
 * Interpreted and C1 vector code allocates, so each case first runs until the JIT has compiled it.
 */
class FftAllocationTest {

    @Test
    void forwardAndInverseAllocateNothingAfterWarmUp() {
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int[] shape : new int[][] {{64}, {60}, {3840}, {8, 12}, {16, 15, 4}}) {
            int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            double[] re = new double[n];
            double[] im = new double[n];
            double[] outRe = new double[n];
            double[] outIm = new double[n];
            for (int j = 0; j < n; j++) {
                re[j] = Math.sin(0.37 * j);
                im[j] = Math.cos(0.91 * j);
            }
            ComplexFft c = Fft.complex(shape);
            RealFft r = Fft.real(shape);
            int calls = Math.max(4, 4096 / n);
            Runnable round = () -> {
                for (int i = 0; i < calls; i++) {
                    c.forward(re, im, outRe, outIm);
                    c.inverse(outRe, outIm);
                    r.forward(re, outRe, outIm);
                    r.inverse(outRe, outIm, im);
                }
            };
            int quiet = 0;
            for (int i = 0; i < 2000 && quiet < 10; i++) {
                long before = bean.getCurrentThreadAllocatedBytes();
                round.run();
                quiet = bean.getCurrentThreadAllocatedBytes() == before ? quiet + 1 : 0;
            }
            // a real per-call allocation shows in every window; a rare JVM event (deoptimisation and
            // recompilation) may add a few hundred bytes to one: take the best of three windows
            long best = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3 && best != 0; attempt++) {
                long before = bean.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < 20; i++) {
                    round.run();
                }
                best = Math.min(best, bean.getCurrentThreadAllocatedBytes() - before);
            }
            assertThat(best).as("bytes allocated by 20 x %d rounds of shape %s", calls, Arrays.toString(shape))
                    .isZero();
        }
    }
}
