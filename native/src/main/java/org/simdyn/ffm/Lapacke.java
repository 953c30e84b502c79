package org.simdyn.ffm;

import org.simdyn.ffm.internal.LapackeProvider;
import org.simdyn.vector.spi.LapackProvider;

/**
 * Status of LAPACKE for direct users. The routines themselves are reached through
 * {@link LapackProvider#find()}, which finds this module's provider (name {@code "lapacke"}) by
 * {@link java.util.ServiceLoader}.
 *
 * <p>The library is looked up on the first call of any method here or of the provider, once per JVM:
 * the system property {@code simdyn.lapack.library} (a path or soname), else the environment variable
 * {@code SIMDYN_LAPACK_LIBRARY}, else {@code liblapacke.so.3}, {@code liblapacke.so},
 * {@code liblapacke.dylib}, {@code liblapacke.dll}. {@code -Dsimdyn.lapack.disable=true} makes it
 * unavailable. On Debian and Ubuntu: {@code apt-get install liblapacke libopenblas0-pthread}. The JVM
 * needs {@code --enable-native-access=org.simdyn.ffm} (or {@code ALL-UNNAMED} on the class path).
 * {@code -Dsimdyn.lapack.threads=N} sets OpenBLAS's thread count (default: the available processors).
 */
public final class Lapacke {

    private static final LapackProvider PROVIDER = new LapackeProvider();

    private Lapacke() {
    }

    /**
     * Whether LAPACKE is loaded and binds every routine; loads it on the first call and never throws.
     *
     * @return {@code true} when the provider's routines can be called
     */
    public static boolean available() {
        return PROVIDER.isAvailable();
    }

    /**
     * Why LAPACKE is not available.
     *
     * @return one line naming the library and its Debian packages, or {@code null} when available
     */
    public static String reason() {
        return PROVIDER.unavailableReason();
    }

    /**
     * The library in use.
     *
     * @return for example {@code "LAPACKE via FFM (liblapacke.so.3, OpenBLAS 0.3.21)"}
     */
    public static String description() {
        return PROVIDER.description();
    }
}
