package org.simdyn.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValuesTest {

    @Test
    void unsigned64Edges() {
        assertThat(Values.unsigned64("--seed", "0")).isZero();
        assertThat(Values.unsigned64("--seed", "18446744073709551615")).isEqualTo(-1L);
        assertThat(Values.unsigned64("--seed", "0xFFFFFFFFFFFFFFFF")).isEqualTo(-1L);
        assertThat(Values.unsigned64("--seed", "0x0000000000000001")).isEqualTo(1L);
        assertThat(Values.unsigned64("--seed", "9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(Values.unsigned64("--seed", "+7")).isEqualTo(7L);
        assertThatThrownBy(() -> Values.unsigned64("--seed", "0x00000000000000001"))
                .isInstanceOf(UsageException.class).hasMessageContaining("more than 16 hex digits");
    }

    @Test
    void unsigned32Edges() {
        assertThat(Values.unsigned32("--counter c0", "4294967295")).isEqualTo(-1);
        assertThat(Values.unsigned32("--counter c0", "0xffffffff")).isEqualTo(-1);
        assertThat(Values.unsigned32("--counter c0", "0x80000000")).isEqualTo(Integer.MIN_VALUE);
        assertThatThrownBy(() -> Values.unsigned32("--counter c0", "-1"))
                .hasMessage("--counter c0: -1 is out of range: must be decimal in [0, 4294967295] or 0x and 1 to 8 "
                        + "hex digits").isInstanceOf(UsageException.class);
    }

    @Test
    void integerMessagesNameOptionValueAndRange() {
        assertThat(Values.integer("--n", "-3", -3, 3)).isEqualTo(-3);
        assertThatThrownBy(() -> Values.integer("--n", "4", -3, 3))
                .hasMessage("--n: 4 is out of range: must be an integer in [-3, 3]");
        assertThatThrownBy(() -> Values.integer("--n", "1e2", 0, 1000))
                .hasMessage("--n: 1e2 is not an integer: must be an integer in [0, 1000]");
    }

    static Stream<Arguments> randomUnsigned() {
        SplittableRandom r = new SplittableRandom(20240601L);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long v = r.nextLong() >>> r.nextInt(64);
            cases.add(Arguments.of(i, v));
        }
        return cases.stream();
    }

    /** Decimal and hex spellings of the same value parse to the same bits. */
    @ParameterizedTest(name = "case {0}: {1}")
    @MethodSource("randomUnsigned")
    void decimalAndHexAgree(int index, long v) {
        assertThat(Values.unsigned64("--seed", Long.toUnsignedString(v))).isEqualTo(v);
        assertThat(Values.unsigned64("--seed", "0x" + Long.toHexString(v))).isEqualTo(v);
        assertThatThrownBy(() -> Values.unsigned64("--seed",
                new BigInteger(Long.toUnsignedString(v)).add(BigInteger.ONE.shiftLeft(64)).toString()))
                .isInstanceOf(UsageException.class).hasMessageContaining("is out of range");
    }
}
