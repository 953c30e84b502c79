/**
 * simdyn's shared SIMD primitives: the vector runtime (Panama or scalar), deterministic math and reductions,
 * the Philox4x32-10 counter-based random stream, the FFT API and the service interfaces of the optional
 * native accelerators.
 */
module org.simdyn.vector {
    requires static jdk.incubator.vector;
    requires static jdk.management;

    exports org.simdyn.vector;
    exports org.simdyn.vector.random;
    exports org.simdyn.vector.fft;
    exports org.simdyn.vector.density;
    exports org.simdyn.vector.spi;
    exports org.simdyn.vector.kernel to org.simdyn.fields, org.simdyn.particles, org.simdyn.stochastic,
            org.simdyn.koopman;

    uses org.simdyn.vector.spi.LapackProvider;
    uses org.simdyn.vector.spi.FftProvider;

}
