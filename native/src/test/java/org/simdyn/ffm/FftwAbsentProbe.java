package org.simdyn.ffm;

import org.simdyn.vector.fft.Fft;

/**
 * Run in a child JVM by {@code FftwProviderTest} with a missing {@code simdyn.fftw.library} and
 * {@code simdyn.fft=fftw}: prints FFTW's status, the default FFT provider and what
 * {@code Fft.provider("fftw")} throws.
 */
public final class FftwAbsentProbe {

    private FftwAbsentProbe() {
    }

    /**
     * Prints {@code available=}, {@code reason=}, {@code default=} and {@code error=} lines.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("available=" + Fftw.isAvailable());
        System.out.println("reason=" + Fftw.unavailableReason());
        System.out.println("default=" + Fft.provider().name());
        try {
            System.out.println("fftw=" + Fft.provider("fftw").name());
        } catch (RuntimeException e) {
            System.out.println("error=" + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
