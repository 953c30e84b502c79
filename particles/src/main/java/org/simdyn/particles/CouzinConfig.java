package org.simdyn.particles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The complete, validated configuration of a Couzin simulation (spec section 1): dimension, rule set, domain,
 * box, time step, agent types with their counts (types in index order: the first {@code typeCounts[0]} agents
 * are type 0, and so on), the blind-cone rule for the zone of repulsion, the neighbour search and the half-box
 * check.
 *
 * <p>Every range is validated in the constructor (IllegalArgumentException naming parameter, value and allowed
 * range): {@code dim} 2 or 3; {@code N = Σ typeCounts} in {@code [2, 10^7]}; at most 256 types; box and dt finite
 * {@code > 0}; {@code speed·dt < L/2} unless open; PEER_COMPAT needs {@code rR < rO} and
 * {@code orientationWeight <= 1}; a preferred direction has {@code dim} components; in a periodic box a radius
 * {@code rO} or {@code rA} above {@code L/2} is rejected unless {@code halfBoxWarnOnly} (then
 * {@link #halfBoxWarnings()} lists it and the minimum image is used as the peer did); {@code CELLS} must be
 * usable ({@link #cellsUsable()}).
 *
 * @param dim 2 or 3
 * @param rules the rule set, non-null
 * @param domain the domain, non-null
 * @param box L, finite, {@code > 0}
 * @param dt the time step, finite, {@code > 0}
 * @param types the agent types, 1 to 256, non-null; copied
 * @param typeCounts agents per type, each {@code >= 0}, same length as {@code types}, sum in [2, 10^7]; copied
 * @param blindRepulsion whether the blind cone also hides neighbours in the zone of repulsion
 * @param search the neighbour search, non-null
 * @param halfBoxWarnOnly true: radii above L/2 in a periodic box are allowed (warning), false: rejected
 */
public record CouzinConfig(int dim, CouzinRules rules, Domain domain, double box, double dt, AgentType[] types,
                           int[] typeCounts, boolean blindRepulsion, NeighbourSearch search,
                           boolean halfBoxWarnOnly) {

    /** Largest number of agents. */
    public static final int MAX_N = 10_000_000;
    /** Largest number of agent types. */
    public static final int MAX_TYPES = 256;
    /** {@code auto} uses cells only from this many agents on. */
    public static final int AUTO_CELLS_MIN_N = 1024;

    /** Validates every range; see the class documentation. */
    public CouzinConfig {
        if (dim != 2 && dim != 3) {
            throw new IllegalArgumentException("dim = " + dim + " is out of range: must be 2 or 3");
        }
        if (rules == null) {
            throw new IllegalArgumentException("rules is null: must be COUZIN2002 or PEER_COMPAT");
        }
        if (domain == null) {
            throw new IllegalArgumentException("domain is null: must be PERIODIC, OPEN or REFLECTING");
        }
        if (search == null) {
            throw new IllegalArgumentException("search is null: must be AUTO, CELLS or ALL_PAIRS");
        }
        AgentType.positive("box", box);
        AgentType.positive("dt", dt);
        if (types == null || types.length < 1 || types.length > MAX_TYPES) {
            throw new IllegalArgumentException("types.length = " + (types == null ? "null" : types.length)
                    + " is out of range: must be in [1, " + MAX_TYPES + "]");
        }
        if (typeCounts == null || typeCounts.length != types.length) {
            throw new IllegalArgumentException("typeCounts.length = "
                    + (typeCounts == null ? "null" : typeCounts.length) + " is out of range: must equal "
                    + "types.length = " + types.length);
        }
        types = types.clone();
        typeCounts = typeCounts.clone();
        long total = 0;
        for (int t = 0; t < types.length; t++) {
            AgentType a = types[t];
            if (a == null) {
                throw new IllegalArgumentException("types[" + t + "] is null: must be an AgentType");
            }
            if (typeCounts[t] < 0) {
                throw new IllegalArgumentException("typeCounts[" + t + "] = " + typeCounts[t]
                        + " is out of range: must be >= 0");
            }
            total += typeCounts[t];
            String p = types.length == 1 ? "" : "types[" + t + "].";
            if (domain != Domain.OPEN && !(a.speed() * dt < box / 2)) {
                throw new IllegalArgumentException(p + "speed * dt = " + a.speed() * dt
                        + " is out of range: must be < box/2 = " + box / 2 + " (" + name(domain) + " domain)");
            }
            if (rules == CouzinRules.PEER_COMPAT) {
                if (!(a.rR() < a.rO())) {
                    throw new IllegalArgumentException(p + "r_r = " + a.rR() + " is out of range: must be < r_o = "
                            + a.rO() + " with rules = peer-compat");
                }
                if (a.orientationWeight() > 1) {
                    throw new IllegalArgumentException(p + "orientation_weight = " + a.orientationWeight()
                            + " is out of range: must be in [0, 1] with rules = peer-compat");
                }
            }
            double[] g = a.preferredDir();
            if (g != null && g.length != dim) {
                throw new IllegalArgumentException(p + "preferredDir.length = " + g.length
                        + " is out of range: must equal dim = " + dim);
            }
            if (domain == Domain.PERIODIC && !halfBoxWarnOnly) {
                halfBox(p + "r_o", a.rO(), box);
                halfBox(p + "r_a", a.rA(), box);
            }
        }
        if (total < 2 || total > MAX_N) {
            throw new IllegalArgumentException("N = " + total + " is out of range: must be in [2, " + MAX_N + "]");
        }
        if (search == NeighbourSearch.CELLS && domain == Domain.PERIODIC
                && periodicCells(box, maxRadius(types), (int) total, dim) < 3) {
            throw new IllegalArgumentException("neighbour_search = cells is unusable: floor(box / r_a max) = "
                    + (long) Math.floor(box / maxRadius(types)) + " cells per axis, must be >= 3 (use all-pairs)");
        }
    }

    /**
     * A one-type configuration with the blind cone covering the zone of repulsion, automatic neighbour search
     * and the half-box check in error mode.
     *
     * @param dim 2 or 3
     * @param rules the rule set
     * @param domain the domain
     * @param box L
     * @param dt the time step
     * @param type the agent type
     * @param n the number of agents, [2, 10^7]
     * @return the validated configuration
     * @throws IllegalArgumentException for a value out of range
     */
    public static CouzinConfig of(int dim, CouzinRules rules, Domain domain, double box, double dt, AgentType type,
                                  int n) {
        return new CouzinConfig(dim, rules, domain, box, dt, new AgentType[] {type}, new int[] {n}, true,
                NeighbourSearch.AUTO, false);
    }

    /**
     * Returns this configuration with another neighbour search.
     *
     * @param s the search
     * @return the validated configuration
     */
    public CouzinConfig withSearch(NeighbourSearch s) {
        return new CouzinConfig(dim, rules, domain, box, dt, types, typeCounts, blindRepulsion, s, halfBoxWarnOnly);
    }

    /**
     * Returns this configuration with another rule set.
     *
     * @param r the rules
     * @return the validated configuration
     */
    public CouzinConfig withRules(CouzinRules r) {
        return new CouzinConfig(dim, r, domain, box, dt, types, typeCounts, blindRepulsion, search, halfBoxWarnOnly);
    }

    /**
     * Returns this configuration with another domain.
     *
     * @param d the domain
     * @return the validated configuration
     */
    public CouzinConfig withDomain(Domain d) {
        return new CouzinConfig(dim, rules, d, box, dt, types, typeCounts, blindRepulsion, search, halfBoxWarnOnly);
    }

    private static String name(Domain d) {
        return d.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void halfBox(String name, double r, double box) {
        if (r > box / 2) {
            throw new IllegalArgumentException(name + " = " + r + " is out of range: must be <= box/2 = " + box / 2
                    + " in a periodic box (minimum image); use box >= " + 2 * r
                    + ", domain = open, or half_box_check = warn");
        }
    }

    private static double maxRadius(AgentType[] types) {
        double m = 0;
        for (AgentType t : types) {
            m = Math.max(m, t.rA());
        }
        return m;
    }

    /** Cells per axis of a periodic box: floor(L / rMax), at most the d-th root of max(4N, 64). */
    static int periodicCells(double box, double rMax, int n, int dim) {
        long nc = (long) Math.floor(box / rMax);
        long cap = Math.max(4L * n, 64L);
        long limit = 1;
        while (pow(limit + 1, dim) <= cap) {
            limit++;
        }
        return (int) Math.min(nc, limit);
    }

    private static long pow(long b, int d) {
        return d == 2 ? b * b : b * b * b;
    }

    /** Returns a copy of the types. */
    @Override
    public AgentType[] types() {
        return types.clone();
    }

    /** Returns a copy of the counts. */
    @Override
    public int[] typeCounts() {
        return typeCounts.clone();
    }

    /** Returns type {@code t} (no copy of the array). @param t the type index @return the type */
    public AgentType type(int t) {
        return types[t];
    }

    /** Returns the number of types. @return the number of types */
    public int typeCount() {
        return types.length;
    }

    /** Returns the number of agents {@code N = Σ typeCounts}. @return N */
    public int n() {
        int s = 0;
        for (int c : typeCounts) {
            s += c;
        }
        return s;
    }

    /** Returns the largest attraction radius over the types. @return max rA */
    public double maxAttraction() {
        return maxRadius(types);
    }

    /**
     * Returns the cells per axis of the cell list (periodic: {@code floor(L / r_a max)} capped so that the cell
     * count is at most {@code max(4N, 64)}; reflecting: the same, at least 1; open: 0, decided every step from
     * the bounding box).
     *
     * @return cells per axis, or 0 for the open domain
     */
    public int cellsPerAxis() {
        return switch (domain) {
            case PERIODIC -> periodicCells(box, maxAttraction(), n(), dim);
            case REFLECTING -> Math.max(1, periodicCells(box, maxAttraction(), n(), dim));
            case OPEN -> 0;
        };
    }

    /**
     * Returns whether cell lists can be used: periodic needs at least 3 cells per axis (so that the 3^d cells
     * around a cell are distinct); open and reflecting always can.
     *
     * @return whether {@code CELLS} is allowed
     */
    public boolean cellsUsable() {
        return domain != Domain.PERIODIC || cellsPerAxis() >= 3;
    }

    /**
     * Returns the search in force: {@code CELLS} or {@code ALL_PAIRS} as given; {@code AUTO} gives cells iff
     * they are usable, {@code N >= }{@value #AUTO_CELLS_MIN_N} and (periodic, reflecting) at least 4 cells per
     * axis.
     *
     * @return CELLS or ALL_PAIRS
     */
    public NeighbourSearch resolvedSearch() {
        if (search != NeighbourSearch.AUTO) {
            return search;
        }
        boolean cells = cellsUsable() && n() >= AUTO_CELLS_MIN_N && (domain == Domain.OPEN || cellsPerAxis() >= 4);
        return cells ? NeighbourSearch.CELLS : NeighbourSearch.ALL_PAIRS;
    }

    /**
     * Returns one line per radius above {@code L/2} in a periodic box (possible only with
     * {@code halfBoxWarnOnly}), empty otherwise: the warning {@code radius_exceeds_half_box}.
     *
     * @return the warnings, in type order, r_o before r_a
     */
    public List<String> halfBoxWarnings() {
        List<String> w = new ArrayList<>();
        if (domain == Domain.PERIODIC) {
            for (int t = 0; t < types.length; t++) {
                String p = types.length == 1 ? "" : "types[" + t + "].";
                if (types[t].rO() > box / 2) {
                    w.add(p + "r_o = " + types[t].rO() + " exceeds box/2 = " + box / 2
                            + ": the minimum image makes agents react to the nearest copy of everyone");
                }
                if (types[t].rA() > box / 2) {
                    w.add(p + "r_a = " + types[t].rA() + " exceeds box/2 = " + box / 2
                            + ": the minimum image makes agents react to the nearest copy of everyone");
                }
            }
        }
        return w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CouzinConfig c && dim == c.dim && rules == c.rules && domain == c.domain
                && Double.compare(box, c.box) == 0 && Double.compare(dt, c.dt) == 0 && Arrays.equals(types, c.types)
                && Arrays.equals(typeCounts, c.typeCounts) && blindRepulsion == c.blindRepulsion
                && search == c.search && halfBoxWarnOnly == c.halfBoxWarnOnly;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(dim, rules, domain, box, dt, Arrays.hashCode(types),
                Arrays.hashCode(typeCounts), blindRepulsion, search, halfBoxWarnOnly);
    }

    @Override
    public String toString() {
        return "CouzinConfig[dim=" + dim + ", rules=" + rules + ", domain=" + domain + ", box=" + box + ", dt=" + dt
                + ", types=" + Arrays.toString(types) + ", typeCounts=" + Arrays.toString(typeCounts)
                + ", blindRepulsion=" + blindRepulsion + ", search=" + search + ", halfBoxWarnOnly="
                + halfBoxWarnOnly + "]";
    }
}
