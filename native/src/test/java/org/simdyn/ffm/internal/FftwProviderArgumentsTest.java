package org.simdyn.ffm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.simdyn.ffm.FftwAbsentProbe;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.RealFft;

/**
 * The {@code fftw} provider without a library, so these run (and mean the same) whether or not FFTW is
 * installed: argument checks with their messages (plans are made lazily, so a plan object over an
 * unavailable library can be checked), the unavailable provider, and {@code Fft}'s fallback in a child JVM
 * whose {@code simdyn.fftw.library} does not exist.
 */
class FftwProviderArgumentsTest {

    private static final String REASON = "FFTW3 unavailable: cannot load /nonexistent/libfftw3.so.3 (set by"
            + " simdyn.fftw.library) (Debian packages: libfftw3-double3)";
    private static final FftwLibrary MISSING = FftwLibrary.load(
            key -> key.equals("simdyn.fftw.library") ? "/nonexistent/libfftw3.so.3" : null, key -> null);

    @Test
    void anUnavailableProviderSaysWhyAndStillChecksShapes() {
        FftwProvider provider = new FftwProvider(() -> MISSING);
        assertThat(provider.name()).isEqualTo("fftw");
        assertThat(provider.priority()).isEqualTo(100);
        assertThat(provider.isAvailable()).isFalse();
        assertThat(provider.unavailableReason()).isEqualTo(REASON);
        assertThat(provider.description()).isEqualTo("FFTW via FFM (unavailable)");
        assertThatThrownBy(() -> provider.complex((int[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("shape must not be null");
        assertThatThrownBy(() -> provider.real()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape.length = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> provider.complex(77)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape[0] = 77 must be a product of 2, 3 and 5; next fast size is 80");
        assertThatThrownBy(() -> provider.real(8, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape[1] = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> provider.complex(4, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape[1] = -2 is out of range: must be >= 1");
        assertThatThrownBy(() -> provider.real(16, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape[1] = 7 must be a product of 2, 3 and 5; next fast size is 8");
        assertThatThrownBy(() -> provider.complex(1 << 14, 1 << 15)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size = 536870912 (the product of the shape) is out of range: must be <= 2^28 = 268435456");
        assertThatThrownBy(() -> provider.complex(1 << 15, 1 << 15, 1 << 15))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size = 35184372088832 (the product of the shape) is out of range: must be <= 2^28"
                        + " = 268435456");
        assertThatThrownBy(() -> provider.complex(8)).isInstanceOf(IllegalStateException.class).hasMessage(REASON);
        assertThatThrownBy(() -> provider.real(8)).isInstanceOf(IllegalStateException.class).hasMessage(REASON);
    }

    @Test
    void complexArgumentsAreCheckedBeforeAnyWork() {
        ComplexFft plan = new FftwComplexFft(MISSING, new int[] {4, 8});
        double[] a = new double[32];
        double[] b = new double[32];
        assertThatThrownBy(() -> plan.forward(null, b)).isInstanceOf(NullPointerException.class)
                .hasMessage("re must not be null");
        assertThatThrownBy(() -> plan.inverse(a, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("im must not be null");
        assertThatThrownBy(() -> plan.inverseUnscaled(new double[31], b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("re.length must be >= 32, got 31");
        assertThatThrownBy(() -> plan.forward(a, -1, b, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reOff = -1 is out of range: must be >= 0");
        assertThatThrownBy(() -> plan.inverse(a, 0, b, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("im.length must be >= 32 + imOff = 33, got 32");
        assertThatThrownBy(() -> plan.inverseUnscaled(a, 0, null, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("im must not be null");
        assertThatThrownBy(() -> plan.forward(a, b, a, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("outIm must not be null");
        assertThatThrownBy(() -> plan.inverse(null, b, a, b)).isInstanceOf(NullPointerException.class)
                .hasMessage("inRe must not be null");
        assertThatThrownBy(() -> plan.inverseUnscaled(a, new double[3], a, b))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("inIm.length must be >= 32, got 3");
        assertThatThrownBy(() -> plan.forward(a, b, new double[30], b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outRe.length must be >= 32, got 30");
        assertThatThrownBy(() -> plan.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads = 0 is out of range: must be >= 1");
        assertThat(plan.withThreads(2)).isSameAs(plan);
        // Valid arguments reach the library, which is missing; nothing was written.
        a[3] = 1.5;
        assertThatThrownBy(() -> plan.forward(a, b)).isInstanceOf(IllegalStateException.class).hasMessage(REASON);
        assertThat(a[3]).isEqualTo(1.5);
        assertThatThrownBy(() -> plan.inverse(a, 0, b, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessage(REASON);
    }

    @Test
    void realArgumentsAreCheckedBeforeAnyWork() {
        RealFft plan = new FftwRealFft(MISSING, new int[] {1024});
        assertThat(plan.spectrumSize()).isEqualTo(513);
        assertThat(plan.spectrumShape()).containsExactly(513);
        double[] x = new double[1024];
        double[] re = new double[513];
        double[] im = new double[513];
        assertThatThrownBy(() -> plan.forward(null, re, im)).isInstanceOf(NullPointerException.class)
                .hasMessage("in must not be null");
        assertThatThrownBy(() -> plan.forward(x, new double[512], im)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outRe.length must be >= 513, got 512");
        assertThatThrownBy(() -> plan.forward(x, 1, re, im, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in.length must be >= 1024 + inOff = 1025, got 1024");
        assertThatThrownBy(() -> plan.forward(x, 0, re, im, -4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outOff = -4 is out of range: must be >= 0");
        assertThatThrownBy(() -> plan.forward(x, 0, re, new double[600], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("outRe.length must be >= 513 + outOff = 514,"
                        + " got 513");
        assertThatThrownBy(() -> plan.inverse(re, null, x)).isInstanceOf(NullPointerException.class)
                .hasMessage("inIm must not be null");
        assertThatThrownBy(() -> plan.inverse(re, im, new double[1000])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out.length must be >= 1024, got 1000");
        assertThatThrownBy(() -> plan.inverseUnscaled(re, im, -1, x, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inOff = -1 is out of range: must be >= 0");
        assertThatThrownBy(() -> plan.inverseUnscaled(re, im, 0, x, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out.length must be >= 1024 + outOff = 1026, got 1024");
        assertThatThrownBy(() -> plan.inverse(new double[512], im, 0, x, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("inRe.length must be >= 513 + inOff = 513,"
                        + " got 512");
        assertThatThrownBy(() -> plan.withThreads(-3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads = -3 is out of range: must be >= 1");
        assertThatThrownBy(() -> plan.forward(x, re, im)).isInstanceOf(IllegalStateException.class).hasMessage(REASON);
        assertThatThrownBy(() -> plan.inverseUnscaled(re, im, x)).isInstanceOf(IllegalStateException.class)
                .hasMessage(REASON);
    }

    /**
     * In a JVM whose {@code simdyn.fftw.library} does not exist: FFTW reports the path, {@code Fft.provider
     * ("fftw")} refuses, {@code simdyn.fft=fftw} falls back to java with one warning.
     */
    @Test
    void withoutTheLibraryFftFallsBackToJava() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-Dsimdyn.fftw.library=/nonexistent/libfftw3.so.3", "-Dsimdyn.fft=fftw", "-cp",
                System.getProperty("java.class.path"), FftwAbsentProbe.class.getName())
                .redirectErrorStream(true).start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        List<String> lines = output.lines().toList();
        assertThat(lines).as(output).contains("available=false", "reason=" + REASON, "default=java",
                "error=IllegalArgumentException: FFT provider 'fftw' is not available: " + REASON);
        assertThat(lines.stream().filter(line -> line.contains("-Dsimdyn.fft=fftw"))).as(output)
                .containsExactly("WARNING: simdyn fft: -Dsimdyn.fft=fftw but FFT provider 'fftw' is not available: "
                        + REASON + "; using java");
    }
}
