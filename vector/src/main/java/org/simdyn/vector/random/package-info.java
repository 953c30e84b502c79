/**
 * Counter-based random numbers: {@link org.simdyn.vector.random.Philox4x32}, the canonical Philox4x32-10
 * stream of simdyn (version 1), and {@link org.simdyn.vector.random.RngPurpose}, the registry of purpose
 * ranges that keeps the streams of different modules apart.
 */
package org.simdyn.vector.random;
