package org.simdyn.cli.couzin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simdyn.cli.Cli;
import org.simdyn.cli.Hdf5Bits;

/**
 * {@code couzin run} interrupted at step 25 after a checkpoint and continued with {@code --restart} ends
 * bit-identical (state SHA-256, headline window means, every series and snapshot dataset) to the uninterrupted
 * run, for threads 1 and 2 (couzin spec sections 7 and 10).
 */
class CouzinRestartTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noInterrupt() {
        CouzinRun.interruptAfter = -1;
    }

    private static List<String> args(Path out, int threads) {
        return new ArrayList<>(List.of("couzin", "run", "--preset", "mill", "--N", "40", "--steps", "60", "--out",
                out.toString(), "--save-every", "0.5", "--checkpoint-every", "2.5", "--entropy_every", "5",
                "--formats", "h5,csv", "--threads", Integer.toString(threads), "--json", "--quiet"));
    }

    private static JsonNode run(List<String> args, int expected) {
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(expected);
        return r.json();
    }

    @ParameterizedTest(name = "interrupted at 25 with {0} thread(s), restarted with the other count")
    @ValueSource(ints = {1, 2})
    void interruptedAndRestartedEqualsUninterrupted(int threads) throws IOException {
        Path a = tmp.resolve("a");
        JsonNode full = run(args(a, 1), 0);
        Path b = tmp.resolve("b");
        CouzinRun.interruptAfter = 25;
        JsonNode cut = run(args(b, threads), 130);
        CouzinRun.interruptAfter = -1;
        assertThat(cut.get("status").asText()).isEqualTo("interrupted");
        List<String> again = args(b, 3 - threads);
        again.addAll(List.of("--restart", b.resolve("checkpoint.h5").toString()));
        JsonNode cont = run(again, 0);
        assertThat(cont.get("headline").get("state_sha256")).isEqualTo(full.get("headline").get("state_sha256"));
        assertThat(cont.get("headline").get("mean")).isEqualTo(full.get("headline").get("mean"));
        assertThat(cont.get("headline").get("final")).isEqualTo(full.get("headline").get("final"));
        for (String d : List.of("t", "P", "M_pbc", "M_naive", "frames/step", "frames/OSI", "t_frame", "positions",
                "velocities", "x_final", "v_final")) {
            assertThat(Hdf5Bits.of(b.resolve("couzin.h5"), d)).as(d).isEqualTo(Hdf5Bits.of(a.resolve("couzin.h5"), d));
        }
    }
}
