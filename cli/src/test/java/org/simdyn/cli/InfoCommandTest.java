package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.VectorRuntime;
import org.simdyn.vector.spi.LapackProvider;
import picocli.CommandLine;

/** {@code simdyn info}, {@code demo}, {@code --help} and {@code --version}. */
class InfoCommandTest {

    @Test
    void jsonIsOneObjectWithEveryKey() {
        Cli.Result res = Cli.run("info", "--json");
        assertThat(res.code()).isZero();
        assertThat(res.err()).isEmpty();
        JsonNode o = res.json();
        assertThat(o.isObject()).isTrue();
        assertThat(InfoRngCommandTest.fieldNames(o)).containsExactly("simdyn", "jdk", "os", "threads", "cpu",
                "vector", "fft", "lapack", "rng");
        assertThat(InfoRngCommandTest.fieldNames(o.get("simdyn"))).containsExactly("version");
        assertThat(o.get("simdyn").get("version").asText()).isNotEqualTo("unknown").isNotBlank();
        assertThat(InfoRngCommandTest.fieldNames(o.get("jdk"))).containsExactly("version", "vendor", "vm", "home",
                "c2");
        assertThat(o.get("jdk").get("version").asText()).startsWith(Integer.toString(Runtime.version().feature()));
        assertThat(o.get("jdk").get("c2").isBoolean()).isTrue();
        assertThat(InfoRngCommandTest.fieldNames(o.get("os"))).containsExactly("name", "arch");
        assertThat(o.get("threads").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(InfoRngCommandTest.fieldNames(o.get("cpu"))).containsExactly("model", "cores", "features");
        assertThat(o.get("cpu").get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(o.get("cpu").get("features").isArray()).isTrue();
        JsonNode v = o.get("vector");
        assertThat(InfoRngCommandTest.fieldNames(v)).containsExactly("provider", "bits", "double_lanes",
                "preferred_bits", "fma", "override", "reason");
        assertThat(v.get("provider").asText()).isEqualTo(VectorRuntime.mode() == VectorRuntime.Mode.PANAMA
                ? "panama" : "scalar");
        assertThat(v.get("bits").asInt()).isEqualTo(VectorRuntime.bits()).isIn(0, 128, 256, 512);
        assertThat(v.get("double_lanes").asInt()).isEqualTo(VectorRuntime.doubleLanes());
        assertThat(v.get("reason").asText()).isEqualTo(VectorRuntime.reason());
        JsonNode fft = o.get("fft");
        assertThat(InfoRngCommandTest.fieldNames(fft)).containsExactly("default", "providers");
        assertThat(fft.get("default").asText()).isEqualTo("java");
        JsonNode java = fft.get("providers").get(0);
        assertThat(InfoRngCommandTest.fieldNames(java)).containsExactly("name", "available", "description",
                "reason");
        assertThat(java.get("name").asText()).isEqualTo("java");
        assertThat(java.get("available").asBoolean()).isTrue();
        assertThat(java.get("reason").isNull()).isTrue();
        assertThat(fft.get("providers")).extracting(p -> p.get("name").asText()).contains("fftw");
        assertThat(InfoRngCommandTest.fieldNames(o.get("lapack"))).containsExactly("available", "description",
                "reason");
        JsonNode lapack = o.get("lapack");
        assertThat(lapack.get("available").asBoolean()).isEqualTo(LapackProvider.find().isPresent());
        if (lapack.get("available").asBoolean()) {
            assertThat(lapack.get("description").asText()).isNotBlank();
            assertThat(lapack.get("reason").isNull()).isTrue();
        } else {
            assertThat(lapack.get("description").isNull()).isTrue();
            assertThat(lapack.get("reason").asText()).isNotBlank();
            assertThat(Boolean.getBoolean("simdyn.requireNative"))
                    .as("native libraries required (-Dsimdyn.requireNative=true) but LAPACKE is unavailable: %s",
                            lapack.get("reason").asText()).isFalse();
        }
        assertThat(o.get("rng").get("generator").asText()).isEqualTo("Philox4x32-10");
        assertThat(o.get("rng").get("stream_version").asInt()).isEqualTo(1);
    }

    /** In a new JVM: {@code -Dsimdyn.threads} is read once per JVM; also checks main's exit code. */
    @Test
    void threadsFollowTheProperty() {
        Cli.Result res = Cli.runJvm(List.of("-Dsimdyn.threads=3"), "info", "--json");
        assertThat(res.code()).as(res.err()).isZero();
        assertThat(res.err()).isEmpty();
        assertThat(res.json().get("threads").asInt()).isEqualTo(3);
    }

    @Test
    void readableSummaryNamesEverySection() {
        Cli.Result res = Cli.run("info", "--quiet");
        assertThat(res.code()).isZero();
        assertThat(res.err()).isEmpty();
        List<String> labels = new ArrayList<>();
        for (String line : res.out().lines().toList()) {
            labels.add(line.split("\\s+")[0]);
        }
        assertThat(labels).containsExactly("simdyn", "JDK", "OS", "CPU", "Threads", "Vector", "FFT", "LAPACK",
                "RNG");
        assertThat(res.out()).contains("FFT      default java; providers: java (")
                .contains("RNG      Philox4x32-10, stream version 1");
    }

    @Test
    void demoPrintsOneLineAndExitsZero() {
        Cli.Result res = Cli.run("demo");
        assertThat(res.code()).isZero();
        assertThat(res.err()).isEmpty();
        assertThat(res.out().lines().toList()).containsExactly(
                "simdyn demo: not implemented yet; commands available today: info, info rng, bench, bench fft, run, "
                        + "rerun, couzin, couzin run, couzin ensemble, couzin hysteresis, couzin analyze, "
                        + "couzin presets, kg, kg run, kg scan, kg presets, osc, osc run, osc presets (see ./simdyn "
                        + "--help)");
        Cli.Result json = Cli.run("demo", "--json", "--quiet");
        assertThat(json.code()).isZero();
        assertThat(json.json().get("status").asText()).isEqualTo("not_implemented");
    }

    static Stream<String> commandPaths() {
        List<String> paths = new ArrayList<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), "",
                paths);
        return paths.stream();
    }

    private static void collect(CommandLine cl, String prefix, List<String> into) {
        into.add(prefix.strip());
        for (CommandLine sub : cl.getSubcommands().values()) {
            collect(sub, prefix + sub.getCommandName() + " ", into);
        }
    }

    @ParameterizedTest(name = "simdyn {0} --help")
    @MethodSource("commandPaths")
    void helpExitsZero(String path) {
        for (String flag : new String[] {"--help", "-h"}) {
            List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
            args.add(flag);
            Cli.Result res = Cli.run(args.toArray(String[]::new));
            assertThat(res.code()).isZero();
            assertThat(res.err()).isEmpty();
            assertThat(res.out()).startsWith("Usage: simdyn" + (path.isEmpty() ? "" : " " + path));
        }
    }

    @Test
    void everyCommandIsListed() {
        assertThat(commandPaths()).containsExactly("", "info", "info rng", "demo", "bench", "bench fft", "run", "rerun",
                "couzin", "couzin run", "couzin ensemble", "couzin hysteresis", "couzin analyze", "couzin presets",
                "kg", "kg run", "kg scan", "kg presets", "osc", "osc run", "osc presets");
    }

    @Test
    void versionPrintsOneLine() {
        Cli.Result res = Cli.run("--version");
        assertThat(res.code()).isZero();
        assertThat(res.out().lines().toList()).containsExactly("simdyn " + Cli.run("info", "--json").json()
                .get("simdyn").get("version").asText());
    }
}
