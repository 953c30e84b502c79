package org.simdyn.vector.internal.fft;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.simdyn.vector.VectorRuntime;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.RealFft;
import org.simdyn.vector.spi.FftArguments;
import org.simdyn.vector.spi.FftProvider;

/** The pure-Java FFT provider {@code "java"}: always available, priority 0, plans cached JVM-wide. */
public final class JavaFftProvider implements FftProvider {
    /** The single instance. */
    public static final JavaFftProvider INSTANCE = new JavaFftProvider();

    private final ConcurrentHashMap<List<Integer>, ComplexFft> complexPlans = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<List<Integer>, RealFft> realPlans = new ConcurrentHashMap<>();

    private JavaFftProvider() {
    }

    private static final class Kernels {
        static final FftKernels DEFAULT = VectorRuntime.select(FftKernels.class,
                "org.simdyn.vector.internal.fft.PanamaFftKernels", new ScalarFftKernels());
    }

    /**
     * The twin in force.
     *
     * @return the Panama twin in Panama mode, else the scalar twin
     */
    public static FftKernels kernels() {
        return Kernels.DEFAULT;
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String description() {
        return "pure-Java Stockham FFT (radix 2/3/4/5, " + kernels().name() + ", bit-reproducible)";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public ComplexFft complex(int... shape) {
        FftArguments.checkShape(shape);
        return complexPlans.computeIfAbsent(key(shape), k -> new JavaComplexFft(shape, kernels(), 1));
    }

    @Override
    public RealFft real(int... shape) {
        FftArguments.checkShape(shape);
        return realPlans.computeIfAbsent(key(shape), k -> new JavaRealFft(shape, kernels(), 1));
    }

    private static List<Integer> key(int[] shape) {
        return java.util.Arrays.stream(shape).boxed().toList();
    }
}
