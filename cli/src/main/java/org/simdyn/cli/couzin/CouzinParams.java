package org.simdyn.cli.couzin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Param.Kind;
import org.simdyn.cli.common.Param.Range;

/**
 * The parameters of {@code simdyn couzin run} (couzin spec section 1): canonical keys with the dewi-kadita
 * aliases. Keys of a per-step/per-time pair ({@code max_turn|turn_rate}, {@code noise|rot_diffusion},
 * {@code blind_angle|field_of_view}) and the derived defaults ({@code torus_radius}, {@code cluster_radius},
 * {@code corr_bin}, {@code corr_max}) default to unset; {@link CouzinSetup} resolves them. The agent-type keys
 * ({@code speed, r_r, r_o, r_a}, the three pairs, {@code orientation_weight, informed_weight, preferred_azimuth,
 * preferred_elevation}) are {@link Kind#REALS}: one value for every type or a list with one value per type of
 * {@code type_counts} (couzin spec section 5).
 */
final class CouzinParams {
    /** θ when neither {@code max_turn} nor {@code turn_rate} is given. */
    static final double DEFAULT_MAX_TURN = 0.3;
    /** σ when neither {@code noise} nor {@code rot_diffusion} is given. */
    static final double DEFAULT_NOISE = 0.1;
    /** β when neither {@code blind_angle} nor {@code field_of_view} is given. */
    static final double DEFAULT_BLIND_ANGLE = 30;

    /** dewi-kadita keys simdyn accepts and ignores (beyond the common ones). */
    static final Set<String> FOREIGN = Set.of("save_animation", "save_gif");

    private CouzinParams() {
    }

    /** @return the parameters of {@code couzin run}, in the order of {@code --help} and JSON */
    static List<Param> run() {
        List<Param> p = new ArrayList<>();
        p.add(Param.choice("rules", "couzin2002", "Rule set: couzin2002 (Couzin et al. 2002) or peer-compat "
                + "(dewi-kadita 0.0.4 exactly, including its defects: raw zone sums, lerp turn, noise after the cap).",
                "couzin2002", "peer-compat"));
        p.add(Param.integer("dim", 3, 2, 3, "Dimension, 2 or 3."));
        p.add(Param.integer("N", 150, 2, 10_000_000, "Number of agents.").alias("n_fish"));
        p.add(Param.choice("domain", "periodic", "Domain: periodic box, open space, or reflecting walls.",
                "periodic", "open", "reflecting"));
        p.add(Param.real("box", 25, Range.POSITIVE, "1", "Box side L.").alias("box_size"));
        p.add(Param.reals("speed", 1.0, Range.POSITIVE, "1", "Speed v0 (v0 dt < L/2 unless open)."));
        p.add(Param.reals("r_r", 1.0, Range.POSITIVE, "1", "Radius of the zone of repulsion.").alias("r_repulsion"));
        p.add(Param.reals("r_o", 5.0, Range.POSITIVE, "1", "Radius of the zone of orientation (>= r_r; peer-compat: "
                + "> r_r).").alias("r_orientation"));
        p.add(Param.reals("r_a", 10.0, Range.POSITIVE, "1", "Radius of the zone of attraction (>= r_o).")
                .alias("r_attraction"));
        p.add(perType("max_turn", new Range(0, true, Math.PI, false), "rad", "Largest turn per step theta (default "
                + DEFAULT_MAX_TURN + "; or turn_rate)."));
        p.add(perType("turn_rate", Range.POSITIVE, "rad/s", "Largest turn rate omega per time: theta = omega dt."));
        p.add(perType("noise", Range.NON_NEGATIVE, "rad", "Noise amplitude sigma per step (default " + DEFAULT_NOISE
                + "; or rot_diffusion)."));
        p.add(perType("rot_diffusion", Range.NON_NEGATIVE, "1/s", "Rotational diffusion D_r: sigma = sqrt(2 (d - 1) "
                + "D_r dt)."));
        p.add(perType("blind_angle", new Range(0, false, 180, true), "degree", "Half-angle beta of the rear blind "
                + "cone (default " + DEFAULT_BLIND_ANGLE + "; or field_of_view)."));
        p.add(perType("field_of_view", new Range(0, true, 360, false), "degree", "Field of view alpha = 360 - 2 "
                + "beta."));
        p.add(Param.reals("orientation_weight", 1.0, Range.NON_NEGATIVE, "1", "Weight w of the orientation term "
                + "(peer-compat: <= 1)."));
        p.add(Param.bool("blind_repulsion", true, "Whether the blind cone also hides neighbours in the zone of "
                + "repulsion."));
        p.add(Param.real("dt", 0.1, Range.POSITIVE, "s", "Time step."));
        p.add(Param.integer("steps", 1000, 1, 1L << 62, "Number of steps.").alias("n_steps"));
        p.add(Param.choice("init", "random", "Initial condition: random, torus (the peer's ring) or file "
                + "(init_state).", "random", "torus", "file"));
        p.add(Param.bool("torus_init", false, "dewi-kadita's switch: true means init = torus."));
        p.add(unset("torus_radius", Range.POSITIVE, "1", "Ring radius R of the torus start (default box/4)."));
        p.add(text("init_state", "CSV file of the initial state (columns x, y[, z], vx, vy[, vz]); implies "
                + "init = file."));
        p.add(text("draws", "NPY file (float64, shape (>= steps, N, k)) of recorded noise normals to replay "
                + "instead of Philox."));
        p.add(Param.choice("half_box_check", "error", "A radius above box/2 in a periodic box: error, or warn "
                + "(the peer's nearest-image behaviour; the default for dewi-kadita files).", "error", "warn"));
        p.add(Param.choice("neighbour_search", "auto", "Neighbour search: auto, cells or all-pairs (bit-identical).",
                "auto", "cells", "all-pairs"));
        p.add(Param.choice("entropies", "auto", "Frame diagnostics (entropies, OSI, correlation, clusters): auto "
                + "(on iff N <= 20000), on or off.", "auto", "on", "off", "true", "false").alias("compute_entropy"));
        p.add(Param.integer("entropy_every", 10, 1, 1L << 62, "Frame diagnostics every E steps of the window "
                + "(counted back from the last step)."));
        p.add(text("probe_steps", "Comma-separated steps in [0, steps] whose P, M_pbc, M_naive the headline lists."));
        p.add(unset("cluster_radius", Range.POSITIVE, "1", "Cluster linking distance (default r_a of type 0)."));
        p.add(unset("corr_bin", Range.POSITIVE, "1", "Bin width of the correlation function C(r) (default r_r/2 "
                + "of type 0)."));
        p.add(unset("corr_max", Range.POSITIVE, "1", "Range of C(r) (default min(2 r_a, box/2); open: 2 r_a; r_a "
                + "of type 0)."));
        p.add(text("type_counts", "Agents per type in index order, e.g. 90,10 (sum N, at most 256 types); the keys "
                + "speed, r_r, r_o, r_a, max_turn|turn_rate, noise|rot_diffusion, blind_angle|field_of_view, "
                + "orientation_weight, informed_weight, preferred_azimuth, preferred_elevation then take one value "
                + "or one per type."));
        p.add(Param.reals("informed_weight", 0.0, Range.NON_NEGATIVE, "1", "Weight of the preferred direction "
                + "(Couzin et al. 2005); > 0 makes a type informed."));
        p.add(Param.reals("preferred_azimuth", 0.0, Range.FINITE, "degree", "Azimuth of the preferred direction."));
        p.add(Param.reals("preferred_elevation", 0.0, Range.FINITE, "degree", "Elevation of the preferred direction "
                + "(3-D)."));
        return p;
    }

    private static Param perType(String key, Range range, String units, String description) {
        return Param.reals(key, null, range, units, description);
    }

    private static Param unset(String key, Range range, String units, String description) {
        return new Param(key, List.of(), Kind.REAL, null, List.of(), range, units, description);
    }

    private static Param text(String key, String description) {
        return new Param(key, List.of(), Kind.TEXT, null, List.of(), Range.FINITE, "", description);
    }

    /**
     * Returns a parameter with another default.
     *
     * @param p the parameter
     * @param value the new default
     * @return the parameter
     */
    static Param withDefault(Param p, Object value) {
        return new Param(p.key(), p.aliases(), p.kind(), value, p.choices(), p.range(), p.units(), p.description());
    }
}
