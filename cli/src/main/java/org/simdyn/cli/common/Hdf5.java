package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HDF5 output through jHDF (cli spec section 6): root attributes (scalar provenance keys, {@code provenance} as
 * one ASCII JSON string, {@code conventions = "simdyn-1"}), group {@code /parameters} with one attribute per
 * parameter, datasets with {@code units}, {@code long_name}, {@code dims}, coordinates with
 * {@code CLASS = "DIMENSION_SCALE"} and {@code NAME}. Booleans are int8 0/1. Arrays of 64 KiB or more are
 * chunked (about 1 MiB along the first axis) with shuffle and deflate(4). jHDF writes the whole file on close:
 * the file is written as {@code <name>.part} and renamed on success, so a failed write never leaves a file
 * under the final name. Empty arrays are omitted (jHDF cannot write them). A dataset named {@code a/b/c} is written
 * as {@code c} in group {@code /a/b} (groups are created with their first non-empty dataset). {@code /parameters}
 * also holds the dataset {@code keys} (the parameter names): jHDF 0.13 writes a file that h5dump and jHDF itself
 * cannot read when a group is childless.
 */
public final class Hdf5 {
    /** Value of the root attribute {@code conventions}. */
    public static final String CONVENTIONS = "simdyn-1";
    /** Arrays of at least this many bytes are chunked and compressed. */
    public static final long CHUNK_THRESHOLD = 64 * 1024;

    private Hdf5() {
    }

    /**
     * Writes a results file.
     *
     * @param file the final path. Replaced.
     * @param provenance the provenance object. Not modified.
     * @param parameters canonical key to value. Not modified.
     * @param datasets the datasets, in order. Not modified.
     * @throws IOException on write failure (then no file exists under {@code file})
     */
    public static void write(Path file, ObjectNode provenance, Map<String, Object> parameters, List<Dataset> datasets)
            throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (WritableHdfFile h = HdfFile.write(part)) {
                provenanceAttributes(h, provenance);
                WritableGroup g = h.putGroup("parameters");
                parameters.forEach((k, v) -> attribute(g, k, v));
                if (!parameters.isEmpty()) {
                    // jHDF 0.13 writes a file that h5dump and jHDF cannot read (child addresses past the end) when
                    // a group is childless: /parameters gets the list of its keys as a child
                    g.putDataset("keys", parameters.keySet().toArray(String[]::new));
                }
                putAll(h, datasets);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (RuntimeException e) {
            throw new IOException("writing " + file + " failed: " + e, e);
        }
    }

    /**
     * Puts datasets into a group with {@link #put}; a dataset named {@code a/b/c} goes as {@code c} into the
     * subgroup {@code a/b}, created with its first non-empty dataset (so that no subgroup is childless: jHDF 0.13
     * cannot write one readably).
     *
     * @param group the group. Modified.
     * @param datasets the datasets, in order. Not modified.
     */
    public static void putAll(WritableGroup group, List<Dataset> datasets) {
        Map<String, WritableGroup> groups = new HashMap<>();
        for (Dataset d : datasets) {
            int slash = d.name().lastIndexOf('/');
            if (slash < 0) {
                put(group, d);
            } else if (Array.getLength(d.data()) > 0) {
                put(group(group, groups, d.name().substring(0, slash)), d.withName(d.name().substring(slash + 1)));
            }
        }
    }

    /** The group of a path {@code a/b} below the root, created once. */
    private static WritableGroup group(WritableGroup root, Map<String, WritableGroup> groups, String path) {
        WritableGroup g = groups.get(path);
        if (g == null) {
            int slash = path.lastIndexOf('/');
            WritableGroup parent = slash < 0 ? root : group(root, groups, path.substring(0, slash));
            g = parent.putGroup(path.substring(slash + 1));
            groups.put(path, g);
        }
        return g;
    }

    /**
     * Writes the provenance attributes of a node: every scalar key under its own name ({@code seed} as the int64
     * bit pattern, booleans as int8), {@code rng_generator}, {@code rng_stream_version}, {@code provenance} (the
     * whole object as pure-ASCII JSON) and {@code conventions}.
     *
     * @param node the root group. Modified.
     * @param provenance the provenance. Not modified.
     */
    public static void provenanceAttributes(WritableNode node, ObjectNode provenance) {
        for (Map.Entry<String, JsonNode> e : provenance.properties()) {
            JsonNode v = e.getValue();
            if (e.getKey().equals("seed")) {
                node.putAttribute("seed", v.bigIntegerValue().longValue());
            } else if (v.isTextual()) {
                node.putAttribute(e.getKey(), v.asText());
            } else if (v.isIntegralNumber()) {
                node.putAttribute(e.getKey(), v.longValue());
            } else if (v.isNumber()) {
                node.putAttribute(e.getKey(), v.doubleValue());
            } else if (v.isBoolean()) {
                node.putAttribute(e.getKey(), (byte) (v.booleanValue() ? 1 : 0));
            }
        }
        JsonNode rng = provenance.get("rng");
        if (rng != null) {
            node.putAttribute("rng_generator", rng.get("generator").asText());
            node.putAttribute("rng_stream_version", rng.get("stream_version").longValue());
        }
        node.putAttribute("provenance", Json.ascii(provenance));
        node.putAttribute("conventions", CONVENTIONS);
    }

    /**
     * Puts a parameter as an attribute: doubles, longs, strings; booleans as int8; null values are omitted.
     *
     * @param node the node. Modified.
     * @param key the name
     * @param value the value
     */
    public static void attribute(WritableNode node, String key, Object value) {
        switch (value) {
            case null -> {
                // unset parameters are omitted (HDF5 has no null)
            }
            case Boolean b -> node.putAttribute(key, (byte) (b ? 1 : 0));
            case List<?> l -> node.putAttribute(key, Param.elements(l));
            case Double d -> node.putAttribute(key, d.doubleValue());
            case Long l -> node.putAttribute(key, l.longValue());
            case Integer i -> node.putAttribute(key, i.intValue());
            default -> node.putAttribute(key, value.toString());
        }
    }

    /**
     * Puts one dataset with its attributes (omitted when empty).
     *
     * @param group the group. Modified.
     * @param d the dataset. Not modified.
     * @return the written dataset, or null when {@code d} is empty
     */
    public static WritableDataset put(WritableGroup group, Dataset d) {
        int length = Array.getLength(d.data());
        if (length == 0) {
            return null;
        }
        int[] shape = d.shape();
        long bytes = (long) length * elementBytes(d.data());
        WritableDataset ds;
        if (bytes >= CHUNK_THRESHOLD) {
            int[] chunk = shape.clone();
            long rowBytes = bytes / Math.max(1, shape[0]);
            chunk[0] = (int) Math.max(1, Math.min(shape[0], (1L << 20) / Math.max(1, rowBytes)));
            ds = group.putDataset(d.name(), nest(d.data(), shape), DatasetCreationOptions.builder()
                    .chunkDimensions(chunk).shuffle().deflate(4).build());
        } else {
            ds = group.putDataset(d.name(), nest(d.data(), shape));
        }
        ds.putAttribute("units", d.units());
        ds.putAttribute("long_name", d.longName());
        ds.putAttribute("dims", d.dims().toArray(String[]::new));
        if (d.coordinate()) {
            ds.putAttribute("CLASS", "DIMENSION_SCALE");
            ds.putAttribute("NAME", d.name());
        }
        return ds;
    }

    /**
     * Reshapes a flat primitive array into nested arrays of a shape (1-D arrays are returned as they are).
     *
     * @param flat the values in C order. Not modified (shared when 1-D).
     * @param shape the shape
     * @return the nested array
     */
    public static Object nest(Object flat, int[] shape) {
        if (shape.length <= 1) {
            return flat;
        }
        Object out = Array.newInstance(flat.getClass().getComponentType(), shape);
        fill(out, flat, shape, 0, 0);
        return out;
    }

    private static int fill(Object out, Object flat, int[] shape, int axis, int offset) {
        if (axis == shape.length - 1) {
            System.arraycopy(flat, offset, out, 0, shape[axis]);
            return offset + shape[axis];
        }
        int pos = offset;
        for (int i = 0; i < shape[axis]; i++) {
            pos = fill(Array.get(out, i), flat, shape, axis + 1, pos);
        }
        return pos;
    }

    private static int elementBytes(Object data) {
        return switch (data) {
            case double[] a -> 8;
            case long[] a -> 8;
            case float[] a -> 4;
            case int[] a -> 4;
            case byte[] a -> 1;
            default -> throw new IllegalArgumentException("unsupported dataset type " + data.getClass());
        };
    }
}
