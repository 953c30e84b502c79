package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.NpyStream;
import org.simdyn.cli.common.Progress;

/** Streaming outputs, signals and progress-mode selection (cli spec sections 7, 8, 13). */
class StreamingTest {
    @TempDir
    Path tmp;

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void run(Path out, String tEnd) {
        Cli.Result r = Cli.run("osc", "run", "--out", out.toString(), "--t_end", tEnd, "--N", "2000", "--frames",
                "5", "--formats", "csv,npy", "--quiet", "--progress", "none");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void tenTimesTheStepsSameFramesSameHeap() {
        run(tmp.resolve("warm"), "1");
        long small = heapAfterGc();
        run(tmp.resolve("short"), "1");
        long shortRun = heapAfterGc();
        run(tmp.resolve("long"), "10");
        long longRun = heapAfterGc();
        assertThat(longRun - Math.min(small, shortRun)).as("heap growth in bytes").isLessThan(8L << 20);
    }

    private static List<String> java(String xmx) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), xmx,
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
    }

    @Test
    void a256MibNpyStreamRunsUnder128MibOfHeap() throws Exception {
        Path out = tmp.resolve("big");
        List<String> cmd = java("-Xmx128m");
        cmd.addAll(List.of("osc", "run", "--out", out.toString(), "--N", "32768", "--dt", "0.01", "--t_end", "10.24",
                "--frames", "1025", "--series_every", "64", "--snapshot-precision", "float64", "--formats", "npy",
                "--quiet"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(NpyStream.header(out.resolve("osc_x.npy")).shape()).containsExactly(1025, 32768);
        assertThat(Files.size(out.resolve("osc_x.npy"))).isGreaterThan(256L << 20);
    }

    @Test
    void sigtermStopsAtAStepBoundaryWithValidFilesAndExit143() throws Exception {
        Path out = tmp.resolve("term");
        List<String> cmd = java("-Xmx256m");
        cmd.addAll(List.of("osc", "run", "--out", out.toString(), "--t_end", "1e7", "--dt", "0.01", "--frames", "3",
                "--checkpoint-every", "1e5", "--series_every", "1000000", "--formats", "h5,csv", "--json", "--quiet"));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("err.txt").toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(out.resolve("osc.csv")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String stdout = Files.readString(tmp.resolve("out.txt"));
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(Json.parse(stdout).get("status").asText()).isEqualTo("interrupted");
        assertThat(Json.parse(Files.readString(out.resolve("run.json"))).get("status").asText())
                .isEqualTo("interrupted");
        List<String> err = Files.readAllLines(tmp.resolve("err.txt")).stream()
                .filter(l -> !l.startsWith("WARNING: Using incubator modules")).toList();
        assertThat(err).singleElement().asString().startsWith("simdyn osc run: interrupted (SIGTERM) at step ");
        try (HdfFile h = new HdfFile(out.resolve("osc.h5"))) {
            assertThat(h.getAttribute("status").getData()).isEqualTo("interrupted");
            assertThat(h.getDatasetByPath("t").getDimensions()[0]).isGreaterThanOrEqualTo(1);
        }
        assertThat(out.resolve("checkpoint.h5")).exists();
        assertThat(Files.readAllLines(out.resolve("osc.csv")).size()).isGreaterThan(3);
    }

    @Test
    void progressModeSelection() {
        assertThat(Progress.choose("true", "xterm", null)).isEqualTo("bar");
        assertThat(Progress.choose("true", "dumb", null)).isEqualTo("log");
        assertThat(Progress.choose("true", "xterm", "1")).isEqualTo("log");
        assertThat(Progress.choose("false", "xterm", null)).isEqualTo("log");
        assertThat(Progress.choose(null, "xterm", null)).isEqualTo("log");
    }

    @Test
    void logProgressLinesGoToStderrAndLogTxt() throws IOException {
        Path out = tmp.resolve("log");
        Cli.Result r = Cli.run("osc", "run", "--out", out.toString(), "--t_end", "1", "--progress", "log",
                "--formats", "csv");
        assertThat(r.code()).isZero();
        List<String> expected = List.of("osc run: 25% step 25/100 t=0.25 elapsed ",
                "osc run: 50% step 50/100 t=0.5 elapsed ", "osc run: 75% step 75/100 t=0.75 elapsed ",
                "osc run: 100% step 100/100 t=1.0 elapsed ");
        assertThat(r.errLines()).hasSize(4);
        List<String> log = Files.readAllLines(out.resolve("log.txt"));
        for (int i = 0; i < 4; i++) {
            assertThat(r.errLines().get(i)).startsWith(expected.get(i)).contains(" eta ");
            assertThat(log.get(i)).isEqualTo(r.errLines().get(i));
        }
    }
}
