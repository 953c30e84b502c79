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
 * @param draws the recorded draws, or null (Philox)
 * @param drawsSha256 SHA-256 of the draws file, or null
 * @param entropies whether frame diagnostics are computed
 * @param entropyEvery E
 * @param probes probe steps, ascending as given
 * @param clusterRadius cluster linking distance
 * @param corrBin bin width of C(r)
 * @param corrMax range of C(r)
 * @param warnings warnings found while resolving
 */
record CouzinSetup(CouzinConfig cfg, long steps, String init, double torusRadius, SwarmState fileState,
        NoiseSource draws, String drawsSha256, boolean entropies, long entropyEvery, long[] probes,
        double clusterRadius, double corrBin, double corrMax, List<Warning> warnings) {

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
        double rR = p.real("r_r");
        double rO = p.real("r_o");
        double rA = p.real("r_a");
        if (rO < rR) {
            throw new IllegalArgumentException(name(p, "r_o") + " = " + rO + " is out of range: must be >= "
                    + name(p, "r_r") + " = " + rR);
        }
        if (rA < rO) {
            throw new IllegalArgumentException(name(p, "r_a") + " = " + rA + " is out of range: must be >= "
                    + name(p, "r_o") + " = " + rO);
        }
        double theta = pair(p, "max_turn", "turn_rate", CouzinParams.DEFAULT_MAX_TURN);
        if (p.value("turn_rate") != null) {
            theta = p.real("turn_rate") * dt;
            if (!(theta <= Math.PI)) {
                throw new IllegalArgumentException("turn_rate * dt = " + theta + " is out of range: must be in "
                        + "(0, pi] (turn_rate = " + p.real("turn_rate") + ", dt = " + dt + ")");
            }
        }
        double sigma = pair(p, "noise", "rot_diffusion", CouzinParams.DEFAULT_NOISE);
        if (p.value("rot_diffusion") != null) {
            sigma = Math.sqrt(2.0 * (dim - 1) * p.real("rot_diffusion") * dt);
        }
        double beta = pair(p, "blind_angle", "field_of_view", CouzinParams.DEFAULT_BLIND_ANGLE);
        if (p.value("field_of_view") != null) {
            beta = AgentType.blindAngleOf(p.real("field_of_view"));
        }
        double w = p.real("orientation_weight");
        int[] counts = typeCounts(p, n);
        double omega = p.real("informed_weight");
        double[] g = omega > 0 ? AgentType.direction(dim, p.real("preferred_azimuth"), p.real("preferred_elevation"))
                : null;
        AgentType type = new AgentType(p.real("speed"), rR, rO, rA, theta, sigma, beta, w, omega, g);
        AgentType[] types = new AgentType[counts.length];
        Arrays.fill(types, type);
        NeighbourSearch search = switch (p.text("neighbour_search")) {
            case "cells" -> NeighbourSearch.CELLS;
            case "all-pairs" -> NeighbourSearch.ALL_PAIRS;
            default -> NeighbourSearch.AUTO;
        };
        CouzinConfig cfg = new CouzinConfig(dim, rules, domain, box, dt, types, counts, p.bool("blind_repulsion"),
                search, halfBoxWarn);
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
                cfg = new CouzinConfig(dim, rules, domain, box, dt, types, counts, p.bool("blind_repulsion"),
                        search, halfBoxWarn);
            }
            fileState = raw.placedIn(cfg);
            if (domain == Domain.PERIODIC && !Arrays.equals(fileState.x(), raw.x())
                    || domain == Domain.PERIODIC && !Arrays.equals(fileState.y(), raw.y())
                    || domain == Domain.PERIODIC && dim == 3 && !Arrays.equals(fileState.z(), raw.z())) {
                warnings.add(new Warning("init_state_wrapped", name(p, "init_state") + " = " + p.text("init_state")
                        + ": positions outside [0, box) were folded into the periodic box"));
            }
        }
        NoiseSource draws = null;
        String drawsSha = null;
        if (p.text("draws") != null) {
            Path file = Path.of(p.text("draws"));
            int k = ParticlePurposes.noiseNormals(rules, dim);
            draws = readDraws(file, name(p, "draws"), steps, cfg.n(), k);
            try {
                drawsSha = ConfigFile.sha256(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new IllegalArgumentException(name(p, "draws") + " = " + file + ": cannot be read");
            }
        }
        String e = p.text("entropies");
        boolean entropies = e.equals("on") || e.equals("true") || (e.equals("auto") && cfg.n() <= AUTO_ENTROPIES_MAX_N);
        long[] probes = probes(p, steps);
        double clusterRadius = rA;
        if (p.value("cluster_radius") != null) {
            clusterRadius = p.real("cluster_radius");
            if (domain == Domain.PERIODIC && clusterRadius > box / 2 && !halfBoxWarn) {
                throw new IllegalArgumentException(name(p, "cluster_radius") + " = " + clusterRadius
                        + " is out of range: must be <= box/2 = " + box / 2 + " in a periodic box (minimum image); "
                        + "use box >= " + 2 * clusterRadius + ", domain = open, or half_box_check = warn");
            }
        }
        double corrBin = p.value("corr_bin") == null ? rR / 2 : p.real("corr_bin");
        double corrMax = p.value("corr_max") != null ? p.real("corr_max")
                : domain == Domain.OPEN ? 2 * rA : Math.min(2 * rA, box / 2);
        return new CouzinSetup(cfg, steps, init, torusRadius, fileState, draws, drawsSha, entropies,
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

    private static double pair(Parameters p, String perStep, String perTime, double fallback) {
        if (p.value(perStep) != null && p.value(perTime) != null) {
            throw new IllegalArgumentException(name(p, perStep) + " = " + p.real(perStep) + " and "
                    + name(p, perTime) + " = " + p.real(perTime) + " cannot be combined: give one of the pair");
        }
        return p.value(perStep) != null ? p.real(perStep) : fallback;
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

    private static NoiseSource readDraws(Path file, String key, long steps, int n, int k) {
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
            return NoiseSource.ofArray(values, (int) s[0], n, k);
        } catch (IOException e) {
            throw new IllegalArgumentException(key + " = " + file + " cannot be read: " + expected);
        }
    }
}
