package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad usage and input: exit 2, exactly one line on stderr naming the command path, the option, the value and
 * the allowed range, nothing on stdout, no usage text, no stack trace (cli spec section 3).
 */
class BadInputTest {
    private static final String U64 = "[0, 18446744073709551615]";

    private static Arguments probe(String command, String[] args, String... expected) {
        return Arguments.of(String.join(" ", args), command, args, expected);
    }

    private static String[] a(String... args) {
        return args;
    }

    static Stream<Arguments> probes() {
        String rng = "simdyn info rng: ";
        return Stream.of(
                probe(rng, a("info", "rng", "--seed", "-1"), "--seed: -1 is out of range", U64),
                probe(rng, a("info", "rng", "--seed", "18446744073709551616"), "--seed: 18446744073709551616", U64),
                probe(rng, a("info", "rng", "--seed", "0x10000000000000000"), "--seed: 0x10000000000000000",
                        "16 hex digits"),
                probe(rng, a("info", "rng", "--seed", "12abc"), "--seed: 12abc is not a number", U64),
                probe(rng, a("info", "rng", "--seed", ""), "--seed: '' is not a number", U64),
                probe(rng, a("info", "rng", "--seed", "1.5"), "--seed: 1.5 is not a number", U64),
                probe(rng, a("info", "rng", "--seed", "0x"), "--seed: 0x is not a number", U64),
                probe(rng, a("info", "rng", "--particle", "-1"), "--particle: -1 is out of range",
                        "[0, 4294967295]"),
                probe(rng, a("info", "rng", "--particle", "4294967296"), "--particle: 4294967296",
                        "[0, 4294967295]"),
                probe(rng, a("info", "rng", "--particles", "0"), "--particles: 0 is out of range", "[1, 10000]"),
                probe(rng, a("info", "rng", "--particles", "10001"), "--particles: 10001", "[1, 10000]"),
                probe(rng, a("info", "rng", "--particles", "2.5"), "--particles: 2.5 is not an integer",
                        "[1, 10000]"),
                probe(rng, a("info", "rng", "--purpose", "65536"), "--purpose: 65536", "[0, 65535]"),
                probe(rng, a("info", "rng", "--purpose", "-1"), "--purpose: -1", "[0, 65535]"),
                probe(rng, a("info", "rng", "--purpose", "0x10"), "--purpose: 0x10 is not an integer",
                        "[0, 65535]"),
                probe(rng, a("info", "rng", "--step", "18446744073709551616"), "--step: 18446744073709551616",
                        U64),
                probe(rng, a("info", "rng", "--step", "0xg"), "--step: 0xg is not a number", U64),
                probe(rng, a("info", "rng", "--count", "0"), "--count: 0 is out of range", "[1, 4096]"),
                probe(rng, a("info", "rng", "--count", "4097"), "--count: 4097", "[1, 4096]"),
                probe(rng, a("info", "rng", "--count", "99999999999999999999"), "--count: 99999999999999999999",
                        "[1, 4096]"),
                probe(rng, a("info", "rng", "--particle", "4294967295", "--particles", "2"),
                        "--particles: 2 is out of range", "4294967296", "<= 4294967295", "[1, 1]"),
                probe(rng, a("info", "rng", "--particle", "4294967000", "--particles", "10000"),
                        "--particles: 10000", "<= 4294967295", "[1, 296]"),
                probe(rng, a("info", "rng", "--particles", "10000", "--count", "101"), "--count: 101",
                        "1010000", "<= 1000000", "[1, 100]"),
                probe(rng, a("info", "rng", "--block", "65536"), "--block: 65536 is out of range", "[0, 65535]"),
                probe(rng, a("info", "rng", "--block", "-1"), "--block: -1", "[0, 65535]"),
                probe(rng, a("info", "rng", "--block", "65535", "--count", "5"), "--count: 5 is out of range",
                        "65536", "<= 65535", "[1, 4]"),
                probe(rng, a("info", "rng", "--counter", "1,2,3,4", "--block", "1"), "--counter",
                        "cannot be combined with --block"),
                probe(rng, a("info", "rng", "--counter", "1,2,3"), "--counter: 1,2,3 has 3 words",
                        "[0, 4294967295]"),
                probe(rng, a("info", "rng", "--counter", "1,2,3,4,5"), "--counter: 1,2,3,4,5 has 5 words"),
                probe(rng, a("info", "rng", "--counter", "1,2,3,4294967296"), "--counter c3: 4294967296",
                        "[0, 4294967295]"),
                probe(rng, a("info", "rng", "--counter", "1,2,0x123456789,4"), "--counter c2: 0x123456789",
                        "8 hex digits"),
                probe(rng, a("info", "rng", "--counter", "1,,3,4"), "--counter c1: '' is not a number"),
                probe(rng, a("info", "rng", "--counter", "1,2,3,4", "--particle", "0"),
                        "--counter: 1,2,3,4 cannot be combined with --particle"),
                probe(rng, a("info", "rng", "--frob"), "--frob: unknown option", "--seed"),
                probe(rng, a("info", "rng", "--frob=3"), "--frob: unknown option"),
                probe(rng, a("info", "rng", "extra"), "unexpected argument 'extra'"),
                probe(rng, a("info", "rng", "--seed"), "--seed: missing value", U64),
                probe(rng, a("info", "rng", "--seed", "1", "--seed", "2"), "--seed: given more than once"),
                probe("simdyn: ", a("frobnicate"), "unknown command 'frobnicate'",
                        "(commands: info, demo, bench, run, rerun, couzin, kg, osc)"),
                probe("simdyn: ", a(), "missing command", "info, demo"),
                probe("simdyn: ", a("--frob"), "--frob: unknown option"),
                probe("simdyn info: ", a("info", "frob"), "unknown command 'frob'", "(commands: rng)"),
                probe("simdyn info: ", a("info", "--json=maybe"), "--json: maybe", "true or false"),
                probe("simdyn info: ", a("info", "--frob"), "--frob: unknown option"),
                probe("simdyn demo: ", a("demo", "--frob"), "--frob: unknown option"),
                probe("simdyn demo: ", a("demo", "now"), "unexpected argument 'now'"));
    }

    @ParameterizedTest(name = "[{index}] simdyn {0}")
    @MethodSource("probes")
    void exitsTwoWithOneLine(String display, String prefix, String[] args, String[] expected) {
        Cli.Result res = Cli.run(args);
        assertThat(res.code()).as("exit code of %s", Arrays.toString(args)).isEqualTo(2);
        assertThat(res.out()).as("stdout").isEmpty();
        assertThat(res.err()).endsWith("\n");
        assertThat(res.errLines()).as("stderr").hasSize(1);
        String line = res.errLines().get(0);
        assertThat(line).startsWith(prefix);
        for (String e : expected) {
            assertThat(line).contains(e);
        }
        assertThat(line).doesNotContain("Usage:").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** In a new JVM: {@code -Dsimdyn.threads} is read once per JVM; also checks main's exit code. */
    @Test
    void badThreadsPropertyExitsTwo() {
        Cli.Result res = Cli.runJvm(List.of("-Dsimdyn.threads=0"), "info", "--json");
        assertThat(res.code()).isEqualTo(2);
        assertThat(res.out()).isEmpty();
        assertThat(res.errLines()).containsExactly(
                "simdyn info: -Dsimdyn.threads = \"0\" is out of range: must be an integer in [1, 1024]");
    }
}
