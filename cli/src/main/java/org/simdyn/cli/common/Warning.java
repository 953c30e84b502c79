package org.simdyn.cli.common;

/**
 * A warning of a run: a stable {@code code} and a one-line {@code message}. Listed in the JSON
 * {@code warnings}, printed on stderr unless {@code --quiet} (cli spec section 2).
 *
 * @param code snake_case identifier, e.g. {@code "ignored_key"}
 * @param message one line
 */
public record Warning(String code, String message) {
}
