/**
 * Optional native accelerators through the Foreign Function and Memory API, discovered at run time with
 * {@link java.util.ServiceLoader}: LAPACKE as the {@link org.simdyn.vector.spi.LapackProvider}. Libraries
 * are loaded on first use and never required; grant native access with
 * {@code --enable-native-access=org.simdyn.ffm} (or {@code ALL-UNNAMED} on the class path).
 */
module org.simdyn.ffm {
    requires org.simdyn.vector;

    exports org.simdyn.ffm;

    provides org.simdyn.vector.spi.FftProvider with org.simdyn.ffm.internal.FftwProvider;
    provides org.simdyn.vector.spi.LapackProvider with org.simdyn.ffm.internal.LapackeProvider;
}
