package org.simdyn.cli.info;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.concurrent.Callable;
import org.simdyn.cli.common.Environment;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.OutputOptions;
import org.simdyn.cli.common.UsageException;
import org.simdyn.cli.common.Values;
import org.simdyn.cli.common.Version;
import org.simdyn.vector.VectorRuntime;
import org.simdyn.vector.random.Philox4x32;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simdyn info rng}: values of the canonical Philox4x32-10 stream (version 1) so that anyone can check
 * an implementation (foundation spec sections 6 and 9).
 *
 * <p>Stream mode prints, for particles {@code P .. P+N-1}, the words of blocks {@code B .. B+ceil(C/4)-1} and
 * normals {@code 4B .. 4B+C-1} of (seed, purpose, step), computed by the bulk (SIMD) path over the whole
 * particle range. {@code --block B} (default 0) is an addition to the foundation spec: without it the
 * normals of blocks beyond 1023 (such as the known-answer rows at blocks 2259 and 65535) cannot be printed. Raw mode ({@code --counter}) prints the one block of a key and counter.
 */
@Command(name = "rng", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print words and normals of the canonical Philox4x32-10 stream (version 1):",
                "key = (seed & 0xFFFFFFFF, seed >>> 32),",
                "counter = (particle, purpose << 16 | block, step & 0xFFFFFFFF, step >>> 32)."})
public final class InfoRngCommand implements Callable<Integer> {
    /** Largest particle index. */
    static final long MAX_PARTICLE = 0xFFFFFFFFL;
    /** Largest {@code --particles}. */
    static final int MAX_PARTICLES = 10_000;
    /** Largest {@code --purpose}. */
    static final int MAX_PURPOSE = 0xFFFF;
    /** Largest block index. */
    static final int MAX_BLOCK = 0xFFFF;
    /** Largest {@code --count}. */
    static final int MAX_COUNT = 4096;
    /** Largest {@code --particles * --count}. */
    static final int MAX_VALUES = 1_000_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed: decimal in [0, 18446744073709551615] or 0x and 1 to 16 hex digits (default 0).")
    private String seed;

    @Option(names = "--particle", paramLabel = "P",
            description = "First particle, an integer in [0, 4294967295] (default 0).")
    private String particle;

    @Option(names = "--particles", paramLabel = "N",
            description = "Number of particles, an integer in [1, 10000] (default 1); P + N - 1 <= 4294967295.")
    private String particles;

    @Option(names = "--purpose", paramLabel = "K", description = "Purpose, an integer in [0, 65535] (default 0).")
    private String purpose;

    @Option(names = "--step", paramLabel = "T",
            description = "Step: decimal in [0, 18446744073709551615] or 0x and 1 to 16 hex digits (default 0).")
    private String step;

    @Option(names = "--block", paramLabel = "B",
            description = "First block, an integer in [0, 65535] (default 0); B + ceil(C/4) - 1 <= 65535.")
    private String block;

    @Option(names = "--count", paramLabel = "C",
            description = "Normals per particle, an integer in [1, 4096] (default 4); N * C <= 1000000.")
    private String count;

    @Option(names = "--counter", paramLabel = "c0,c1,c2,c3",
            description = "Raw mode: print the block of this counter, four words each decimal in [0, 4294967295] "
                    + "or 0x and 1 to 8 hex digits; only --seed may accompany it.")
    private String counter;

    /** Creates the command (picocli instantiates it). */
    public InfoRngCommand() {
    }

    @Override
    public Integer call() {
        long s = seed == null ? 0L : Values.unsigned64("--seed", seed);
        PrintWriter out = spec.commandLine().getOut();
        if (counter != null) {
            raw(out, s, counterWords());
        } else {
            stream(out, s);
        }
        out.flush();
        return 0;
    }

    private int[] counterWords() {
        String[][] others = {{"--particle", particle}, {"--particles", particles}, {"--purpose", purpose},
                {"--step", step}, {"--block", block}, {"--count", count}};
        for (String[] o : others) {
            if (o[1] != null) {
                throw new UsageException("--counter: " + counter + " cannot be combined with " + o[0]
                        + " (raw mode takes --seed and --counter only)");
            }
        }
        String[] parts = counter.split(",", -1);
        if (parts.length != 4) {
            throw new UsageException("--counter: " + Values.shown(counter) + " has " + parts.length
                    + " words: must be 4 words c0,c1,c2,c3, each decimal in [0, 4294967295] or 0x and 1 to 8 hex "
                    + "digits");
        }
        int[] c = new int[4];
        for (int k = 0; k < 4; k++) {
            c[k] = Values.unsigned32("--counter c" + k, parts[k]);
        }
        return c;
    }

    private void raw(PrintWriter out, long s, int[] c) {
        int k0 = (int) s;
        int k1 = (int) (s >>> 32);
        int[] w = new int[4];
        Philox4x32.block(k0, k1, c[0], c[1], c[2], c[3], w, 0);
        if (output.json()) {
            try (JsonGenerator g = Json.generator(out)) {
                g.writeStartObject();
                g.writeStringField("generator", Environment.GENERATOR);
                hexArray(g, "key", new int[] {k0, k1});
                hexArray(g, "counter", c);
                hexArray(g, "words", w);
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
        } else {
            out.printf("%s block: key %s %s, counter %s %s %s %s%n", Environment.GENERATOR, Json.hex32(k0),
                    Json.hex32(k1), Json.hex32(c[0]), Json.hex32(c[1]), Json.hex32(c[2]), Json.hex32(c[3]));
            out.printf("words %s %s %s %s%n", Json.hex32(w[0]), Json.hex32(w[1]), Json.hex32(w[2]),
                    Json.hex32(w[3]));
        }
    }

    private void stream(PrintWriter out, long s) {
        long p = particle == null ? 0 : Values.integer("--particle", particle, 0, MAX_PARTICLE);
        int n = particles == null ? 1 : (int) Values.integer("--particles", particles, 1, MAX_PARTICLES);
        int k = purpose == null ? 0 : (int) Values.integer("--purpose", purpose, 0, MAX_PURPOSE);
        long t = step == null ? 0L : Values.unsigned64("--step", step);
        int b = block == null ? 0 : (int) Values.integer("--block", block, 0, MAX_BLOCK);
        int c = count == null ? 4 : (int) Values.integer("--count", count, 1, MAX_COUNT);
        if (b + (c + 3) / 4 - 1 > MAX_BLOCK) {
            throw new UsageException("--count: " + c + " is out of range: --block + ceil(--count / 4) - 1 = "
                    + (b + (c + 3) / 4 - 1) + " must be <= 65535 (with --block " + b + ", --count must be in [1, "
                    + 4 * (MAX_BLOCK - b + 1) + "])");
        }
        if (p + n - 1 > MAX_PARTICLE) {
            throw new UsageException("--particles: " + n + " is out of range: --particle + --particles - 1 = "
                    + (p + n - 1) + " must be <= 4294967295 (with --particle " + p + ", --particles must be in [1, "
                    + (MAX_PARTICLE - p + 1) + "])");
        }
        if ((long) n * c > MAX_VALUES) {
            throw new UsageException("--count: " + c + " is out of range: --particles * --count = " + (long) n * c
                    + " must be <= " + MAX_VALUES + " (with --particles " + n + ", --count must be in [1, "
                    + Math.min(MAX_COUNT, MAX_VALUES / n) + "])");
        }
        Stream st = Stream.compute(Philox4x32.of(s), p, n, k, t, b, c);
        if (output.json()) {
            json(out, s, st);
        } else {
            table(out, s, st);
        }
    }

    /** The words and normals of particles {@code p .. p+n-1}, blocks {@code b0 .. b0+ceil(c/4)-1}. */
    private record Stream(long p, int n, int purpose, long step, int b0, int c, int[][] words,
            double[][] normals) {
        static Stream compute(Philox4x32 rng, long p, int n, int purpose, long step, int b0, int c) {
            int blocks = (c + 3) / 4;
            int[][] words = new int[n][4 * blocks];
            double[][] normals = new double[n][c];
            int[][] w = new int[4][n];
            double[][] z = new double[4][n];
            for (int b = 0; b < blocks; b++) {
                rng.words(step, purpose, b0 + b, p, n, w[0], w[1], w[2], w[3], 0);
                rng.normals(step, purpose, b0 + b, p, n, z[0], 4 * b + 1 < c ? z[1] : null,
                        4 * b + 2 < c ? z[2] : null, 4 * b + 3 < c ? z[3] : null, 0);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < 4; j++) {
                        words[i][4 * b + j] = w[j][i];
                        if (4 * b + j < c) {
                            normals[i][4 * b + j] = z[j][i];
                        }
                    }
                }
            }
            return new Stream(p, n, purpose, step, b0, c, words, normals);
        }
    }

    private static void json(PrintWriter out, long s, Stream st) {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("generator", Environment.GENERATOR);
            g.writeNumberField("stream_version", Philox4x32.STREAM_VERSION);
            g.writeFieldName("seed");
            g.writeNumber(new BigInteger(Long.toUnsignedString(s)));
            hexArray(g, "key", new int[] {(int) s, (int) (s >>> 32)});
            g.writeNumberField("purpose", st.purpose());
            g.writeFieldName("step");
            g.writeNumber(new BigInteger(Long.toUnsignedString(st.step())));
            g.writeNumberField("block", st.b0());
            g.writeObjectField("vector", Environment.vectorShort());
            g.writeArrayFieldStart("rows");
            for (int i = 0; i < st.n(); i++) {
                g.writeStartObject();
                g.writeNumberField("particle", st.p() + i);
                hexArray(g, "words", st.words()[i]);
                g.writeArrayFieldStart("normals");
                for (double z : st.normals()[i]) {
                    g.writeNumber(z);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void table(PrintWriter out, long s, Stream st) {
        out.printf("%s stream version %d: seed %s (key %s %s), purpose %d, step %s, %s%n", Environment.GENERATOR,
                Philox4x32.STREAM_VERSION, Long.toUnsignedString(s), Json.hex32((int) s),
                Json.hex32((int) (s >>> 32)), st.purpose(), Long.toUnsignedString(st.step()),
                VectorRuntime.description());
        out.printf("%10s %5s  %-10s %-10s %-10s %-10s  %-23s %-23s %-23s %s%n", "particle", "block", "w0", "w1",
                "w2", "w3", "z[4b]", "z[4b+1]", "z[4b+2]", "z[4b+3]");
        for (int i = 0; i < st.n(); i++) {
            int[] w = st.words()[i];
            double[] z = st.normals()[i];
            for (int b = 0; b < w.length / 4; b++) {
                StringBuilder line = new StringBuilder(String.format("%10d %5d ", st.p() + i, st.b0() + b));
                for (int j = 0; j < 4; j++) {
                    line.append(' ').append(Json.hex32(w[4 * b + j]));
                }
                line.append(' ');
                for (int j = 0; j < 4 && 4 * b + j < st.c(); j++) {
                    line.append(String.format(" %-23s", Double.toString(z[4 * b + j])));
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }

    private static void hexArray(JsonGenerator g, String name, int[] words) throws IOException {
        g.writeArrayFieldStart(name);
        for (int w : words) {
            g.writeString(Json.hex32(w));
        }
        g.writeEndArray();
    }
}
