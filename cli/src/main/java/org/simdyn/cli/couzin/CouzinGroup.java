package org.simdyn.cli.couzin;

import java.util.List;
import org.simdyn.cli.common.Preset;
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
        return List.of(new RunScenario(), new EnsembleScenario(), new HysteresisScenario(),
                new AnalyzeScenario());
    }

    /**
     * The presets of couzin spec section 8: the four dewi-kadita cases (values only, {@code half_box_check = warn},
     * the Couzin 2002 rules unless {@code --rules peer-compat}) and {@code couzin2002-torus} (alias {@code mill}).
     * All periodic, dt = 0.1.
     */
    @Override
    public List<Preset> presets() {
        String dk = "the rule set only: Couzin 2002 unless --rules peer-compat (which reproduces dewi-kadita 0.0.4); "
                + "radii above box/2 stay, with the warning radius_exceeds_half_box";
        return List.of(
                new Preset("dk-swarm", List.of("case1"), "dewi-kadita case 1 (swarm).", Preset.values("N", "150",
                        "box", "25", "speed", "1", "r_r", "2", "r_o", "3", "r_a", "15", "max_turn", "0.4", "noise",
                        "0.2", "blind_angle", "30", "orientation_weight", "1", "init", "random", "dt", "0.1",
                        "steps", "1000", "seed", "42", "half_box_check", "warn"), dk),
                new Preset("dk-torus", List.of("case2"), "dewi-kadita case 2 ('torus': a ring start that decays "
                        + "under either rule set).", Preset.values("N", "200", "box", "25", "speed", "1", "r_r", "1",
                        "r_o", "3", "r_a", "10", "max_turn", "0.2", "noise", "0.05", "blind_angle", "150",
                        "orientation_weight", "0.1", "init", "torus", "torus_radius", "6", "dt", "0.1", "steps",
                        "2000", "seed", "42", "half_box_check", "warn"), dk),
                new Preset("dk-dynamic-parallel", List.of("case3"), "dewi-kadita case 3 (dynamic parallel).",
                        Preset.values("N", "180", "box", "28", "speed", "1.2", "r_r", "1", "r_o", "10", "r_a", "18",
                                "max_turn", "0.35", "noise", "0.12", "blind_angle", "25", "orientation_weight", "1",
                                "init", "random", "dt", "0.1", "steps", "1500", "seed", "456", "half_box_check",
                                "warn"), dk),
                new Preset("dk-highly-parallel", List.of("case4"), "dewi-kadita case 4 (highly parallel).",
                        Preset.values("N", "250", "box", "35", "speed", "1.5", "r_r", "1", "r_o", "12", "r_a", "20",
                                "max_turn", "0.2", "noise", "0.05", "blind_angle", "20", "orientation_weight", "1",
                                "init", "random", "dt", "0.1", "steps", "1000", "seed", "789", "half_box_check",
                                "warn"), dk),
                new Preset("couzin2002-torus", List.of("mill"), "A persistent mill with Couzin-2002-like values "
                        + "(ZOO width 1, ZOA width 13, field of perception 270 degrees, 4 degrees per 0.1-time step, "
                        + "speed 3) in a box with r_a < L/2: mills under couzin2002, not under peer-compat.",
                        Preset.values("rules", "couzin2002", "N", "100", "box", "60", "speed", "3", "r_r", "1",
                                "r_o", "2", "r_a", "15", "max_turn", "0.07", "noise", "0.05", "blind_angle", "45",
                                "orientation_weight", "1", "init", "torus", "torus_radius", "6", "dt", "0.1",
                                "steps", "1500", "seed", "1"),
                        "dewi-kadita's case 2 'torus', which never mills: radii within half the box, the Couzin "
                                + "2002 rules, a turning rate and field of view that sustain a mill"));
    }
}
