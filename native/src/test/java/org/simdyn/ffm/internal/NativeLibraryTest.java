package org.simdyn.ffm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.simdyn.ffm.Lapacke;
import org.simdyn.ffm.NativeAccessProbe;
import org.simdyn.ffm.NativeTests;

/**
 * Name resolution and one-line reasons, with settings passed in: the JVM-wide holder is never involved,
 * so these run (and mean the same) with or without LAPACKE installed.
 */
class NativeLibraryTest {

    private static final String PACKAGES = " (Debian packages: liblapacke libopenblas0-pthread)";
    private static final UnaryOperator<String> UNSET = key -> null;

    private static UnaryOperator<String> settings(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map::get;
    }

    @Test
    void specNamesItsSettings() {
        NativeLibrary.Spec fftw = new NativeLibrary.Spec("fftw", "FFTW3", "libfftw3-double3",
                List.of("libfftw3.so.3"));
        assertThat(fftw.libraryProperty()).isEqualTo("simdyn.fftw.library");
        assertThat(fftw.libraryVariable()).isEqualTo("SIMDYN_FFTW_LIBRARY");
        assertThat(fftw.disableProperty()).isEqualTo("simdyn.fftw.disable");
        assertThat(LapackeLibrary.SPEC.sonames())
                .containsExactly("liblapacke.so.3", "liblapacke.so", "liblapacke.dylib", "liblapacke.dll");
    }

    @Test
    void disableWinsOverEveryName() {
        for (String value : List.of("true", "TRUE", "True")) {
            LapackeLibrary lib = LapackeLibrary.load(
                    settings("simdyn.lapack.disable", value, "simdyn.lapack.library", "liblapacke.so.3"),
                    settings("SIMDYN_LAPACK_LIBRARY", "liblapacke.so.3"));
            assertThat(lib.available()).isFalse();
            assertThat(lib.reason()).isEqualTo("LAPACKE disabled by simdyn.lapack.disable=true");
            assertThat(lib.description()).isEqualTo("LAPACKE via FFM (unavailable)");
        }
    }

    @Test
    void propertyNamesTheOnlyCandidate() {
        LapackeLibrary lib = LapackeLibrary.load(settings("simdyn.lapack.disable", "false",
                "simdyn.lapack.library", " /nonexistent/simdyn/liblapacke.so.3 "),
                settings("SIMDYN_LAPACK_LIBRARY", "/nonexistent/env/liblapacke.so.3"));
        assertThat(lib.available()).isFalse();
        assertThat(lib.reason()).isEqualTo("LAPACKE unavailable: cannot load /nonexistent/simdyn/liblapacke.so.3"
                + " (set by simdyn.lapack.library)" + PACKAGES);
    }

    @Test
    void environmentComesAfterABlankProperty() {
        LapackeLibrary lib = LapackeLibrary.load(settings("simdyn.lapack.library", "  "),
                settings("SIMDYN_LAPACK_LIBRARY", "/nonexistent/env/liblapacke.so.3"));
        assertThat(lib.reason()).isEqualTo("LAPACKE unavailable: cannot load /nonexistent/env/liblapacke.so.3"
                + " (set by SIMDYN_LAPACK_LIBRARY)" + PACKAGES);
    }

    @Test
    void defaultSonamesAreTriedInOrder() {
        NativeLibrary.Spec spec = new NativeLibrary.Spec("absent", "Absent", "libabsent0",
                List.of("libsimdyn-absent-1.so", "libsimdyn-absent-2.so"));
        NativeLibrary lib = NativeLibrary.open(spec, UNSET, UNSET);
        assertThat(lib.available()).isFalse();
        assertThat(lib.name()).isNull();
        assertThat(lib.find("anything")).isEmpty();
        assertThat(lib.reason()).isEqualTo("Absent unavailable: none of libsimdyn-absent-1.so, libsimdyn-absent-2.so"
                + " could be loaded (Debian packages: libabsent0)");
    }

    @Test
    void aLibraryWithoutTheSymbolsIsUnavailable() {
        NativeLibrary libm = NativeLibrary.open(new NativeLibrary.Spec("m", "libm", "libc6", List.of("libm.so.6")),
                UNSET, UNSET);
        assumeTrue(libm.available(), "needs glibc's libm.so.6");
        assertThat(libm.name()).isEqualTo("libm.so.6");
        assertThat(libm.find("cos")).isPresent();

        LapackeLibrary lib = LapackeLibrary.load(settings("simdyn.lapack.library", "libm.so.6"), UNSET);
        assertThat(lib.available()).isFalse();
        assertThat(lib.reason()).isEqualTo("LAPACKE unavailable: libm.so.6 does not export LAPACKE_dgesdd" + PACKAGES);
    }

    @Test
    void failuresBecomeOneLineReasons() {
        assertThat(NativeLibrary.reason(LapackeLibrary.SPEC, new IllegalCallerException("Illegal native access\n"
                + "  from: unnamed module")))
                .isEqualTo("LAPACKE unavailable: native access denied (Illegal native access from: unnamed module);"
                        + " run java with --enable-native-access=ALL-UNNAMED");
        assertThat(NativeLibrary.reason(LapackeLibrary.SPEC, new UnsatisfiedLinkError("bad ELF")))
                .isEqualTo("LAPACKE unavailable: java.lang.UnsatisfiedLinkError: bad ELF" + PACKAGES);
        assertThat(NativeLibrary.reason(LapackeLibrary.SPEC, new NativeLibrary.UnavailableException("as is")))
                .isEqualTo("as is");
    }

    @Test
    void defaultThreads() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(LapackeLibrary.defaultThreads(null)).isEqualTo(processors);
        assertThat(LapackeLibrary.defaultThreads(" ")).isEqualTo(processors);
        assertThat(LapackeLibrary.defaultThreads("3")).isEqualTo(3);
        assertThat(LapackeLibrary.defaultThreads(" 2 ")).isEqualTo(2);
        assertThat(LapackeLibrary.defaultThreads("0")).isEqualTo(processors);
        assertThat(LapackeLibrary.defaultThreads("many")).isEqualTo(processors);
    }

    /** Under {@code --illegal-native-access=deny} the facade reports a reason instead of throwing. */
    @Test
    void deniedNativeAccessIsAReasonNotAnError() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--illegal-native-access=deny", "-cp",
                System.getProperty("java.class.path"), NativeAccessProbe.class.getName())
                .redirectErrorStream(true).start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        List<String> lines = output.lines().toList();
        assertThat(lines).as(output).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("available=false");
        assertThat(lines.get(1)).startsWith("reason=LAPACKE unavailable: native access denied (")
                .endsWith("); run java with --enable-native-access=ALL-UNNAMED");
    }

    @Test
    void theRealLibraryLoadsByExplicitName() {
        NativeTests.requireOrSkip(Lapacke.available(), Lapacke.reason());
        LapackeLibrary lib = LapackeLibrary.load(settings("simdyn.lapack.library", "liblapacke.so.3"), UNSET);
        assertThat(lib.reason()).isNull();
        assertThat(lib.available()).isTrue();
        assertThat(lib.description()).matches("LAPACKE via FFM \\(liblapacke\\.so\\.3(, OpenBLAS \\S+)?\\)");
    }
}
