package org.simdyn.ffm;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class NativeTestsTest {

    @Test
    void availableReturns() {
        assertThatCode(() -> NativeTests.requireOrSkip(true, null, true)).doesNotThrowAnyException();
        assertThatCode(() -> NativeTests.requireOrSkip(true, null, false)).doesNotThrowAnyException();
    }

    @Test
    void unavailableSkipsUnlessRequired() {
        assertThatThrownBy(() -> NativeTests.requireOrSkip(false, "libx missing", false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("libx missing");
        assertThatThrownBy(() -> NativeTests.requireOrSkip(false, "libx missing", true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("native library required (-Dsimdyn.requireNative=true) but unavailable: libx missing");
    }
}
