package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DIR/checkpoint.h5} (cli spec section 7): {@code /state/<array>} float64 and root attributes
 * {@code checkpoint_version = 1}, {@code step}, {@code time}, {@code state_order}, {@code state_sha256} (SHA-256
 * of the arrays' little-endian bytes in {@code state_order}), {@code sinks} (rows or frames per output stream,
 * JSON), {@code settings} (JSON of the run settings a restart must keep) and {@code provenance}; the simulation's
 * accumulators ({@link Simulation#extras()}) as {@code /extras/<name>} float64 with root attributes
 * {@code extras_order} (absent when there are none) and {@code extras_sha256} (as {@code state_sha256}, over the
 * extras in that order); they are not part of the state or its SHA-256. Empty extras have no dataset (jHDF cannot
 * write empty arrays). Written atomically: {@code .tmp}, fsync, rename.
 *
 * @param step the step counter of the saved state
 * @param time the time of the saved state
 * @param state name to array, in state order
 * @param sha256 the recorded state SHA-256
 * @param sinks stream name to rows or frames written
 * @param settings the run settings
 * @param provenance the run's provenance
 * @param extras the simulation's accumulators by name, in order
 */
public record Checkpoint(long step, double time, Map<String, double[]> state, String sha256, Map<String, Long> sinks,
        JsonNode settings, JsonNode provenance, Map<String, double[]> extras) {
    /** Layout version. */
    public static final long VERSION = 1;
    /** File name in the output directory. */
    public static final String FILE = "checkpoint.h5";

    /**
     * Writes a checkpoint atomically.
     *
     * @param file the target. Replaced.
     * @param step the step counter
     * @param time the time
     * @param state the arrays. Not modified.
     * @param sinks rows or frames per stream. Not modified.
     * @param settings the run settings. Not modified.
     * @param provenance the provenance. Not modified.
     * @param extras the simulation's accumulators. Not modified.
     * @throws IOException on failure
     */
    public static void write(Path file, long step, double time, Map<String, double[]> state, Map<String, Long> sinks,
            ObjectNode settings, ObjectNode provenance, Map<String, double[]> extras) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (WritableHdfFile h = HdfFile.write(tmp)) {
                h.putAttribute("checkpoint_version", VERSION);
                h.putAttribute("step", step);
                h.putAttribute("time", time);
                h.putAttribute("state_order", state.keySet().toArray(String[]::new));
                h.putAttribute("state_sha256", sha256(state));
                ObjectNode s = Json.object();
                sinks.forEach(s::put);
                h.putAttribute("sinks", Json.ascii(s));
                h.putAttribute("settings", Json.ascii(settings));
                h.putAttribute("provenance", Json.ascii(provenance));
                WritableGroup g = h.putGroup("state");
                for (Map.Entry<String, double[]> e : state.entrySet()) {
                    g.putDataset(e.getKey(), e.getValue().clone());
                }
                h.putAttribute("extras_sha256", sha256(extras));
                if (!extras.isEmpty()) {
                    h.putAttribute("extras_order", extras.keySet().toArray(String[]::new));
                }
                WritableGroup x = null;
                for (Map.Entry<String, double[]> e : extras.entrySet()) {
                    if (e.getValue().length > 0) {
                        x = x == null ? h.putGroup("extras") : x; // never childless (jHDF 0.13, see Hdf5)
                        x.putDataset(e.getKey(), e.getValue().clone());
                    }
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("writing " + file + " failed: " + e, e);
        }
    }

    /**
     * Reads and checks a checkpoint.
     *
     * @param file the file
     * @return the checkpoint
     * @throws UsageException if the file is not a version-1 checkpoint or its state does not match its SHA-256
     */
    public static Checkpoint read(Path file) {
        String where = "--restart " + file + ": ";
        try (HdfFile h = new HdfFile(file)) {
            long version = number(h, "checkpoint_version", where).longValue();
            if (version != VERSION) {
                throw new UsageException(where + "checkpoint_version = " + version + " is not supported: must be "
                        + VERSION);
            }
            long step = number(h, "step", where).longValue();
            double time = number(h, "time", where).doubleValue();
            String[] order = (String[]) attribute(h, "state_order", where).getData();
            Map<String, double[]> state = new LinkedHashMap<>();
            for (String name : order) {
                Node n = h.getByPath("state/" + name);
                state.put(name, (double[]) ((io.jhdf.api.Dataset) n).getData());
            }
            String recorded = (String) attribute(h, "state_sha256", where).getData();
            if (!recorded.equals(sha256(state))) {
                throw new UsageException(where + "state_sha256 " + recorded + " does not match the state (the file "
                        + "is damaged)");
            }
            Map<String, double[]> extras = new LinkedHashMap<>();
            Attribute extrasOrder = h.getAttribute("extras_order");
            Node group = h.getChildren().get("extras");
            for (String name : extrasOrder == null ? new String[0] : (String[]) extrasOrder.getData()) {
                Node n = group instanceof io.jhdf.api.Group g ? g.getChildren().get(name) : null;
                extras.put(name, n == null ? new double[0] : (double[]) ((io.jhdf.api.Dataset) n).getData());
            }
            Attribute extrasSha = h.getAttribute("extras_sha256"); // absent in checkpoints older than extras
            if (extrasSha != null && !extrasSha.getData().equals(sha256(extras))) {
                throw new UsageException(where + "extras_sha256 does not match the extras (the file is damaged)");
            }
            Map<String, Long> sinks = new LinkedHashMap<>();
            Json.parse((String) attribute(h, "sinks", where).getData()).properties()
                    .forEach(e -> sinks.put(e.getKey(), e.getValue().longValue()));
            return new Checkpoint(step, time, state, recorded, sinks,
                    Json.parse((String) attribute(h, "settings", where).getData()),
                    Json.parse((String) attribute(h, "provenance", where).getData()), extras);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException(where + "not a readable simdyn checkpoint (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /**
     * Returns the SHA-256 of arrays' little-endian IEEE bytes, in map order.
     *
     * @param state the arrays. Not modified.
     * @return 64 lower-case hex characters
     */
    public static String sha256(Map<String, double[]> state) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(8 * 1024).order(ByteOrder.LITTLE_ENDIAN);
            for (double[] a : state.values()) {
                for (double v : a) {
                    if (!b.hasRemaining()) {
                        md.update(b.array(), 0, b.position());
                        b.clear();
                    }
                    b.putDouble(v);
                }
            }
            md.update(b.array(), 0, b.position());
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the state arrays' names in order */
    public List<String> stateOrder() {
        return List.copyOf(state.keySet());
    }

    private static Attribute attribute(HdfFile h, String name, String where) {
        Attribute a = h.getAttribute(name);
        if (a == null) {
            throw new UsageException(where + "attribute '" + name + "' is missing: not a simdyn checkpoint");
        }
        return a;
    }

    private static Number number(HdfFile h, String name, String where) {
        return (Number) attribute(h, name, where).getData();
    }
}
