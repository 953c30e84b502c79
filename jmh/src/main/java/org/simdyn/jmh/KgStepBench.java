package org.simdyn.jmh;

import java.util.concurrent.TimeUnit;
import org.jtransforms.fft.DoubleFFT_1D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.simdyn.fields.Grid;
import org.simdyn.fields.InitialConditions;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.KleinGordon;
import org.simdyn.fields.Method;
import org.simdyn.fields.Potential;
import org.simdyn.fields.Potentials;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * One Klein-Gordon step, one thread (kg.md section 12): the phi^4 {@code expo} step (rotation and kick fused, one
 * inverse and one forward real FFT) of simdyn against a plain-Java step of the same algorithm on JTransforms
 * {@code realForward}/{@code realInverse} with separate loops, in the same run; {@code expoPhi4Scalar} is simdyn's
 * scalar twin ({@code -Dsimdyn.vector=scalar}). At N = 4096 also {@code verletPhi4}, {@code expoSineGordon} and
 * {@code expo4Phi4}. The state is the phi^4 kink-antikink pair (S = 20, u = 0.3) on L = 400 (the literature box),
 * stepped at dt = 0.02; it stays bounded for the millions of steps a measurement takes (the pair collides and
 * radiates, |phi| stays below 1.5). Warm-up: 4 x 2 s (the Panama kernels and FFT passes reach their C2 code after
 * 3-5 s; with 1 s of warm-up a step measured 5 ms instead of 24 us at N = 4096).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
public class KgStepBench {
    /** The box length. */
    static final double L = 400.0;
    /** The step. */
    static final double DT = 0.02;

    /** The initial state of a size: the phi^4 kink-antikink pair. */
    static double[][] pair(int n) {
        double[] phi = new double[n];
        double[] pi = new double[n];
        InitialConditions.kinkAntikink(Grid.line(n, L), Potentials.phi4(1, 1), 0.0, 20.0, 0.3, phi, pi);
        return new double[][] {phi, pi};
    }

    /** The phi^4 expo step at every size: simdyn and the JTransforms baseline. */
    @State(Scope.Thread)
    public static class Expo {
        @Param({"1024", "4096", "16384", "65536"})
        public int n;

        KleinGordon kg;
        JTransformsExpo baseline;

        @Setup
        public void setup() {
            ConcurrencyUtils.setNumberOfThreads(1);
            double[][] s = pair(n);
            kg = KleinGordon.create(KgParams.of(Grid.line(n, L), Potentials.phi4(1, 1), Method.EXPO, DT), s[0], s[1])
                    .threads(1);
            baseline = new JTransformsExpo(n, L, DT, 1.0, 1.0, s[0], s[1]);
        }
    }

    /** The other methods and potentials at N = 4096. */
    @State(Scope.Thread)
    public static class Others {
        KleinGordon verlet;
        KleinGordon expo4;
        KleinGordon sineGordon;

        @Setup
        public void setup() {
            int n = 4096;
            Grid g = Grid.line(n, L);
            Potential p = Potentials.phi4(1, 1);
            double[][] s = pair(n);
            verlet = KleinGordon.create(KgParams.of(g, p, Method.VERLET, DT), s[0], s[1]).threads(1);
            expo4 = KleinGordon.create(KgParams.of(g, p, Method.EXPO4, DT), s[0], s[1]).threads(1);
            double[] phi = new double[n];
            double[] pi = new double[n];
            InitialConditions.breather(g, 0.5, 0.0, 0.2, 0.0, 0.0, phi, pi);
            sineGordon = KleinGordon.create(KgParams.of(g, Potentials.sineGordon(), Method.EXPO, DT), phi, pi)
                    .threads(1);
        }
    }

    @Benchmark
    public void expoPhi4(Expo s) {
        s.kg.step();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Xms2g", "-Xmx2g", "-Dsimdyn.vector=scalar"})
    public void expoPhi4Scalar(Expo s) {
        s.kg.step();
    }

    @Benchmark
    public void expoPhi4JTransforms(Expo s) {
        s.baseline.step();
    }

    @Benchmark
    public void verletPhi4(Others s) {
        s.verlet.step();
    }

    @Benchmark
    public void expo4Phi4(Others s) {
        s.expo4.step();
    }

    @Benchmark
    public void expoSineGordon(Others s) {
        s.sineGordon.step();
    }

    /**
     * The baseline: the same phi^4 expo algorithm (kg.md section 3.2, mu^2 = 0, no filter) in plain Java on
     * JTransforms' packed real FFT ({@code a[0] = Re 0, a[1] = Re n/2, a[2k], a[2k+1] = Re, Im k}), state kept
     * pre-rotated by R(h/2); a step is: copy phi-hat, inverse FFT, W'(phi) = lambda phi (phi^2 - v^2), forward FFT,
     * kick, rotate, each a separate loop.
     */
    static final class JTransformsExpo {
        final int n;
        final double dt;
        final double lambda;
        final double v2;
        final DoubleFFT_1D fft;
        final double[] ph;
        final double[] pi;
        final double[] work;
        final double[] c;
        final double[] s;
        final double[] q;

        JTransformsExpo(int n, double length, double dt, double lambda, double v, double[] phi0, double[] pi0) {
            this.n = n;
            this.dt = dt;
            this.lambda = lambda;
            this.v2 = v * v;
            fft = new DoubleFFT_1D(n);
            ph = phi0.clone();
            pi = pi0.clone();
            work = new double[n];
            fft.realForward(ph);
            fft.realForward(pi);
            double[] omega = new double[n];
            for (int i = 0; i < n; i++) {
                int k = i == 1 ? n / 2 : i / 2;
                omega[i] = 2 * Math.PI * k / length;
            }
            c = new double[n];
            s = new double[n];
            q = new double[n];
            rotate(omega, 0.5 * dt);
            rotateState();
            rotate(omega, dt);
        }

        private void rotate(double[] omega, double tau) {
            for (int i = 0; i < n; i++) {
                double w = omega[i];
                c[i] = StrictMath.cos(w * tau);
                s[i] = w == 0 ? tau : StrictMath.sin(w * tau) / w;
                q[i] = -w * StrictMath.sin(w * tau);
            }
        }

        private void rotateState() {
            for (int i = 0; i < n; i++) {
                double a = ph[i];
                double b = pi[i];
                ph[i] = c[i] * a + s[i] * b;
                pi[i] = q[i] * a + c[i] * b;
            }
        }

        void step() {
            System.arraycopy(ph, 0, work, 0, n);
            fft.realInverse(work, true);
            for (int j = 0; j < n; j++) {
                double f = work[j];
                work[j] = lambda * f * (f * f - v2);
            }
            fft.realForward(work);
            for (int i = 0; i < n; i++) {
                pi[i] -= dt * work[i];
            }
            rotateState();
        }

        /**
         * The synchronous field: R(-h/2) of the state, inverse transformed.
         *
         * @param length the box length
         * @param out the field. Modified.
         */
        void phi(double length, double[] out) {
            for (int i = 0; i < n; i++) {
                int k = i == 1 ? n / 2 : i / 2;
                double w = 2 * Math.PI * k / length;
                double tau = -0.5 * dt;
                double cc = StrictMath.cos(w * tau);
                double ss = w == 0 ? tau : StrictMath.sin(w * tau) / w;
                out[i] = cc * ph[i] + ss * pi[i];
            }
            fft.realInverse(out, true);
        }
    }
}
