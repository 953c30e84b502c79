/**
 * What every {@code simdyn} command shares: the exit-code contract (exit 2 with one line naming option, value
 * and allowed range; exit 1 with one line for internal errors), the {@code --json}/{@code --quiet}/{@code --debug}
 * options, value parsing with ranges, JSON output, and the description of the environment (JDK, CPU, vector
 * width, FFT, LAPACK, RNG) that {@code simdyn info} prints and run provenance records.
 */
package org.simdyn.cli.common;
