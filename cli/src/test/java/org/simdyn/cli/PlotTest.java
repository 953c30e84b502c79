package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.Plot;
import org.simdyn.cli.common.Plots;
import org.simdyn.cli.common.Provenance;
import org.simdyn.cli.common.Version;
import org.w3c.dom.Node;

/** Plots (cli spec sections 9, 13): PNG size, {@code tEXt} provenance, not blank; failures are warnings. */
class PlotTest {
    @TempDir
    Path tmp;

    @Test
    void oscRunWritesItsPlotWithProvenance() throws IOException {
        Path out = tmp.resolve("o");
        Cli.Result r = Cli.run("osc", "run", "--out", out.toString(), "--formats", "h5,png", "--t_end", "2",
                "--json", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> files = new ArrayList<>();
        r.json().get("files").forEach(f -> files.add(f.asText()));
        assertThat(files).contains("displacement.png", "osc.h5");
        Path png = out.resolve("displacement.png");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(600);
        assertNotBlank(img);
        Map<String, String> text = textChunks(png);
        assertThat(text.get("Software")).isEqualTo("simdyn " + Version.value());
        assertThat(text.get("Source")).startsWith("simdyn osc run --out ").contains("--formats h5,png");
        JsonNode provenance = Json.parse(text.get("Comment"));
        for (String k : Provenance.KEYS) {
            assertThat(provenance.has(k)).as(k).isTrue();
        }
        assertThat(provenance.get("command").asText()).isEqualTo("osc run");
        assertThat(provenance.get("git_commit").asText()).matches("[0-9a-f]{40}|unknown");
        assertThat(provenance.get("status").asText()).isEqualTo("ok");
        assertThat(provenance.get("parameters").get("t_end").asDouble()).isEqualTo(2.0);
        assertThat(r.json().get("warnings")).isEmpty();
    }

    @Test
    void plotSizeAndPngWithoutH5() throws IOException {
        Path out = tmp.resolve("p");
        Cli.Result r = Cli.run("osc", "run", "--out", out.toString(), "--formats", "png", "--plot-size", "400x300",
                "--t_end", "1", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(out.resolve("displacement.png").toFile());
        assertThat(img.getWidth()).isEqualTo(400);
        assertThat(img.getHeight()).isEqualTo(300);
        assertNotBlank(img);
        assertThat(out.resolve("osc.h5")).doesNotExist();
        assertThat(Cli.run("osc", "run", "--out", tmp.resolve("q").toString(), "--formats", "h5", "--t_end", "1",
                "--quiet").code()).isZero();
        assertThat(tmp.resolve("q").resolve("displacement.png")).as("no png without png in --formats")
                .doesNotExist();
    }

    @Test
    void badPlotSizeExitsTwo() {
        for (String bad : List.of("10x10", "900", "900x", "axb", "900x600x2", "20000x600", "-900x600")) {
            Path out = tmp.resolve("bad");
            Cli.Result r = Cli.run("osc", "run", "--out", out.toString(), "--plot-size", bad);
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.errLines()).singleElement().asString().startsWith("simdyn osc run: --plot-size: ")
                    .contains("WxH").contains("[100, 10000]");
            assertThat(r.out()).isEmpty();
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void heatMapIsSubsampledAndAFailedPlotIsAWarning() throws IOException {
        int nx = 300;
        int ny = 40;
        double[] x = new double[nx];
        double[] y = new double[ny];
        double[] z = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            x[i] = -1 + 2.0 * i / nx;
        }
        for (int j = 0; j < ny; j++) {
            y[j] = 0.5 * j;
            for (int i = 0; i < nx; i++) {
                z[j * nx + i] = Math.tanh(5 * (x[i] - 0.02 * y[j]));
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Plot> plots = List.of(
                new Plot.HeatMap("field.png", "heat map", "x [m]", "t [s]", x, y, z, true),
                new Plot.HeatMap("broken.png", "broken", "x", "y", x, y, new double[7], false),
                new Plot.Lines("line.png", "line", "t [s]", "E [J]", List.of(new Plot.Series("e",
                        new double[] {1, 2, 3}, new double[] {1, 10, 100})), true));
        List<String> files = Plots.write(tmp, plots, 600, 400, "simdyn test", "{\"software\":\"simdyn\"}", warnings);
        assertThat(files).containsExactly("field.png", "line.png");
        assertThat(warnings).singleElement().asString().startsWith("plot broken.png not written: ")
                .contains("7 values");
        assertThat(tmp.resolve("broken.png")).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("field.png", "line.png");
        }
        BufferedImage img = ImageIO.read(tmp.resolve("field.png").toFile());
        assertThat(img.getWidth()).isEqualTo(600);
        assertThat(img.getHeight()).isEqualTo(400);
        assertNotBlank(img);
        assertThat(textChunks(tmp.resolve("field.png")).get("Comment")).isEqualTo("{\"software\":\"simdyn\"}");
    }

    /** At least 2 % of the pixels differ from the corner colour and at least 3 colours occur. */
    private static void assertNotBlank(BufferedImage img) {
        int background = img.getRGB(0, 0);
        long other = 0;
        Set<Integer> colours = new HashSet<>();
        for (int yy = 0; yy < img.getHeight(); yy++) {
            for (int xx = 0; xx < img.getWidth(); xx++) {
                int c = img.getRGB(xx, yy);
                colours.add(c);
                if (c != background) {
                    other++;
                }
            }
        }
        assertThat(other).isGreaterThan((long) img.getWidth() * img.getHeight() / 50);
        assertThat(colours.size()).isGreaterThanOrEqualTo(3);
    }

    private static Map<String, String> textChunks(Path png) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("tEXt")) {
                    for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                        map.put(e.getAttributes().getNamedItem("keyword").getNodeValue(),
                                e.getAttributes().getNamedItem("value").getNodeValue());
                    }
                }
            }
            reader.dispose();
        }
        return map;
    }
}
