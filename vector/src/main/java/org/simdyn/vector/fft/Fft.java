package org.simdyn.vector.fft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.simdyn.vector.internal.fft.JavaFftProvider;
import org.simdyn.vector.spi.FftArguments;
import org.simdyn.vector.spi.FftProvider;

/**
 * Entry point of simdyn's FFTs: cached plans of the default provider, provider lookup and size helpers.
 *
 * <p><b>Conventions.</b> Split {@code double[]} arrays ({@code re}, {@code im}); row-major shapes
 * {@code (n_0, ..., n_{d-1})} of any rank {@code d >= 1}, last index fastest, {@code N} their product.
 * Forward: {@code X[k] = sum_j x[j] exp(-2 pi i sum_a j_a k_a / n_a)} (no scaling); {@code inverse} uses
 * {@code +i} and scales by {@code 1/N} (numpy's default), {@code inverseUnscaled} does not scale. Real
 * transforms map {@code N} reals to the half spectrum of shape {@code (n_0, ..., n_{d-2}, n_{d-1}/2 + 1)}
 * ({@code numpy.fft.rfftn}/{@code irfftn}). Every extent must be a product of 2, 3 and 5
 * ({@link #isFastSize(int)}; pad with {@link #nextFastSize(int)}) and {@code N <= 2^28}.
 *
 * <p><b>Accuracy</b> (provider {@code java}, inputs uniform in [-1, 1), {@code eps = 2^-53},
 * {@code L = ceil(log2 N) + 1}): forward against the exact DFT, relative RMS error {@code <= eps L} and
 * {@code max|X' - X| / max|X| <= 2 eps L}; round trip {@code max|inverse(forward(x)) - x| / max|x| <= 2 eps
 * L}. Twiddle factors are computed directly with {@link StrictMath} (never by recurrence).
 *
 * <p><b>Providers.</b> {@code java} (always available, priority 0) is a pure-Java Stockham FFT with SIMD
 * (Panama) and scalar twins whose results are bit-identical on every machine, vector width and thread
 * count. Other providers (e.g. {@code fftw}, priority 100, in module {@code org.simdyn.ffm}) are found with
 * {@link ServiceLoader}. The default provider is chosen once per JVM by the system property
 * {@value #PROPERTY}: {@code java} (default), {@code fftw}, or {@code auto} (the available provider with the
 * highest priority). A provider asked for but unavailable, or an invalid value, gives one {@code WARNING}
 * through {@link System.Logger} {@code org.simdyn.vector.fft} and {@code java}.
 *
 * <p><b>Plans</b> are cached JVM-wide per (provider, kind, shape): asking twice returns the same object.
 * They are immutable and thread-safe. All methods here are thread-safe.
 *
 * <p>References: J. W. Cooley and J. W. Tukey, Math. Comp. 19 (1965) 297-301; C. Van Loan, <i>Computational
 * Frameworks for the Fast Fourier Transform</i>, SIAM, 1992 (Stockham auto-sort, four-step).
 */
public final class Fft {
    /** System property choosing the default provider: {@code java}, {@code fftw} or {@code auto}. */
    public static final String PROPERTY = "simdyn.fft";

    private static final System.Logger LOG = System.getLogger("org.simdyn.vector.fft");
    private static final ConcurrentHashMap<PlanKey, Object> PLANS = new ConcurrentHashMap<>();

    private Fft() {
    }

    private record PlanKey(String provider, boolean real, List<Integer> shape) {
    }

    /** The outcome of the provider choice: the provider and the warning to log, if any. */
    record Choice(FftProvider provider, String warning) {
    }

    private static final class Default {
        static final FftProvider PROVIDER;

        static {
            Choice c = choose(System.getProperty(PROPERTY), providers());
            if (c.warning() != null) {
                LOG.log(System.Logger.Level.WARNING, c.warning());
            }
            PROVIDER = c.provider();
        }
    }

    /**
     * Chooses the default provider for a value of {@value #PROPERTY}.
     *
     * @param value the property value, null for the default
     * @param all the providers, {@code java} first
     * @return the choice and its warning
     */
    static Choice choose(String value, List<FftProvider> all) {
        FftProvider java = all.get(0);
        String v = value == null ? "java" : value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "java":
                return new Choice(java, null);
            case "auto": {
                FftProvider best = java;
                for (FftProvider p : all) {
                    if (p.priority() > best.priority() && p.isAvailable()) {
                        best = p;
                    }
                }
                return new Choice(best, null);
            }
            default:
                for (FftProvider p : all) {
                    if (p.name().equals(v)) {
                        if (p.isAvailable()) {
                            return new Choice(p, null);
                        }
                        return new Choice(java, "simdyn fft: -D" + PROPERTY + "=" + value + " but FFT provider '" + v
                                + "' is not available: " + p.unavailableReason() + "; using java");
                    }
                }
                if (v.equals("fftw")) {
                    return new Choice(java, "simdyn fft: -D" + PROPERTY + "=" + value + " but FFT provider 'fftw' is"
                            + " not available: " + missingFftw() + "; using java");
                }
                return new Choice(java, "simdyn fft: invalid -D" + PROPERTY + "=" + value + " (allowed: java, fftw,"
                        + " auto); using java");
        }
    }

    private static String missingFftw() {
        return "no provider named fftw was found (module org.simdyn.ffm, artifact simdyn-native, is not on the"
                + " class or module path)";
    }

    /**
     * The complex-to-complex plan of a shape from the default provider, cached.
     *
     * @param shape the extents, each a product of 2, 3 and 5, product {@code <= 2^28}. Not modified.
     * @return the plan (the same object for the same shape)
     * @throws NullPointerException if {@code shape} is null
     * @throws IllegalArgumentException if the shape is empty or an extent is out of range, e.g.
     *         {@code "shape[0] = 77 must be a product of 2, 3 and 5; next fast size is 80"}
     */
    public static ComplexFft complex(int... shape) {
        FftArguments.checkShape(shape);
        FftProvider p = provider();
        return (ComplexFft) PLANS.computeIfAbsent(new PlanKey(p.name(), false, boxed(shape)),
                k -> p.complex(shape.clone()));
    }

    /**
     * The real-to-complex plan of a shape from the default provider, cached.
     *
     * @param shape the extents of the real data, each a product of 2, 3 and 5, product {@code <= 2^28}. Not
     *              modified.
     * @return the plan (the same object for the same shape)
     * @throws NullPointerException if {@code shape} is null
     * @throws IllegalArgumentException if the shape is empty or an extent is out of range
     */
    public static RealFft real(int... shape) {
        FftArguments.checkShape(shape);
        FftProvider p = provider();
        return (RealFft) PLANS.computeIfAbsent(new PlanKey(p.name(), true, boxed(shape)),
                k -> p.real(shape.clone()));
    }

    private static List<Integer> boxed(int[] shape) {
        return Arrays.stream(shape).boxed().toList();
    }

    /**
     * The default provider, chosen once per JVM from {@value #PROPERTY} (see the class documentation).
     *
     * @return an available provider
     */
    public static FftProvider provider() {
        return Default.PROVIDER;
    }

    /**
     * The provider of a name.
     *
     * @param name {@code "java"}, {@code "fftw"} or the name of another discovered provider
     * @return the provider, available
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException for an unknown name ({@code "unknown FFT provider 'fftx'; known: java,
     *         fftw"}) or an unavailable provider ({@code "FFT provider 'fftw' is not available: <reason>"})
     */
    public static FftProvider provider(String name) {
        if (name == null) {
            throw new NullPointerException("name must not be null");
        }
        List<FftProvider> all = providers();
        for (FftProvider p : all) {
            if (p.name().equals(name)) {
                if (!p.isAvailable()) {
                    throw new IllegalArgumentException("FFT provider '" + name + "' is not available: "
                            + p.unavailableReason());
                }
                return p;
            }
        }
        if (name.equals("fftw")) {
            throw new IllegalArgumentException("FFT provider 'fftw' is not available: " + missingFftw());
        }
        Set<String> known = new LinkedHashSet<>(List.of("java", "fftw"));
        for (FftProvider p : all) {
            known.add(p.name());
        }
        throw new IllegalArgumentException("unknown FFT provider '" + name + "'; known: " + String.join(", ", known));
    }

    /**
     * Every provider: {@code java} first, then those found by {@link ServiceLoader}, available or not (see
     * {@link FftProvider#isAvailable()}). Providers that fail to load are skipped; never throws.
     *
     * @return an unmodifiable list
     */
    public static List<FftProvider> providers() {
        List<FftProvider> found = new ArrayList<>();
        found.add(JavaFftProvider.INSTANCE);
        try {
            Iterator<FftProvider> it = ServiceLoader.load(FftProvider.class, Fft.class.getClassLoader()).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    FftProvider p = it.next();
                    if (!p.name().equals("java")) {
                        found.add(p);
                    }
                } catch (ServiceConfigurationError broken) {
                    // a provider that fails to load is skipped
                }
            }
        } catch (RuntimeException | ServiceConfigurationError e) {
            // no further providers
        }
        return List.copyOf(found);
    }

    /**
     * Whether {@code n} is a valid FFT extent: {@code n >= 1} and a product of 2, 3 and 5.
     *
     * @param n the size
     * @return true for 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, ...
     */
    public static boolean isFastSize(int n) {
        return FftArguments.isFastSize(n);
    }

    /**
     * The smallest product of 2, 3 and 5 that is {@code >= n}, for padding.
     *
     * @param n the size (values {@code <= 1} give 1)
     * @return the next fast size
     * @throws IllegalArgumentException if {@code n > 2125764000} (no larger fast size fits an int)
     */
    public static int nextFastSize(int n) {
        return FftArguments.nextFastSize(n);
    }
}
