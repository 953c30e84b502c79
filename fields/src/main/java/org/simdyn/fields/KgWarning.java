package org.simdyn.fields;

/**
 * A warning raised during a run (at most once per code).
 *
 * @param code the code, e.g. {@code expo_resonance}
 * @param message the message
 */
public record KgWarning(String code, String message) {
}
