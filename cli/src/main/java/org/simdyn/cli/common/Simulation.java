package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A model stepped by {@link Engine}: a state at step boundaries, snapshot fields, a diagnostic series and final
 * results. State {@code n} is the state after {@code n} steps (time {@code n * dt()}); {@link #step(long)}
 * advances from state {@code n} to {@code n + 1}. Everything the integrator needs at a step boundary is in
 * {@link #state()} (Philox draws need only the seed and the step counter), so that a checkpoint restores the run
 * bit for bit.
 */
public interface Simulation extends Description {
    /** @return the integrator's name for provenance, e.g. {@code "velocity-verlet"} */
    String integrator();

    /** @return the time step */
    double dt();

    /** @return the number of steps of the whole run */
    long steps();

    /**
     * Returns the state arrays in {@code state_order}: live references that a restart overwrites in place.
     *
     * @return name to array, in a fixed order
     */
    Map<String, double[]> state();

    /** Sets state 0 (the initial condition). */
    void initialize();

    /**
     * Advances from state {@code n} to state {@code n + 1}.
     *
     * @param n the step counter
     * @throws ArithmeticException when the state becomes non-finite: the run fails at step {@code n} with the
     *         exception's message (outputs up to the last frame are kept)
     */
    void step(long n);

    /** @return the snapshot fields, written at every frame; their {@code dims} exclude the leading {@code t} */
    List<Field> frameFields();

    /**
     * Writes the current value of a snapshot field.
     *
     * @param name the field's name
     * @param out receives {@code Field.size()} values. Modified.
     */
    void frame(String name, double[] out);

    /** @return the scalar columns of the diagnostic series; the first is its time coordinate */
    List<Field> seriesColumns();

    /**
     * Returns the series interval in steps; {@code 0} means no rows.
     *
     * @return the interval, {@code >= 0}
     */
    long seriesEvery();

    /**
     * Returns the names of the series columns written to {@code <stem>.csv}, in that order. Default: every column
     * of {@link #seriesColumns()}.
     *
     * @return column names, each one of {@link #seriesColumns()}
     */
    default List<String> csvColumns() {
        return seriesColumns().stream().map(Field::name).toList();
    }

    /**
     * Returns the columns of the frame table (cli spec section 6): series columns that are defined only at some
     * steps ({@link #frameTableRow}). They stream with the series (NaN elsewhere; checkpoints and restarts as the
     * series) and reach {@link #headline(Map)} so, but the outputs hold only the rows of the table: the HDF5 group
     * {@code /frames} (one dataset per column, dimension {@code frame}) instead of root datasets, and
     * {@code <stem>_frames.csv} with {@code csv}. Default: none.
     *
     * @return column names, each one of {@link #seriesColumns()}, in output order
     */
    default List<String> frameTable() {
        return List.of();
    }

    /**
     * Returns whether the series row of step {@code n} is a row of the frame table. Default: every row.
     *
     * @param n the step counter of the row
     * @return whether it belongs to the frame table
     */
    default boolean frameTableRow(long n) {
        return true;
    }

    /**
     * Writes one row of the series at the current state.
     *
     * @param n the step counter of the current state
     * @param out receives one value per column. Modified.
     */
    void row(long n, double[] out);

    /** @return datasets written once at the end (coordinates, final values), from the current state */
    List<Dataset> results();

    /**
     * Returns the datasets written once at the end with the streamed datasets of the run at hand, so that results
     * derived from a whole {@link #rowStreams() row stream} (e.g. delay vectors of a probe series) are computed from
     * the complete stream (the same bits after a restart in place). Default: {@link #results()}.
     *
     * @param streamed the snapshot coordinate, the series columns and the row-stream columns by name. Not modified.
     * @return the datasets
     */
    default List<Dataset> results(Map<String, Dataset> streamed) {
        return results();
    }

    /**
     * Returns the additional row streams of the simulation (see {@link RowStream}): rows pushed through the sink of
     * {@link #rowSink} at any time while stepping. Default: none.
     *
     * @return the streams, in order; fixed for the simulation's lifetime
     */
    default List<RowStream> rowStreams() {
        return List.of();
    }

    /**
     * Receives the sink of the {@link #rowStreams()}, before the first {@link #step} (and before
     * {@link #initialize()}). Default: ignored.
     *
     * @param sink appends rows; valid until the run ends
     */
    default void rowSink(RowStream.Sink sink) {
    }

    /**
     * Returns the accumulators of the run at the current step boundary (running maxima, initial values, sample
     * pools): saved in the checkpoint under {@code /extras}, outside {@code state_order} and {@code state_sha256}
     * (which cover the integrator's state only), and handed back through {@link #restoreExtras} on a restart, so that
     * results and headline numbers cover the whole run. Default: none.
     *
     * @return name to values (copies; possibly empty arrays)
     */
    default Map<String, double[]> extras() {
        return Map.of();
    }

    /**
     * Restores the accumulators saved by {@link #extras()} in the checkpoint a restart continues from; called after
     * the state arrays were overwritten and before the first {@link #step}. Default: ignored.
     *
     * @param saved name to values, as {@link #extras()} returned them. Not modified.
     */
    default void restoreExtras(Map<String, double[]> saved) {
    }

    /** @return the headline numbers of the JSON envelope, from the current state */
    ObjectNode headline();

    /**
     * Returns the headline numbers with every dataset of the run at hand, so that window means over the
     * diagnostic series can be computed from the streamed series (the same bits after a restart). Default:
     * {@link #headline()}.
     *
     * @param datasets every dataset of the run by name (series columns complete; snapshot fields possibly empty
     *        placeholders when neither {@code h5} nor {@code png} is requested). Not modified.
     * @return the headline
     */
    default ObjectNode headline(Map<String, Dataset> datasets) {
        return headline();
    }

    /**
     * Returns warnings found while building the simulation (held back until validation succeeded, then printed
     * and listed in the JSON {@code warnings}), and any raised while running (asked again after the run: the new
     * ones are printed then). Default: none.
     *
     * @return the warnings so far, in order
     */
    default List<Warning> warnings() {
        return List.of();
    }

    /**
     * Returns the name of the snapshot frames' time coordinate (and of their leading dimension), which must differ
     * from every series column. Default {@code "t"}.
     *
     * @return the name
     */
    default String frameCoordinate() {
        return "t";
    }

    /**
     * Returns the charts of the run (cli spec section 9), rendered at the end when {@code png} is requested; a
     * chart that fails to render is a warning. Default: none.
     *
     * @param datasets every dataset of the run by name (snapshot fields with all their frames). Not modified.
     * @return the plots
     */
    default List<Plot> plots(Map<String, Dataset> datasets) {
        return List.of();
    }

    /** @return the RNG purposes the model draws from, name to value (provenance) */
    Map<String, Integer> purposes();
}
