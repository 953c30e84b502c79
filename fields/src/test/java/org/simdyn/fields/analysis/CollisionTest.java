package org.simdyn.fields.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.simdyn.fields.analysis.CollisionClassifier.Outcome;
import org.simdyn.fields.analysis.CollisionClassifier.Result;

/** The literature outcomes at N 2048, L 400, expo dt 0.02, S 20 (kg.md section 11). */
class CollisionTest {

    @Test
    void captureAtU010() {
        Result r = CollisionClassifier.run(CollisionClassifier.Setup.standard(0.10));
        assertThat(r.outcome()).isEqualTo(Outcome.CAPTURE);
    }

    @Test
    void twoBouncesAtU020() {
        Result r = CollisionClassifier.run(CollisionClassifier.Setup.standard(0.20));
        assertThat(r.outcome()).isEqualTo(Outcome.ESCAPE);
        assertThat(r.bounces()).isEqualTo(2);
        assertThat(Math.abs(r.relEnergyChange())).isLessThan(1e-4);
    }

    @Test
    void oneBounceAtU030() {
        Result r = CollisionClassifier.run(CollisionClassifier.Setup.standard(0.30));
        assertThat(r.outcome()).isEqualTo(Outcome.ESCAPE);
        assertThat(r.bounces()).isEqualTo(1);
        assertThat(r.vOut()).isBetween(0.005, 0.3);
    }
}
