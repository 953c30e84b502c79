package org.simdyn.particles;

import java.util.Arrays;
import java.util.List;
import org.simdyn.particles.internal.Engine;
import org.simdyn.particles.internal.PairKernel;
import org.simdyn.particles.internal.PairKernelScalar;
import org.simdyn.vector.Parallel;
import org.simdyn.vector.VectorRuntime;

/**
 * A Couzin zone-model simulation (spec section 2): synchronous steps (all new headings from state n, then all
 * positions move), COUZIN2002 or PEER_COMPAT rules ({@link CouzinRules}), periodic, open or reflecting domain,
 * heading noise keyed by (seed, agent, {@link ParticlePurposes#NOISE}, step).
 *
 * <p><b>One step</b> n → n+1. For each agent i with heading {@code u_i = v_i/|v_i|}: the zone sums over the visible
 * neighbours (outside the rear blind cone of half-angle β): {@code S_r = Σ_ZOR e_ij}
 * ({@code r < r_r}), {@code S_o = Σ_ZOO u_j} ({@code r_r <= r < r_o}), {@code S_a = Σ_ZOA e_ij}
 * ({@code r_o <= r < r_a}), each component accumulated exactly as an integer multiple of 2^-39. Desired direction:
 * {@code -S_r} if {@code n_r > 0}; else {@code w ô + â} (COUZIN2002, normalised zone means) or
 * {@code w S_o + S_a} (PEER_COMPAT, raw sums); informed agents add {@code ω g} (Couzin et al. 2005). COUZIN2002
 * rotates {@code d̂} by the angular noise {@code η = σ g3} and turns by exactly {@code min(φ, θ)} along the great
 * circle; PEER_COMPAT turns by the lerp and adds {@code σ ξ} afterwards (see {@link CouzinRules#PEER_COMPAT}
 * for its defects). Then {@code v = speed u'} and {@code x += v dt} with the domain's boundary rule.
 *
 * <p><b>Reproducibility</b>: the state after any number of steps is the same bits for any {@link #threads(int)},
 * any {@code -Dsimdyn.vector} width (scalar, 128, 256, 512), either neighbour search, and after a restart
 * ({@link #restore}); {@link #stateSha256()} is the fingerprint. <b>Allocation</b>: none per step with one
 * thread after the first step; with more threads only {@link Parallel}'s few small task objects.
 *
 * <p>Not thread-safe: step it from one thread at a time (it uses {@code threads} workers internally).
 *
 * <p>References: Couzin, Krause, James, Ruxton, Franks, J. theor. Biol. 218 (2002) 1-11; Couzin, Krause, Franks,
 * Levin, Nature 433 (2005) 513-516.
 */
public final class CouzinSimulation {

    private static final class Kernel {
        static final PairKernel INSTANCE = VectorRuntime.select(PairKernel.class,
                "org.simdyn.particles.internal.PairKernelPanama", new PairKernelScalar());
    }

    private final CouzinConfig cfg;
    private final Engine engine;
    private FrameObserver[] observers = new FrameObserver[0];
    private long[] every = new long[0];

    private CouzinSimulation(CouzinConfig cfg, Engine engine) {
        this.cfg = cfg;
        this.engine = engine;
    }

    /**
     * A simulation at step 0 with Philox noise.
     *
     * @param cfg the configuration, non-null
     * @param state the initial state, non-null, matching the configuration. Not modified (copied and placed in
     *        the domain, see {@link SwarmState#placedIn}).
     * @param seed the seed
     * @return the simulation
     * @throws IllegalArgumentException for a null argument or a state that does not fit the configuration
     */
    public static CouzinSimulation create(CouzinConfig cfg, SwarmState state, long seed) {
        return restore(cfg, state, NoiseSource.philox(seed), 0);
    }

    /**
     * A simulation at step 0 whose noise comes from {@code noise} instead of Philox (replay of recorded draws,
     * spec section 3).
     *
     * @param cfg the configuration, non-null
     * @param state the initial state, non-null. Not modified.
     * @param noise the noise source, non-null
     * @return the simulation
     * @throws IllegalArgumentException for a null argument or a state that does not fit the configuration
     */
    public static CouzinSimulation replay(CouzinConfig cfg, SwarmState state, NoiseSource noise) {
        return restore(cfg, state, noise, 0);
    }

    /**
     * A simulation continuing from a checkpoint: {@code state} is state {@code step} (with its image counters
     * when periodic); the continuation is bit-identical to the uninterrupted run.
     *
     * @param cfg the configuration, non-null
     * @param state the state after {@code step} steps, non-null. Not modified.
     * @param noise the noise source ({@link NoiseSource#philox(long)} of the run's seed), non-null
     * @param step the step count of the state, {@code >= 0}
     * @return the simulation
     * @throws IllegalArgumentException for a null argument, a negative step or a state that does not fit
     */
    public static CouzinSimulation restore(CouzinConfig cfg, SwarmState state, NoiseSource noise, long step) {
        if (cfg == null) {
            throw new IllegalArgumentException("cfg is null: must be a CouzinConfig");
        }
        if (state == null) {
            throw new IllegalArgumentException("state is null: must be a SwarmState");
        }
        if (noise == null) {
            throw new IllegalArgumentException("noise is null: must be a NoiseSource");
        }
        return new CouzinSimulation(cfg, new Engine(cfg, state, noise, Kernel.INSTANCE, step));
    }

    /** Returns the configuration. @return the configuration */
    public CouzinConfig config() {
        return cfg;
    }

    /**
     * Advances one step and calls the observers that are due.
     *
     * @throws IllegalStateException if the state became non-finite (the message names step and time)
     */
    public void step() {
        engine.step();
        long k = engine.stepCount();
        for (int o = 0; o < observers.length; o++) {
            if (k % every[o] == 0) {
                observers[o].frame(k, engine.state());
            }
        }
    }

    /**
     * Advances {@code steps} steps.
     *
     * @param steps the number of steps, {@code >= 0}
     * @throws IllegalArgumentException if {@code steps < 0}
     * @throws IllegalStateException if the state became non-finite
     */
    public void advance(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps = " + steps + " is out of range: must be >= 0");
        }
        for (long s = 0; s < steps; s++) {
            step();
        }
    }

    /** Returns the number of steps done (the state is state {@code stepCount()}). @return n */
    public long stepCount() {
        return engine.stepCount();
    }

    /** Returns the time {@code t_n = n dt}. @return the time */
    public double time() {
        return engine.stepCount() * cfg.dt();
    }

    /** Returns the live state (see {@link SwarmState}). @return the state */
    public SwarmState state() {
        return engine.state();
    }

    /**
     * Sets the number of threads of the following steps (the result does not depend on it).
     *
     * @param t threads, in [1, {@link Parallel#MAX_THREADS}]
     * @return this
     * @throws IllegalArgumentException if out of range
     */
    public CouzinSimulation threads(int t) {
        engine.threads(t);
        return this;
    }

    /** Returns the thread count in force. @return threads */
    public int threads() {
        return engine.threads();
    }

    /**
     * Adds an observer called after every step whose new step count is a multiple of {@code every}.
     *
     * @param observer the observer, non-null
     * @param every the period in steps, {@code >= 1}
     * @return this
     * @throws IllegalArgumentException for a null observer or {@code every < 1}
     */
    public CouzinSimulation addObserver(FrameObserver observer, long every) {
        if (observer == null) {
            throw new IllegalArgumentException("observer is null: must be a FrameObserver");
        }
        if (every < 1) {
            throw new IllegalArgumentException("every = " + every + " is out of range: must be >= 1");
        }
        observers = Arrays.copyOf(observers, observers.length + 1);
        observers[observers.length - 1] = observer;
        this.every = Arrays.copyOf(this.every, this.every.length + 1);
        this.every[this.every.length - 1] = every;
        return this;
    }

    /** Returns the neighbour search in force. @return CELLS or ALL_PAIRS */
    public NeighbourSearch neighbourSearch() {
        return engine.search();
    }

    /** Returns the cells per axis of the last step (0 with all-pairs). @return cells per axis */
    public int cellsPerAxis() {
        return engine.cellsPerAxis();
    }

    /** Returns the pair kernel in use ({@code "scalar"} or {@code "panama <bits>-bit"}). @return its name */
    public String kernelName() {
        return engine.kernel().toString();
    }

    /** Returns the state's array names in hashing order ({@link SwarmState#stateOrder()}). @return the names */
    public List<String> stateOrder() {
        return engine.state().stateOrder();
    }

    /** Returns the SHA-256 of the current state ({@link SwarmState#sha256()}). @return 64 hex characters */
    public String stateSha256() {
        return engine.state().sha256();
    }
}
