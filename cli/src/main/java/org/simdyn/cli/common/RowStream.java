package org.simdyn.cli.common;

import java.util.List;

/**
 * An additional row stream of a {@link Simulation} (cli spec section 7): rows of scalar columns pushed at any time
 * while stepping, any number per step, through the {@link Sink} that the {@link Engine} hands to
 * {@link Simulation#rowSink}. The engine spills the rows to {@code DIR/.spill/rows_<name>.npy} (memory does not
 * grow with the step count), records their count in the checkpoint's {@code sinks} (key {@code rows/<name>}),
 * truncates the file to that count on a restart in place, and assembles one dataset per column at the end (HDF5,
 * and NPY with {@code npy}; int8 columns only in HDF5, as every non-float dataset).
 *
 * @param name the stream's name: snake_case, unique among the simulation's streams
 * @param dim the dimension of every column; a column of this name is its coordinate ({@code DIMENSION_SCALE})
 * @param columns the columns, in row order
 */
public record RowStream(String name, String dim, List<Column> columns) {
    /**
     * One column of a stream.
     *
     * @param name the dataset name ({@code group/name} puts it in an HDF5 group)
     * @param units UDUNITS units, {@code "1"} if dimensionless
     * @param longName a readable name
     * @param int8 whether the dataset is int8 (the values are then integers in [-128, 127]); else float64
     */
    public record Column(String name, String units, String longName, boolean int8) {
    }

    /** Receives the rows of a simulation's streams. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Appends one row to a stream (the values are copied).
         *
         * @param stream the index of the stream in {@link Simulation#rowStreams()}
         * @param row one value per column. Not modified.
         * @throws java.io.UncheckedIOException if writing fails
         */
        void append(int stream, double[] row);
    }

    /** Copies the column list and checks it is not empty. */
    public RowStream {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("stream " + name + " has no columns");
        }
    }
}
