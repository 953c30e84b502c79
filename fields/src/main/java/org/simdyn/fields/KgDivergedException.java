package org.simdyn.fields;

/**
 * Thrown when the field becomes NaN or infinite; names the step and the time. The state is left as it was when the
 * non-finite value was found.
 */
public final class KgDivergedException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** The step being taken. */
    private final long step;
    /** The time at the start of that step. */
    private final double time;

    /**
     * Creates the exception.
     *
     * @param step the step being taken
     * @param time the time at its start
     */
    public KgDivergedException(long step, double time) {
        super("the field became NaN or infinite during step " + step + " (the step from t = " + time + ")");
        this.step = step;
        this.time = time;
    }

    /**
     * The step being taken.
     *
     * @return the step number
     */
    public long step() {
        return step;
    }

    /**
     * The time at the start of the step.
     *
     * @return the time
     */
    public double time() {
        return time;
    }
}
