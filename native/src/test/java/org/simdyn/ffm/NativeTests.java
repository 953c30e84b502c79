package org.simdyn.ffm;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Skip or require a native library (foundation.md section 2): tests of native code skip when the library
 * is absent, unless {@code -Dsimdyn.requireNative=true} is set, in which case absence fails the build.
 */
public final class NativeTests {

    private NativeTests() {
    }

    /**
     * Returns when {@code available}; otherwise fails under {@code -Dsimdyn.requireNative=true} and aborts
     * (skips) the test without it.
     *
     * @param available whether the library loaded
     * @param reason why it did not (the library's one-line reason)
     */
    public static void requireOrSkip(boolean available, String reason) {
        requireOrSkip(available, reason, Boolean.getBoolean("simdyn.requireNative"));
    }

    static void requireOrSkip(boolean available, String reason, boolean require) {
        if (available) {
            return;
        }
        if (require) {
            Assertions.fail("native library required (-Dsimdyn.requireNative=true) but unavailable: " + reason);
        }
        Assumptions.abort(reason);
    }
}
