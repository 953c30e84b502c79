package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simdyn rerun FILE [--verify]} (cli spec sections 6, 13) on the TEST-ONLY {@code osc run}. */
class RerunTest {
    @TempDir
    Path tmp;

    private Path original(String name, String seed) {
        Path dir = tmp.resolve(name);
        Cli.Result r = Cli.run("osc", "run", "--out", dir.toString(), "--formats", "h5,csv,npy", "--seed", seed,
                "--N", "5", "--t_end", "2", "--frames", "7", "--gamma", "0.3", "--snapshot-precision", "float64",
                "--set", "scenario_name=Case 1 - Osc", "--threads", "2", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        return dir;
    }

    @Test
    void rerunVerifiesFromEveryKindOfFile() throws IOException {
        Path a = original("a", "0xfeedbeefcafe1234");
        int i = 0;
        for (String f : List.of("case_1_osc.h5", "case_1_osc.csv", "case_1_osc_x.npy.json", "run.json")) {
            Path out = tmp.resolve("b" + i++);
            Cli.Result r = Cli.run("rerun", a.resolve(f).toString(), "--verify", "--out", out.toString(), "--threads",
                    "1", "--json", "--quiet");
            assertThat(r.code()).as(f + ": " + r.err()).isZero();
            JsonNode j = r.json();
            assertThat(j.get("command").asText()).isEqualTo("osc run");
            assertThat(j.get("verify").get("identical").asBoolean()).isTrue();
            assertThat(j.get("verify").get("files_compared").asInt()).as(f).isGreaterThanOrEqualTo(4);
            assertThat(j.get("provenance").get("seed").asText()).isEqualTo(Long.toUnsignedString(0xfeedbeefcafe1234L));
            assertThat(j.get("parameters").get("gamma").asDouble()).isEqualTo(0.3);
            assertThat(j.get("provenance").get("scenario").asText()).isEqualTo("Case 1 - Osc");
            assertThat(out.resolve("case_1_osc.h5")).exists();
        }
        Cli.Result text = Cli.run("rerun", a.resolve("run.json").toString(), "--out", tmp.resolve("t").toString(),
                "--quiet");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("simdyn rerun: osc run ok; files in ");
    }

    @Test
    void verifyNamesTheFirstDifference() throws IOException {
        Path a = original("a", "7");
        Path other = original("other", "8");
        Files.copy(other.resolve("case_1_osc.h5"), a.resolve("case_1_osc.h5"), StandardCopyOption.REPLACE_EXISTING);
        Cli.Result r = Cli.run("rerun", a.resolve("run.json").toString(), "--verify", "--out",
                tmp.resolve("n").toString(), "--quiet");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("simdyn rerun: not reproduced: case_1_osc.h5:/").contains("element ").contains(" vs ");

        Path c = original("c", "7");
        Path npy = c.resolve("case_1_osc_v.npy");
        byte[] bytes = Files.readAllBytes(npy);
        bytes[bytes.length - 1] ^= 1;
        Files.write(npy, bytes);
        Cli.Result n = Cli.run("rerun", c.resolve("case_1_osc.csv").toString(), "--verify", "--out",
                tmp.resolve("m").toString(), "--quiet");
        assertThat(n.code()).isEqualTo(1);
        assertThat(n.err()).isEqualTo("simdyn rerun: not reproduced: case_1_osc_v.npy: byte " + (bytes.length - 1)
                + " of " + bytes.length + " vs " + bytes.length + " bytes\n");
    }

    @Test
    void badFilesExitTwo() throws IOException {
        Path txt = Files.writeString(tmp.resolve("x.txt"), "hello");
        Path json = Files.writeString(tmp.resolve("run.json"), "{\"command\": \"osc run\"}");
        for (String[] probe : List.of(new String[] {tmp.resolve("nosuch.h5").toString(), "no such file"},
                new String[] {txt.toString(), "must be an .h5, .csv, .npy.json or run.json"},
                new String[] {json.toString(), "has no 'provenance' object"})) {
            Cli.Result r = Cli.run("rerun", probe[0], "--out", tmp.resolve("o").toString());
            assertThat(r.code()).as(probe[0]).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).singleElement().asString().startsWith("simdyn rerun: FILE: ")
                    .contains(probe[1]);
            assertThat(tmp.resolve("o")).doesNotExist();
        }
    }
}
