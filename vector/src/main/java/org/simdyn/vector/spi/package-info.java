/**
 * Service interfaces of the optional native accelerators. The pure-Java code of simdyn never needs them;
 * a caller asks for a provider (for example {@link org.simdyn.vector.spi.LapackProvider#find()}) and
 * falls back to its own Java path when none is available. Implementations live in the {@code native}
 * module ({@code org.simdyn.ffm}) and are found with {@link java.util.ServiceLoader}, both on the module
 * path ({@code provides}) and on the class path ({@code META-INF/services}).
 * {@link org.simdyn.vector.spi.FftArguments} holds the argument checks every
 * {@link org.simdyn.vector.spi.FftProvider} shares, so that all providers fail with the same messages.
 */
package org.simdyn.vector.spi;
