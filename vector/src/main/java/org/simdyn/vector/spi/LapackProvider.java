package org.simdyn.vector.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Dense linear algebra from a native LAPACK (for example LAPACKE on OpenBLAS), as a service.
 *
 * <p>Every routine is the column-major high-level LAPACKE call of the same name on {@code double[]}
 * arguments with LAPACK's dimensions: element {@code (i, j)} of a matrix {@code a} with leading
 * dimension {@code lda} is {@code a[i + j*lda]}, and an array holding a matrix with {@code c} columns
 * must have at least {@code ld*c} elements. Option characters are accepted in either case.
 *
 * <p>Each routine checks its arguments before any native work and throws an
 * {@link IllegalArgumentException} naming the argument, its value and the allowed range (for example
 * {@code "a.length = 10 is too small: must be >= lda*n = 15"}); a {@code null} array is refused the same
 * way unless the routine does not reference it. On a provider that is not {@linkplain #isAvailable()
 * available} a routine then throws an {@link IllegalStateException} carrying {@link #unavailableReason()}.
 * Inputs are copied to native memory, the routine runs, outputs are copied back; arrays documented "Not
 * modified." are never written. The return value is LAPACKE's {@code info}: {@code 0} on success,
 * {@code -i} when argument {@code i} of the LAPACKE call (counting the layout as argument 1) is illegal,
 * which in practice means a matrix holding NaN (LAPACKE checks inputs for NaN), {@code -1010} when LAPACKE
 * cannot allocate its workspace, and {@code > 0} when the algorithm did not converge (see each routine).
 *
 * <p>Implementations are thread-safe and do not serialise calls; concurrent calls on distinct arrays run
 * in parallel. Loading the native library happens on the first call of {@link #isAvailable()},
 * {@link #unavailableReason()}, {@link #description()} or a routine, never when the provider is created.
 *
 * <p>References: E. Anderson et al., <i>LAPACK Users' Guide</i>, 3rd ed., SIAM, 1999; the LAPACKE C
 * interface, <a href="https://www.netlib.org/lapack/lapacke.html">netlib.org/lapack/lapacke.html</a>.
 */
public interface LapackProvider {

    /**
     * The first provider found by {@link ServiceLoader} that is {@linkplain #isAvailable() available}.
     * Providers that fail to load ({@link ServiceConfigurationError}) are skipped.
     *
     * @return the first available provider, or empty when none is installed or none can load its library
     */
    static Optional<LapackProvider> find() {
        for (LapackProvider provider : providers()) {
            if (provider.isAvailable()) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /**
     * Every provider found by {@link ServiceLoader}, available or not, in the loader's order (for
     * diagnostics such as {@code simdyn info}). Creating them touches no native library. Providers that
     * fail to load ({@link ServiceConfigurationError}) are skipped.
     *
     * @return an unmodifiable list, possibly empty
     */
    static List<LapackProvider> providers() {
        List<LapackProvider> found = new ArrayList<>();
        Iterator<LapackProvider> it = ServiceLoader.load(LapackProvider.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return List.copyOf(found);
                }
                found.add(it.next());
            } catch (ServiceConfigurationError broken) {
                // A broken provider (missing class, failing constructor) is skipped; the loader moves on.
            }
        }
    }

    /**
     * The short name of this provider, without loading anything.
     *
     * @return for example {@code "lapacke"}
     */
    String name();

    /**
     * Whether the native library is loaded and binds every routine. The first call loads the library
     * (once per JVM); it never throws.
     *
     * @return {@code true} when the routines can be called
     */
    boolean isAvailable();

    /**
     * Why this provider is not available, in one line naming the library and the Debian package that
     * provides it (for example {@code "LAPACKE unavailable: liblapacke.so.3, ... not found (Debian
     * packages: liblapacke libopenblas0-pthread)"}).
     *
     * @return the reason, or {@code null} when the provider is available
     */
    String unavailableReason();

    /**
     * A one-line description of the provider and the library it uses.
     *
     * @return for example {@code "LAPACKE via FFM (liblapacke.so.3, OpenBLAS 0.3.21)"}
     */
    String description();

    /**
     * Sets the number of threads the underlying BLAS uses for each call (OpenBLAS's
     * {@code openblas_set_num_threads}); does nothing when the library has no such control. The default
     * is the system property {@code simdyn.lapack.threads}, else {@link Runtime#availableProcessors()}.
     * The setting is process-wide (it also affects other users of the same BLAS) and applies to calls that
     * start afterwards; change it while no other thread is inside a routine.
     *
     * @param threads the number of threads, {@code >= 1}
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws IllegalStateException if the provider is not available
     */
    void setThreads(int threads);

    /**
     * Singular value decomposition {@code A = U diag(S) V^T} of the {@code m x n} matrix {@code A} by the
     * divide-and-conquer method (LAPACK {@code DGESDD}). The singular values are non-negative and sorted
     * in decreasing order.
     *
     * <p>{@code jobz}: {@code 'A'} all {@code m} columns of {@code U} ({@code m x m}) and all {@code n}
     * rows of {@code V^T} ({@code n x n}); {@code 'S'} the first {@code min(m, n)} of each ({@code U}
     * {@code m x min(m, n)}, {@code V^T} {@code min(m, n) x n}); {@code 'O'} as {@code 'A'} but the first
     * {@code min(m, n)} columns of {@code U} ({@code m >= n}) or rows of {@code V^T} ({@code m < n})
     * overwrite {@code a}, and the other one goes to {@code vt} ({@code n x n}) or {@code u}
     * ({@code m x m}); {@code 'N'} singular values only. An array that {@code jobz} does not reference may
     * be {@code null}; its leading dimension must still be {@code >= 1}.
     *
     * @param jobz one of {@code 'A'}, {@code 'S'}, {@code 'O'}, {@code 'N'}
     * @param m rows of {@code A}, {@code >= 0}
     * @param n columns of {@code A}, {@code >= 0}
     * @param a {@code A}, {@code lda x n}, {@code lda >= max(1, m)}. Modified: destroyed, or overwritten
     *          as described for {@code jobz = 'O'}.
     * @param lda leading dimension of {@code a}
     * @param s the singular values, length {@code >= min(m, n)}. Modified.
     * @param u {@code U}: {@code ldu x m} for {@code 'A'} (and {@code 'O'} with {@code m < n}),
     *          {@code ldu x min(m, n)} for {@code 'S'}, {@code ldu >= max(1, m)}; otherwise not referenced.
     *          Modified.
     * @param ldu leading dimension of {@code u}
     * @param vt {@code V^T}: {@code ldvt x n} with {@code ldvt >= max(1, n)} for {@code 'A'} (and
     *          {@code 'O'} with {@code m >= n}), {@code ldvt >= max(1, min(m, n))} for {@code 'S'};
     *          otherwise not referenced. Modified.
     * @param ldvt leading dimension of {@code vt}
     * @return LAPACKE's info: {@code 0} on success, {@code < 0} an illegal argument, {@code > 0} the
     *         bidiagonal divide-and-conquer iteration did not converge
     * @throws IllegalArgumentException if an argument is out of range or an array too short
     * @throws IllegalStateException if the provider is not available
     */
    int dgesdd(char jobz, int m, int n, double[] a, int lda, double[] s, double[] u, int ldu, double[] vt,
               int ldvt);

    /**
     * QR factorisation {@code A = Q R} of the {@code m x n} matrix {@code A} by Householder reflections
     * (LAPACK {@code DGEQRF}). On exit the upper triangle (trapezoid when {@code m < n}) of {@code a}
     * holds {@code R}; below the diagonal, column {@code j} holds the reflector vector {@code v_j} (with
     * an implicit unit at row {@code j}), and {@code Q = H_1 H_2 ... H_k}, {@code H_j = I - tau[j] v_j
     * v_j^T}, {@code k = min(m, n)}. Form {@code Q} with {@link #dorgqr} or apply it with {@link #dormqr}.
     *
     * @param m rows of {@code A}, {@code >= 0}
     * @param n columns of {@code A}, {@code >= 0}
     * @param a {@code A}, {@code lda x n}, {@code lda >= max(1, m)}. Modified: {@code R} and the reflectors.
     * @param lda leading dimension of {@code a}
     * @param tau the reflector scalars, length {@code >= min(m, n)}. Modified.
     * @return LAPACKE's info: {@code 0} on success, {@code < 0} an illegal argument
     * @throws IllegalArgumentException if an argument is out of range or an array too short
     * @throws IllegalStateException if the provider is not available
     */
    int dgeqrf(int m, int n, double[] a, int lda, double[] tau);

    /**
     * Forms the first {@code n} columns of {@code Q = H_1 ... H_k} from the reflectors left by
     * {@link #dgeqrf} (LAPACK {@code DORGQR}): with {@code k = n = min(m, n)} this is the thin {@code Q}
     * ({@code m x n}, orthonormal columns) of {@code A = Q R}.
     *
     * @param m rows of {@code Q}, {@code >= 0}
     * @param n columns of {@code Q}, {@code 0 <= n <= m}
     * @param k number of reflectors, {@code 0 <= k <= n}
     * @param a the reflectors as left by {@code dgeqrf} in the first {@code k} columns, {@code lda x n},
     *          {@code lda >= max(1, m)}. Modified: overwritten by {@code Q}.
     * @param lda leading dimension of {@code a}
     * @param tau the reflector scalars from {@code dgeqrf}, length {@code >= k}. Not modified.
     * @return LAPACKE's info: {@code 0} on success, {@code < 0} an illegal argument
     * @throws IllegalArgumentException if an argument is out of range or an array too short
     * @throws IllegalStateException if the provider is not available
     */
    int dorgqr(int m, int n, int k, double[] a, int lda, double[] tau);

    /**
     * Overwrites the {@code m x n} matrix {@code C} with {@code Q C}, {@code Q^T C}, {@code C Q} or
     * {@code C Q^T}, where {@code Q = H_1 ... H_k} is given by the reflectors left by {@link #dgeqrf}
     * (LAPACK {@code DORMQR}); {@code Q} is never formed. {@code Q} is {@code m x m} when {@code side =
     * 'L'} and {@code n x n} when {@code side = 'R'}; write {@code nq} for that order.
     *
     * @param side {@code 'L'} ({@code Q} on the left) or {@code 'R'} (on the right)
     * @param trans {@code 'N'} ({@code Q}) or {@code 'T'} ({@code Q^T})
     * @param m rows of {@code C}, {@code >= 0}
     * @param n columns of {@code C}, {@code >= 0}
     * @param k number of reflectors, {@code 0 <= k <= nq}
     * @param a the reflectors from {@code dgeqrf}, {@code lda x k}, {@code lda >= max(1, nq)}. Not
     *          modified.
     * @param lda leading dimension of {@code a}
     * @param tau the reflector scalars from {@code dgeqrf}, length {@code >= k}. Not modified.
     * @param c {@code C}, {@code ldc x n}, {@code ldc >= max(1, m)}. Modified: overwritten by the product.
     * @param ldc leading dimension of {@code c}
     * @return LAPACKE's info: {@code 0} on success, {@code < 0} an illegal argument
     * @throws IllegalArgumentException if an argument is out of range or an array too short
     * @throws IllegalStateException if the provider is not available
     */
    int dormqr(char side, char trans, int m, int n, int k, double[] a, int lda, double[] tau, double[] c,
               int ldc);

    /**
     * Eigenvalues and, optionally, left and right eigenvectors of the general {@code n x n} matrix
     * {@code A} (LAPACK {@code DGEEV}). Eigenvalue {@code j} is {@code wr[j] + i wi[j]}; complex
     * conjugate pairs are consecutive, the one with positive imaginary part first. A right eigenvector
     * satisfies {@code A v = lambda v}, a left one {@code u^H A = lambda u^H}; each is scaled to Euclidean
     * norm 1 with largest component real. For a real eigenvalue {@code j} the vector is column {@code j}
     * of {@code vr} (or {@code vl}); for a pair {@code j, j+1} it is {@code col(j) +- i col(j+1)}.
     *
     * @param jobvl {@code 'V'} to compute left eigenvectors, {@code 'N'} not
     * @param jobvr {@code 'V'} to compute right eigenvectors, {@code 'N'} not
     * @param n order of {@code A}, {@code >= 0}
     * @param a {@code A}, {@code lda x n}, {@code lda >= max(1, n)}. Modified: destroyed.
     * @param lda leading dimension of {@code a}
     * @param wr real parts of the eigenvalues, length {@code >= n}. Modified.
     * @param wi imaginary parts of the eigenvalues, length {@code >= n}. Modified.
     * @param vl left eigenvectors, {@code ldvl x n} with {@code ldvl >= max(1, n)} when {@code jobvl =
     *           'V'}; otherwise not referenced (may be {@code null}, {@code ldvl >= 1}). Modified.
     * @param ldvl leading dimension of {@code vl}
     * @param vr right eigenvectors, {@code ldvr x n} with {@code ldvr >= max(1, n)} when {@code jobvr =
     *           'V'}; otherwise not referenced (may be {@code null}, {@code ldvr >= 1}). Modified.
     * @param ldvr leading dimension of {@code vr}
     * @return LAPACKE's info: {@code 0} on success, {@code < 0} an illegal argument, {@code > 0} the QR
     *         algorithm failed: eigenvalues {@code info .. n-1} (zero-based) have converged, no
     *         eigenvectors were computed
     * @throws IllegalArgumentException if an argument is out of range or an array too short
     * @throws IllegalStateException if the provider is not available
     */
    int dgeev(char jobvl, char jobvr, int n, double[] a, int lda, double[] wr, double[] wi, double[] vl,
              int ldvl, double[] vr, int ldvr);
}
