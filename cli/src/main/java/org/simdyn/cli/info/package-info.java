/**
 * {@code simdyn info} (versions, hardware, vector width and providers in force) and {@code simdyn info rng}
 * (values of the canonical Philox4x32-10 stream, so that anyone can check an implementation).
 */
package org.simdyn.cli.info;
