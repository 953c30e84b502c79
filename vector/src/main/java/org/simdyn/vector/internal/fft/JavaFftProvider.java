package org.simdyn.vector.internal.fft;

import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.RealFft;
import org.simdyn.vector.spi.FftProvider;

/** The pure-Java FFT provider {@code "java"}: always available, priority 0. */
public final class JavaFftProvider implements FftProvider {
    /** The single instance. */
    public static final JavaFftProvider INSTANCE = new JavaFftProvider();

    private JavaFftProvider() {
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String description() {
        return "pure-Java Stockham FFT";
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
        FftChecks.checkShape(shape);
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public RealFft real(int... shape) {
        FftChecks.checkShape(shape);
        throw new UnsupportedOperationException("not implemented yet");
    }
}
