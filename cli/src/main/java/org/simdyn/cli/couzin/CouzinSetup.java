package org.simdyn.cli.couzin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.simdyn.cli.common.Checkpoint;
import org.simdyn.cli.common.ConfigFile;
import org.simdyn.cli.common.NpyStream;
import org.simdyn.cli.common.Param;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.Warning;
import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.CouzinRules;
import org.simdyn.particles.Domain;
import org.simdyn.particles.NeighbourSearch;
import org.simdyn.particles.NoiseSource;
import org.simdyn.particles.ParticlePurposes;
import org.simdyn.particles.SwarmState;

/**
 * A {@code couzin run} resolved from its parameters (couzin spec sections 1, 3-5 and 9): the validated
 * {@link CouzinConfig}, the initial condition, the replayed draws, the diagnostic settings and the warnings. Every
 * check happens here, before any work: an {@link IllegalArgumentException} names the key as the user gave it, the
 * value and the allowed range.
 *
 * @param cfg the configuration
 * @param steps the number of steps
 * @param init {@code random}, {@code torus} or {@code file}
 * @param torusRadius R of the torus start
 * @param fileState the state read from {@code init_state}, placed in the domain, or null
 * @param replay the recorded draws replayed instead of Philox noise, or null (Philox)
 * @param entropies whether frame diagnostics are computed
 * @param entropyEvery E
 * @param probes probe steps, ascending as given
 * @param clusterRadius cluster linking distance
 * @param corrBin bin width of C(r)
 * @param corrMax range of C(r)
 * @param warnings warnings found while resolving
 */
record CouzinSetup(CouzinConfig cfg, long steps, String init, double torusRadius, SwarmState fileState,
        Replay replay, boolean entropies, long entropyEvery, long[] probes,
        double clusterRadius, double corrBin, double corrMax, List<Warning> warnings) {

    /**
     * Recorded noise draws (couzin spec section 3, {@code draws = FILE.npy}).
     *
     * @param source the draws as a noise source
     * @param file the NPY file, absolute
     * @param sha256 SHA-256 of the file's bytes, lower-case hex
     * @param shape the array's shape (S, N, k)
     */
    record Replay(NoiseSource source, Path file, String sha256, long[] shape) {
    }

    /** Entropies {@code auto} are on up to this many agents. */
    static final int AUTO_ENTROPIES_MAX_N = 20_000;

    /**
     * Resolves and validates a run.
     *
     * @param p the parameters
     * @param ctx the settings: a dewi-kadita config file (or the checkpoint of a run from one) turns
     *        {@code half_box_check} to {@code warn} unless it is given; a dewi-kadita file without {@code rules}
     *        gets the warning {@code rules_default}
     * @return the setup
     * @throws IllegalArgumentException for a bad value or combination
     */
    static CouzinSetup of(Parameters p, RunContext ctx) {
        List<Warning> warnings = new ArrayList<>();
        ConfigFile config = ctx.config();
        String dialect = config != null ? config.dialect() : ctx.restart() == null ? ""
                : Checkpoint.read(ctx.restart()).provenance().path("config_dialect").asText("");
        boolean dk = dialect.equals(ConfigFile.DEWI_KADITA);
        CouzinRules rules = p.text("rules").equals("peer-compat") ? CouzinRules.PEER_COMPAT : CouzinRules.COUZIN2002;
        if (dk && config != null && !p.isGiven("rules")) {
            warnings.add(new Warning("rules_default", "simulating with the Couzin 2002 rules; add rules = "
                    + "peer-compat to reproduce dewi-kadita 0.0.4"));
        }
        boolean halfBoxWarn = p.text("half_box_check").equals("warn") || (dk && !p.isGiven("half_box_check"))
                || (dk && config == null);
        int dim = (int) p.integer("dim");
        int n = (int) p.integer("N");
        Domain domain = Domain.valueOf(p.text("domain").toUpperCase(Locale.ROOT));
        double box = p.real("box");
        double dt = p.real("dt");
        long steps = p.integer("steps");
        int[] counts = typeCounts(p, n);
        AgentType[] types = types(p, dim, dt, counts.length);
        NeighbourSearch search = switch (p.text("neighbour_search")) {
            case "cells" -> NeighbourSearch.CELLS;
            case "all-pairs" -> NeighbourSearch.ALL_PAIRS;
            default -> NeighbourSearch.AUTO;
        };
        CouzinConfig cfg = config(dim, rules, domain, box, dt, types, counts, p.bool("blind_repulsion"), search,
                halfBoxWarn);
        for (String line : cfg.halfBoxWarnings()) {
            warnings.add(new Warning("radius_exceeds_half_box", line + " (half_box_check = warn)"));
        }
        String init = init(p);
        double torusRadius = p.value("torus_radius") == null ? box / 4 : p.real("torus_radius");
        SwarmState fileState = null;
        if (init.equals("file")) {
            SwarmState raw = StateFile.read(Path.of(p.text("init_state")), name(p, "init_state"), dim);
            if (p.isGiven("N") && raw.n() != n) {
                throw new IllegalArgumentException(name(p, "N") + " = " + n + " is out of range: must equal the "
                        + raw.n() + " rows of " + name(p, "init_state") + " = " + p.text("init_state")
                        + " (or leave N unset)");
            }
            if (raw.n() != n) {
                counts = typeCounts(p, raw.n());
                cfg = config(dim, rules, domain, box, dt, types, counts, p.bool("blind_repulsion"), search,
                        halfBoxWarn);
            }
            if (domain == Domain.REFLECTING) {
                inBox(raw, box, name(p, "init_state") + " = " + p.text("init_state"));
            }
            fileState = raw.placedIn(cfg);
            if (domain == Domain.PERIODIC && !Arrays.equals(fileState.x(), raw.x())
                    || domain == Domain.PERIODIC && !Arrays.equals(fileState.y(), raw.y())
                    || domain == Domain.PERIODIC && dim == 3 && !Arrays.equals(fileState.z(), raw.z())) {
                warnings.add(new Warning("init_state_wrapped", name(p, "init_state") + " = " + p.text("init_state")
                        + ": positions outside [0, box) were folded into the periodic box"));
            }
        }
        Replay replay = null;
        if (p.text("draws") != null) {
            replay = readDraws(Path.of(p.text("draws")), name(p, "draws"), steps, cfg.n(),
                    ParticlePurposes.noiseNormals(rules, dim));
        }
        String e = p.text("entropies");
        boolean entropies = e.equals("on") || e.equals("true") || (e.equals("auto") && cfg.n() <= AUTO_ENTROPIES_MAX_N);
        long[] probes = probes(p, steps);
        AgentType t0 = cfg.type(0);
        double clusterRadius = t0.rA();
        if (p.value("cluster_radius") != null) {
            clusterRadius = p.real("cluster_radius");
            if (domain == Domain.PERIODIC && clusterRadius > box / 2 && !halfBoxWarn) {
                throw new IllegalArgumentException(name(p, "cluster_radius") + " = " + clusterRadius
                        + " is out of range: must be <= box/2 = " + box / 2 + " in a periodic box (minimum image); "
                        + "use box >= " + 2 * clusterRadius + ", domain = open, or half_box_check = warn");
            }
        }
        double corrBin = p.value("corr_bin") == null ? t0.rR() / 2 : p.real("corr_bin");
        double corrMax = p.value("corr_max") != null ? p.real("corr_max")
                : domain == Domain.OPEN ? 2 * t0.rA() : Math.min(2 * t0.rA(), box / 2);
        return new CouzinSetup(cfg, steps, init, torusRadius, fileState, replay, entropies,
                p.integer("entropy_every"), probes, clusterRadius, corrBin, corrMax, List.copyOf(warnings));
    }

    /**
     * The key as the user gave it, with the canonical key in parentheses when it was an alias.
     *
     * @param p the parameters
     * @param key canonical key
     * @return e.g. {@code n_fish (N)}
     */
    static String name(Parameters p, String key) {
        String given = p.given(key);
        return given.equals(key) ? key : given + " (" + key + ")";
    }

    /**
     * Builds one agent type per entry of {@code type_counts} from the per-type keys (couzin spec section 5): each
     * key is one value for every type or a list with one value per type; the radius rules
     * {@code r_r <= r_o <= r_a} and the per-time turn limit are checked per type.
     */
    private static AgentType[] types(Parameters p, int dim, double dt, int k) {
        double[] speed = perType(p, "speed", k);
        double[] rR = perType(p, "r_r", k);
        double[] rO = perType(p, "r_o", k);
        double[] rA = perType(p, "r_a", k);
        double[] theta = pair(p, "max_turn", "turn_rate", k, CouzinParams.DEFAULT_MAX_TURN);
        double[] rate = perType(p, "turn_rate", k);
        double[] sigma = pair(p, "noise", "rot_diffusion", k, CouzinParams.DEFAULT_NOISE);
        double[] diffusion = perType(p, "rot_diffusion", k);
        double[] beta = pair(p, "blind_angle", "field_of_view", k, CouzinParams.DEFAULT_BLIND_ANGLE);
        double[] view = perType(p, "field_of_view", k);
        double[] w = perType(p, "orientation_weight", k);
        double[] omega = perType(p, "informed_weight", k);
        double[] azimuth = perType(p, "preferred_azimuth", k);
        double[] elevation = perType(p, "preferred_elevation", k);
        AgentType[] types = new AgentType[k];
        for (int t = 0; t < k; t++) {
            String type = k == 1 ? "" : "type " + t + ": ";
            if (rO[t] < rR[t]) {
                throw new IllegalArgumentException(type + name(p, "r_o") + " = " + rO[t] + " is out of range: must "
                        + "be >= " + name(p, "r_r") + " = " + rR[t]);
            }
            if (rA[t] < rO[t]) {
                throw new IllegalArgumentException(type + name(p, "r_a") + " = " + rA[t] + " is out of range: must "
                        + "be >= " + name(p, "r_o") + " = " + rO[t]);
            }
            if (rate != null) {
                theta[t] = rate[t] * dt;
                if (!(theta[t] <= Math.PI)) {
                    throw new IllegalArgumentException(type + "turn_rate * dt = " + theta[t] + " is out of range: "
                            + "must be in (0, pi] (turn_rate = " + rate[t] + ", dt = " + dt + ")");
                }
            }
            if (diffusion != null) {
                sigma[t] = Math.sqrt(2.0 * (dim - 1) * diffusion[t] * dt);
            }
            if (view != null) {
                beta[t] = AgentType.blindAngleOf(view[t]);
            }
            double[] g = omega[t] > 0 ? AgentType.direction(dim, azimuth[t], elevation[t]) : null;
            types[t] = new AgentType(speed[t], rR[t], rO[t], rA[t], theta[t], sigma[t], beta[t], w[t], omega[t], g);
        }
        return types;
    }

    /**
     * Returns the value of a per-type key for each of {@code k} types: a single value is repeated, a list must have
     * {@code k} elements.
     *
     * @return a new array of length {@code k}, or null when the key is unset
     */
    private static double[] perType(Parameters p, String key, int k) {
        double[] v = p.reals(key);
        if (v == null || v.length == k) {
            return v;
        }
        if (v.length != 1) {
            throw new IllegalArgumentException(name(p, key) + " = " + Param.format(p.value(key)) + " has " + v.length
                    + " values: must have 1 (all types) or one per type, and " + (p.text("type_counts") == null
                    ? "type_counts is unset (1 type)" : "type_counts = " + p.text("type_counts") + " gives " + k
                    + " types"));
        }
        double[] all = new double[k];
        Arrays.fill(all, v[0]);
        return all;
    }

    private static double[] pair(Parameters p, String perStep, String perTime, int k, double fallback) {
        if (p.value(perStep) != null && p.value(perTime) != null) {
            throw new IllegalArgumentException(name(p, perStep) + " = " + Param.format(p.value(perStep)) + " and "
                    + name(p, perTime) + " = " + Param.format(p.value(perTime)) + " cannot be combined: give one of "
                    + "the pair");
        }
        double[] v = perType(p, perStep, k);
        if (v == null) {
            v = new double[k];
            Arrays.fill(v, fallback);
        }
        return v;
    }

    /**
     * Checks that every position of a state file lies in {@code [0, box]} (couzin spec section 3: a reflecting
     * domain takes a file's positions as they are; the library would mirror them once).
     */
    private static void inBox(SwarmState s, double box, String file) {
        double[][] axes = {s.x(), s.y(), s.z()};
        String[] names = {"x", "y", "z"};
        for (int a = 0; a < s.dim(); a++) {
            for (int i = 0; i < s.n(); i++) {
                double v = axes[a][i];
                if (!(v >= 0 && v <= box)) {
                    throw new IllegalArgumentException(file + ": " + names[a] + " of row " + (i + 1) + " = " + v
                            + " is out of range: must be in [0, box = " + box + "] (reflecting domain)");
                }
            }
        }
    }

    /** The configuration, with a library message about type t ({@code types[t].}) as {@code type t: }. */
    private static CouzinConfig config(int dim, CouzinRules rules, Domain domain, double box, double dt,
            AgentType[] types, int[] counts, boolean blindRepulsion, NeighbourSearch search, boolean halfBoxWarn) {
        try {
            return new CouzinConfig(dim, rules, domain, box, dt, types, counts, blindRepulsion, search, halfBoxWarn);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^types\\[(\\d+)\\]\\.", "type $1: "),
                    e);
        }
    }

    private static String init(Parameters p) {
        String init = p.text("init");
        boolean initGiven = p.isGiven("init");
        if (p.text("init_state") != null) {
            if (initGiven && !init.equals("file")) {
                throw new IllegalArgumentException(name(p, "init") + " = " + init + " cannot be combined with "
                        + name(p, "init_state") + " = " + p.text("init_state") + ": init_state implies init = file");
            }
            return "file";
        }
        if (init.equals("file")) {
            throw new IllegalArgumentException(name(p, "init") + " = file needs init_state = FILE");
        }
        if (p.bool("torus_init")) {
            if (initGiven && !init.equals("torus")) {
                throw new IllegalArgumentException(name(p, "torus_init") + " = true cannot be combined with "
                        + name(p, "init") + " = " + init + " (torus_init = true means init = torus)");
            }
            return "torus";
        }
        return init;
    }

    private static int[] typeCounts(Parameters p, int n) {
        String text = p.text("type_counts");
        if (text == null) {
            return new int[] {n};
        }
        String[] parts = text.split(",", -1);
        if (parts.length > CouzinConfig.MAX_TYPES) {
            throw new IllegalArgumentException(name(p, "type_counts") + " = " + text + " is out of range: must "
                    + "have at most " + CouzinConfig.MAX_TYPES + " types");
        }
        int[] counts = new int[parts.length];
        long sum = 0;
        for (int i = 0; i < parts.length; i++) {
            try {
                counts[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                counts[i] = -1;
            }
            if (counts[i] < 0) {
                throw new IllegalArgumentException(name(p, "type_counts") + " = " + text + " is not accepted: "
                        + "must be comma-separated integers >= 0 summing to N = " + n);
            }
            sum += counts[i];
        }
        if (sum != n) {
            throw new IllegalArgumentException(name(p, "type_counts") + " = " + text + " is out of range: must sum "
                    + "to N = " + n + " (sums to " + sum + ")");
        }
        return counts;
    }

    private static long[] probes(Parameters p, long steps) {
        String text = p.text("probe_steps");
        if (text == null) {
            return new long[0];
        }
        String[] parts = text.split(",", -1);
        long[] probes = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long v;
            try {
                v = Long.parseLong(parts[i].strip());
            } catch (NumberFormatException e) {
                v = -1;
            }
            if (v < 0 || v > steps) {
                throw new IllegalArgumentException(name(p, "probe_steps") + " = " + text + " is out of range ('"
                        + parts[i].strip() + "'): must be comma-separated integers in [0, steps = " + steps + "]");
            }
            probes[i] = v;
        }
        return probes;
    }

    private static Replay readDraws(Path file, String key, long steps, int n, int k) {
        String expected = "must be a float64 (<f8) C-order NPY file of shape (>= " + steps + ", " + n + ", " + k + ")";
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(key + " = " + file + ": no such file (" + expected + ")");
        }
        NpyStream.Header h;
        try {
            h = NpyStream.header(file);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(key + " = " + file + " is not accepted: " + expected);
        }
        long[] s = h.shape();
        if (h.float32() || s.length != 3 || s[0] < steps || s[1] != n || s[2] != k
                || s[0] * n * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(key + " = " + file + " has " + (h.float32() ? "<f4" : "<f8")
                    + " shape " + Arrays.toString(s).replace('[', '(').replace(']', ')') + ": " + expected);
        }
        try {
            double[] values = NpyStream.read(file, 0, (int) s[0]);
            return new Replay(NoiseSource.ofArray(values, (int) s[0], n, k), file.toAbsolutePath(),
                    ConfigFile.sha256(Files.readAllBytes(file)), s.clone());
        } catch (IOException e) {
            throw new IllegalArgumentException(key + " = " + file + " cannot be read: " + expected);
        }
    }
}
