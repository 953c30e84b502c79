package org.simdyn.cli.common;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders {@link Plot}s to PNG (cli spec section 9): XChart 4.0.3, default 900 x 600 ({@code --plot-size WxH}),
 * the image from {@code BitmapEncoder.getBufferedImage} written by ImageIO with the {@code tEXt} chunks
 * {@code Software} ({@code simdyn <version>}), {@code Source} (the command line) and {@code Comment} (the
 * provenance as one line of ASCII JSON). Each file is written to {@code <file>.tmp} and renamed. A plot that fails
 * is a warning, never a failed run.
 */
public final class Plots {
    /** Default width in pixels. */
    public static final int WIDTH = 900;
    /** Default height in pixels. */
    public static final int HEIGHT = 600;
    /** Largest heat map edge in cells. */
    public static final int MAX_CELLS = 256;
    private static final int MAX_PIXELS = 10_000;

    private Plots() {
    }

    /**
     * Parses {@code --plot-size WxH}.
     *
     * @param text e.g. {@code "900x600"}, or null for the default
     * @return {@code {width, height}}
     * @throws UsageException unless both are integers in [100, 10000]
     */
    public static int[] size(String text) {
        if (text == null) {
            return new int[] {WIDTH, HEIGHT};
        }
        String allowed = "must be WxH with integers W and H in [100, " + MAX_PIXELS + "], e.g. 900x600";
        String[] parts = text.split("x", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,6}") || !parts[1].matches("[0-9]{1,6}")) {
            throw new UsageException("--plot-size: " + Values.shown(text) + " is not accepted: " + allowed);
        }
        int w = Integer.parseInt(parts[0]);
        int h = Integer.parseInt(parts[1]);
        if (w < 100 || h < 100 || w > MAX_PIXELS || h > MAX_PIXELS) {
            throw new UsageException("--plot-size: " + text + " is out of range: " + allowed);
        }
        return new int[] {w, h};
    }

    /**
     * Renders plots into a directory; a plot that fails becomes a warning line and is skipped.
     *
     * @param dir the directory. Modified.
     * @param plots the plots. Not modified.
     * @param width image width in pixels
     * @param height image height in pixels
     * @param source the command line ({@code Source})
     * @param provenanceJson the provenance as one line of ASCII JSON ({@code Comment})
     * @param warnings receives one line per failed plot. Modified.
     * @return the files written, relative to {@code dir}
     */
    public static List<String> write(Path dir, List<Plot> plots, int width, int height, String source,
            String provenanceJson, List<String> warnings) {
        List<String> files = new ArrayList<>();
        for (Plot p : plots) {
            try {
                Chart<?, ?> chart = switch (p) {
                    case Plot.Lines l -> lines(l, width, height);
                    case Plot.HeatMap m -> heatMap(m, width, height);
                    case Plot.Scatter s -> scatter(s, width, height);
                };
                writePng(dir.resolve(p.file()), BitmapEncoder.getBufferedImage(chart), source, provenanceJson);
                files.add(p.file());
            } catch (IOException | RuntimeException | LinkageError e) {
                warnings.add("plot " + p.file() + " not written: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        return files;
    }

    private static XYChart lines(Plot.Lines l, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(l.title()).xAxisTitle(l.xTitle())
                .yAxisTitle(l.yTitle()).build();
        chart.getStyler().setYAxisLogarithmic(l.logY());
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        for (Plot.Series s : l.series()) {
            Plot.Series e = envelope(s, 2 * width);
            chart.addSeries(e.name(), e.x(), e.y()).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * Thins a line for drawing: a series longer than {@code 2 * buckets} points keeps, of each of {@code buckets}
     * consecutive runs of samples, its lowest and highest finite point in index order (the first point when the run
     * has none), so the drawn envelope is that of every sample (a per-step series of 10^6 points would take XChart
     * minutes). Shorter series are returned as they are.
     *
     * @param s the series. Not modified.
     * @param buckets the number of runs, >= 1
     * @return the series itself or its thinned copy
     */
    static Plot.Series envelope(Plot.Series s, int buckets) {
        int n = s.y().length;
        if (n <= 2 * buckets) {
            return s;
        }
        double[] x = new double[2 * buckets];
        double[] y = new double[2 * buckets];
        int m = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) n * b / buckets);
            int to = (int) ((long) n * (b + 1) / buckets);
            int lo = -1;
            int hi = -1;
            for (int i = from; i < to; i++) {
                double v = s.y()[i];
                if (Double.isFinite(v)) {
                    if (lo < 0 || v < s.y()[lo]) {
                        lo = i;
                    }
                    if (hi < 0 || v > s.y()[hi]) {
                        hi = i;
                    }
                }
            }
            if (lo < 0) {
                x[m] = s.x()[from];
                y[m++] = s.y()[from];
                continue;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            x[m] = s.x()[first];
            y[m++] = s.y()[first];
            if (second != first) {
                x[m] = s.x()[second];
                y[m++] = s.y()[second];
            }
        }
        return new Plot.Series(s.name(), Arrays.copyOf(x, m), Arrays.copyOf(y, m));
    }

    private static XYChart scatter(Plot.Scatter s, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(s.title()).xAxisTitle(s.xTitle())
                .yAxisTitle(s.yTitle()).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(4);
        for (Plot.Series p : s.points()) {
            chart.addSeries(p.name(), p.x(), p.y()).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        for (Plot.Series l : s.lines()) {
            chart.addSeries(l.name(), l.x(), l.y()).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    private static HeatMapChart heatMap(Plot.HeatMap m, int width, int height) {
        int nx = m.x().length;
        int ny = m.y().length;
        if ((long) nx * ny != m.z().length || nx == 0 || ny == 0) {
            throw new IllegalArgumentException("heat map " + m.file() + ": z has " + m.z().length + " values, not "
                    + nx + " x " + ny);
        }
        int sx = (nx + MAX_CELLS - 1) / MAX_CELLS;
        int sy = (ny + MAX_CELLS - 1) / MAX_CELLS;
        List<Number> xs = new ArrayList<>();
        List<Number> ys = new ArrayList<>();
        for (int i = 0; i < nx; i += sx) {
            xs.add(round(m.x()[i]));
        }
        for (int j = 0; j < ny; j += sy) {
            ys.add(round(m.y()[j]));
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Number[]> cells = new ArrayList<>();
        for (int j = 0; j * sy < ny; j++) {
            for (int i = 0; i * sx < nx; i++) {
                double v = m.z()[j * sy * nx + i * sx];
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                cells.add(new Number[] {i, j, v});
            }
        }
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("heat map " + m.file() + ": no finite value");
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).title(m.title())
                .xAxisTitle(m.xTitle()).yAxisTitle(m.yTitle()).build();
        chart.getStyler().setDrawBorder(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(true);
        if (m.diverging()) {
            double r = Math.max(Math.max(Math.abs(lo), Math.abs(hi)), Double.MIN_VALUE);
            chart.getStyler().setMin(-r).setMax(r)
                    .setRangeColors(new Color[] {new Color(0x2166ac), Color.WHITE, new Color(0xb2182b)});
        } else {
            chart.getStyler().setMin(lo).setMax(hi > lo ? hi : lo + 1)
                    .setRangeColors(new Color[] {new Color(0x440154), new Color(0x21918c), new Color(0xfde725)});
        }
        chart.addSeries(m.title(), xs, ys, cells);
        return chart;
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", v));
    }

    /**
     * Writes an image as PNG with the {@code tEXt} chunks {@code Software}, {@code Source} and {@code Comment}.
     *
     * @param file the file. Modified.
     * @param image the image. Not modified.
     * @param source the command line
     * @param provenanceJson the provenance, ASCII
     * @throws IOException on write failure
     */
    public static void writePng(Path file, BufferedImage image, String source, String provenanceJson)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(image);
            IIOMetadata meta = writer.getDefaultImageMetadata(type, writer.getDefaultWriteParam());
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            text.appendChild(entry("Software", "simdyn " + Version.value()));
            text.appendChild(entry("Source", latin1(source)));
            text.appendChild(entry("Comment", latin1(provenanceJson)));
            IIOMetadataNode root = new IIOMetadataNode(format);
            root.appendChild(text);
            meta.mergeTree(format, root);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, meta), writer.getDefaultWriteParam());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode entry(String keyword, String value) {
        IIOMetadataNode e = new IIOMetadataNode("tEXtEntry");
        e.setAttribute("keyword", keyword);
        e.setAttribute("value", value);
        return e;
    }

    /** tEXt is Latin-1: other characters become {@code ?}. */
    private static String latin1(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 256 ? c : '?');
        }
        return b.toString();
    }
}
