package org.simdyn.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorRuntimeTest {

    @Test
    void decisionMatchesTheOverride() {
        String override = System.getProperty(VectorRuntime.PROPERTY);
        if ("scalar".equals(override)) {
            assertThat(VectorRuntime.mode()).isEqualTo(VectorRuntime.Mode.SCALAR);
            assertThat(VectorRuntime.bits()).isZero();
            assertThat(VectorRuntime.doubleLanes()).isEqualTo(1);
        } else {
            // the test JVM has --add-modules jdk.incubator.vector and C2
            assertThat(VectorRuntime.mode()).isEqualTo(VectorRuntime.Mode.PANAMA);
            assertThat(VectorRuntime.bits()).isIn(128, 256, 512);
            assertThat(VectorRuntime.doubleLanes()).isEqualTo(VectorRuntime.bits() / 64);
            if (override == null) {
                assertThat(VectorRuntime.bits()).isEqualTo(VectorRuntime.preferredBits());
            }
        }
        assertThat(VectorRuntime.reason()).isNotBlank();
        assertThat(VectorRuntime.description()).startsWith(VectorRuntime.mode() == VectorRuntime.Mode.SCALAR
                ? "scalar" : "panama " + VectorRuntime.bits() + "-bit");
    }

    interface Twin {
        String name();
    }

    public static final class PanamaTwin implements Twin {
        public PanamaTwin() {
        }

        @Override
        public String name() {
            return "panama";
        }
    }

    @Test
    void selectLoadsThePanamaTwinInPanamaMode() {
        Twin scalar = () -> "scalar";
        Twin chosen = VectorRuntime.select(Twin.class, PanamaTwin.class.getName(), scalar);
        assertThat(chosen.name()).isEqualTo(VectorRuntime.mode() == VectorRuntime.Mode.PANAMA ? "panama" : "scalar");
        assertThat(VectorRuntime.select(Twin.class, "no.such.Class", scalar)).isSameAs(scalar);
        assertThatThrownBy(() -> VectorRuntime.select(Twin.class, null, scalar))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("panamaClassName");
    }

    @Test
    void cpuFeaturesAreKnownNames() {
        assertThat(VectorRuntime.cpuFeatures()).isSubsetOf("sse2", "avx", "avx2", "fma", "avx512f", "avx512dq",
                "avx512vl", "avx512bw", "asimd", "sve");
        assertThat(VectorRuntime.cpuModel()).isNotBlank();
    }
}
