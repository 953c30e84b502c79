/**
 * Optional native accelerators reached through the Foreign Function and Memory API: FFTW3 as an FFT
 * provider and LAPACKE for dense linear algebra. Libraries are loaded lazily and never required; without
 * them every caller falls back to the pure-Java code of {@code org.simdyn.vector}.
 */
package org.simdyn.ffm;
