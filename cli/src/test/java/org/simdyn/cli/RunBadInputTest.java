package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the run mechanism (cli spec sections 3, 13), through the TEST-ONLY {@code osc run}: exit 2, one
 * stderr line naming key and value with the allowed range, nothing on stdout, no stack trace, {@code --out} not
 * created. {@code CONF} in the arguments is replaced by a file holding the probe's config text.
 */
class RunBadInputTest {
    private static final String OSC = "simdyn osc run: ";

    @TempDir
    Path tmp;

    private static Arguments probe(String prefix, String config, String[] args, String... expected) {
        return Arguments.of(String.join(" ", args), prefix, config, args, expected);
    }

    private static String[] a(String... args) {
        return args;
    }

    static Stream<Arguments> probes() {
        String pos = "must be finite and > 0";
        return Stream.of(
                probe(OSC, null, a("osc", "run", "--omega", "-1"), "omega = -1 is out of range", pos),
                probe(OSC, null, a("osc", "run", "--omega=-1"), "omega = -1 is out of range", pos),
                probe(OSC, null, a("osc", "run", "--omega", "0"), "omega = 0 is out of range", pos),
                probe(OSC, null, a("osc", "run", "--omega", "nan"), "omega = nan is out of range", pos),
                probe(OSC, null, a("osc", "run", "--omega", "-Inf"), "omega = -Inf is out of range", pos),
                probe(OSC, null, a("osc", "run", "--omega", "abc"), "omega = abc is not a number", pos),
                probe(OSC, null, a("osc", "run", "--omega", ""), "omega = '' is not a number", pos),
                probe(OSC, null, a("osc", "run", "--dt", "-0.01"), "dt = -0.01 is out of range", pos),
                probe(OSC, null, a("osc", "run", "--dt", "0.0"), "dt = 0.0 is out of range", pos),
                probe(OSC, null, a("osc", "run", "--gamma", "-0.5"), "gamma = -0.5 is out of range",
                        "must be finite and >= 0"),
                probe(OSC, null, a("osc", "run", "--damping", "-1"), "damping (gamma) = -1 is out of range"),
                probe(OSC, null, a("osc", "run", "--gamma", "3"), "gamma = 3.0 is out of range", "< 2 omega"),
                probe(OSC, null, a("osc", "run", "--N", "0"), "N = 0 is out of range",
                        "must be an integer in [1, 1000000]"),
                probe(OSC, null, a("osc", "run", "--N", "2.5"), "N = 2.5 is not an integer", "[1, 1000000]"),
                probe(OSC, null, a("osc", "run", "--n_osc", "-5"), "n_osc (N) = -5 is out of range"),
                probe(OSC, null, a("osc", "run", "--n-osc", "1e7"), "n_osc (N) = 1e7 is out of range"),
                probe(OSC, null, a("osc", "run", "--N", "99999999999999999999"),
                        "N = 99999999999999999999 is out of range"),
                probe(OSC, null, a("osc", "run", "--label", "weird"), "label = weird is not accepted",
                        "one of plain, fancy"),
                probe(OSC, null, a("osc", "run", "--verbose_series", "maybe"), "verbose_series = maybe",
                        "true or false"),
                probe(OSC, null, a("osc", "run", "--set", "omga=2"), "unknown key 'omga'", "did you mean 'omega'"),
                probe(OSC, null, a("osc", "run", "--set", "foo"), "--set: foo is not accepted", "key=value"),
                probe(OSC, null, a("osc", "run", "--set", "dt=-1"), "dt = -1 is out of range", pos),
                probe(OSC, null, a("osc", "run", "--set", "t_final=-2"), "t_final (t_end) = -2 is out of range"),
                probe(OSC, null, a("osc", "run", "--seed", "-1"), "--seed: -1 is out of range",
                        "[0, 18446744073709551615]"),
                probe(OSC, null, a("osc", "run", "--seed", "0x10000000000000000"), "--seed: 0x10000000000000000"),
                probe(OSC, null, a("osc", "run", "--threads", "1025"), "--threads: 1025 is out of range",
                        "[0, 1024]"),
                probe(OSC, null, a("osc", "run", "--threads", "-1"), "--threads: -1 is out of range"),
                probe(OSC, null, a("osc", "run", "--threads", "two"), "--threads: two is not an integer"),
                probe(OSC, null, a("osc", "run", "--formats", "h5,xls"), "--formats: h5,xls is not accepted",
                        "h5,csv,npy,png"),
                probe(OSC, null, a("osc", "run", "--frames", "0"), "--frames: 0 is out of range"),
                probe(OSC, null, a("osc", "run", "--frames", "2", "--save-every", "1"), "--frames: 2 cannot be "
                        + "combined with --save-every 1"),
                probe(OSC, null, a("osc", "run", "--save-every", "0"), "--save-every: 0 is out of range", pos),
                probe(OSC, null, a("osc", "run", "--snapshot-precision", "float16"), "--snapshot-precision: float16",
                        "float32 or float64"),
                probe(OSC, null, a("osc", "run", "--checkpoint-every", "-1"), "--checkpoint-every: -1 is out of "
                        + "range"),
                probe(OSC, null, a("osc", "run", "--restart", "nosuch.h5"), "--restart nosuch.h5: no such file"),
                probe(OSC, null, a("osc", "run", "--max-dataset-mib", "0"), "--max-dataset-mib: 0 is out of range"),
                probe(OSC, null, a("osc", "run", "--progress", "fancy"), "--progress: fancy", "auto, bar, log or none"),
                probe(OSC, null, a("osc", "run", "--config", "nosuch.conf"), "--config nosuch.conf: no such file"),
                probe(OSC, null, a("osc", "run", "--t_end", "0.001"), "t_end / dt = 0.1 is out of range"),
                probe(OSC, null, a("osc", "run", "--N", "1000000", "--frames", "1000", "--max-dataset-mib", "1"),
                        "--max-dataset-mib", "3814.7 MiB", "--save-every"),
                probe(OSC, null, a("osc", "run", "--frob"), "--frob: unknown option"),
                probe(OSC, null, a("osc", "run", "--omega"), "--omega: missing value"),
                probe(OSC, "# comment\nomegaa = 2\n", a("osc", "run", "--config", "CONF"),
                        "bad.conf:2: unknown key 'omegaa' (did you mean 'omega'?)"),
                probe(OSC, "omega 2\n", a("osc", "run", "--config", "CONF"), "bad.conf:1: 'omega 2' is not a "
                        + "'key = value' line"),
                probe(OSC, "dt = -1   # negative\n", a("osc", "run", "--config", "CONF"),
                        "bad.conf:1: dt = -1 is out of range", pos),
                probe(OSC, "n_osc = 1.5\n", a("osc", "run", "--config", "CONF"),
                        "bad.conf:1: n_osc (N) = 1.5 is not an integer"),
                probe(OSC, "= 3\n", a("osc", "run", "--config", "CONF"), "bad.conf:1: '= 3' has no key"),
                probe(OSC, "scenario = kg\n", a("osc", "run", "--config", "CONF"), "scenario = kg does not configure "
                        + "osc run"),
                probe(OSC, "n_cores = 2000\n", a("osc", "run", "--config", "CONF"), "bad.conf: n_cores: 2000 is out "
                        + "of range"),
                probe(OSC, "save_csv = maybe\n", a("osc", "run", "--config", "CONF"), "save_csv = maybe",
                        "true or false"),
                probe(OSC, "Omega = 2\n", a("osc", "run", "--config", "CONF"), "unknown key 'Omega'",
                        "did you mean 'omega'"),
                probe("simdyn osc: ", null, a("osc"), "missing action (actions: run, presets)"),
                probe("simdyn osc: ", null, a("osc", "frob"), "unknown command 'frob'"),
                probe("simdyn run: ", null, a("run"), "--config", "missing"),
                probe("simdyn run: ", "x = 1\n", a("run", "--config", "CONF"), "cannot tell which model",
                        "scenario = ..."),
                probe("simdyn kg run: ", "nx = 63\npotential = phi4\n", a("run", "--config", "CONF"),
                        "N[0] = 63 is out of range"),
                probe("simdyn couzin run: ", "n_fish = 1\n", a("run", "--config", "CONF"),
                        "bad.conf:1: n_fish (N) = 1 is out of range", "[2, 10000000]"),
                probe("simdyn osc run: ", "scenario = osc\nomega = -2\n", a("run", "--config", "CONF"),
                        "bad.conf:2: omega = -2 is out of range"),
                probe("simdyn osc run: ", "scenario = osc\n", a("run", "--config", "CONF", "--dt", "-0.5"),
                        "dt = -0.5 is out of range"));
    }

    @ParameterizedTest(name = "[{index}] simdyn {0}")
    @MethodSource("probes")
    void exitsTwoWithOneLineAndCreatesNothing(String display, String prefix, String config, String[] args,
            String[] expected) throws IOException {
        Path out = tmp.resolve("out");
        List<String> argv = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("CONF")) {
                Path conf = tmp.resolve("bad.conf");
                Files.writeString(conf, config, StandardCharsets.UTF_8);
                argv.add(conf.toString());
            } else {
                argv.add(arg);
            }
        }
        if (args.length > 1 && !args[1].equals("frob")) {
            argv.addAll(List.of("--out", out.toString()));
        }
        Cli.Result res = Cli.run(argv.toArray(String[]::new));
        assertThat(res.code()).as("exit code of %s: %s", Arrays.toString(args), res.err()).isEqualTo(2);
        assertThat(res.out()).as("stdout").isEmpty();
        assertThat(res.errLines()).as("stderr").hasSize(1);
        String line = res.errLines().get(0);
        assertThat(line).startsWith(prefix);
        for (String e : expected) {
            assertThat(line).contains(e);
        }
        assertThat(line).doesNotContain("Usage:").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void nonEmptyOutNeedsForce() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(out.resolve("keep.txt"), "x");
        Cli.Result res = Cli.run("osc", "run", "--out", out.toString(), "--t_end", "0.1");
        assertThat(res.code()).isEqualTo(2);
        assertThat(res.errLines()).singleElement().asString().contains("is not empty", "--force");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.toList()).containsExactly(out.resolve("keep.txt"));
        }
        Cli.Result forced = Cli.run("osc", "run", "--out", out.toString(), "--t_end", "0.1", "--force", "--quiet",
                "--formats", "csv");
        assertThat(forced.code()).as(forced.err()).isZero();
    }

    @Test
    void failedRunExitsOneWithStepAndTime() throws IOException {
        Path out = tmp.resolve("fail");
        Cli.Result res = Cli.run("osc", "run", "--out", out.toString(), "--t_end", "1", "--blowup_step", "37",
                "--quiet", "--json");
        assertThat(res.code()).isEqualTo(1);
        assertThat(res.errLines()).singleElement().asString()
                .startsWith("simdyn osc run: failed at step 37 (t = 0.37): non-finite value in x")
                .contains(out.toString()).doesNotContain("Exception");
        assertThat(res.json().get("status").asText()).isEqualTo("failed");
        assertThat(res.json().get("error").asText()).contains("step 37");
        assertThat(out.resolve("osc.h5")).exists();
        assertThat(out.resolve("osc.h5.part")).doesNotExist();
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"failed\"");
    }
}
