/**
 * {@code simdyn bench}: quick side-by-side timings of simdyn against its baselines in one invocation
 * ({@code bench fft}: the FFT providers, FFTW's tier-1 API and JTransforms; fft spec section 6), and the verify
 * mode that writes NumPy files for an external accuracy check.
 */
package org.simdyn.cli.bench;
