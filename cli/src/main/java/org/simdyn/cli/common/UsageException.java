package org.simdyn.cli.common;

/**
 * Bad usage or input found before any work: the command exits with code 2 and prints
 * {@code simdyn <command path>: <message>} as its only line on stderr.
 *
 * <p>The message names the option or key, the value and why it is wrong, with the allowed range, e.g.
 * {@code "--particles: 0 is out of range: must be an integer in [1, 10000]"}.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line: option or key, value, why, allowed range
     */
    public UsageException(String message) {
        super(message);
    }
}
