package org.simdyn.vector.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Argument validation: every public method rejects bad input before any work, naming parameter, value, range. */
class Philox4x32ValidationTest {

    final Philox4x32 rng = Philox4x32.of(7);

    static void rejects(Executable call, String message) {
        assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void blockChecksItsOutput() {
        rejects(() -> Philox4x32.block(0, 0, 0, 0, 0, 0, null, 0),
                "out is null: must be an array of length >= off + 4");
        rejects(() -> Philox4x32.block(0, 0, 0, 0, 0, 0, new int[4], -1), "off = -1 is out of range: must be >= 0");
        rejects(() -> Philox4x32.block(0, 0, 0, 0, 0, 0, new int[10], 7), "off + 4 = 11 exceeds out.length = 10");
        rejects(() -> Philox4x32.block(0, 0, 0, 0, 0, 0, new int[4], Integer.MAX_VALUE),
                "off + 4 = 2147483651 exceeds out.length = 4");
    }

    @Test
    void singleWordsCheckEveryArgument() {
        int[] out = new int[4];
        rejects(() -> rng.words(-1, 0, 0, 0, out, 0), "particle = -1 is out of range: must be in [0, 4294967295]");
        rejects(() -> rng.words(1L << 32, 0, 0, 0, out, 0),
                "particle = 4294967296 is out of range: must be in [0, 4294967295]");
        rejects(() -> rng.words(0, -1, 0, 0, out, 0), "purpose = -1 is out of range: must be in [0, 65535]");
        rejects(() -> rng.words(0, 65536, 0, 0, out, 0), "purpose = 65536 is out of range: must be in [0, 65535]");
        rejects(() -> rng.words(0, 0, -1, 0, out, 0), "block = -1 is out of range: must be in [0, 65535]");
        rejects(() -> rng.words(0, 0, 65536, 0, out, 0), "block = 65536 is out of range: must be in [0, 65535]");
        rejects(() -> rng.words(0, 0, 0, 0, null, 0), "out is null: must be an array of length >= off + 4");
        rejects(() -> rng.words(0, 0, 0, 0, out, 1), "off + 4 = 5 exceeds out.length = 4");
        // the extremes are legal
        rng.words(Philox4x32.MAX_PARTICLE, 65535, 65535, Long.MIN_VALUE, out, 0);
    }

    @Test
    void singleValuesCheckEveryArgument() {
        rejects(() -> rng.normal(-5, 0, 0, 0), "particle = -5 is out of range: must be in [0, 4294967295]");
        rejects(() -> rng.normal(0, 70000, 0, 0), "purpose = 70000 is out of range: must be in [0, 65535]");
        rejects(() -> rng.normal(0, 0, 0, -1), "index = -1 is out of range: must be in [0, 262143]");
        rejects(() -> rng.normal(0, 0, 0, 1 << 18), "index = 262144 is out of range: must be in [0, 262143]");
        rejects(() -> rng.uniform(1L << 33, 0, 0, 0),
                "particle = 8589934592 is out of range: must be in [0, 4294967295]");
        rejects(() -> rng.uniform(0, -2, 0, 0), "purpose = -2 is out of range: must be in [0, 65535]");
        rejects(() -> rng.uniform(0, 0, 0, 262144), "index = 262144 is out of range: must be in [0, 262143]");
        assertThat(rng.normal(Philox4x32.MAX_PARTICLE, 65535, -1, Philox4x32.MAX_INDEX)).isFinite();
        assertThat(rng.uniform(Philox4x32.MAX_PARTICLE, 65535, -1, Philox4x32.MAX_INDEX)).isBetween(0.0, 1.0);
    }

    @Test
    void bulkNormalsCheckEveryArgument() {
        double[] z = new double[10];
        rejects(() -> rng.normals(0, -1, 0, 0, 1, z, z, z, z, 0),
                "purpose = -1 is out of range: must be in [0, 65535]");
        rejects(() -> rng.normals(0, 0, 65536, 0, 1, z, z, z, z, 0),
                "block = 65536 is out of range: must be in [0, 65535]");
        rejects(() -> rng.normals(0, 0, 0, -1, 1, z, z, z, z, 0),
                "particleFrom = -1 is out of range: must be in [0, 4294967295]");
        rejects(() -> rng.normals(0, 0, 0, 0, -3, z, z, z, z, 0), "count = -3 is out of range: must be >= 0");
        rejects(() -> rng.normals(0, 0, 0, 4294967290L, 7, z, z, z, z, 0),
                "particleFrom + count - 1 = 4294967296 is out of range: must be <= 4294967295 (particleFrom = "
                        + "4294967290, count = 7)");
        rejects(() -> rng.normals(0, 0, 0, 0, 1, z, z, z, z, -1), "off = -1 is out of range: must be >= 0");
        rejects(() -> rng.normals(0, 0, 0, 0, 8, z, z, z, z, 3), "off + count = 11 exceeds z0.length = 10");
        rejects(() -> rng.normals(0, 0, 0, 0, 8, null, new double[7], z, z, 0),
                "off + count = 8 exceeds z1.length = 7");
        rejects(() -> rng.normals(0, 0, 0, 0, 8, null, null, new double[2], z, 0),
                "off + count = 8 exceeds z2.length = 2");
        rejects(() -> rng.normals(0, 0, 0, 0, 8, z, z, z, new double[0], 0), "off + count = 8 exceeds z3.length = 0");
        rejects(() -> rng.normals(0, 0, 0, 0, 1, z, z, z, z, Integer.MAX_VALUE),
                "off + count = 2147483648 exceeds z0.length = 10");
    }

    @Test
    void bulkUniformsAndWordsCheckEveryArgument() {
        double[] u = new double[10];
        int[] w = new int[10];
        rejects(() -> rng.uniforms(0, 65536, 0, 0, 1, u, u, u, u, 0),
                "purpose = 65536 is out of range: must be in [0, 65535]");
        rejects(() -> rng.uniforms(0, 0, -1, 0, 1, u, u, u, u, 0), "block = -1 is out of range: must be in [0, 65535]");
        rejects(() -> rng.uniforms(0, 0, 0, 1L << 32, 0, u, u, u, u, 0),
                "particleFrom = 4294967296 is out of range: must be in [0, 4294967295]");
        rejects(() -> rng.uniforms(0, 0, 0, 0, -1, u, u, u, u, 0), "count = -1 is out of range: must be >= 0");
        rejects(() -> rng.uniforms(0, 0, 0, 0, 11, null, null, null, u, 0), "off + count = 11 exceeds u3.length = 10");
        rejects(() -> rng.uniforms(0, 0, 0, 0, 5, u, new double[4], null, null, 0),
                "off + count = 5 exceeds u1.length = 4");
        rejects(() -> rng.words(0, 0, 0, 0, 1, w, w, w, w, -2), "off = -2 is out of range: must be >= 0");
        rejects(() -> rng.words(0, 0, 0, 0, 11, w, null, null, null, 0), "off + count = 11 exceeds w0.length = 10");
        rejects(() -> rng.words(0, 0, 0, 0, 3, null, null, new int[2], null, 0),
                "off + count = 3 exceeds w2.length = 2");
        rejects(() -> rng.words(0, 0, 0, 4294967295L, 2, w, w, w, w, 0),
                "particleFrom + count - 1 = 4294967296 is out of range: must be <= 4294967295 (particleFrom = "
                        + "4294967295, count = 2)");
    }

    @Test
    void badInputWritesNothing() {
        double[] z = {1, 2, 3, 4};
        double[] small = new double[2];
        rejects(() -> rng.normals(0, 0, 0, 0, 4, z, z, z, small, 0), "off + count = 4 exceeds z3.length = 2");
        assertThat(z).containsExactly(1, 2, 3, 4);
    }

    @Test
    void seedKeyAndValueSemantics() {
        Philox4x32 a = Philox4x32.of(0xFEDCBA9876543210L);
        assertThat(a.seed()).isEqualTo(0xFEDCBA9876543210L);
        assertThat(a).isEqualTo(Philox4x32.of(0xFEDCBA9876543210L)).isNotEqualTo(Philox4x32.of(1))
                .hasSameHashCodeAs(Philox4x32.of(0xFEDCBA9876543210L));
        assertThat(a.toString()).isEqualTo(
                "Philox4x32-10[seed=18364758544493064720, key=(0x76543210, 0xfedcba98), stream version 1]");
        assertThat(Philox4x32.STREAM_VERSION).isEqualTo(1);
        assertThat(Philox4x32.MAX_INDEX).isEqualTo((1 << 18) - 1);
        // the key is (seed & 0xFFFFFFFF, seed >>> 32): the stream equals the raw block function with that key
        int[] viaStream = new int[4];
        int[] viaBlock = new int[4];
        a.words(0x89ABCDEFL, 0x1234, 0x5678, 0x0102030405060708L, viaStream, 0);
        Philox4x32.block(0x76543210, 0xFEDCBA98, 0x89ABCDEF, 0x12345678, 0x05060708, 0x01020304, viaBlock, 0);
        assertThat(viaStream).containsExactly(viaBlock);
    }
}
