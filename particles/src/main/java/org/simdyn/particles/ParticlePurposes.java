package org.simdyn.particles;

import java.util.LinkedHashMap;
import java.util.Map;
import org.simdyn.vector.random.RngPurpose;

/**
 * The Philox purposes of the particles module (range {@code 0x0200-0x02FF} of {@link RngPurpose}); agent
 * {@code i} is particle {@code i} of the stream.
 */
public final class ParticlePurposes {
    private ParticlePurposes() {
    }

    /**
     * Heading noise of step {@code n}: normals {@code 0..k-1} of {@code (i, NOISE, n)}, {@code k} = 4
     * (COUZIN2002 3-D), 3 (PEER_COMPAT 3-D), 1 (COUZIN2002 2-D), 2 (PEER_COMPAT 2-D).
     */
    public static final int NOISE = RngPurpose.PARTICLES;
    /** Initial positions: uniforms {@code 0..d-1} of {@code (i, INIT_POSITION, 0)}. */
    public static final int INIT_POSITION = RngPurpose.PARTICLES + 1;
    /** Initial headings: normals of {@code (i, INIT_HEADING, 0)} ({@code 0..d-1} random, 0..3 / 0..1 torus). */
    public static final int INIT_HEADING = RngPurpose.PARTICLES + 2;

    /**
     * Returns the purposes by name, in the order above, for provenance ({@code rng.purposes}).
     *
     * @return a new map from name to purpose value
     */
    public static Map<String, Integer> all() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("NOISE", NOISE);
        m.put("INIT_POSITION", INIT_POSITION);
        m.put("INIT_HEADING", INIT_HEADING);
        return m;
    }

    /**
     * Returns the number of noise normals per agent and step.
     *
     * @param rules the rule set, non-null
     * @param dim 2 or 3
     * @return k of {@link #NOISE}
     * @throws IllegalArgumentException for a null rule set or a dimension other than 2 or 3
     */
    public static int noiseNormals(CouzinRules rules, int dim) {
        if (rules == null) {
            throw new IllegalArgumentException("rules is null: must be COUZIN2002 or PEER_COMPAT");
        }
        if (dim != 2 && dim != 3) {
            throw new IllegalArgumentException("dim = " + dim + " is out of range: must be 2 or 3");
        }
        if (rules == CouzinRules.COUZIN2002) {
            return dim == 3 ? 4 : 1;
        }
        return dim;
    }
}
