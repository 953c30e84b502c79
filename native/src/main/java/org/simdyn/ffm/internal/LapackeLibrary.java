package org.simdyn.ffm.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The LAPACKE downcalls: one instance per JVM behind a holder class ({@link #get()}), loaded on first use.
 *
 * <p>The library is {@code liblapacke} found by {@link NativeLibrary}'s rules with key {@code lapack}
 * (property {@code simdyn.lapack.library}, variable {@code SIMDYN_LAPACK_LIBRARY}, switch
 * {@code simdyn.lapack.disable}). The BLAS thread count is set through {@code openblas_set_num_threads},
 * looked up in that library and then in {@code libopenblas.so.0}; at load it is set to
 * {@code simdyn.lapack.threads}, else {@link Runtime#availableProcessors()}.
 *
 * <p>Each call copies its arrays into a confined arena (bulk {@link MemorySegment#copy}), calls the
 * column-major high-level LAPACKE function ({@code LAPACK_COL_MAJOR = 102}, {@code char} as
 * {@code JAVA_BYTE}, {@code lapack_int} as {@code JAVA_INT}), copies the modified arrays back and returns
 * {@code info}. Arguments are not checked here: {@link LapackeProvider} does that before calling. Calls
 * are not serialised.
 */
@SuppressWarnings("restricted")
final class LapackeLibrary {

    /** {@code LAPACK_COL_MAJOR} of {@code lapacke.h}. */
    static final int LAPACK_COL_MAJOR = 102;

    /** The library and its default sonames. */
    static final NativeLibrary.Spec SPEC = new NativeLibrary.Spec("lapack", "LAPACKE",
            "liblapacke libopenblas0-pthread",
            List.of("liblapacke.so.3", "liblapacke.so", "liblapacke.dylib", "liblapacke.dll"));

    /** Where {@code openblas_set_num_threads} is looked for when LAPACKE itself does not export it. */
    static final NativeLibrary.Spec OPENBLAS = new NativeLibrary.Spec("openblas", "OpenBLAS",
            "libopenblas0-pthread", List.of("libopenblas.so.0"));

    private static final System.Logger LOG = System.getLogger("org.simdyn.ffm");
    private static final UnaryOperator<String> UNSET = key -> null;

    private static final class Holder {
        static final LapackeLibrary INSTANCE = load(System::getProperty, System::getenv);
    }

    private final String reason;
    private final String description;
    private final MethodHandle dgesdd;
    private final MethodHandle dgeqrf;
    private final MethodHandle dorgqr;
    private final MethodHandle dormqr;
    private final MethodHandle dgeev;
    private final MethodHandle setNumThreads;

    private LapackeLibrary(String reason) {
        this.reason = reason;
        this.description = "LAPACKE via FFM (unavailable)";
        this.dgesdd = null;
        this.dgeqrf = null;
        this.dorgqr = null;
        this.dormqr = null;
        this.dgeev = null;
        this.setNumThreads = null;
    }

    private LapackeLibrary(NativeLibrary lapacke) throws Throwable {
        this.reason = null;
        this.dgesdd = lapacke.downcall("LAPACKE_dgesdd", FunctionDescriptor.of(JAVA_INT,
                JAVA_INT, JAVA_BYTE, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS,
                JAVA_INT));
        this.dgeqrf = lapacke.downcall("LAPACKE_dgeqrf", FunctionDescriptor.of(JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        this.dorgqr = lapacke.downcall("LAPACKE_dorgqr", FunctionDescriptor.of(JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        this.dormqr = lapacke.downcall("LAPACKE_dormqr", FunctionDescriptor.of(JAVA_INT,
                JAVA_INT, JAVA_BYTE, JAVA_BYTE, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS,
                JAVA_INT));
        this.dgeev = lapacke.downcall("LAPACKE_dgeev", FunctionDescriptor.of(JAVA_INT,
                JAVA_INT, JAVA_BYTE, JAVA_BYTE, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT,
                ADDRESS, JAVA_INT));
        NativeLibrary blas = lapacke.find("openblas_set_num_threads").isPresent()
                ? lapacke : NativeLibrary.open(OPENBLAS, UNSET, UNSET);
        this.setNumThreads = blas.find("openblas_set_num_threads").isPresent()
                ? blas.downcall("openblas_set_num_threads", FunctionDescriptor.ofVoid(JAVA_INT)) : null;
        String version = "";
        if (blas.find("openblas_get_config").isPresent()) {
            MethodHandle config = blas.downcall("openblas_get_config", FunctionDescriptor.of(ADDRESS));
            String[] words = ((MemorySegment) config.invokeExact()).reinterpret(Long.MAX_VALUE).getString(0)
                    .strip().split("\\s+");
            version = ", " + String.join(" ", List.of(words).subList(0, Math.min(2, words.length)));
        }
        this.description = "LAPACKE via FFM (" + lapacke.name() + version + ")";
    }

    /** @return the instance of this JVM, loading the library on the first call; never throws */
    static LapackeLibrary get() {
        return Holder.INSTANCE;
    }

    /**
     * Loads and binds LAPACKE as named by the given settings; the holder passes the JVM's, tests their own.
     *
     * @param properties system properties by name ({@code null} when unset)
     * @param environment environment variables by name ({@code null} when unset)
     * @return the bound library, or an unavailable one with its reason; never throws
     */
    static LapackeLibrary load(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        NativeLibrary lapacke = NativeLibrary.open(SPEC, properties, environment);
        if (!lapacke.available()) {
            return new LapackeLibrary(lapacke.reason());
        }
        try {
            LapackeLibrary bound = new LapackeLibrary(lapacke);
            bound.setThreads(defaultThreads(properties.apply("simdyn.lapack.threads")));
            return bound;
        } catch (Throwable failure) {
            return new LapackeLibrary(NativeLibrary.reason(SPEC, failure));
        }
    }

    /**
     * The default BLAS thread count.
     *
     * @param value the property {@code simdyn.lapack.threads}, or {@code null}
     * @return its value when it is an integer {@code >= 1}, else {@link Runtime#availableProcessors()}
     *         (with a warning when it was set to something else)
     */
    static int defaultThreads(String value) {
        int processors = Runtime.getRuntime().availableProcessors();
        if (value == null || value.isBlank()) {
            return processors;
        }
        try {
            int threads = Integer.parseInt(value.strip());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below
        }
        LOG.log(System.Logger.Level.WARNING, "simdyn.lapack.threads = \"" + value
                + "\" is not an integer >= 1; using " + processors);
        return processors;
    }

    boolean available() {
        return reason == null;
    }

    String reason() {
        return reason;
    }

    String description() {
        return description;
    }

    /** Sets the BLAS thread count; does nothing without {@code openblas_set_num_threads}. */
    void setThreads(int threads) {
        if (setNumThreads == null) {
            return;
        }
        try {
            setNumThreads.invokeExact(threads);
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    int dgesdd(char jobz, int m, int n, double[] a, int lda, double[] s, double[] u, int ldu, double[] vt,
               int ldvt) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment na = in(arena, a);
            MemorySegment ns = in(arena, s);
            MemorySegment nu = in(arena, u);
            MemorySegment nvt = in(arena, vt);
            int info = (int) dgesdd.invokeExact(LAPACK_COL_MAJOR, (byte) jobz, m, n, na, lda, ns, nu, ldu, nvt,
                    ldvt);
            out(na, a);
            out(ns, s);
            out(nu, u);
            out(nvt, vt);
            return info;
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    int dgeqrf(int m, int n, double[] a, int lda, double[] tau) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment na = in(arena, a);
            MemorySegment ntau = in(arena, tau);
            int info = (int) dgeqrf.invokeExact(LAPACK_COL_MAJOR, m, n, na, lda, ntau);
            out(na, a);
            out(ntau, tau);
            return info;
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    int dorgqr(int m, int n, int k, double[] a, int lda, double[] tau) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment na = in(arena, a);
            int info = (int) dorgqr.invokeExact(LAPACK_COL_MAJOR, m, n, k, na, lda, in(arena, tau));
            out(na, a);
            return info;
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    int dormqr(char side, char trans, int m, int n, int k, double[] a, int lda, double[] tau, double[] c,
               int ldc) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment nc = in(arena, c);
            int info = (int) dormqr.invokeExact(LAPACK_COL_MAJOR, (byte) side, (byte) trans, m, n, k, in(arena, a),
                    lda, in(arena, tau), nc, ldc);
            out(nc, c);
            return info;
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    int dgeev(char jobvl, char jobvr, int n, double[] a, int lda, double[] wr, double[] wi, double[] vl,
              int ldvl, double[] vr, int ldvr) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment na = in(arena, a);
            MemorySegment nwr = in(arena, wr);
            MemorySegment nwi = in(arena, wi);
            MemorySegment nvl = in(arena, vl);
            MemorySegment nvr = in(arena, vr);
            int info = (int) dgeev.invokeExact(LAPACK_COL_MAJOR, (byte) jobvl, (byte) jobvr, n, na, lda, nwr, nwi,
                    nvl, ldvl, nvr, ldvr);
            out(na, a);
            out(nwr, wr);
            out(nwi, wi);
            out(nvl, vl);
            out(nvr, vr);
            return info;
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    /** A native copy of the whole array ({@code NULL} for a {@code null} array that is not referenced). */
    private static MemorySegment in(Arena arena, double[] array) {
        if (array == null) {
            return MemorySegment.NULL;
        }
        MemorySegment segment = arena.allocate(JAVA_DOUBLE, Math.max(1, array.length));
        MemorySegment.copy(array, 0, segment, JAVA_DOUBLE, 0, array.length);
        return segment;
    }

    private static void out(MemorySegment segment, double[] array) {
        if (array != null) {
            MemorySegment.copy(segment, JAVA_DOUBLE, 0, array, 0, array.length);
        }
    }

    private static RuntimeException propagate(Throwable t) {
        if (t instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (t instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("LAPACKE call failed", t);
    }
}
