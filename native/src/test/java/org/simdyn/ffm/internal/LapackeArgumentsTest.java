package org.simdyn.ffm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.spi.LapackProvider;

/**
 * Argument checks come before the library is looked at: they run without LAPACKE, and a provider whose
 * library must not be touched proves the order.
 */
class LapackeArgumentsTest {

    private static final Supplier<LapackeLibrary> UNTOUCHABLE = () -> {
        throw new AssertionError("the library was touched before the arguments were checked");
    };
    private static final LapackProvider CHECKED = new LapackeProvider(UNTOUCHABLE);
    private static final LapackeLibrary DISABLED =
            LapackeLibrary.load(key -> key.equals("simdyn.lapack.disable") ? "true" : null, key -> null);
    private static final LapackProvider UNAVAILABLE = new LapackeProvider(() -> DISABLED);

    private static double[] d(int n) {
        return new double[n];
    }

    private static Arguments bad(String message, ThrowingCallable call) {
        return arguments(message, call);
    }

    static Stream<Arguments> badArguments() {
        LapackProvider p = CHECKED;
        return Stream.of(
                bad("jobz = 'X' is out of range: must be one of 'A', 'S', 'O', 'N'",
                        () -> p.dgesdd('X', 5, 3, d(15), 5, d(3), d(25), 5, d(9), 3)),
                bad("m = -1 is out of range: must be >= 0",
                        () -> p.dgesdd('A', -1, 3, d(15), 5, d(3), d(25), 5, d(9), 3)),
                bad("n = -2 is out of range: must be >= 0",
                        () -> p.dgesdd('A', 5, -2, d(15), 5, d(3), d(25), 5, d(9), 3)),
                bad("lda = 4 is too small: must be >= max(1, m) = 5",
                        () -> p.dgesdd('A', 5, 3, d(15), 4, d(3), d(25), 5, d(9), 3)),
                bad("lda = 0 is too small: must be >= max(1, m) = 1",
                        () -> p.dgesdd('N', 0, 0, d(0), 0, d(0), null, 1, null, 1)),
                bad("a is null",
                        () -> p.dgesdd('A', 5, 3, null, 5, d(3), d(25), 5, d(9), 3)),
                bad("a.length = 10 is too small: must be >= lda*n = 15",
                        () -> p.dgesdd('A', 5, 3, d(10), 5, d(3), d(25), 5, d(9), 3)),
                bad("a.length = 10 is too small: must be >= lda*n = 10000000000",
                        () -> p.dgesdd('N', 100_000, 100_000, d(10), 100_000, d(3), null, 1, null, 1)),
                bad("s.length = 2 is too small: must be >= min(m, n) = 3",
                        () -> p.dgesdd('A', 5, 3, d(15), 5, d(2), d(25), 5, d(9), 3)),
                bad("u.length = 20 is too small: must be >= ldu*m = 25",
                        () -> p.dgesdd('A', 5, 3, d(15), 5, d(3), d(20), 5, d(9), 3)),
                bad("ldu = 4 is too small: must be >= max(1, m) = 5",
                        () -> p.dgesdd('S', 5, 3, d(15), 5, d(3), d(15), 4, d(9), 3)),
                bad("u.length = 14 is too small: must be >= ldu*min(m, n) = 15",
                        () -> p.dgesdd('s', 5, 3, d(15), 5, d(3), d(14), 5, d(9), 3)),
                bad("ldvt = 2 is too small: must be >= max(1, min(m, n)) = 3",
                        () -> p.dgesdd('S', 3, 5, d(15), 3, d(3), d(9), 3, d(15), 2)),
                bad("vt.length = 8 is too small: must be >= ldvt*n = 9",
                        () -> p.dgesdd('A', 5, 3, d(15), 5, d(3), d(25), 5, d(8), 3)),
                bad("ldu = 0 is too small: must be >= 1",
                        () -> p.dgesdd('N', 5, 3, d(15), 5, d(3), null, 0, null, 1)),
                bad("ldvt = 0 is too small: must be >= 1",
                        () -> p.dgesdd('n', 5, 3, d(15), 5, d(3), null, 1, null, 0)),
                bad("ldu = 0 is too small: must be >= 1",
                        () -> p.dgesdd('O', 5, 3, d(15), 5, d(3), null, 0, d(9), 3)),
                bad("u is null",
                        () -> p.dgesdd('O', 3, 5, d(15), 3, d(3), null, 3, null, 1)),
                bad("vt is null",
                        () -> p.dgesdd('O', 5, 3, d(15), 5, d(3), null, 1, null, 3)),
                bad("tau.length = 2 is too small: must be >= min(m, n) = 3",
                        () -> p.dgeqrf(5, 3, d(15), 5, d(2))),
                bad("lda = 2 is too small: must be >= max(1, m) = 5",
                        () -> p.dgeqrf(5, 3, d(15), 2, d(3))),
                bad("tau is null",
                        () -> p.dgeqrf(5, 3, d(15), 5, null)),
                bad("n = 4 is out of range: must be in [0, m] = [0, 3]",
                        () -> p.dorgqr(3, 4, 2, d(12), 3, d(2))),
                bad("k = 4 is out of range: must be in [0, n] = [0, 3]",
                        () -> p.dorgqr(5, 3, 4, d(15), 5, d(4))),
                bad("k = -1 is out of range: must be in [0, n] = [0, 3]",
                        () -> p.dorgqr(5, 3, -1, d(15), 5, d(4))),
                bad("tau.length = 1 is too small: must be >= k = 2",
                        () -> p.dorgqr(5, 3, 2, d(15), 5, d(1))),
                bad("side = 'X' is out of range: must be one of 'L', 'R'",
                        () -> p.dormqr('X', 'N', 5, 4, 3, d(15), 5, d(3), d(20), 5)),
                bad("trans = 'C' is out of range: must be one of 'N', 'T'",
                        () -> p.dormqr('L', 'C', 5, 4, 3, d(15), 5, d(3), d(20), 5)),
                bad("k = 6 is out of range: must be in [0, m] = [0, 5]",
                        () -> p.dormqr('L', 'T', 5, 4, 6, d(30), 5, d(6), d(20), 5)),
                bad("k = 5 is out of range: must be in [0, n] = [0, 4]",
                        () -> p.dormqr('R', 'N', 5, 4, 5, d(25), 5, d(5), d(20), 5)),
                bad("lda = 3 is too small: must be >= max(1, n) = 4",
                        () -> p.dormqr('r', 't', 5, 4, 3, d(15), 3, d(3), d(20), 5)),
                bad("a.length = 14 is too small: must be >= lda*k = 15",
                        () -> p.dormqr('L', 'N', 5, 4, 3, d(14), 5, d(3), d(20), 5)),
                bad("c.length = 19 is too small: must be >= ldc*n = 20",
                        () -> p.dormqr('L', 'N', 5, 4, 3, d(15), 5, d(3), d(19), 5)),
                bad("ldc = 4 is too small: must be >= max(1, m) = 5",
                        () -> p.dormqr('L', 'N', 5, 4, 3, d(15), 5, d(3), d(20), 4)),
                bad("jobvl = 'A' is out of range: must be one of 'N', 'V'",
                        () -> p.dgeev('A', 'N', 2, d(4), 2, d(2), d(2), null, 1, null, 1)),
                bad("jobvr = 'x' is out of range: must be one of 'N', 'V'",
                        () -> p.dgeev('N', 'x', 2, d(4), 2, d(2), d(2), null, 1, null, 1)),
                bad("n = -1 is out of range: must be >= 0",
                        () -> p.dgeev('N', 'N', -1, d(4), 2, d(2), d(2), null, 1, null, 1)),
                bad("wi is null",
                        () -> p.dgeev('N', 'N', 2, d(4), 2, d(2), null, null, 1, null, 1)),
                bad("wr.length = 1 is too small: must be >= n = 2",
                        () -> p.dgeev('N', 'N', 2, d(4), 2, d(1), d(2), null, 1, null, 1)),
                bad("vr is null",
                        () -> p.dgeev('N', 'V', 2, d(4), 2, d(2), d(2), null, 1, null, 2)),
                bad("ldvl = 0 is too small: must be >= 1",
                        () -> p.dgeev('N', 'V', 2, d(4), 2, d(2), d(2), null, 0, d(4), 2)),
                bad("vl.length = 3 is too small: must be >= ldvl*n = 4",
                        () -> p.dgeev('v', 'N', 2, d(4), 2, d(2), d(2), d(3), 2, null, 1)),
                bad("threads = 0 is out of range: must be >= 1",
                        () -> p.setThreads(0)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badArguments")
    void badArgumentsAreRefusedBeforeTheLibrary(String message, ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    static Stream<Arguments> validCalls() {
        LapackProvider p = UNAVAILABLE;
        return Stream.of(
                arguments("dgesdd A", (ThrowingCallable) () -> p.dgesdd('A', 5, 3, d(15), 5, d(3), d(25), 5, d(9), 3)),
                arguments("dgesdd s", (ThrowingCallable) () -> p.dgesdd('s', 3, 5, d(15), 3, d(3), d(9), 3, d(15), 3)),
                arguments("dgesdd N, null u and vt",
                        (ThrowingCallable) () -> p.dgesdd('N', 5, 3, d(15), 5, d(3), null, 1, null, 1)),
                arguments("dgesdd O, m >= n", (ThrowingCallable) () -> p.dgesdd('O', 5, 3, d(15), 5, d(3), null, 1, d(9), 3)),
                arguments("dgesdd O, m < n", (ThrowingCallable) () -> p.dgesdd('O', 3, 5, d(15), 3, d(3), d(9), 3, null, 1)),
                arguments("dgesdd empty", (ThrowingCallable) () -> p.dgesdd('A', 0, 0, d(0), 1, d(0), d(0), 1, d(0), 1)),
                arguments("dgeqrf", (ThrowingCallable) () -> p.dgeqrf(5, 3, d(15), 5, d(3))),
                arguments("dorgqr", (ThrowingCallable) () -> p.dorgqr(5, 3, 3, d(15), 5, d(3))),
                arguments("dormqr L", (ThrowingCallable) () -> p.dormqr('L', 'T', 5, 4, 3, d(15), 5, d(3), d(20), 5)),
                arguments("dormqr R", (ThrowingCallable) () -> p.dormqr('R', 'N', 5, 4, 3, d(12), 4, d(3), d(20), 5)),
                arguments("dgeev", (ThrowingCallable) () -> p.dgeev('V', 'V', 2, d(4), 2, d(2), d(2), d(4), 2, d(4), 2)),
                arguments("dgeev N, null vl and vr",
                        (ThrowingCallable) () -> p.dgeev('N', 'N', 2, d(4), 2, d(2), d(2), null, 1, null, 1)),
                arguments("setThreads", (ThrowingCallable) () -> p.setThreads(2)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validCalls")
    void validCallsOnAnUnavailableProviderThrowTheReason(String name, ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("LAPACKE disabled by simdyn.lapack.disable=true");
    }

    @Test
    void statusOfAnUnavailableProvider() {
        assertThat(UNAVAILABLE.isAvailable()).isFalse();
        assertThat(UNAVAILABLE.unavailableReason())
                .isEqualTo("LAPACKE disabled by simdyn.lapack.disable=true");
        assertThat(UNAVAILABLE.description())
                .isEqualTo("LAPACKE via FFM (unavailable)");
        assertThat(UNAVAILABLE.name()).isEqualTo("lapacke");
    }
}
