/**
 * Bindings behind the public facades of {@code org.simdyn.ffm}: the shared lazy loader
 * ({@code NativeLibrary}: name resolution, one-line reasons), the LAPACKE downcalls and the
 * {@link org.simdyn.vector.spi.LapackProvider} implementation. Not exported.
 */
package org.simdyn.ffm.internal;
