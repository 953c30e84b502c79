package org.simdyn.cli.kg;

import java.util.List;
import org.simdyn.cli.common.Preset;
import org.simdyn.cli.common.Scenario;
import org.simdyn.cli.common.ScenarioGroup;

/**
 * The {@code kg} group: {@code kg run}, {@code kg scan} and {@code kg presets} (kg.md section 8). The presets are
 * amangkurat's four cases with the physics corrected, plus the literature collision (section 8.1).
 */
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
        return List.of(new KgRunScenario(), new KgScanScenario());
    }

    @Override
    public List<Preset> presets() {
        return List.of(
                new Preset("linear-wave", List.of("case1"), "Linear KG (m = 1): a Gaussian pulse, exact-linear expo.",
                        Preset.values("potential", "linear", "mass", "1", "ic", "gaussian", "amplitude", "1", "width",
                                "2", "u", "0", "N", "512", "L", "60", "T", "50", "method", "expo", "dt", "0.005"),
                        "fixed dt: amangkurat's adaptive two-step controller causes a 14 % error"),
                new Preset("static-kink", List.of("case2"), "A static phi^4 kink on an antiperiodic box.",
                        Preset.values("potential", "phi4", "lambda", "1", "vacuum", "1", "ic", "kink", "x0", "0", "bc",
                                "antiperiodic", "N", "1024", "L", "100", "T", "50", "method", "expo", "dt", "0.005"),
                        "a single kink on a periodic box has a 2v jump at the seam; simdyn uses an antiperiodic box"),
                new Preset("breather", List.of("case3"), "The exact sine-Gordon breather, omega = 0.5, expo4.",
                        Preset.values("potential", "sine-gordon", "ic", "breather", "omega", "0.5", "x0", "0", "t0",
                                "0", "N", "512", "L", "80", "T", "80", "method", "expo4", "dt", "0.01"),
                        "the exact breather (amangkurat's IC used 1/eps for eps/omega and an odd pi, so the lump "
                                + "drifted)"),
                new Preset("kink-antikink", List.of("case4"), "A phi^4 kink-antikink pair at u = 0.3 on L = 100.",
                        Preset.values("potential", "phi4", "lambda", "1", "vacuum", "1", "ic", "kink-antikink",
                                "separation", "20", "u", "0.3", "N", "1024", "L", "100", "T", "100", "method", "expo",
                                "dt", "0.005"),
                        "the -v offset and the antikink's velocity sign (amangkurat simulated false-vacuum decay)"),
                new Preset("collision", List.of(), "The literature phi^4 kink-antikink collision at u = 0.3, "
                        + "classified (Campbell, Schonfeld and Wingate 1983).",
                        Preset.values("potential", "phi4", "lambda", "1", "vacuum", "1", "ic", "kink-antikink",
                                "separation", "20", "u", "0.3", "N", "2048", "L", "400", "method", "expo", "dt", "0.02",
                                "classify", "true"),
                        ""));
    }
}
