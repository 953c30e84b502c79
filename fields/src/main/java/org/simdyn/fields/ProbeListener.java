package org.simdyn.fields;

/**
 * Receives the centre probe once per step (kg.md section 5): the field at the probe point in the real-space field
 * the step already computes (the first force evaluation of the step).
 */
@FunctionalInterface
public interface ProbeListener {

    /**
     * One sample.
     *
     * @param step the step being taken (the step count after it)
     * @param t the time the sample belongs to ({@code t_n + h/2} for {@code expo}, {@code t_n + w1 h/2} for
     *        {@code expo4}, {@code t_n + h} for {@code verlet}, {@code t_n + w1 h} for {@code verlet4})
     * @param value phi at the probe point
     */
    void sample(long step, double t, double value);
}
