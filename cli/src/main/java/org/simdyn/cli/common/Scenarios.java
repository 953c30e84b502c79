package org.simdyn.cli.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The registry of command groups: every {@link ScenarioGroup} on the class path, sorted by name. */
public final class Scenarios {
    private Scenarios() {
    }

    /** @return the registered groups, sorted by name */
    public static List<ScenarioGroup> groups() {
        List<ScenarioGroup> groups = new ArrayList<>();
        ServiceLoader.load(ScenarioGroup.class, Scenarios.class.getClassLoader()).forEach(groups::add);
        groups.sort(Comparator.comparing(ScenarioGroup::name));
        return groups;
    }

    /**
     * Finds a group.
     *
     * @param name the group name
     * @return the group, or null when none is registered under that name
     */
    public static ScenarioGroup group(String name) {
        for (ScenarioGroup g : groups()) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return null;
    }

    /**
     * Finds a scenario.
     *
     * @param group the group name
     * @param action the action
     * @return the scenario, or null when no registered group has it
     */
    public static Scenario find(String group, String action) {
        ScenarioGroup g = group(group);
        if (g != null) {
            for (Scenario s : g.scenarios()) {
                if (s.action().equals(action)) {
                    return s;
                }
            }
        }
        return null;
    }
}
