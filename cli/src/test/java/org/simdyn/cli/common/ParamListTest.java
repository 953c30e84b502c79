package org.simdyn.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.simdyn.cli.common.Param.Range;

/** The per-item real list kind {@link Param.Kind#REALS}: parsing, element ranges, formatting and JSON. */
class ParamListTest {
    private static final Param SPEED = Param.reals("speed", 1.0, Range.POSITIVE, "1", "Speed.");

    @Test
    void oneValueIsADoubleAndSeveralAreAnUnmodifiableList() {
        assertThat(SPEED.parse("speed", "2.5")).isEqualTo(2.5);
        assertThat(SPEED.parse("speed", "1,2")).isEqualTo(List.of(1.0, 2.0));
        assertThat(SPEED.parse("speed", "1, 2 ,3e0")).isEqualTo(List.of(1.0, 2.0, 3.0));
        assertThat(SPEED.parse("speed", "none")).isEqualTo(1.0);
        assertThatThrownBy(() -> ((List<?>) SPEED.parse("speed", "1,2")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "speed = {0}")
    @CsvSource(delimiter = ';', value = {
        "-1; speed = -1 is out of range: must be finite and > 0",
        "1,-2; speed[1] = -2 is out of range: must be finite and > 0 (in speed = 1,-2, indices from 0)",
        "1,,2; speed[1] = '' is not a number: must be finite and > 0 (in speed = 1,,2, indices from 0)",
        "1,nan; speed[1] = nan is out of range: must be finite and > 0",
        "x,1; speed[0] = x is not a number"})
    void aBadElementIsNamedByItsIndexWithTheRange(String text, String message) {
        assertThatThrownBy(() -> SPEED.parse("speed", text)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void formatAndElementsRoundTripThroughParse() {
        Object list = SPEED.parse("speed", "0.1,2,3.5");
        assertThat(Param.format(list)).isEqualTo("0.1,2.0,3.5");
        assertThat(SPEED.parse("speed", Param.format(list))).isEqualTo(list);
        assertThat(SPEED.check(list)).isEqualTo(list);
        assertThat(Param.elements(list)).containsExactly(0.1, 2.0, 3.5);
        assertThat(Param.elements(4.0)).containsExactly(4.0);
        assertThat(SPEED.allowed()).isEqualTo("must be finite and > 0; or a comma-separated list, one value per type");
    }

    @Test
    void aListIsAJsonArray() {
        ObjectNode o = Json.object();
        Json.putValue(o, "speed", SPEED.parse("speed", "1,2"));
        Json.putValue(o, "one", SPEED.parse("speed", "3"));
        assertThat(Json.compact(o)).isEqualTo("{\"speed\":[1.0,2.0],\"one\":3.0}");
    }
}
