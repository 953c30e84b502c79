package org.simdyn.cli.couzin;

import java.util.List;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.ScenarioGroup;

/**
 * The {@code couzin} command group (couzin spec section 8): {@code run}, {@code ensemble}, {@code hysteresis} and
 * {@code analyze} of the Couzin zone model of collective motion.
 */
public final class CouzinGroup implements ScenarioGroup {
    /** Creates the group (ServiceLoader). */
    public CouzinGroup() {
    }

    @Override
    public String name() {
        return "couzin";
    }

    @Override
    public String description() {
        return "Couzin zone model of collective motion (Couzin et al. 2002; dewi-kadita 0.0.4 compatible).";
    }

    @Override
    public List<Scenario> scenarios() {
        return List.of(new RunScenario());
    }
}
