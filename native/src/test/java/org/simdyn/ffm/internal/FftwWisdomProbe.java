package org.simdyn.ffm.internal;

import java.util.Arrays;
import org.simdyn.ffm.FftwPlan;

/**
 * Run in a child JVM by {@code FftwLibraryTest}: loads this JVM's FFTW (which imports
 * {@code -Dsimdyn.fftw.wisdom}), then plans each c2c forward shape of the arguments with
 * {@code MEASURE | WISDOM_ONLY} and prints {@code planned <shape>} or {@code failed <message>}.
 */
public final class FftwWisdomProbe {

    private FftwWisdomProbe() {
    }

    /**
     * Prints {@code available=<boolean>} and one line per shape.
     *
     * @param args shapes such as {@code 6x10}
     */
    public static void main(String[] args) {
        FftwLibrary lib = FftwLibrary.get();
        System.out.println("available=" + lib.available());
        for (String arg : args) {
            int[] shape = Arrays.stream(arg.split("x")).mapToInt(Integer::parseInt).toArray();
            try {
                lib.destroy(lib.planUncached(FftwPlan.Kind.C2C, FftwLibrary.FORWARD, shape,
                        FftwLibrary.MEASURE | FftwLibrary.WISDOM_ONLY));
                System.out.println("planned " + arg);
            } catch (IllegalStateException e) {
                System.out.println("failed " + e.getMessage());
            }
        }
    }
}
