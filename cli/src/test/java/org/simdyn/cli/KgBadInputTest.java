package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.cli.common.NpyStream;

/**
 * kg.md section 9 through the CLI: every bad input exits 2 with exactly one line naming the problem, nothing on
 * stdout, and no output directory (table-driven probes).
 */
class KgBadInputTest {
    @TempDir
    Path tmp;

    private static Arguments probe(String expected, String... args) {
        return Arguments.of(String.join(" ", args), args, expected);
    }

    static Stream<Arguments> probes() {
        return Stream.of(
                probe("N[0] = 63 is out of range", "run", "--N", "63"),
                probe("N[0] = 6 is out of range", "run", "--N", "6"),
                probe("N[0] = 14 is out of range", "run", "--N", "14"),
                probe("N = 33554432 is out of range", "run", "--dim", "2", "--N", "8192,4096"),
                probe("L[0] = -5.0 is out of range", "run", "--L", "-5"),
                probe("dt = 0 is out of range", "run", "--dt", "0"),
                probe("T = -1 is out of range", "run", "--T", "-1"),
                probe("T = 1.005 is out of range: must be a multiple of dt", "run", "--T", "1.005"),
                probe("cannot be combined with steps", "run", "--T", "1", "--steps", "10"),
                probe("lambda = nan is out of range", "run", "--lambda", "nan"),
                probe("L = inf is out of range", "run", "--L", "inf"),
                probe("dim = 4 is out of range", "run", "--dim", "4"),
                probe("potential = phi8 is not accepted", "run", "--potential", "phi8"),
                probe("ic = soliton is not accepted", "run", "--ic", "soliton"),
                probe("method = rk4 is not accepted", "run", "--method", "rk4"),
                probe("filter = gauss is not accepted", "run", "--filter", "gauss"),
                probe("bc = dirichlet is not accepted", "run", "--bc", "dirichlet"),
                probe("lambda = 0 is out of range", "run", "--lambda", "0"),
                probe("vacuum = -1 is out of range", "run", "--vacuum", "-1"),
                probe("mass = -1 is out of range", "run", "--potential", "linear", "--mass", "-1"),
                probe("eta = -0.25 is out of range", "run", "--potential", "double-sine-gordon", "--eta", "-0.25"),
                probe("u = 1 is out of range", "run", "--u", "1"),
                probe("velocity (u) = -1.5 is out of range", "run", "--velocity", "-1.5"),
                probe("omega = 1 is out of range", "run", "--potential", "sine-gordon", "--ic", "breather",
                        "--omega", "1"),
                probe("width = 0 is out of range", "run", "--ic", "gaussian", "--width", "0"),
                probe("radius = -2 is out of range", "run", "--radius", "-2"),
                probe("separation = 0 is out of range", "run", "--separation", "0"),
                probe("it needs sine-gordon", "run", "--ic", "breather"),
                probe("a single kink needs phi4 or sine-gordon", "run", "--potential", "linear", "--ic", "kink"),
                probe("jump of 2v at the seam", "run", "--ic", "kink", "--bc", "periodic"),
                probe("winding needs V(phi + 2 pi) = V(phi)", "run", "--bc", "winding", "--winding", "1"),
                probe("puts a jump of 2v at the seam", "run", "--bc", "antiperiodic"),
                probe("does not wind by 2 pi Q", "run", "--potential", "sine-gordon", "--ic", "breather", "--bc",
                        "winding", "--winding", "1"),
                probe("does not wind by 2 pi Q", "run", "--potential", "sine-gordon", "--ic", "kink", "--bc",
                        "winding", "--winding", "-1"),
                probe("winding = 0 is out of range", "run", "--potential", "sine-gordon", "--ic", "vacuum", "--bc",
                        "winding"),
                probe("use --method expo", "run", "--method", "verlet", "--N", "4096", "--L", "100", "--dt", "0.1"),
                probe("order-4 substeps are negative", "run", "--method", "expo4", "--damping", "0.1"),
                probe("order-4 substeps are negative", "run", "--method", "verlet4", "--sponge-width", "20",
                        "--N", "512", "--L", "100", "--dt", "0.01"),
                probe("step_control = reversible is out of range", "run", "--method", "expo4", "--step-control",
                        "reversible"),
                probe("step_control = reversible is out of range", "run", "--damping", "0.5", "--step-control",
                        "reversible"),
                probe("sponge_width[0] = -1.0 is out of range", "run", "--sponge-width", "-1"),
                probe("sponge_width[0] = 200.0 is out of range", "run", "--sponge-width", "200"),
                probe("sponge_strength = -1 is out of range", "run", "--sponge-strength", "-1"),
                probe("damping = -0.1 is out of range", "run", "--damping", "-0.1"),
                probe("diag_every = 0.03 is out of range: must be a multiple of dt", "run", "--diag-every", "0.03"),
                probe("probe_x = 500.0 is out of range", "run", "--probe-x", "500"),
                probe("classify = true is out of range", "run", "--classify", "--potential", "phi6"),
                probe("classify = true is out of range", "run", "--classify", "true", "--dim", "2", "--N", "32",
                        "--L", "40", "--ic", "wall-pair"),
                probe("phi0_file = nosuch.npy: no such file", "run", "--ic", "npy", "--phi0-file", "nosuch.npy"),
                probe("phi0_file is missing", "run", "--ic", "npy"),
                probe("must be float64 of shape [64]", "run", "--ic", "npy", "--N", "64", "--phi0-file", "NPY32"),
                probe("u = 1.5 is out of range", "scan", "--u", "0.2,1.5"),
                probe("points; must be at most 10000", "scan", "--u", "0.0001:0.9:0.00001"),
                probe("refine_tol = 0.01 is out of range", "scan", "--u", "0.1:0.2:0.01", "--refine-tol", "0.01"),
                probe("refine_tol = -1 is out of range", "scan", "--refine-tol", "-1"),
                probe("parallel_runs = 0 is out of range", "scan", "--parallel-runs", "0"),
                probe("N[0] = 98 is out of range", "scan", "--N", "98"));
    }

    @ParameterizedTest(name = "[{index}] kg {0}")
    @MethodSource("probes")
    void exitsTwoWithOneLine(String display, String[] args, String expected) throws IOException {
        Path out = tmp.resolve("out");
        List<String> argv = new ArrayList<>(List.of("kg"));
        for (String a : args) {
            if (a.equals("NPY32")) {
                Path f = tmp.resolve("f32.npy");
                try (NpyStream s = NpyStream.create(f, true, new int[0])) {
                    s.append(new double[] {1.0});
                }
                argv.add(f.toString());
            } else {
                argv.add(a);
            }
        }
        argv.addAll(List.of("--out", out.toString()));
        Cli.Result res = Cli.run(argv.toArray(String[]::new));
        assertThat(res.code()).as("exit code of %s: %s", Arrays.toString(args), res.err()).isEqualTo(2);
        assertThat(res.out()).as("stdout").isEmpty();
        assertThat(res.errLines()).as("stderr").hasSize(1);
        assertThat(res.errLines().get(0)).startsWith("simdyn kg " + args[0] + ": ").contains(expected)
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
