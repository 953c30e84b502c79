package org.simdyn.cli.common;

import java.util.List;

/**
 * A command group ({@code kg}, {@code couzin}, ...) found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.simdyn.cli.common.ScenarioGroup}); {@code simdyn run --config FILE} dispatches
 * to the group that the file configures (cli spec section 4).
 */
public interface ScenarioGroup {
    /** @return the group's name, e.g. {@code "kg"} */
    String name();

    /** @return one line for {@code --help} */
    String description();

    /** @return the group's run commands; {@code run} is the one {@code simdyn run --config} uses */
    List<Scenario> scenarios();

    /**
     * Returns the group's presets. When there are any, every run command of the group takes {@code --preset NAME}
     * and the group gets a {@code presets} command that lists them.
     *
     * @return the presets, in the order {@code presets} lists them; default none
     */
    default List<Preset> presets() {
        return List.of();
    }
}
