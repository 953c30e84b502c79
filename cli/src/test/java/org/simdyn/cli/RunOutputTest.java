package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.NpyStream;
import org.simdyn.cli.common.Provenance;

/** Output files of a run (cli spec sections 2, 5, 6) through the TEST-ONLY {@code osc run}. */
class RunOutputTest {
    @TempDir
    Path tmp;

    private Cli.Result osc(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("osc", "run", "--out", out.toString(), "--json",
                "--quiet"));
        args.addAll(List.of(extra));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void envelopeRunJsonAndProvenanceKeys() throws IOException {
        Path out = tmp.resolve("a");
        Cli.Result r = osc(out, "--t_end", "1", "--N", "5", "--formats", "h5,csv,npy");
        JsonNode j = r.json();
        assertThat(j.properties()).extracting(Map.Entry::getKey).containsExactly("command", "status", "out",
                "files", "parameters", "ignored_keys", "warnings", "provenance", "timings", "headline");
        assertThat(j.get("command").asText()).isEqualTo("osc run");
        assertThat(j.get("status").asText()).isEqualTo("ok");
        assertThat(j.get("out").asText()).isEqualTo(out.toString());
        assertThat(Json.parse(Files.readString(out.resolve("run.json")))).isEqualTo(j);
        for (JsonNode f : j.get("files")) {
            assertThat(out.resolve(f.asText())).exists();
        }
        assertThat(j.get("timings").get("steps").asLong()).isEqualTo(100);
        assertThat(j.get("timings").properties()).extracting(Map.Entry::getKey).containsExactly("wall_seconds",
                "compute_seconds", "output_seconds", "steps", "steps_per_second");
        JsonNode p = j.get("provenance");
        for (String k : Provenance.KEYS) {
            assertThat(p.has(k)).as(k).isTrue();
        }
        assertThat(p.get("status").asText()).isEqualTo("ok");
        assertThat(p.get("seed").asLong()).isEqualTo(1);
        assertThat(p.get("rng").get("key").get(0).asText()).isEqualTo("0x00000001");
        assertThat(p.get("rng").get("purposes").get("osc_phase").asInt()).isEqualTo(1);
        assertThat(p.get("parameters")).isEqualTo(j.get("parameters"));
        assertThat(j.get("headline").get("max_abs_error").asDouble()).isLessThan(1e-12);
        assertThat(out.resolve(".spill")).doesNotExist();
    }

    @Test
    void hdf5ReadsBackBitExactWithAttributes() throws IOException {
        Path out = tmp.resolve("h");
        osc(out, "--t_end", "1", "--N", "5", "--formats", "h5,npy", "--snapshot-precision", "float64",
                "--seed", "0xFFFFFFFFFFFFFFFF");
        try (HdfFile h = new HdfFile(out.resolve("osc.h5"))) {
            JsonNode prov = Json.parse((String) h.getAttribute("provenance").getData());
            for (String k : Provenance.KEYS) {
                assertThat(prov.has(k)).as(k).isTrue();
            }
            assertThat(prov.get("seed").asText()).isEqualTo("18446744073709551615");
            assertThat(h.getAttribute("seed").getData()).isEqualTo(-1L);
            assertThat(h.getAttribute("software").getData()).isEqualTo("simdyn");
            assertThat(h.getAttribute("conventions").getData()).isEqualTo("simdyn-1");
            assertThat(h.getAttribute("rng_generator").getData()).isEqualTo("Philox4x32-10");
            assertThat(h.getAttribute("rng_stream_version").getData()).isEqualTo(1L);
            assertThat(h.getAttribute("command").getData()).isEqualTo("osc run");
            Node params = h.getChild("parameters");
            assertThat(params.getAttribute("omega").getData()).isEqualTo(1.0);
            assertThat(params.getAttribute("N").getData()).isEqualTo(5L);
            assertThat(params.getAttribute("verbose_series").getData()).isEqualTo((byte) 0);
            Dataset x = h.getDatasetByPath("x");
            assertThat(x.getDimensions()).containsExactly(11, 5);
            assertThat(x.getAttribute("dims").getData()).isEqualTo(new String[] {"t", "oscillator"});
            assertThat(x.getAttribute("units").getData()).isEqualTo("m");
            assertThat(x.getAttribute("long_name").getData()).isEqualTo("displacement");
            double[] flat = (double[]) x.getDataFlat();
            double[] npy = NpyStream.read(out.resolve("osc_x.npy"), 0, 11);
            assertThat(bits(flat)).isEqualTo(bits(npy));
            Dataset t = h.getDatasetByPath("t");
            assertThat(t.getAttribute("CLASS").getData()).isEqualTo("DIMENSION_SCALE");
            assertThat(t.getAttribute("NAME").getData()).isEqualTo("t");
            assertThat((double[]) t.getData()).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7000000000000001,
                    0.8, 0.9, 1.0);
            assertThat(h.getDatasetByPath("moving").getJavaType()).isEqualTo(byte.class);
            assertThat(h.getDatasetByPath("ids").getData()).isEqualTo(new long[] {0, 1, 2, 3, 4});
            assertThat(h.getChild("events")).as("empty arrays are omitted").isNull();
            assertThat(((double[]) h.getDatasetByPath("x_final").getData())).containsExactly(
                    java.util.Arrays.copyOfRange(flat, 50, 55));
            assertThat(h.getDatasetByPath("energy").getDimensions()).containsExactly(101);
            assertThat(h.getDatasetByPath("energy").getAttribute("dims").getData())
                    .isEqualTo(new String[] {"t_series"});
        }
    }

    @Test
    void largeArraysAreChunkedAndCompressedSmallOnesNot() throws IOException {
        Path out = tmp.resolve("big");
        osc(out, "--t_end", "0.1", "--N", "2000", "--frames", "11", "--formats", "h5", "--snapshot-precision",
                "float64");
        try (HdfFile h = new HdfFile(out.resolve("osc.h5"))) {
            assertThat(h.getDatasetByPath("x").getFilters()).isNotEmpty();
            assertThat(h.getDatasetByPath("x").getStorageInBytes()).isLessThan(11 * 2000 * 8);
            assertThat(h.getDatasetByPath("phase").getFilters()).isEmpty();
        }
    }

    @Test
    void csvAndNpyLayout() throws IOException {
        Path out = tmp.resolve("c");
        osc(out, "--t_end", "0.5", "--N", "3", "--formats", "csv,npy", "--series_every", "10");
        List<String> lines = Files.readAllLines(out.resolve("osc.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).matches("# simdyn \\S+ osc run");
        assertThat(lines.get(1)).startsWith("# provenance: {");
        JsonNode prov = Json.parse(lines.get(1).substring("# provenance: ".length()));
        for (String k : Provenance.KEYS) {
            assertThat(prov.has(k)).as(k).isTrue();
        }
        assertThat(prov.get("status").asText()).isEqualTo("ok");
        assertThat(lines.get(2)).isEqualTo("t_series,energy,x_mean");
        assertThat(lines).hasSize(3 + 6);
        double[] energy = NpyStream.read(out.resolve("osc_energy.npy"), 0, 6);
        for (int i = 0; i < 6; i++) {
            String[] cells = lines.get(3 + i).split(",");
            assertThat(Double.parseDouble(cells[0])).isEqualTo(i * 10 * 0.01);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(cells[1])))
                    .isEqualTo(Double.doubleToRawLongBits(energy[i]));
        }
        byte[] npy = Files.readAllBytes(out.resolve("osc_x.npy"));
        int headerLength = 10 + ((npy[8] & 0xFF) | (npy[9] & 0xFF) << 8);
        assertThat(headerLength % 64).isZero();
        String header = new String(npy, 10, headerLength - 10, StandardCharsets.US_ASCII);
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (11, 3), }").endsWith("\n");
        assertThat(npy.length).isEqualTo(headerLength + 11 * 3 * 4);
        JsonNode side = Json.parse(Files.readString(out.resolve("osc_x.npy.json")));
        assertThat(side.get("array").get("name").asText()).isEqualTo("x");
        assertThat(side.get("array").get("units").asText()).isEqualTo("m");
        assertThat(side.get("array").get("dims").toString()).isEqualTo("[\"t\",\"oscillator\"]");
        assertThat(side.get("provenance").get("command").asText()).isEqualTo("osc run");
    }

    @Test
    void npyIsValidAfterEveryFlushAlsoWhenNeverClosed() throws IOException {
        Path f = tmp.resolve("s.npy");
        NpyStream s = NpyStream.create(f, false, new int[] {2, 3});
        assertThat(NpyStream.header(f).shape()).containsExactly(0, 2, 3);
        for (int k = 0; k < 3; k++) {
            s.append(new double[] {k, k + 0.5, -k, 1e300, Double.MIN_VALUE, k * 3});
        }
        s.flush();
        assertThat(NpyStream.header(f).shape()).containsExactly(3, 2, 3);
        assertThat(NpyStream.read(f, 2, 1)).containsExactly(2, 2.5, -2, 1e300, Double.MIN_VALUE, 6);
        s.append(new double[6]);
        assertThat(NpyStream.header(f).shape()).as("unflushed frames are not announced").containsExactly(3, 2, 3);
        s.flush();
        assertThat(NpyStream.header(f).shape()).containsExactly(4, 2, 3);
        assertThat(Files.size(f)).isEqualTo(NpyStream.header(f).dataOffset() + 4 * 6 * 8);
        try (NpyStream r = NpyStream.reopen(f, 2)) {
            r.append(new double[] {9, 9, 9, 9, 9, 9});
        }
        assertThat(NpyStream.header(f).shape()).containsExactly(3, 2, 3);
        assertThat(NpyStream.read(f, 0, 3)).containsExactly(0, 0.5, 0, 1e300, Double.MIN_VALUE, 0, 1, 1.5, -1, 1e300,
                Double.MIN_VALUE, 3, 9, 9, 9, 9, 9, 9);
        s.close();
    }

    @Test
    void failedHdf5WriteLeavesNoFileUnderTheFinalName() {
        Path f = tmp.resolve("bad.h5");
        org.simdyn.cli.common.Dataset d = new org.simdyn.cli.common.Dataset("s", new short[] {1, 2}, new int[] {2},
                "1", "shorts", List.of("i"), false);
        assertThatThrownBy(() -> org.simdyn.cli.common.Hdf5.write(f, Json.object(), Map.of(), List.of(d)))
                .isInstanceOf(IOException.class);
        assertThat(f).doesNotExist();
    }

    @Test
    void threadsDoNotChangeResultsSeedsDo() throws IOException {
        double[] one = snapshot(tmp.resolve("t1"), "1", "7");
        double[] two = snapshot(tmp.resolve("t2"), "2", "7");
        double[] other = snapshot(tmp.resolve("s8"), "2", "8");
        assertThat(bits(two)).isEqualTo(bits(one));
        assertThat(bits(other)).isNotEqualTo(bits(one));
    }

    private double[] snapshot(Path out, String threads, String seed) throws IOException {
        osc(out, "--t_end", "0.5", "--N", "300", "--threads", threads, "--seed", seed, "--formats", "h5",
                "--snapshot-precision", "float64");
        try (HdfFile h = new HdfFile(out.resolve("osc.h5"))) {
            return (double[]) h.getDatasetByPath("x").getDataFlat();
        }
    }

    @Test
    void dryRunCreatesNothingAndReportsParameters() {
        Path out = tmp.resolve("dry");
        Cli.Result r = Cli.run("osc", "run", "--out", out.toString(), "--dry-run", "--json", "--omega", "2",
                "--set", "n_osc=7");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("status").asText()).isEqualTo("dry_run");
        assertThat(r.json().get("parameters").get("omega").asDouble()).isEqualTo(2.0);
        assertThat(r.json().get("parameters").get("N").asLong()).isEqualTo(7);
        assertThat(out).doesNotExist();
    }

    private static long[] bits(double[] a) {
        long[] b = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Double.doubleToRawLongBits(a[i]);
        }
        return b;
    }
}
