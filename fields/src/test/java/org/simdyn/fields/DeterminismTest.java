package org.simdyn.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.fields.internal.KgKernels;
import org.simdyn.fields.internal.KgKernelsPanama;
import org.simdyn.fields.internal.KgKernelsScalar;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;

/**
 * Bit identity across threads {1, 2, 4} x species {scalar, 128, 256, 512}, restart = uninterrupted, and zero
 * allocation per step.
 */
class DeterminismTest {

    record Case(String name, KgParams params, double[] phi, double[] pi) {
        @Override
        public String toString() {
            return name + " " + params.method().key();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> a = new ArrayList<>();
        for (Method m : Method.values()) {
            Grid g1 = Grid.line(64, 30.0);
            Potential phi4 = Potentials.phi4(1.0, 1.0);
            double[] f = new double[64];
            double[] p = new double[64];
            InitialConditions.kinkAntikink(g1, phi4, 0.0, 10.0, 0.3, f, p);
            a.add(Arguments.of(new Case("phi4 N=64", KgParams.of(g1, phi4, m, 0.02), f, p)));
            Grid g2 = Grid.line(4096, 400.0, Boundary.winding(1));
            double[] f2 = new double[4096];
            double[] p2 = new double[4096];
            InitialConditions.kink(g2, Potentials.sineGordon(), 1, 10.0, 0.4, 0.0, f2, p2);
            KgParams sg = KgParams.of(g2, Potentials.sineGordon(), m, 0.02);
            a.add(Arguments.of(new Case("sg winding N=4096", m.isExpo() ? sg.withFilter(Filter.SINC) : sg, f2, p2)));
            Grid g3 = new Grid(new int[] {32, 48}, new double[] {20.0, 30.0}, new double[] {-10.0, -15.0},
                    new Boundary[] {Boundary.ANTIPERIODIC, Boundary.PERIODIC});
            double[] f3 = new double[32 * 48];
            double[] p3 = new double[32 * 48];
            InitialConditions.wall(g3, phi4, 1, 1.0, 0.2, f3, p3);
            for (int j = 0; j < f3.length; j++) {
                f3[j] += 0.1 * Math.sin(2.0 * Math.PI * (j % 48) / 48.0);
            }
            a.add(Arguments.of(new Case("2-D wall 32x48", KgParams.of(g3, phi4, m, 0.02), f3, p3)));
        }
        return a.stream();
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x", x));
        }
        return s.toString();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void bitIdenticalAcrossThreadsAndSpecies(Case c) {
        KgKernels[] kernels = {KgKernelsScalar.INSTANCE, KgKernelsPanama.forBits(128), KgKernelsPanama.forBits(256),
            KgKernelsPanama.forBits(512)};
        String ref = null;
        for (KgKernels k : kernels) {
            for (int threads : new int[] {1, 2, 4}) {
                KleinGordon kg = KleinGordon.create(c.params(), c.phi(), c.pi(), k).threads(threads);
                kg.advance(50);
                String h = hex(kg.stateSha256());
                if (ref == null) {
                    ref = h;
                }
                assertThat(h).as("%s threads %d", k, threads).isEqualTo(ref);
            }
        }
        KleinGordon a = KleinGordon.create(c.params(), c.phi(), c.pi());
        a.advance(25);
        Map<String, double[]> state = new HashMap<>();
        a.writeState(state);
        KleinGordon b = KleinGordon.restore(c.params(), state, 25);
        b.advance(25);
        assertThat(hex(b.stateSha256())).isEqualTo(ref);
        assertThat(b.time()).isEqualTo(50 * c.params().dt());
    }

    /**
     * Zero allocation per step by this module: after warm-up, the bytes allocated over 1000 steps equal those of the
     * FFT pairs the steps make (1 per step, 3 for order 4) measured the same way. (The {@code java} FFT provider of
     * main allocates about 7 KB per pair at N = 64 although fft.md promises none; when it is fixed both sides are
     * 0.)
     */
    @ParameterizedTest
    @MethodSource("cases")
    void noAllocationPerStep(Case c) {
        if (c.params().grid().size() > 64) {
            return;
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // scalar kernels: whether C2 scalar-replaces every Panama vector depends on its inlining decisions in this
        // shared test JVM (the JMH gc profiler measures the Panama path)
        KleinGordon kg = KleinGordon.create(c.params(), c.phi(), c.pi(), KgKernelsScalar.INSTANCE);
        long stepBytes = 0;
        for (int round = 0; round < 3; round++) {
            kg.advance(4000);
            long before = mx.getCurrentThreadAllocatedBytes();
            kg.advance(1000);
            stepBytes = mx.getCurrentThreadAllocatedBytes() - before;
        }
        RealFft fft = Fft.real(c.params().grid().shape());
        double[] x = c.phi().clone();
        double[] re = new double[fft.spectrumSize()];
        double[] im = new double[fft.spectrumSize()];
        long fftBytes = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4000; i++) {
                fft.forward(x, re, im);
                fft.inverse(re, im, x);
            }
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 1000; i++) {
                fft.forward(x, re, im);
                fft.inverse(re, im, x);
            }
            fftBytes = mx.getCurrentThreadAllocatedBytes() - before;
        }
        assertThat(stepBytes).isEqualTo(c.params().method().order() == 4 ? 3 * fftBytes : fftBytes);
    }
}
