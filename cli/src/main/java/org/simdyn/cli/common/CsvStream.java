package org.simdyn.cli.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A CSV series written row by row (cli spec section 6): line 1 {@code # simdyn <version> <command>}, line 2
 * {@code # provenance: <one-line JSON>}, then a header row and rows of {@link Double#toString(double)} values
 * separated by {@code ,}; reads with {@code pandas.read_csv(f, comment="#")}.
 */
public final class CsvStream implements AutoCloseable {
    private static final int PREAMBLE = 3;

    private final Path path;
    private final BufferedWriter writer;
    private final int columns;
    private long rows;

    private CsvStream(Path path, BufferedWriter writer, int columns, long rows) {
        this.path = path;
        this.writer = writer;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Creates (or replaces) a file with its two comment lines and header row.
     *
     * @param path the file
     * @param command e.g. {@code "kg run"}
     * @param provenance one-line JSON
     * @param names the column names. Not modified.
     * @return the open stream
     * @throws IOException on write failure
     */
    public static CsvStream create(Path path, String command, String provenance, List<String> names)
            throws IOException {
        BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        w.write("# simdyn " + Version.value() + " " + command + "\n");
        w.write("# provenance: " + provenance + "\n");
        w.write(String.join(",", names) + "\n");
        w.flush();
        return new CsvStream(path, w, names.size(), 0);
    }

    /**
     * Reopens a file written by this class, keeping its first {@code rows} data rows (restart).
     *
     * @param path the file
     * @param rows rows to keep
     * @return the open stream
     * @throws IOException if the file is unreadable or has fewer rows
     */
    public static CsvStream reopen(Path path, long rows) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.size() < PREAMBLE + rows) {
            throw new IOException(path + " has " + Math.max(0, lines.size() - PREAMBLE)
                    + " rows, fewer than the checkpoint's " + rows);
        }
        int columns = lines.get(PREAMBLE - 1).split(",", -1).length;
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < PREAMBLE + rows; i++) {
            kept.append(lines.get(i)).append('\n');
        }
        Files.writeString(path, kept, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new CsvStream(path, w, columns, rows);
    }

    /** @return the file */
    public Path path() {
        return path;
    }

    /** @return the rows written */
    public long rows() {
        return rows;
    }

    /**
     * Appends one row.
     *
     * @param values one value per column. Not modified.
     * @throws IOException on write failure
     */
    public void append(double[] values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException("values.length = " + values.length + " is not " + columns);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(Double.toString(values[i]));
        }
        writer.write('\n');
        rows++;
    }

    /**
     * Writes buffered rows to the file.
     *
     * @throws IOException on write failure
     */
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
