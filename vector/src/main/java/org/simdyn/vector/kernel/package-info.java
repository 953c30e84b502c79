/**
 * Panama ({@code jdk.incubator.vector}) building blocks that other simdyn modules fuse into their own
 * kernels: {@link org.simdyn.vector.kernel.VMath} (vector {@code DetMath}) and
 * {@link org.simdyn.vector.kernel.VPhilox} (Philox rounds and the normal transform on vectors). Exported
 * only to simdyn's own modules; not a public API. Classes here link the Vector API: load them only in
 * Panama mode.
 */
package org.simdyn.vector.kernel;
