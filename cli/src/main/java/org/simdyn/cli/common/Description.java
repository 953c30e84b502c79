package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What the command-line core needs to know about a command once its parameters are validated: provenance
 * (integrator, time step, RNG purposes), the dry run's step count and the warnings found while building it. A
 * {@link Simulation} is one time-stepping run that the {@link Engine} steps; commands made of many runs or of none
 * ({@code kg scan}, {@code couzin ensemble}, {@code couzin analyze}) describe themselves with this alone and
 * override {@link Scenario#run}.
 */
public interface Description {
    /** @return the integrator's name for provenance, e.g. {@code "velocity-verlet"} */
    String integrator();

    /** @return the time step (NaN when there is none) */
    double dt();

    /** @return the number of steps of one run, 0 when the runs differ or there are none (a dry run reports it) */
    long steps();

    /** @return the RNG purposes the model draws from, name to value (provenance) */
    Map<String, Integer> purposes();

    /**
     * Returns the provenance {@code rng} object (cli spec section 6): what generated the run's random numbers.
     * Default: the Philox4x32-10 stream keyed by the seed, with {@link #purposes()}. A model that replays recorded
     * draws for some purpose overrides this to say so (couzin spec section 3: {@code generator = "replay"}).
     *
     * @param seed the seed
     * @return a new object
     */
    default ObjectNode rng(long seed) {
        return Provenance.rng(seed, purposes());
    }

    /**
     * Returns warnings found while building the command (held back until validation succeeded, then printed and
     * listed in the JSON {@code warnings}), and any raised while running (asked again after the run: the new ones
     * are printed then). Default: none.
     *
     * @return the warnings so far, in order
     */
    default List<Warning> warnings() {
        return List.of();
    }
}
