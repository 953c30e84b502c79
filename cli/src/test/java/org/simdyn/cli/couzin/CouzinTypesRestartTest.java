package org.simdyn.cli.couzin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simdyn.cli.Main;

/**
 * Per-type lists survive a checkpoint: a two-type run interrupted at step 25 and continued with {@code --restart}
 * (which restores the recorded lists) ends with the uninterrupted run's state; a restart that changes a list exits
 * 2 naming the key and both values; {@code rerun --verify} of the run reproduces every file.
 */
class CouzinTypesRestartTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noInterrupt() {
        CouzinRun.interruptAfter = -1;
    }

    private static List<String> args(Path out) {
        return new ArrayList<>(List.of("couzin", "run", "--N", "24", "--type_counts", "16,8", "--box", "15",
                "--speed", "1,1.4", "--r_r", "1,0.7", "--r_o", "3,2.5", "--r_a", "6,5", "--noise", "0.1,0.2",
                "--informed_weight", "0,0.4", "--preferred_azimuth", "0,90", "--steps", "40", "--seed", "5",
                "--checkpoint-every", "1", "--entropy_every", "5", "--formats", "h5,csv", "--out", out.toString(),
                "--json", "--quiet"));
    }

    private record Result(int code, JsonNode json, String err) {
    }

    private static Result run(List<String> args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        String text = out.toString();
        return new Result(code, text.isEmpty() ? null : new ObjectMapper().readTree(text), err.toString());
    }

    @Test
    void listsRoundTripThroughACheckpoint() throws IOException {
        Path a = tmp.resolve("a");
        Result full = run(args(a));
        assertThat(full.code()).as(full.err()).isZero();
        Path b = tmp.resolve("b");
        CouzinRun.interruptAfter = 25;
        assertThat(run(args(b)).code()).isEqualTo(130);
        CouzinRun.interruptAfter = -1;
        List<String> changed = args(b);
        changed.set(changed.indexOf("1,1.4"), "1,1.5");
        changed.addAll(List.of("--restart", b.resolve("checkpoint.h5").toString()));
        Result bad = run(changed);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines().toList()).singleElement().asString().contains("speed = [1.0,1.5] differs from "
                + "the checkpoint's [1.0,1.4]");
        List<String> again = new ArrayList<>(List.of("couzin", "run", "--restart",
                b.resolve("checkpoint.h5").toString(), "--out", b.toString(), "--json", "--quiet"));
        Result cont = run(again);
        assertThat(cont.code()).as(cont.err()).isZero();
        assertThat(cont.json().get("parameters").get("speed")).isEqualTo(full.json().get("parameters").get("speed"));
        assertThat(cont.json().get("parameters").get("preferred_azimuth"))
                .extracting(JsonNode::asDouble).containsExactly(0.0, 90.0);
        assertThat(cont.json().get("headline").get("state_sha256"))
                .isEqualTo(full.json().get("headline").get("state_sha256"));
        assertThat(cont.json().get("headline").get("informed")).isEqualTo(full.json().get("headline").get("informed"));
        Result rerun = run(List.of("rerun", a.resolve("run.json").toString(), "--verify", "--out",
                tmp.resolve("c").toString(), "--json", "--quiet"));
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(rerun.json().get("verify").get("identical").asBoolean()).isTrue();
    }
}
