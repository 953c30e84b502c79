package org.simdyn.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simdyn.vector.Reductions;
import org.simdyn.vector.VectorOps;
import org.simdyn.vector.random.Philox4x32;

/** At small sizes, the implementations each benchmark compares compute the same result. */
class BenchmarkAgreementTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 17, 4096})
    void reductionSumAndPlainLoopAgreeWithTheExactSum(int n) {
        double[] a = ReductionBench.data(n);
        BigDecimal exact = BigDecimal.ZERO;
        double abs = 0.0;
        for (double x : a) {
            exact = exact.add(new BigDecimal(x));
            abs += Math.abs(x);
        }
        double bound = n * 0x1p-52 * abs;
        assertThat(Math.abs(Reductions.sum(a, 0, n) - exact.doubleValue())).isLessThanOrEqualTo(bound);
        assertThat(Math.abs(ReductionBench.plainSum(a, n) - exact.doubleValue())).isLessThanOrEqualTo(bound);
    }

    @Test
    void philoxBenchDrawsTheStreamValues() {
        PhiloxBench b = new PhiloxBench();
        b.setup();
        b.rng.normals(0, PhiloxBench.PURPOSE, 0, 0, 64, b.z0, b.z1, b.z2, b.z3, 0);
        b.rng.words(0, PhiloxBench.PURPOSE, 0, 0, 64, b.w0, b.w1, b.w2, b.w3, 0);
        int[] w = new int[4];
        for (int p = 0; p < 64; p++) {
            double[] z = {b.z0[p], b.z1[p], b.z2[p], b.z3[p]};
            for (int k = 0; k < 4; k++) {
                assertThat(Double.doubleToRawLongBits(z[k]))
                        .isEqualTo(Double.doubleToRawLongBits(b.rng.normal(p, PhiloxBench.PURPOSE, 0, k)));
            }
            b.rng.words(p, PhiloxBench.PURPOSE, 0, 0, w, 0);
            assertThat(new int[] {b.w0[p], b.w1[p], b.w2[p], b.w3[p]}).containsExactly(w);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 13, 4099})
    void vectorOpsAndTheirPanamaComparatorsAgreeBitForBit(int n) {
        VectorOpsBench lib = new VectorOpsBench();
        lib.n = n;
        lib.setup();
        VectorOpsBench panama = new VectorOpsBench();
        panama.n = n;
        panama.setup();
        VectorOps.complexMultiply(lib.re, lib.im, 0, lib.fRe, lib.fIm, 0, n);
        VectorOpsBench.complexMultiplyPanama(panama.re, panama.im, panama.fRe, panama.fIm, n);
        VectorOps.axpy(0.25, lib.fIm, 0, lib.re, 0, n);
        VectorOpsBench.axpyPanama(0.25, panama.fIm, panama.re, n);
        for (int k = 0; k < n; k++) {
            assertThat(Double.doubleToRawLongBits(panama.re[k])).isEqualTo(Double.doubleToRawLongBits(lib.re[k]));
            assertThat(Double.doubleToRawLongBits(panama.im[k])).isEqualTo(Double.doubleToRawLongBits(lib.im[k]));
        }
    }
}
