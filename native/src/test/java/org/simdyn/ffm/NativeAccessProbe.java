package org.simdyn.ffm;

/** Prints LAPACKE's status; run in a child JVM by {@code NativeLibraryTest} under denied native access. */
public final class NativeAccessProbe {

    private NativeAccessProbe() {
    }

    /**
     * Prints {@code available=<boolean>} and {@code reason=<reason>}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("available=" + Lapacke.available());
        System.out.println("reason=" + Lapacke.reason());
    }
}
