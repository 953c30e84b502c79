package org.simdyn.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs simdyn commands in this JVM with captured stdout and stderr (public for the tests of sub-packages). */
public final class Cli {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Cli() {
    }

    /** Exit code, stdout and stderr of one command. */
    public record Result(int code, String out, String err) {
        /** Parses stdout as exactly one JSON value (trailing tokens fail). */
        public JsonNode json() {
            try {
                return STRICT.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not one JSON value: " + out, e);
            }
        }

        /** The lines of stderr. */
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /**
     * Runs one command.
     *
     * @param args the arguments
     * @return its exit code and output
     */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code Main} in a new JVM (for settings read once per JVM, such as {@code -Dsimdyn.threads}) and
     * drops the JVM's own {@code WARNING: Using incubator modules} line from stderr.
     */
    static Result runJvm(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("simdyn-test", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int code = p.waitFor();
                StringBuilder errText = new StringBuilder();
                for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("WARNING: Using incubator modules")) {
                        errText.append(line).append('\n');
                    }
                }
                return new Result(code, out, errText.toString());
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Non-comment, non-blank lines of a test resource, split on whitespace. */
    static List<String[]> rows(String resource) {
        try (InputStream in = Cli.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    rows.add(t.split("\\s+"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
