package org.simdyn.cli.osc;

import java.util.List;
import org.simdyn.cli.common.Preset;
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

    /** Two presets: {@code slow} (alias {@code case1}) sets omega, N and the seed; {@code fast} sets omega. */
    @Override
    public List<Preset> presets() {
        return List.of(new Preset("slow", List.of("case1"), "A slow oscillator.", Preset.values("omega", "0.5", "N", "3",
                "seed", "7"), "nothing; a test preset"),
                new Preset("fast", List.of(), "A fast oscillator.", Preset.values("omega", "4"), ""));
    }
}
