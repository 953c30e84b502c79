/**
 * Internals of the Couzin model: the pair kernel (scalar and Panama twins), the per-agent update, the cell list
 * and the stepping engine. Exported only to {@code org.simdyn.vector} (which loads the Panama twin).
 */
package org.simdyn.particles.internal;
