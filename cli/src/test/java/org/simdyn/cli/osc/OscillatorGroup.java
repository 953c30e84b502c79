package org.simdyn.cli.osc;

import java.util.List;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.ScenarioGroup;

/** TEST-ONLY group {@code osc}: registered through the same ServiceLoader registry as the model groups. */
public final class OscillatorGroup implements ScenarioGroup {
    /** Creates the group (ServiceLoader). */
    public OscillatorGroup() {
    }

    @Override
    public String name() {
        return "osc";
    }

    @Override
    public String description() {
        return "TEST-ONLY damped linear oscillators.";
    }

    @Override
    public List<Scenario> scenarios() {
        return List.of(new OscillatorScenario());
    }
}
