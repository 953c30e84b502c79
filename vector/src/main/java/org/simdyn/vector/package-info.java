/**
 * SIMD primitives with scalar twins: {@link org.simdyn.vector.VectorRuntime} (which implementation runs),
 * {@link org.simdyn.vector.DetMath} (deterministic transcendentals), {@link org.simdyn.vector.Reductions}
 * (sums in a fixed blocked order), {@link org.simdyn.vector.VectorOps} (element-wise kernels) and
 * {@link org.simdyn.vector.Parallel} (thread-count independent chunking).
 *
 * <p>Every kernel takes primitive arrays with explicit offsets and lengths and explicit outputs; it
 * allocates nothing, validates its arguments before any work and gives the same bits for every SIMD width
 * and every thread count, unless its documentation says otherwise.
 */
package org.simdyn.vector;
