package org.simdyn.cli.couzin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.simdyn.cli.common.CsvStream;
import org.simdyn.particles.SwarmState;

/**
 * State files (couzin spec section 3, {@code init = file}, and {@code analyze --state}): CSV, {@code #} comment lines
 * skipped, a header naming {@code x, y[, z], vx, vy[, vz]} in any order, extra columns ignored, one agent per
 * row. The peer's {@code <stem>_final_state.csv} and simdyn's load.
 */
final class StateFile {
    private static final String[] AXES = {"x", "y", "z", "vx", "vy", "vz"};

    private StateFile() {
    }

    /**
     * Reads a state.
     *
     * @param file the CSV file
     * @param key the parameter as the user gave it, for messages
     * @param dim 2 or 3; 0 = from the columns (3 when {@code z} and {@code vz} are present)
     * @return the state, unplaced, without image counters
     * @throws IllegalArgumentException if the file is unreadable, lacks a column, has a non-finite or malformed
     *         value, or fewer than 2 rows
     */
    static SwarmState read(Path file, String key, int dim) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(key + " = " + file + ": no such file or not readable");
        }
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                header = i;
            }
        }
        if (header < 0) {
            throw new IllegalArgumentException(key + " = " + file + " has no header row: must name the columns x, "
                    + "y[, z], vx, vy[, vz]");
        }
        List<String> names = new ArrayList<>();
        for (String c : lines.get(header).split(",", -1)) {
            names.add(c.strip().toLowerCase(Locale.ROOT));
        }
        int d = dim != 0 ? dim : names.contains("z") && names.contains("vz") ? 3 : 2;
        int[] col = new int[6];
        for (int a = 0; a < 6; a++) {
            col[a] = names.indexOf(AXES[a]);
            boolean needed = d == 3 || (a != 2 && a != 5);
            if (needed && col[a] < 0) {
                throw new IllegalArgumentException(key + " = " + file + " has no column '" + AXES[a] + "': must name "
                        + (d == 3 ? "x, y, z, vx, vy, vz" : "x, y, vx, vy") + " (dim = " + d + ")");
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cells = t.split(",", -1);
            double[] row = new double[6];
            for (int a = 0; a < 6; a++) {
                if (col[a] < 0 || (d == 2 && (a == 2 || a == 5))) {
                    continue;
                }
                String cell = col[a] < cells.length ? cells[col[a]].strip() : "";
                try {
                    row[a] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    row[a] = Double.NaN;
                }
                if (!Double.isFinite(row[a])) {
                    throw new IllegalArgumentException(key + " = " + file + ":" + (i + 1) + ": " + AXES[a] + " = '"
                            + cell + "' is not accepted: must be a finite number");
                }
            }
            rows.add(row);
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException(key + " = " + file + " has " + rows.size() + " agents: must have at "
                    + "least 2 rows");
        }
        int n = rows.size();
        double[][] v = new double[6][n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 6; a++) {
                v[a][i] = rows.get(i)[a];
            }
        }
        return SwarmState.of(v[0], v[1], d == 3 ? v[2] : null, v[3], v[4], d == 3 ? v[5] : null);
    }

    /**
     * Writes a state as {@code agent, x, y[, z], vx, vy[, vz]} with simdyn's two comment lines (loadable by
     * {@link #read}).
     *
     * @param file the file. Replaced.
     * @param command the command, e.g. {@code "couzin run"}
     * @param provenance one-line JSON
     * @param s the state (wrapped positions). Not modified.
     * @throws IOException on write failure
     */
    static void write(Path file, String command, String provenance, SwarmState s) throws IOException {
        boolean three = s.dim() == 3;
        List<String> names = three ? List.of("agent", "x", "y", "z", "vx", "vy", "vz")
                : List.of("agent", "x", "y", "vx", "vy");
        try (CsvStream csv = CsvStream.create(file, command, provenance, names)) {
            double[] row = new double[names.size()];
            for (int i = 0; i < s.n(); i++) {
                int c = 0;
                row[c++] = i;
                row[c++] = s.x()[i];
                row[c++] = s.y()[i];
                if (three) {
                    row[c++] = s.z()[i];
                }
                row[c++] = s.vx()[i];
                row[c++] = s.vy()[i];
                if (three) {
                    row[c] = s.vz()[i];
                }
                csv.append(row);
            }
        }
    }
}
