package org.simdyn.cli.kg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.cli.Cli;
import org.simdyn.cli.Hdf5Bits;
import org.simdyn.cli.common.Checkpoint;

/**
 * {@code kg run} interrupted after a checkpoint and continued in place with {@code --restart} ends bit-identical to
 * the uninterrupted run (cli spec section 7): state SHA-256, every HDF5 dataset (centre probe, kinks, series,
 * snapshots, embedding, KDE, spectrum, collision), every NPY file, the CSV rows and the headline (timings and
 * thread count aside), for threads 1 and 2, fixed and reversible step control, with and without {@code --classify}.
 * A finished run continued in place to a later end truncates its streams to the checkpoint; a restart into a new
 * {@code --out} writes only the continuation there, with the whole run's accumulated headline numbers.
 */
class KgRestartTest {
    /** The plain run: 120 steps of 0.05, diagnostics every 0.5, checkpoints every 1.0. */
    private static final List<String> PLAIN = List.of("--N", "128", "--L", "50", "--u", "0.3", "--dt", "0.05", "--T",
            "6", "--diag-every", "0.5");
    /** The collision: separation 10 at u = 0.5, T_run = 10 + 6, t_out = 2: 360 steps of 0.05. */
    private static final List<String> COLLISION = List.of("--N", "128", "--L", "50", "--u", "0.5", "--separation",
            "10", "--t-after", "6", "--t-out", "2", "--dt", "0.05", "--classify", "--diag-every", "0.5");

    @TempDir
    Path tmp;

    @AfterEach
    void noInterrupt() {
        KgSimulation.interruptAfter = -1;
    }

    private static List<String> args(List<String> model, String control, Path out, int threads) {
        List<String> a = new ArrayList<>(List.of("kg", "run"));
        a.addAll(model);
        a.addAll(List.of("--step-control", control, "--checkpoint-every", "1", "--formats", "h5,csv,npy", "--out",
                out.toString(), "--threads", Integer.toString(threads), "--json", "--quiet"));
        return a;
    }

    private static JsonNode run(List<String> args, int expected) {
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(expected);
        return r.json();
    }

    /** The headline without the timing and the thread count. */
    private static JsonNode results(JsonNode run) {
        ObjectNode h = run.get("headline").deepCopy();
        h.remove(List.of("us_per_step", "threads"));
        return h;
    }

    private static double first(Path file, String path) {
        return Double.longBitsToDouble(Hdf5Bits.of(file, path)[0]);
    }

    /** The NPY files of a directory, name to bytes. */
    private static Map<String, String> npy(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".npy")).toList()) {
                all.put(p.getFileName().toString(), Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return all;
    }

    private static List<String> csvRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(2, lines.size());
    }

    private static void assertSameOutputs(Path got, JsonNode gotRun, Path want, JsonNode wantRun) throws IOException {
        assertThat(gotRun.get("status").asText()).isEqualTo("ok");
        assertThat(results(gotRun)).isEqualTo(results(wantRun));
        Map<String, String> g = Hdf5Bits.all(got.resolve("kg.h5"));
        Map<String, String> w = Hdf5Bits.all(want.resolve("kg.h5"));
        assertThat(g.keySet()).isEqualTo(w.keySet()).contains("/center", "/t_center", "/kinks/type",
                "/embedding/points", "/kde/density");
        for (String k : w.keySet()) {
            assertThat(g.get(k)).as(k).isEqualTo(w.get(k));
        }
        Map<String, String> gn = npy(got);
        Map<String, String> wn = npy(want);
        assertThat(gn.keySet()).isEqualTo(wn.keySet()).contains("kg_center.npy", "kg_kinks_x.npy");
        for (String k : wn.keySet()) {
            assertThat(gn.get(k)).as(k).isEqualTo(wn.get(k));
        }
        assertThat(csvRows(got.resolve("kg.csv"))).isEqualTo(csvRows(want.resolve("kg.csv")));
    }

    static Stream<Arguments> cases() {
        // each case runs both thread counts (interrupted with one, restarted with the other); plain runs are
        // interrupted at t = 3.5 (after the checkpoint at 3.0), collisions after T_run (step 320)
        List<Arguments> list = new ArrayList<>();
        for (String control : List.of("fixed", "reversible")) {
            for (boolean classify : new boolean[] {false, true}) {
                int threads = control.equals("fixed") == classify ? 2 : 1;
                list.add(Arguments.of(control, classify, threads, classify ? 330 : 70));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} step control, classify {1}, interrupted at step {3} with {2} thread(s), "
            + "restarted with the other count")
    @MethodSource("cases")
    void interruptedAndRestartedInPlaceEqualsUninterrupted(String control, boolean classify, int threads,
            long interruptAt) throws IOException {
        List<String> model = classify ? COLLISION : PLAIN;
        Path a = tmp.resolve("a");
        JsonNode full = run(args(model, control, a, 1), 0);
        Path b = tmp.resolve("b");
        KgSimulation.interruptAfter = interruptAt;
        JsonNode cut = run(args(model, control, b, threads), 130);
        KgSimulation.interruptAfter = -1;
        assertThat(cut.get("status").asText()).isEqualTo("interrupted");
        assertThat(Checkpoint.read(b.resolve(Checkpoint.FILE)).step()).isEqualTo(interruptAt);
        List<String> again = args(model, control, b, 3 - threads);
        again.addAll(List.of("--restart", b.resolve(Checkpoint.FILE).toString()));
        JsonNode cont = run(again, 0);
        assertThat(cont.get("headline").get("state_sha256")).isEqualTo(full.get("headline").get("state_sha256"));
        assertSameOutputs(b, cont, a, full);
        if (classify) {
            assertThat(full.get("headline").get("collision").get("crossings_t_run").size()).isEqualTo(2);
            assertThat(full.get("headline").get("center").get("bounces").asLong()).isPositive();
        }
    }

    @Test
    void finishedRunContinuedInPlaceToALaterEndTruncatesItsStreams() throws IOException {
        Path a = tmp.resolve("a");
        JsonNode full = run(args(PLAIN, "fixed", a, 2), 0);
        Path b = tmp.resolve("b");
        List<String> shorter = args(PLAIN, "fixed", b, 1);
        shorter.set(shorter.indexOf("--T") + 1, "4.5");
        run(shorter, 0);
        Checkpoint cp = Checkpoint.read(b.resolve(Checkpoint.FILE));
        assertThat(cp.step()).isEqualTo(80);
        // the streams ran on to t = 4.5 past the checkpoint at t = 4: the restart drops those rows
        assertThat(Hdf5Bits.of(b.resolve("kg.h5"), "t_center")).hasSizeGreaterThan((int) (long) cp.sinks()
                .get("rows/center"));
        List<String> more = args(PLAIN, "fixed", b, 2);
        more.addAll(List.of("--restart", b.resolve(Checkpoint.FILE).toString()));
        assertSameOutputs(b, run(more, 0), a, full);
    }

    @Test
    void restartIntoANewOutWritesTheContinuationWithTheWholeRunsAccumulators() throws IOException {
        Path a = tmp.resolve("a");
        JsonNode full = run(args(COLLISION, "fixed", a, 1), 0);
        Path b = tmp.resolve("b");
        KgSimulation.interruptAfter = 330;
        run(args(COLLISION, "fixed", b, 2), 130);
        KgSimulation.interruptAfter = -1;
        Path c = tmp.resolve("c");
        List<String> again = args(COLLISION, "fixed", c, 2);
        again.addAll(List.of("--restart", b.resolve(Checkpoint.FILE).toString()));
        JsonNode cont = run(again, 0);
        JsonNode h = cont.get("headline");
        JsonNode f = full.get("headline");
        for (String k : List.of("state_sha256", "steps", "t_final", "energy", "momentum", "charge", "kinks",
                "max_abs_phi", "center", "collision", "exact", "entropy", "kde")) {
            assertThat(h.get(k)).as(k).isEqualTo(f.get(k));
        }
        // the continuation's streams, series and frames are the uninterrupted run's rows after the checkpoint
        for (String d : List.of("t_center", "center", "kinks/t", "kinks/x", "t_energy", "energy", "t", "phi")) {
            long[] whole = Hdf5Bits.of(a.resolve("kg.h5"), d);
            long[] part = Hdf5Bits.of(c.resolve("kg.h5"), d);
            assertThat(part).as(d).isNotEmpty().hasSizeLessThan(whole.length);
            assertThat(part).as(d).isEqualTo(Arrays.copyOfRange(whole, whole.length - part.length, whole.length));
        }
        assertThat(first(c.resolve("kg.h5"), "t_center")).isGreaterThan(330 * 0.05);
        assertThat(first(c.resolve("kg.h5"), "t_energy")).isGreaterThan(330 * 0.05);
    }
}
