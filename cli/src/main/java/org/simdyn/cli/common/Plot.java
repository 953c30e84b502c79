package org.simdyn.cli.common;

import java.util.List;

/**
 * A chart a scenario asks for (cli spec section 9), rendered by {@link Plots} at the end of a run when {@code png}
 * is among the formats: a line chart or a heat map. Axis titles carry units; the title names the scenario and its
 * key parameters.
 */
public sealed interface Plot {
    /** @return the file name, e.g. {@code "center_field.png"} */
    String file();

    /** @return the chart title */
    String title();

    /**
     * One line of a line chart.
     *
     * @param name the legend entry
     * @param x the abscissae. Not modified.
     * @param y the ordinates, as many as {@code x}. Not modified.
     */
    record Series(String name, double[] x, double[] y) {
    }

    /**
     * A line chart (XChart {@code XYChart}).
     *
     * @param file the file name
     * @param title the title
     * @param xTitle the x axis title with units
     * @param yTitle the y axis title with units
     * @param series the lines, at least one
     * @param logY whether the y axis is logarithmic
     */
    record Lines(String file, String title, String xTitle, String yTitle, List<Series> series, boolean logY)
            implements Plot {
        /** Copies the list. */
        public Lines {
            series = List.copyOf(series);
        }
    }

    /**
     * A scatter chart (XChart {@code XYChart}): {@code points} as markers without lines, {@code lines} as plain
     * lines (outlines, arrows); a NaN in a line ends a segment.
     *
     * @param file the file name
     * @param title the title
     * @param xTitle the x axis title with units
     * @param yTitle the y axis title with units
     * @param points the marker series, at least one
     * @param lines the line series, possibly none
     */
    record Scatter(String file, String title, String xTitle, String yTitle, List<Series> points,
            List<Series> lines) implements Plot {
        /** Copies the lists. */
        public Scatter {
            points = List.copyOf(points);
            lines = List.copyOf(lines);
        }
    }

    /**
     * A heat map (XChart {@code HeatMapChart}) of {@code z[iy * x.length + ix]}, at most 256 x 256 cells (larger
     * grids are subsampled to that by {@link Plots}).
     *
     * @param file the file name
     * @param title the title
     * @param xTitle the x axis title with units
     * @param yTitle the y axis title with units
     * @param x the column coordinates. Not modified.
     * @param y the row coordinates. Not modified.
     * @param z the values, row-major {@code (y, x)}. Not modified.
     * @param diverging a blue-white-red scale over the symmetric range {@code [-max|z|, max|z|]} when true, else
     *        a sequential scale over {@code [min z, max z]}
     */
    record HeatMap(String file, String title, String xTitle, String yTitle, double[] x, double[] y, double[] z,
            boolean diverging) implements Plot {
    }
}
