package org.simdyn.particles;

/** Receives the state after selected steps of a {@link CouzinSimulation}. */
@FunctionalInterface
public interface FrameObserver {
    /**
     * Called after every step whose new step count is a multiple of the observer's {@code every}.
     *
     * @param step the step count of the state (state k = after k steps)
     * @param state the live state: read it during the call, copy it to keep it. Not modified.
     */
    void frame(long step, SwarmState state);
}
