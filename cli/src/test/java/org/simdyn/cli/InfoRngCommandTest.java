package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code simdyn info rng} against the known answers of the stream (foundation spec section 9). */
class InfoRngCommandTest {

    /** Largest block whose normals {@code --count} (at most 4096) reaches. */
    private static final int MAX_STREAM_BLOCK = 4096 / 4 - 1;

    static Stream<Arguments> goldenRows() {
        List<Arguments> cases = new ArrayList<>();
        int i = 0;
        for (String[] r : Cli.rows("stream_golden.txt")) {
            cases.add(Arguments.of(i++, r));
        }
        return cases.stream();
    }

    /** Golden rows whose block is reachable through {@code --count}: all but blocks 2259 and 65535. */
    static Stream<Arguments> goldenRowsInCountRange() {
        List<Arguments> cases = new ArrayList<>();
        int i = 0;
        for (String[] r : Cli.rows("stream_golden.txt")) {
            if (Integer.parseInt(r[3]) <= MAX_STREAM_BLOCK) {
                cases.add(Arguments.of(i, r));
            }
            i++;
        }
        assertThat(cases).hasSize(28);
        return cases.stream();
    }

    /** Every golden row's words through raw mode, the counter built from the stream layout. */
    @ParameterizedTest(name = "golden row {0}")
    @MethodSource("goldenRows")
    void rawModeReproducesGoldenWords(int index, String[] r) {
        long step = Long.parseUnsignedLong(r[4]);
        int c1 = Integer.parseInt(r[2]) << 16 | Integer.parseInt(r[3]);
        String counter = r[1] + "," + Integer.toUnsignedString(c1) + "," + Integer.toUnsignedString((int) step) + ","
                + Integer.toUnsignedString((int) (step >>> 32));
        Cli.Result res = Cli.run("info", "rng", "--json", "--seed", r[0], "--counter", counter);
        assertThat(res.code()).as(res.err()).isZero();
        assertThat(texts(res.json().get("words"))).containsExactly("0x" + r[5], "0x" + r[6], "0x" + r[7],
                "0x" + r[8]);
    }

    /** Row {@code seed particle purpose block step w0..w3 z0..z3}: the last block of --count 4*(block+1). */
    @ParameterizedTest(name = "golden row {0}")
    @MethodSource("goldenRowsInCountRange")
    void reproducesGoldenRow(int index, String[] r) {
        int block = Integer.parseInt(r[3]);
        Cli.Result res = Cli.run("info", "rng", "--json", "--seed", r[0], "--particle", r[1], "--purpose", r[2],
                "--step", r[4], "--count", Integer.toString(4 * (block + 1)));
        assertThat(res.code()).as(res.err()).isZero();
        JsonNode o = res.json();
        assertThat(o.get("seed").bigIntegerValue().toString()).isEqualTo(r[0]);
        assertThat(o.get("step").bigIntegerValue().toString()).isEqualTo(r[4]);
        assertThat(o.get("purpose").asInt()).isEqualTo(Integer.parseInt(r[2]));
        JsonNode rows = o.get("rows");
        assertThat(rows.size()).isEqualTo(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("particle").asLong()).isEqualTo(Long.parseLong(r[1]));
        JsonNode words = row.get("words");
        JsonNode normals = row.get("normals");
        assertThat(words.size()).isEqualTo(4 * (block + 1));
        assertThat(normals.size()).isEqualTo(4 * (block + 1));
        for (int k = 0; k < 4; k++) {
            assertThat(words.get(4 * block + k).asText()).isEqualTo("0x" + r[5 + k]);
            double expected = Double.parseDouble(r[9 + k]);
            JsonNode z = normals.get(4 * block + k);
            assertThat(Double.doubleToRawLongBits(z.doubleValue())).as("normal %d", 4 * block + k)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
            assertThat(res.out()).contains(Double.toString(expected));
        }
    }

    /** Every golden row, blocks 2259 and 65535 included, through {@code --block B --count 4}. */
    @ParameterizedTest(name = "golden row {0}")
    @MethodSource("goldenRows")
    void blockOptionReproducesEveryGoldenRow(int index, String[] r) {
        Cli.Result res = Cli.run("info", "rng", "--json", "--seed", r[0], "--particle", r[1], "--purpose", r[2],
                "--step", r[4], "--block", r[3], "--count", "4");
        assertThat(res.code()).as(res.err()).isZero();
        JsonNode o = res.json();
        assertThat(o.get("block").asInt()).isEqualTo(Integer.parseInt(r[3]));
        JsonNode row = o.get("rows").get(0);
        assertThat(texts(row.get("words"))).containsExactly("0x" + r[5], "0x" + r[6], "0x" + r[7], "0x" + r[8]);
        for (int k = 0; k < 4; k++) {
            assertThat(Double.doubleToRawLongBits(row.get("normals").get(k).doubleValue())).as("normal %d", k)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(r[9 + k])));
        }
    }

    static Stream<Arguments> katRows() {
        List<Arguments> cases = new ArrayList<>();
        int i = 0;
        for (String[] r : Cli.rows("philox4x32_10_kat.txt")) {
            cases.add(Arguments.of(i++, r));
        }
        return cases.stream();
    }

    /** Row {@code k0 k1 c0 c1 c2 c3 w0..w3} through raw mode: seed = k1 << 32 | k0. */
    @ParameterizedTest(name = "KAT row {0}")
    @MethodSource("katRows")
    void rawModeReproducesKnownAnswers(int index, String[] r) {
        String seed = "0x" + r[1] + r[0];
        String counter = "0x" + r[2] + ",0x" + r[3] + ",0x" + r[4] + "," + Long.parseLong(r[5], 16);
        Cli.Result res = Cli.run("info", "rng", "--seed", seed, "--counter", counter, "--json");
        assertThat(res.code()).as(res.err()).isZero();
        JsonNode o = res.json();
        assertThat(o.get("generator").asText()).isEqualTo("Philox4x32-10");
        assertThat(texts(o.get("key"))).containsExactly("0x" + r[0], "0x" + r[1]);
        assertThat(texts(o.get("counter"))).containsExactly("0x" + r[2], "0x" + r[3], "0x" + r[4], "0x" + r[5]);
        assertThat(texts(o.get("words"))).containsExactly("0x" + r[6], "0x" + r[7], "0x" + r[8], "0x" + r[9]);
        assertThat(fieldNames(o)).containsExactly("generator", "key", "counter", "words");
    }

    static Stream<Arguments> libmRows() {
        List<Arguments> cases = new ArrayList<>();
        int i = 0;
        for (String[] r : Cli.rows("normals_libm.txt")) {
            cases.add(Arguments.of(i++, r));
        }
        return cases.stream();
    }

    /** The stream's polynomials agree with the C library's log/cos/sin to 1e-13. */
    @ParameterizedTest(name = "libm row {0}")
    @MethodSource("libmRows")
    void normalsAgreeWithLibm(int index, String[] r) {
        int block = Integer.parseInt(r[3]);
        Cli.Result res = Cli.run("info", "rng", "--json", "--seed", r[0], "--particle", r[1], "--purpose", r[2],
                "--step", r[4], "--count", Integer.toString(4 * (block + 1)));
        assertThat(res.code()).as(res.err()).isZero();
        JsonNode normals = res.json().get("rows").get(0).get("normals");
        for (int k = 0; k < 4; k++) {
            assertThat(normals.get(4 * block + k).doubleValue()).as("normal %d", 4 * block + k)
                    .isCloseTo(Double.parseDouble(r[5 + k]), org.assertj.core.data.Offset.offset(1e-13));
        }
    }

    /** Golden rows of particles 4294967293 and 4294967295 come out of one bulk run ending at 2^32 - 1. */
    @Test
    void bulkRangeEndingAtLastParticleMatchesGoldenRows() {
        Cli.Result res = Cli.run("info", "rng", "--json", "--seed", "81985529216486895", "--particle", "4294967293",
                "--particles", "3", "--purpose", "3", "--step", "1000000000000", "--count", "12");
        assertThat(res.code()).as(res.err()).isZero();
        JsonNode rows = res.json().get("rows");
        assertThat(rows.size()).isEqualTo(3);
        int checked = 0;
        for (String[] r : Cli.rows("stream_golden.txt")) {
            if (!r[0].equals("81985529216486895")) {
                continue;
            }
            JsonNode row = rows.get((int) (Long.parseLong(r[1]) - 4294967293L));
            assertThat(row.get("particle").asText()).isEqualTo(r[1]);
            int block = Integer.parseInt(r[3]);
            for (int k = 0; k < 4; k++) {
                assertThat(row.get("words").get(4 * block + k).asText()).isEqualTo("0x" + r[5 + k]);
                assertThat(Double.doubleToRawLongBits(row.get("normals").get(4 * block + k).doubleValue()))
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(r[9 + k])));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    /** Rows of a multi-particle run equal single-particle runs; C not a multiple of 4 trims the normals only. */
    @Test
    void multiParticleRowsEqualSingleParticleRuns() {
        Cli.Result all = Cli.run("info", "rng", "--json", "--seed", "0xDEADBEEFCAFEF00D", "--particle", "1000",
                "--particles", "13", "--purpose", "257", "--step", "99", "--count", "7");
        assertThat(all.code()).as(all.err()).isZero();
        JsonNode rows = all.json().get("rows");
        assertThat(rows.size()).isEqualTo(13);
        for (int i = 0; i < 13; i++) {
            Cli.Result one = Cli.run("info", "rng", "--json", "--seed", "16045690984503111693", "--particle",
                    Integer.toString(1000 + i), "--purpose", "257", "--step", "99", "--count", "7");
            JsonNode row = one.json().get("rows").get(0);
            assertThat(row).isEqualTo(rows.get(i));
            assertThat(row.get("words").size()).isEqualTo(8);
            assertThat(row.get("normals").size()).isEqualTo(7);
        }
    }

    @Test
    void jsonHasTheSpecifiedKeys() {
        Cli.Result res = Cli.run("info", "rng", "--json", "--seed", "18446744073709551615", "--step",
                "0xffffffffffffffff");
        assertThat(res.code()).isZero();
        assertThat(res.err()).isEmpty();
        JsonNode o = res.json();
        assertThat(fieldNames(o)).containsExactly("generator", "stream_version", "seed", "key", "purpose", "step",
                "block", "vector", "rows");
        assertThat(o.get("stream_version").asInt()).isEqualTo(1);
        assertThat(o.get("seed").bigIntegerValue().toString()).isEqualTo("18446744073709551615");
        assertThat(o.get("step").bigIntegerValue().toString()).isEqualTo("18446744073709551615");
        assertThat(texts(o.get("key"))).containsExactly("0xffffffff", "0xffffffff");
        assertThat(fieldNames(o.get("vector"))).containsExactly("provider", "bits");
        assertThat(o.get("vector").get("provider").asText()).isIn("panama", "scalar");
        assertThat(fieldNames(o.get("rows").get(0))).containsExactly("particle", "words", "normals");
    }

    @Test
    void readableTableShowsWordsAndNormals() {
        Cli.Result res = Cli.run("info", "rng", "--seed", "20240601", "--particles", "2", "--count", "6");
        assertThat(res.code()).isZero();
        List<String> lines = res.out().lines().toList();
        assertThat(lines).hasSize(2 + 2 * 2);
        assertThat(lines.get(0)).startsWith("Philox4x32-10 stream version 1: seed 20240601 (key 0x0134d8d9 "
                + "0x00000000), purpose 0, step 0");
        assertThat(lines.get(2)).contains("0x174c8bf9 0x08ee0197 0xb473c5b4 0x6fb28141")
                .contains(Double.toString(Double.parseDouble("0x1.118a880e29de1p+1")));
        assertThat(lines.get(3).trim().split("\\s+")).hasSize(2 + 4 + 2);
    }

    @Test
    void rawModeReadable() {
        Cli.Result res = Cli.run("info", "rng", "--counter", "0,0,0,0");
        assertThat(res.code()).isZero();
        assertThat(res.out()).contains("words 0x6627e8d5 0xe169c58d 0xbc57ac4c 0x9b00dbd8");
    }

    private static List<String> texts(JsonNode array) {
        List<String> t = new ArrayList<>();
        array.forEach(n -> t.add(n.asText()));
        return t;
    }

    static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
