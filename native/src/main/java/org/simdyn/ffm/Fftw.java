package org.simdyn.ffm;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.simdyn.ffm.internal.FftwLibrary;
import org.simdyn.vector.spi.FftArguments;

/**
 * FFTW3 (double precision) for callers that keep their data in native memory: status, aligned buffers,
 * cached plans and wisdom. The {@code double[]} API of the same library is the FFT provider named
 * {@code "fftw"} ({@code org.simdyn.vector.fft.Fft.provider("fftw")}).
 *
 * <p><b>Loading.</b> The library is looked up on the first call of any method here or of the provider,
 * once per JVM: the system property {@code simdyn.fftw.library} (a path or soname), else the environment
 * variable {@code SIMDYN_FFTW_LIBRARY}, else {@code libfftw3.so.3}, {@code libfftw3.so},
 * {@code libfftw3.3.dylib}, {@code libfftw3.dylib}, {@code libfftw3-3.dll}. {@code -Dsimdyn.fftw.disable=true}
 * makes it unavailable. On Debian and Ubuntu: {@code apt-get install libfftw3-double3}. The JVM needs
 * {@code --enable-native-access=org.simdyn.ffm} (or {@code ALL-UNNAMED} on the class path). FFTW is GPL
 * software and is never bundled.
 *
 * <p><b>Planning.</b> Plans are made once per (kind, shape, sign) and cached for the life of the JVM, on
 * dedicated buffers, with the planner chosen by {@code -Dsimdyn.fftw.planner=estimate|measure|patient}
 * (default {@code measure}, which times candidate algorithms: about 0.07 s at {@code 2^10} points and
 * seconds at {@code 2^18}) within {@code -Dsimdyn.fftw.timelimit} seconds (default 10). Because MEASURE
 * chooses by timing, results are not bit-reproducible across runs unless wisdom fixes the plans. FFTW's
 * planner is not thread-safe: every planning and wisdom call of this module holds one JVM-wide lock,
 * while executing plans runs concurrently.
 *
 * <p><b>Wisdom.</b> With {@code -Dsimdyn.fftw.wisdom=<file>} the file is imported when the library loads
 * (if it exists) and rewritten (temporary file, then atomic move) after each new MEASURE or PATIENT plan.
 * Wisdom belongs to one FFTW build and one machine.
 *
 * <p>Reference: M. Frigo and S. G. Johnson, "The design and implementation of FFTW3", <i>Proc. IEEE</i> 93(2),
 * 216-231 (2005); FFTW manual, <a href="https://www.fftw.org/fftw3_doc/">fftw.org/fftw3_doc</a>.
 */
public final class Fftw {

    /** The sign of a forward transform, {@code exp(-2 pi i jk/n)} ({@code FFTW_FORWARD}). */
    public static final int FORWARD = FftwLibrary.FORWARD;
    /** The sign of a backward transform, {@code exp(+2 pi i jk/n)} ({@code FFTW_BACKWARD}). */
    public static final int BACKWARD = FftwLibrary.BACKWARD;

    /** The result of {@link #probe(String)}.
     *
     * @param available whether the library loaded and binds every routine
     * @param reason the one-line reason when not available, else {@code null}
     * @param version {@code fftw_version} when available, else {@code null}
     */
    public record Status(boolean available, String reason, String version) {
    }

    private static final Map<FftwLibrary.Plan, FftwPlan> VIEWS = new ConcurrentHashMap<>();

    private Fftw() {
    }

    /**
     * Whether FFTW is loaded and binds every routine; loads it on the first call and never throws.
     *
     * @return {@code true} when plans can be made
     */
    public static boolean isAvailable() {
        return FftwLibrary.get().available();
    }

    /**
     * Why FFTW is not available.
     *
     * @return one line naming the library (or the path that was tried) and its Debian package, or
     *         {@code null} when available
     */
    public static String unavailableReason() {
        return FftwLibrary.get().reason();
    }

    /**
     * The library's version string ({@code fftw_version}).
     *
     * @return for example {@code "fftw-3.3.10-sse2-avx"}, or {@code null} when unavailable
     */
    public static String version() {
        return FftwLibrary.get().version();
    }

    /**
     * Loads the named library afresh and reports its status, without touching this JVM's FFTW instance
     * (its status, plans and settings) or FFTW's process-wide state. System properties and environment are
     * ignored.
     *
     * @param library a path or soname, or {@code null} for the default names
     * @return the status of that library
     */
    public static Status probe(String library) {
        FftwLibrary probed = FftwLibrary.load(key -> "simdyn.fftw.library".equals(key) ? library : null,
                key -> null);
        return new Status(probed.available(), probed.reason(), probed.version());
    }

    /**
     * A zeroed native buffer aligned to 64 bytes (FFTW's SIMD alignment and a cache line), freed by the
     * garbage collector when unreachable. Usable without FFTW.
     *
     * @param doubles its length in doubles ({@code 2N} for {@code N} complex numbers), {@code >= 1}
     * @return a segment of {@code 8 * doubles} bytes
     * @throws IllegalArgumentException when {@code doubles < 1} or {@code 8 * doubles} overflows
     */
    public static MemorySegment allocate(long doubles) {
        if (doubles < 1 || doubles > Long.MAX_VALUE / Double.BYTES) {
            throw new IllegalArgumentException("doubles = " + doubles + " is out of range: must be in [1, "
                    + Long.MAX_VALUE / Double.BYTES + "]");
        }
        return FftwLibrary.allocate(doubles);
    }

    /**
     * The cached complex-to-complex plan, {@code X[k] = sum_j x[j] exp(sign 2 pi i sum_a j_a k_a / n_a)},
     * unnormalised; in and out hold {@code 2N} doubles. Any sizes {@code n_a >= 1} (FFTW handles every size).
     *
     * @param sign {@link #FORWARD} or {@link #BACKWARD}
     * @param shape the row-major shape {@code (n_0, ..., n_{d-1})}, {@code d >= 1}, {@code N <= 2^28}. Not
     *        modified.
     * @return the plan, the same object for the same arguments
     * @throws NullPointerException when {@code shape} is {@code null}
     * @throws IllegalArgumentException for another sign, an empty shape, a size {@code < 1} or {@code N > 2^28}
     * @throws IllegalStateException when FFTW is unavailable (with the reason) or returns no plan
     */
    public static FftwPlan c2c(int sign, int... shape) {
        if (sign != FORWARD && sign != BACKWARD) {
            throw new IllegalArgumentException("sign = " + sign + " is out of range: must be FORWARD (-1) or"
                    + " BACKWARD (+1)");
        }
        return view(FftwPlan.Kind.C2C, sign, shape);
    }

    /**
     * The cached real-to-complex plan (sign -1): {@code N} doubles in, the half spectrum of shape
     * {@code (n_0, ..., n_{d-2}, n_{d-1}/2 + 1)} out as {@code 2H} interleaved doubles.
     *
     * @param shape the row-major real shape, as for {@link #c2c(int, int...)}. Not modified.
     * @return the plan, the same object for the same shape
     * @throws NullPointerException when {@code shape} is {@code null}
     * @throws IllegalArgumentException for an empty shape, a size {@code < 1} or {@code N > 2^28}
     * @throws IllegalStateException when FFTW is unavailable (with the reason) or returns no plan
     */
    public static FftwPlan r2c(int... shape) {
        return view(FftwPlan.Kind.R2C, FftwPlan.Kind.R2C.sign(), shape);
    }

    /**
     * The cached complex-to-real plan (sign +1, unnormalised: {@code c2r(r2c(x)) = N x}): the half spectrum
     * in ({@code 2H} doubles, destroyed by {@link FftwPlan#execute}), {@code N} doubles out.
     *
     * @param shape the row-major real (output) shape, as for {@link #c2c(int, int...)}. Not modified.
     * @return the plan, the same object for the same shape
     * @throws NullPointerException when {@code shape} is {@code null}
     * @throws IllegalArgumentException for an empty shape, a size {@code < 1} or {@code N > 2^28}
     * @throws IllegalStateException when FFTW is unavailable (with the reason) or returns no plan
     */
    public static FftwPlan c2r(int... shape) {
        return view(FftwPlan.Kind.C2R, FftwPlan.Kind.C2R.sign(), shape);
    }

    /**
     * Adds the wisdom in a file to this process's FFTW ({@code fftw_import_wisdom_from_filename}).
     *
     * @param file a file written by {@link #exportWisdom(Path)} or {@code fftw-wisdom}
     * @throws NullPointerException when {@code file} is {@code null}
     * @throws IOException when FFTW cannot read or parse it
     * @throws IllegalStateException when FFTW is unavailable
     */
    public static void importWisdom(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        FftwLibrary.get().importWisdom(file);
    }

    /**
     * Writes all of this process's FFTW wisdom to a file, through a temporary file in the same folder and an
     * atomic move ({@code fftw_export_wisdom_to_filename}).
     *
     * @param file the target, replaced if it exists
     * @throws NullPointerException when {@code file} is {@code null}
     * @throws IOException when it cannot be written
     * @throws IllegalStateException when FFTW is unavailable
     */
    public static void exportWisdom(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        FftwLibrary.get().exportWisdom(file);
    }

    private static FftwPlan view(FftwPlan.Kind kind, int sign, int[] shape) {
        FftArguments.checkShape(shape, false);
        FftwLibrary.Plan plan = FftwLibrary.get().require().plan(kind, sign, shape);
        return VIEWS.computeIfAbsent(plan, FftwPlan::new);
    }
}
