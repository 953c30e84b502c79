package org.simdyn.ffm.internal;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simdyn.ffm.FftTesting;
import org.simdyn.ffm.Fftw;
import org.simdyn.ffm.FftwPlan;
import org.simdyn.ffm.NativeTests;

/**
 * The FFTW binding with settings passed in (no JVM-wide holder where avoidable): names and reasons,
 * planner settings, a MEASURE plan, NULL plans, {@code fftw_execute}, and wisdom (auto-export, and import
 * into a fresh JVM where a WISDOM_ONLY plan then succeeds).
 */
class FftwLibraryTest {

    private static final String PACKAGES = " (Debian packages: libfftw3-double3)";
    private static final UnaryOperator<String> UNSET = key -> null;

    private static UnaryOperator<String> settings(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        // The library this JVM uses, if named explicitly (e.g. by CI).
        String library = System.getProperty("simdyn.fftw.library");
        if (library != null && !map.containsKey("simdyn.fftw.library")) {
            map.put("simdyn.fftw.library", library);
        }
        return map::get;
    }

    private static FftwLibrary loaded(String... keysAndValues) {
        NativeTests.requireOrSkip(Fftw.isAvailable(), Fftw.unavailableReason());
        FftwLibrary lib = FftwLibrary.load(settings(keysAndValues), UNSET);
        assertThat(lib.reason()).isNull();
        return lib;
    }

    @Test
    void specNamesAndDefaults() {
        assertThat(FftwLibrary.SPEC.key()).isEqualTo("fftw");
        assertThat(FftwLibrary.SPEC.sonames()).containsExactly("libfftw3.so.3", "libfftw3.so", "libfftw3.3.dylib",
                "libfftw3.dylib", "libfftw3-3.dll");
        assertThat(FftwLibrary.FORWARD).isEqualTo(-1);
        assertThat(FftwLibrary.BACKWARD).isEqualTo(1);
        assertThat(FftwLibrary.MEASURE).isZero();
        assertThat(FftwLibrary.DESTROY_INPUT).isEqualTo(1);
        assertThat(FftwLibrary.UNALIGNED).isEqualTo(2);
        assertThat(FftwLibrary.PATIENT).isEqualTo(32);
        assertThat(FftwLibrary.ESTIMATE).isEqualTo(64);
        assertThat(FftwLibrary.WISDOM_ONLY).isEqualTo(1 << 21);
    }

    @Test
    void unavailableLibrariesGiveOneLineReasons() {
        FftwLibrary missing = FftwLibrary.load(settings("simdyn.fftw.library", "/nonexistent/libfftw3.so.3"), UNSET);
        assertThat(missing.available()).isFalse();
        assertThat(missing.name()).isNull();
        assertThat(missing.version()).isNull();
        assertThat(missing.reason()).isEqualTo("FFTW3 unavailable: cannot load /nonexistent/libfftw3.so.3 (set by"
                + " simdyn.fftw.library)" + PACKAGES);
        assertThatThrownBy(missing::require).isInstanceOf(IllegalStateException.class)
                .hasMessage(missing.reason());
        assertThatThrownBy(() -> missing.plan(FftwPlan.Kind.C2C, -1, new int[] {8}))
                .isInstanceOf(IllegalStateException.class).hasMessage(missing.reason());

        FftwLibrary env = FftwLibrary.load(UNSET, settings("SIMDYN_FFTW_LIBRARY", "/nonexistent/env/libfftw3.so"));
        assertThat(env.reason()).isEqualTo("FFTW3 unavailable: cannot load /nonexistent/env/libfftw3.so (set by"
                + " SIMDYN_FFTW_LIBRARY)" + PACKAGES);

        FftwLibrary disabled = FftwLibrary.load(settings("simdyn.fftw.disable", "true"), UNSET);
        assertThat(disabled.reason()).isEqualTo("FFTW3 disabled by simdyn.fftw.disable=true");
    }

    @Test
    void aLibraryWithoutTheSymbolsIsUnavailable() {
        FftwLibrary libm = FftwLibrary.load(settings("simdyn.fftw.library", "libm.so.6"), UNSET);
        assumeTrue(libm.reason() == null || !libm.reason().startsWith("FFTW3 unavailable: cannot load"),
                "needs glibc's libm.so.6");
        assertThat(libm.available()).isFalse();
        assertThat(libm.reason()).isEqualTo("FFTW3 unavailable: libm.so.6 does not export fftw_plan_dft" + PACKAGES);
    }

    @Test
    void plannerAndTimeLimitSettings() {
        assertThat(FftwLibrary.plannerFlags(null)).isEqualTo(FftwLibrary.MEASURE);
        assertThat(FftwLibrary.plannerFlags(" ")).isEqualTo(FftwLibrary.MEASURE);
        assertThat(FftwLibrary.plannerFlags("estimate")).isEqualTo(FftwLibrary.ESTIMATE);
        assertThat(FftwLibrary.plannerFlags(" Measure ")).isEqualTo(FftwLibrary.MEASURE);
        assertThat(FftwLibrary.plannerFlags("PATIENT")).isEqualTo(FftwLibrary.PATIENT);
        assertThat(FftwLibrary.plannerFlags("exhaustive")).isEqualTo(FftwLibrary.MEASURE);
        assertThat(FftwLibrary.timelimit(null)).isEqualTo(10.0);
        assertThat(FftwLibrary.timelimit(" 2.5 ")).isEqualTo(2.5);
        assertThat(FftwLibrary.timelimit("0")).isEqualTo(10.0);
        assertThat(FftwLibrary.timelimit("-1")).isEqualTo(10.0);
        assertThat(FftwLibrary.timelimit("Infinity")).isEqualTo(10.0);
        assertThat(FftwLibrary.timelimit("NaN")).isEqualTo(10.0);
        assertThat(FftwLibrary.timelimit("soon")).isEqualTo(10.0);
        assertThat(FftwLibrary.describeFlags(0)).isEqualTo("MEASURE");
        assertThat(FftwLibrary.describeFlags(64 | 1)).isEqualTo("ESTIMATE|DESTROY_INPUT");
        assertThat(FftwLibrary.describeFlags(32 | 2 | (1 << 21))).isEqualTo("PATIENT|UNALIGNED|WISDOM_ONLY");
    }

    @Test
    void theJvmInstanceUsesTheTestPlanner() {
        NativeTests.requireOrSkip(Fftw.isAvailable(), Fftw.unavailableReason());
        assertThat(FftwLibrary.get().plannerFlags()).isEqualTo(FftwLibrary.ESTIMATE);
        assertThat(FftwLibrary.get().name()).isNotBlank();
        assertThat(FftwLibrary.get().version()).isEqualTo(Fftw.version());
    }

    /** The one MEASURE plan of the suite: small, correct, cached, and made with flags 0. */
    @Test
    void measurePlanIsCorrect() {
        FftwLibrary lib = loaded("simdyn.fftw.planner", "measure", "simdyn.fftw.timelimit", "5");
        FftTesting.Case c = FftTesting.knownAnswers().stream()
                .filter(k -> k.kind().equals("c2c") && k.size() == 60 && k.shape().length == 1).findFirst()
                .orElseThrow();
        FftwLibrary.Plan plan = lib.plan(FftwPlan.Kind.C2C, FftwLibrary.FORWARD, new int[] {60});
        assertThat(lib.plan(FftwPlan.Kind.C2C, FftwLibrary.FORWARD, new int[] {60})).isSameAs(plan);
        assertThat(plan.flags()).isEqualTo(FftwLibrary.MEASURE);
        assertThat(plan).hasToString("c2c forward 60 MEASURE");
        MemorySegment out = FftwLibrary.allocate(120);
        FftwLibrary.execute(plan, FftTesting.interleaved(c.inRe(), c.inIm()), out);
        FftTesting.assertKnownAnswer(c, FftTesting.re(out, 60), FftTesting.im(out, 60));
    }

    @Test
    void noPlanIsAnIllegalStateExceptionNamingKindShapeAndFlags() {
        FftwLibrary lib = loaded();
        // Nothing in this JVM plans this shape, so there is no wisdom for it.
        assertThatThrownBy(() -> lib.planUncached(FftwPlan.Kind.C2C, FftwLibrary.FORWARD, new int[] {7, 11, 13},
                FftwLibrary.MEASURE | FftwLibrary.WISDOM_ONLY)).isInstanceOf(IllegalStateException.class)
                .hasMessage("FFTW returned no plan for c2c sign -1 shape 7x11x13 with flags MEASURE|WISDOM_ONLY"
                        + " (2097152)");
        assertThatThrownBy(() -> lib.planUncached(FftwPlan.Kind.C2R, FftwLibrary.BACKWARD, new int[] {7, 11, 13},
                FftwLibrary.PATIENT | FftwLibrary.WISDOM_ONLY)).isInstanceOf(IllegalStateException.class)
                .hasMessage("FFTW returned no plan for c2r sign 1 shape 7x11x13 with flags"
                        + " PATIENT|DESTROY_INPUT|WISDOM_ONLY (2097185)");
    }

    /** {@code fftw_execute} on the planning buffers agrees with {@code fftw_execute_dft} on new ones. */
    @Test
    void executeOnThePlanningBuffers() {
        FftwLibrary lib = loaded();
        FftwLibrary.Plan plan = lib.planUncached(FftwPlan.Kind.R2C, FftwLibrary.FORWARD, new int[] {3, 10},
                FftwLibrary.ESTIMATE);
        try {
            assertThat(plan.planningIn().address() % 64).isZero();
            assertThat(plan.planningOut().address() % 64).isZero();
            double[] x = FftTesting.uniform(30, 5);
            MemorySegment.copy(x, 0, plan.planningIn(), JAVA_DOUBLE, 0, 30);
            lib.executePlanned(plan);
            MemorySegment out = FftwLibrary.allocate(36);
            FftwLibrary.execute(plan, FftTesting.real(x), out);
            assertThat(FftTesting.doubles(plan.planningOut(), 36)).containsExactly(FftTesting.doubles(out, 36));
        } finally {
            lib.destroy(plan);
        }
    }

    /** A MEASURE plan rewrites the wisdom file; a fresh JVM imports it and plans that shape WISDOM_ONLY. */
    @Test
    void wisdomFileIsExportedAndImportedIntoAFreshJvm(@TempDir Path dir) throws IOException, InterruptedException {
        Path wisdom = dir.resolve("fftw.wisdom");
        FftwLibrary lib = loaded("simdyn.fftw.planner", "measure", "simdyn.fftw.wisdom", wisdom.toString());
        FftwLibrary estimating = loaded("simdyn.fftw.planner", "estimate", "simdyn.fftw.wisdom",
                dir.resolve("unused.wisdom").toString());
        estimating.plan(FftwPlan.Kind.C2C, FftwLibrary.FORWARD, new int[] {6, 9});
        lib.plan(FftwPlan.Kind.C2C, FftwLibrary.FORWARD, new int[] {6, 10});
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(wisdom); // ESTIMATE plans export nothing; no temporary file left
        }
        assertThat(Files.readString(wisdom)).startsWith("(fftw-3.");

        List<String> lines = runProbe(wisdom, "6x10", "2x7x9");
        assertThat(lines).containsExactly("available=true", "planned 6x10",
                "failed FFTW returned no plan for c2c sign -1 shape 2x7x9 with flags MEASURE|WISDOM_ONLY (2097152)");
        assertThat(runProbe(dir.resolve("absent.wisdom"), "6x10")).containsExactly("available=true",
                "failed FFTW returned no plan for c2c sign -1 shape 6x10 with flags MEASURE|WISDOM_ONLY (2097152)");
    }

    private static List<String> runProbe(Path wisdom, String... shapes) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dsimdyn.fftw.wisdom=" + wisdom));
        String library = System.getProperty("simdyn.fftw.library");
        if (library != null) {
            command.add("-Dsimdyn.fftw.library=" + library);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FftwWisdomProbe.class.getName()));
        command.addAll(List.of(shapes));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
