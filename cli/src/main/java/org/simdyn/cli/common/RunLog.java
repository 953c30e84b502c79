package org.simdyn.cli.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The stderr lines of a run (progress log lines, warnings, the final one-liner), also appended to
 * {@code DIR/log.txt} once the output directory exists. {@code --quiet} drops info and warning lines from
 * stderr; {@code log.txt} keeps them.
 */
public final class RunLog implements AutoCloseable {
    private final PrintWriter err;
    private final boolean quiet;
    private Writer file;

    /**
     * Creates the log.
     *
     * @param err the command's stderr. Modified.
     * @param quiet {@code --quiet}
     */
    public RunLog(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    /**
     * Starts copying lines to {@code DIR/log.txt}.
     *
     * @param dir the output directory
     * @throws IOException if the file cannot be opened
     */
    public void open(Path dir) throws IOException {
        file = Files.newBufferedWriter(dir.resolve("log.txt"), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * An info or warning line: on stderr unless quiet, and in {@code log.txt}.
     *
     * @param line the line
     */
    public void line(String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
        toFile(line);
    }

    /**
     * A line that prints even with {@code --quiet} (the one-line exit-1 or interrupt message).
     *
     * @param line the line
     */
    public void always(String line) {
        err.println(line);
        err.flush();
        toFile(line);
    }

    private void toFile(String line) {
        if (file != null) {
            try {
                file.write(line + "\n");
                file.flush();
            } catch (IOException e) {
                file = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
