package org.simdyn.cli;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** The raw bits of HDF5 datasets, for bit-identity assertions (public for the tests of sub-packages). */
public final class Hdf5Bits {
    private Hdf5Bits() {
    }

    /**
     * The raw bits of one float64 or float32 dataset, flattened row-major; float32 bits widened to long.
     *
     * @param file the HDF5 file
     * @param path the dataset's path
     * @return the bits
     */
    public static long[] of(Path file, String path) {
        try (HdfFile h = new HdfFile(file)) {
            return bits(h.getDatasetByPath(path).getDataFlat());
        }
    }

    /**
     * Every dataset of a file, in every group: path to its values as text (raw bits for float64 and float32).
     *
     * @param file the HDF5 file
     * @return path to text, sorted
     */
    public static Map<String, String> all(Path file) {
        Map<String, String> all = new TreeMap<>();
        try (HdfFile h = new HdfFile(file)) {
            collect(h, all);
        }
        return all;
    }

    private static void collect(Group g, Map<String, String> all) {
        for (Node n : g.getChildren().values()) {
            if (n instanceof Group c) {
                collect(c, all);
            } else if (n instanceof Dataset d) {
                Object data = d.getDataFlat();
                all.put(d.getPath(), data instanceof double[] || data instanceof float[]
                        ? Arrays.toString(bits(data)) : Arrays.deepToString(new Object[] {data}));
            }
        }
    }

    private static long[] bits(Object flat) {
        if (flat instanceof float[] f) {
            long[] b = new long[f.length];
            for (int i = 0; i < f.length; i++) {
                b[i] = Float.floatToRawIntBits(f[i]);
            }
            return b;
        }
        return Arrays.stream((double[]) flat).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
