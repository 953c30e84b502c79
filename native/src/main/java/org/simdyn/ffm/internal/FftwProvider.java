package org.simdyn.ffm.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.RealFft;
import org.simdyn.vector.spi.FftArguments;
import org.simdyn.vector.spi.FftProvider;

/**
 * The {@link FftProvider} named {@code "fftw"} (priority 100) over FFTW3, registered as a service
 * ({@code provides} and {@code META-INF/services}). Creating it loads nothing; the library is loaded once
 * per JVM on the first call that needs it.
 *
 * <p>Plans take the {@code double[]} split layout of {@code org.simdyn.vector.fft}: per thread and plan,
 * one 64-byte aligned native input and output buffer made on first use; each call copies split to
 * interleaved into the input, runs the cached FFTW plan on the two buffers, and copies interleaved to split
 * out (scaling by {@code 1/N} during that copy for {@code inverse}). The c2r plan destroys its input, which
 * is that copy. FFTW plans are made lazily per direction ({@code simdyn.fftw.planner}, default MEASURE);
 * they and the plan objects are cached for the JVM's lifetime, shared by every instance of this class. {@code withThreads} returns the same single-threaded plan.
 *
 * <p>Arguments are checked before any work with the messages of the FFT API, so a bad shape is an
 * {@link IllegalArgumentException} whether or not FFTW is installed; a valid request to an unavailable
 * provider is an {@link IllegalStateException} carrying the reason. Results are not bit-reproducible across
 * runs (MEASURE picks algorithms by timing) unless wisdom fixes the plans; the accuracy bounds of the FFT
 * API hold.
 */
public final class FftwProvider implements FftProvider {

    /** A cache key; {@link FftwLibrary} compares by identity (one instance per JVM outside tests). */
    private record Key(FftwLibrary library, boolean real, List<Integer> shape) {
    }

    /** Plans of every instance: {@link java.util.ServiceLoader} makes a new provider per lookup. */
    private static final Map<Key, Object> PLANS = new ConcurrentHashMap<>();

    private final Supplier<FftwLibrary> library;

    /** The provider over this JVM's FFTW (the one {@link java.util.ServiceLoader} creates). */
    public FftwProvider() {
        this(FftwLibrary::get);
    }

    /** A provider over the given binding (tests). */
    FftwProvider(Supplier<FftwLibrary> library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "fftw";
    }

    @Override
    public String description() {
        FftwLibrary lib = library.get();
        if (!lib.available()) {
            return "FFTW via FFM (unavailable)";
        }
        int flags = lib.plannerFlags();
        return "FFTW via FFM (" + lib.name() + ", " + lib.version() + ", planner "
                + FftwLibrary.describeFlags(flags).toLowerCase(Locale.ROOT) + ")";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public boolean isAvailable() {
        return library.get().available();
    }

    @Override
    public String unavailableReason() {
        return library.get().reason();
    }

    @Override
    public ComplexFft complex(int... shape) {
        FftArguments.checkShape(shape, true);
        FftwLibrary lib = library.get().require();
        return (ComplexFft) PLANS.computeIfAbsent(new Key(lib, false, boxed(shape)),
                k -> new FftwComplexFft(lib, shape.clone()));
    }

    @Override
    public RealFft real(int... shape) {
        FftArguments.checkShape(shape, true);
        FftwLibrary lib = library.get().require();
        return (RealFft) PLANS.computeIfAbsent(new Key(lib, true, boxed(shape)),
                k -> new FftwRealFft(lib, shape.clone()));
    }

    private static List<Integer> boxed(int[] shape) {
        return Arrays.stream(shape).boxed().toList();
    }
}
