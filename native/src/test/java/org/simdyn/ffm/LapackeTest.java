package org.simdyn.ffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.spi.LapackProvider;

/**
 * LAPACKE through the service, checked by invariants (reconstruction, orthogonality, known eigenvalues)
 * and against EJML. Skipped without the library unless {@code -Dsimdyn.requireNative=true}.
 */
class LapackeTest {

    private static LapackProvider lapack;

    @BeforeAll
    static void library() {
        NativeTests.requireOrSkip(Lapacke.available(), Lapacke.reason());
        lapack = LapackProvider.find().orElseThrow();
    }

    /** An {@code m x n} column-major matrix, uniform in [-1, 1). */
    private static double[] random(int m, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextDouble(-1.0, 1.0);
        }
        return a;
    }

    /** {@code C = op(A) op(B)}, column-major, {@code op(X) = X^T} when {@code t} is set. */
    private static double[] multiply(double[] a, int lda, boolean ta, double[] b, int ldb, boolean tb, int m, int n,
                                     int k) {
        double[] c = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += (ta ? a[p + i * lda] : a[i + p * lda]) * (tb ? b[j + p * ldb] : b[p + j * ldb]);
                }
                c[i + j * m] = sum;
            }
        }
        return c;
    }

    private static double maxAbsDiff(double[] x, double[] y) {
        assertThat(x).hasSameSizeAs(y);
        double max = 0.0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(x[i] - y[i]));
        }
        return max;
    }

    private static double[] identity(int n) {
        double[] eye = new double[n * n];
        for (int i = 0; i < n; i++) {
            eye[i + i * n] = 1.0;
        }
        return eye;
    }

    @Test
    void describesTheLibrary() {
        assertThat(lapack.name()).isEqualTo("lapacke");
        assertThat(lapack.isAvailable()).isTrue();
        assertThat(lapack.unavailableReason()).isNull();
        assertThat(lapack.description()).isEqualTo(Lapacke.description()).startsWith("LAPACKE via FFM (")
                .doesNotContain("unavailable").endsWith(")");
    }

    static Stream<Arguments> svdCases() {
        return Stream.of(arguments(5, 3, 'A'), arguments(60, 40, 'S'), arguments(3, 5, 'S'), arguments(5, 3, 'O'),
                arguments(3, 5, 'O'));
    }

    @ParameterizedTest(name = "[{index}] m = {0}, n = {1}, jobz = {2}")
    @MethodSource("svdCases")
    void svdReconstructsAndMatchesEjml(int m, int n, char jobz) {
        int mn = Math.min(m, n);
        double[] a0 = random(m, n, 1000L * m + n);
        double[] a = a0.clone();
        double[] s = new double[mn];
        boolean all = jobz == 'A' || jobz == 'O';
        int uCols = all ? m : mn;
        int ldvt = all ? n : mn;
        double[] u = new double[m * uCols];
        double[] vt = new double[ldvt * n];
        assertThat(lapack.dgesdd(jobz, m, n, a, m, s, u, m, vt, ldvt)).isZero();
        // jobz = 'O': the leading min(m, n) columns of U (m >= n) or rows of V^T (m < n) are in a
        double[] uu = jobz == 'O' && m >= n ? a : u;
        double[] vv = jobz == 'O' && m < n ? a : vt;
        int ldv = jobz == 'O' && m < n ? m : ldvt;

        double[] us = uu.clone();
        for (int j = 0; j < mn; j++) {
            for (int i = 0; i < m; i++) {
                us[i + j * m] *= s[j];
            }
        }
        assertThat(maxAbsDiff(multiply(us, m, false, vv, ldv, false, m, n, mn), a0)).isLessThan(1e-12);
        assertThat(maxAbsDiff(multiply(uu, m, true, uu, m, false, mn, mn, m), identity(mn))).isLessThan(1e-12);
        assertThat(maxAbsDiff(multiply(vv, ldv, false, vv, ldv, true, mn, mn, n), identity(mn))).isLessThan(1e-12);

        for (int j = 1; j < mn; j++) {
            assertThat(s[j]).isLessThanOrEqualTo(s[j - 1]);
        }
        double[] ejml = SingularOps_DDRM.singularValues(new DMatrixRMaj(m, n, false, a0.clone()));
        Arrays.sort(ejml);
        for (int j = 0; j < mn; j++) {
            assertThat(s[j]).isCloseTo(ejml[mn - 1 - j], within(1e-12));
        }

        double[] valuesOnly = new double[mn];
        assertThat(lapack.dgesdd('N', m, n, a0.clone(), m, valuesOnly, null, 1, null, 1)).isZero();
        assertThat(maxAbsDiff(valuesOnly, s)).isLessThan(1e-12);
    }

    @ParameterizedTest(name = "[{index}] m = {0}, n = {1}")
    @MethodSource("qrCases")
    void qrFactorsAndAppliesQ(int m, int n) {
        double[] a0 = random(m, n, 7L * m + n);
        double[] qr = a0.clone();
        double[] tau = new double[n];
        assertThat(lapack.dgeqrf(m, n, qr, m, tau)).isZero();
        double[] r = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= j; i++) {
                r[i + j * n] = qr[i + j * m];
            }
        }
        double[] q = qr.clone();
        double[] tau0 = tau.clone();
        assertThat(lapack.dorgqr(m, n, n, q, m, tau)).isZero();
        assertThat(tau).isEqualTo(tau0);
        assertThat(maxAbsDiff(multiply(q, m, false, r, n, false, m, n, n), a0)).isLessThan(1e-13);
        assertThat(maxAbsDiff(multiply(q, m, true, q, m, false, n, n, m), identity(n))).isLessThan(1e-13);

        // Q^T C from the reflectors: its first n rows are (thin Q)^T C; Q undoes it
        int p = 4;
        double[] c0 = random(m, p, 99L);
        double[] c = c0.clone();
        double[] reflectors = qr.clone();
        assertThat(lapack.dormqr('L', 'T', m, p, n, qr, m, tau, c, m)).isZero();
        assertThat(qr).isEqualTo(reflectors);
        assertThat(tau).isEqualTo(tau0);
        double[] qtc = multiply(q, m, true, c0, m, false, n, p, m);
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                assertThat(c[i + j * m]).isCloseTo(qtc[i + j * n], within(1e-13));
            }
        }
        assertThat(lapack.dormqr('L', 'N', m, p, n, qr, m, tau, c, m)).isZero();
        assertThat(maxAbsDiff(c, c0)).isLessThan(1e-13);

        // D Q from the right: its first n columns are D (thin Q)
        double[] d0 = random(p, m, 98L);
        double[] d = d0.clone();
        assertThat(lapack.dormqr('R', 'N', p, m, n, qr, m, tau, d, p)).isZero();
        double[] dq = multiply(d0, p, false, q, m, false, p, n, m);
        assertThat(maxAbsDiff(Arrays.copyOf(d, p * n), dq)).isLessThan(1e-13);
    }

    static Stream<Arguments> qrCases() {
        return Stream.of(arguments(5, 3), arguments(60, 40), arguments(4, 4));
    }

    @ParameterizedTest(name = "[{index}] t = {0}")
    @MethodSource("angles")
    void eigenvaluesOfARotation(double t) {
        double c = Math.cos(t);
        double s = Math.sin(t);
        double[] a = {c, s, -s, c};
        double[] wr = new double[2];
        double[] wi = new double[2];
        double[] vr = new double[4];
        assertThat(lapack.dgeev('N', 'V', 2, a, 2, wr, wi, null, 1, vr, 2)).isZero();
        assertThat(wr[0]).isCloseTo(c, within(1e-14));
        assertThat(wr[1]).isCloseTo(c, within(1e-14));
        assertThat(wi[0]).isCloseTo(Math.abs(s), within(1e-14));
        assertThat(wi[1]).isCloseTo(-Math.abs(s), within(1e-14));
        // A (x + i y) = (wr + i wi)(x + i y) with x, y the columns 0 and 1 of vr
        double[] x = {vr[0], vr[1]};
        double[] y = {vr[2], vr[3]};
        for (int i = 0; i < 2; i++) {
            double ax = (i == 0 ? c * x[0] - s * x[1] : s * x[0] + c * x[1]);
            double ay = (i == 0 ? c * y[0] - s * y[1] : s * y[0] + c * y[1]);
            assertThat(ax).isCloseTo(wr[0] * x[i] - wi[0] * y[i], within(1e-14));
            assertThat(ay).isCloseTo(wr[0] * y[i] + wi[0] * x[i], within(1e-14));
        }
    }

    static Stream<Double> angles() {
        return Stream.of(0.3, 1.0, 2.5, -0.7);
    }

    @Test
    void eigenvaluesOfATriangularMatrixWithLeftAndRightVectors() {
        double[] a0 = {1, 0, 0, 4, 2, 0, 5, 6, 3}; // upper triangular, eigenvalues 1, 2, 3
        double[] wr = new double[3];
        double[] wi = new double[3];
        double[] vl = new double[9];
        double[] vr = new double[9];
        assertThat(lapack.dgeev('V', 'V', 3, a0.clone(), 3, wr, wi, vl, 3, vr, 3)).isZero();
        double[] sorted = wr.clone();
        Arrays.sort(sorted);
        assertThat(maxAbsDiff(sorted, new double[] {1, 2, 3})).isLessThan(1e-13);
        assertThat(wi).containsOnly(0.0);
        double[] av = multiply(a0, 3, false, vr, 3, false, 3, 3, 3);
        double[] ula = multiply(vl, 3, true, a0, 3, false, 3, 3, 3); // row j: u_j^T A
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                assertThat(av[i + 3 * j]).isCloseTo(wr[j] * vr[i + 3 * j], within(1e-13));
                assertThat(ula[j + 3 * i]).isCloseTo(wr[j] * vl[i + 3 * j], within(1e-13));
            }
        }
    }

    @Test
    void emptyAndNanInputsReturnInfo() {
        assertThat(lapack.dgesdd('A', 0, 0, new double[0], 1, new double[0], new double[0], 1, new double[0], 1))
                .isZero();
        double[] a = random(3, 3, 5L);
        a[4] = Double.NaN;
        // LAPACKE's NaN check reports the matrix as an illegal argument 5 (counting the layout)
        assertThat(lapack.dgesdd('S', 3, 3, a, 3, new double[3], new double[9], 3, new double[9], 3)).isEqualTo(-5);
    }

    @Test
    void threadCountDoesNotChangeResults() {
        double[] a0 = random(60, 40, 11L);
        double[] s1 = new double[40];
        double[] sn = new double[40];
        try {
            lapack.setThreads(1);
            assertThat(lapack.dgesdd('N', 60, 40, a0.clone(), 60, s1, null, 1, null, 1)).isZero();
        } finally {
            lapack.setThreads(Integer.getInteger("simdyn.lapack.threads", Runtime.getRuntime().availableProcessors()));
        }
        assertThat(lapack.dgesdd('N', 60, 40, a0.clone(), 60, sn, null, 1, null, 1)).isZero();
        assertThat(maxAbsDiff(s1, sn)).isLessThan(1e-12);
    }

    /** One task's results: SVD values and vectors of its matrix, and its QR. */
    private static double[][] work(long seed) {
        double[] a = random(60, 40, seed);
        double[] s = new double[40];
        double[] u = new double[60 * 40];
        double[] vt = new double[40 * 40];
        assertThat(lapack.dgesdd('S', 60, 40, a.clone(), 60, s, u, 60, vt, 40)).isZero();
        double[] tau = new double[40];
        assertThat(lapack.dgeqrf(60, 40, a, 60, tau)).isZero();
        return new double[][] {s, u, vt, a, tau};
    }

    @Test
    void concurrentCallsEqualSequentialOnes() throws Exception {
        int tasks = 4;
        List<double[][]> sequential = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            sequential.add(work(500L + t));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<double[][]>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks)) {
            for (int t = 0; t < tasks; t++) {
                long seed = 500L + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work(seed);
                }));
            }
            start.countDown();
            for (int t = 0; t < tasks; t++) {
                double[][] concurrent = futures.get(t).get();
                for (int k = 0; k < concurrent.length; k++) {
                    assertThat(maxAbsDiff(concurrent[k], sequential.get(t)[k])).as("task %d, output %d", t, k)
                            .isLessThan(1e-12);
                }
            }
        }
    }
}
