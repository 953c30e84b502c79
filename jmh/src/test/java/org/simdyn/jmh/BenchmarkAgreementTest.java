package org.simdyn.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.ValueLayout;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simdyn.ffm.Fftw;
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

    @ParameterizedTest
    @ValueSource(ints = {1024, 2048, 4096})
    void fftVariantsComputeTheSameSpectrum(int n, @TempDir Path dir) throws Throwable {
        FftBench.Data d = new FftBench.Data();
        d.n = n;
        d.setup();
        FftBench.JavaPlans javaPlans = new FftBench.JavaPlans();
        javaPlans.setup(d);
        javaPlans.c2c.forward(d.re, d.im, d.outRe, d.outIm);
        double[] javaRe = d.outRe.clone();
        double[] javaIm = d.outIm.clone();
        double scale = 0.0;
        for (int k = 0; k < n; k++) {
            scale = Math.max(scale, Math.hypot(javaRe[k], javaIm[k]));
        }
        double tol = 1e-13 * scale;
        FftBench.JTransforms jt = new FftBench.JTransforms();
        jt.setup(d);
        System.arraycopy(d.interleaved, 0, d.work, 0, 2 * n);
        jt.fft.complexForward(d.work);
        for (int k = 0; k < n; k++) {
            assertThat(d.work[2 * k]).isCloseTo(javaRe[k], offset(tol));
            assertThat(d.work[2 * k + 1]).isCloseTo(javaIm[k], offset(tol));
        }
        javaPlans.r2c.forward(d.re, d.outRe, d.outIm);
        System.arraycopy(d.re, 0, d.work, 0, n);
        jt.fft.realForward(d.work);
        // JTransforms packs Re X_{n/2} into work[1]
        assertThat(d.work[1]).isCloseTo(d.outRe[n / 2], offset(tol));
        for (int k = 1; k < n / 2; k++) {
            assertThat(d.work[2 * k]).isCloseTo(d.outRe[k], offset(tol));
            assertThat(d.work[2 * k + 1]).isCloseTo(d.outIm[k], offset(tol));
        }
        assumeTrue(Fftw.isAvailable(), "FFTW not installed");
        FftBench.FftwPlans fftw = new FftBench.FftwPlans();
        fftw.wisdom = dir.resolve("fftw.wisdom");
        fftw.setup(d);
        assertThat(Files.size(fftw.wisdom)).as("wisdom written for the next fork").isPositive();
        FftBench.RawFftw.EXECUTE.invokeExact(fftw.raw.c2c);
        fftw.tier1.execute(fftw.in, fftw.out);
        fftw.c2c.forward(d.re, d.im, d.outRe, d.outIm);
        for (int k = 0; k < n; k++) {
            double rawRe = fftw.raw.c2cOut.getAtIndex(ValueLayout.JAVA_DOUBLE, 2 * k);
            double rawIm = fftw.raw.c2cOut.getAtIndex(ValueLayout.JAVA_DOUBLE, 2 * k + 1);
            assertThat(rawRe).isCloseTo(javaRe[k], offset(tol));
            assertThat(rawIm).isCloseTo(javaIm[k], offset(tol));
            assertThat(fftw.out.getAtIndex(ValueLayout.JAVA_DOUBLE, 2 * k)).isEqualTo(rawRe);
            assertThat(d.outRe[k]).isEqualTo(rawRe);
            assertThat(d.outIm[k]).isEqualTo(rawIm);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 1024})
    void kgExpoStepOfSimdynAndTheJTransformsBaselineAgree(int n) {
        KgStepBench.Expo e = new KgStepBench.Expo();
        e.n = n;
        e.setup();
        for (int i = 0; i < 20; i++) {
            e.kg.step();
            e.baseline.step();
        }
        double[] a = new double[n];
        double[] b = new double[n];
        e.kg.phi(a);
        e.baseline.phi(KgStepBench.L, b);
        for (int j = 0; j < n; j++) {
            assertThat(b[j]).as("phi[%d]", j).isCloseTo(a[j], offset(1e-12));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 2048})
    void fftInverseVariantsAgreeWithJTransforms(int n) {
        FftBench.Data d = new FftBench.Data();
        d.n = n;
        d.setup();
        FftBench.JavaPlans javaPlans = new FftBench.JavaPlans();
        javaPlans.setup(d);
        FftBench.JTransforms jt = new FftBench.JTransforms();
        jt.setup(d);
        double tol = 1e-15 * n;
        // c2c: inverse of (re, im), scaled by 1/n
        javaPlans.c2c.inverse(d.re, d.im, d.outRe, d.outIm);
        System.arraycopy(d.interleaved, 0, d.work, 0, 2 * n);
        jt.fft.complexInverse(d.work, true);
        for (int k = 0; k < n; k++) {
            assertThat(d.outRe[k]).isCloseTo(d.work[2 * k], offset(tol));
            assertThat(d.outIm[k]).isCloseTo(d.work[2 * k + 1], offset(tol));
        }
        // c2r: the first n/2 + 1 values of (re, im) as a half spectrum; Im X_0 and Im X_{n/2} are ignored
        javaPlans.r2c.inverse(d.re, d.im, d.outRe);
        d.work[0] = d.re[0];
        d.work[1] = d.re[n / 2];
        for (int k = 1; k < n / 2; k++) {
            d.work[2 * k] = d.re[k];
            d.work[2 * k + 1] = d.im[k];
        }
        jt.fft.realInverse(d.work, true);
        for (int j = 0; j < n; j++) {
            assertThat(d.outRe[j]).isCloseTo(d.work[j], offset(tol));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"60", "3840", "12x20"})
    void fftShapeComplexVariantsComputeTheSameSpectrum(String shape) {
        FftShapeBench.Complex d = new FftShapeBench.Complex();
        d.shape = shape;
        d.setup();
        d.java.forward(d.re, d.im, d.outRe, d.outIm);
        System.arraycopy(d.interleaved, 0, d.work, 0, d.work.length);
        d.jtransforms.apply(d.work);
        double tol = 1e-13 * d.n;
        for (int k = 0; k < d.n; k++) {
            assertThat(d.work[2 * k]).isCloseTo(d.outRe[k], offset(tol));
            assertThat(d.work[2 * k + 1]).isCloseTo(d.outIm[k], offset(tol));
        }
    }

    @Test
    void fftShapeReal3dVariantsComputeTheSameSpectrum() {
        FftShapeBench.Real3d d = new FftShapeBench.Real3d();
        d.shape = "8x4x16"; // realForward needs powers of two
        d.setup();
        d.java.forward(d.in, d.outRe, d.outIm);
        System.arraycopy(d.in, 0, d.work, 0, d.n);
        d.jtransforms.realForward(d.work);
        // JTransforms' packed layout keeps X[k0][k1][k2] for 0 < k2 < n2/2 at work[(k0 n1 + k1) n2 + 2 k2 (+1)];
        // the planes k2 = 0 and n2/2 are packed together and not compared
        double tol = 1e-13 * d.n;
        int compared = 0;
        for (int k0 = 0; k0 < 8; k0++) {
            for (int k1 = 0; k1 < 4; k1++) {
                for (int k2 = 1; k2 < 8; k2++) {
                    int spectrum = (k0 * 4 + k1) * 9 + k2;
                    int packed = (k0 * 4 + k1) * 16 + 2 * k2;
                    assertThat(d.work[packed]).isCloseTo(d.outRe[spectrum], offset(tol));
                    assertThat(d.work[packed + 1]).isCloseTo(d.outIm[spectrum], offset(tol));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(8 * 4 * 7);
    }
}
