package org.simdyn.cli.kg;

import java.util.List;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.ScenarioGroup;

/** The {@code kg} group: {@code kg run}, {@code kg scan} (kg.md section 8). */
public final class KgGroup implements ScenarioGroup {
    /** Creates the group (ServiceLoader). */
    public KgGroup() {
    }

    @Override
    public String name() {
        return "kg";
    }

    @Override
    public String description() {
        return "Nonlinear Klein-Gordon fields: runs and kink-antikink collision scans.";
    }

    @Override
    public List<Scenario> scenarios() {
        return List.of(new KgRunScenario());
    }
}
