package org.simdyn.vector.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.vector.internal.PhiloxBulk;

/** Known answers: Random123's block vectors, the stream's golden rows (bit-exact) and the libm rows (1e-13). */
class Philox4x32KnownAnswerTest {

    @Test
    void random123VectorsThroughTheBlockFunction() throws IOException {
        List<String[]> rows = Twins.rows("philox4x32_10_kat.txt");
        assertThat(rows).hasSize(3);
        for (String[] r : rows) {
            int[] out = {7, 7, 7, 7, 7, 7};
            Philox4x32.block(Twins.word(r[0]), Twins.word(r[1]), Twins.word(r[2]), Twins.word(r[3]),
                    Twins.word(r[4]), Twins.word(r[5]), out, 1);
            assertThat(out).as("key %s %s counter %s %s %s %s", r[0], r[1], r[2], r[3], r[4], r[5])
                    .containsExactly(7, Twins.word(r[6]), Twins.word(r[7]), Twins.word(r[8]), Twins.word(r[9]), 7);
        }
    }

    /** One golden row: seed particle purpose block step w0..w3 z0..z3. */
    record Golden(int line, long seed, long particle, int purpose, int block, long step, int[] words,
                  double[] normals) {
        @Override
        public String toString() {
            return "row " + line + ": seed " + Long.toUnsignedString(seed) + ", particle " + particle + ", purpose "
                    + purpose + ", block " + block + ", step " + Long.toUnsignedString(step);
        }
    }

    static List<Golden> golden() throws IOException {
        List<String[]> rows = Twins.rows("stream_golden.txt");
        assertThat(rows).hasSize(30);
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> {
            String[] r = rows.get(i);
            int[] w = new int[4];
            double[] z = new double[4];
            for (int k = 0; k < 4; k++) {
                w[k] = Twins.word(r[5 + k]);
                z[k] = Double.parseDouble(r[9 + k]);
            }
            return new Golden(i + 1, Long.parseUnsignedLong(r[0]), Long.parseLong(r[1]), Integer.parseInt(r[2]),
                    Integer.parseInt(r[3]), Long.parseUnsignedLong(r[4]), w, z);
        }).toList();
    }

    static Stream<Golden> goldenRows() throws IOException {
        return golden().stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("goldenRows")
    void goldenWordsAndNormalsThroughTheSinglePath(Golden g) {
        Philox4x32 rng = Philox4x32.of(g.seed());
        int[] out = new int[4];
        rng.words(g.particle(), g.purpose(), g.block(), g.step(), out, 0);
        assertThat(out).containsExactly(g.words());
        for (int k = 0; k < 4; k++) {
            double z = rng.normal(g.particle(), g.purpose(), g.step(), 4 * g.block() + k);
            assertThat(Double.doubleToRawLongBits(z)).as("normal %d: %s vs %s", k, Double.toHexString(z),
                    Double.toHexString(g.normals()[k])).isEqualTo(Double.doubleToRawLongBits(g.normals()[k]));
            double u = rng.uniform(g.particle(), g.purpose(), g.step(), 4 * g.block() + k);
            assertThat(u).isEqualTo(((g.words()[k] & 0xFFFFFFFFL) + 0.5) * 0x1p-32);
        }
    }

    static Stream<Arguments> goldenRowsByTwin() throws IOException {
        List<Golden> rows = golden();
        return Twins.all().flatMap(t -> rows.stream().map(g -> Arguments.of(t.get()[0], t.get()[1], g)));
    }

    @ParameterizedTest(name = "[{index}] {0} {2}")
    @MethodSource("goldenRowsByTwin")
    void goldenWordsAndNormalsThroughTheBulkPath(String name, PhiloxBulk twin, Golden g) {
        Philox4x32 rng = Philox4x32.of(g.seed());
        // a range of up to 11 particles around the golden one, written at offset 2
        long from = Math.max(0, g.particle() - 5);
        int count = (int) (Math.min(Philox4x32.MAX_PARTICLE, g.particle() + 5) - from + 1);
        int at = (int) (g.particle() - from) + 2;
        double[][] z = new double[4][count + 2];
        int[][] w = new int[4][count + 2];
        rng.normals(twin, g.step(), g.purpose(), g.block(), from, count, z[0], z[1], z[2], z[3], 2);
        rng.words(twin, g.step(), g.purpose(), g.block(), from, count, w[0], w[1], w[2], w[3], 2);
        for (int k = 0; k < 4; k++) {
            assertThat(Double.doubleToRawLongBits(z[k][at])).as("%s normal %d: %s vs %s", name, k,
                    Double.toHexString(z[k][at]), Double.toHexString(g.normals()[k]))
                    .isEqualTo(Double.doubleToRawLongBits(g.normals()[k]));
            assertThat(w[k][at]).as("%s word %d", name, k).isEqualTo(g.words()[k]);
        }
    }

    @Test
    void goldenRowsThirteenToFifteenRepeatTheRandom123Vectors() throws IOException {
        List<String[]> kat = Twins.rows("philox4x32_10_kat.txt");
        List<Golden> golden = golden();
        for (int i = 0; i < 3; i++) {
            Golden g = golden.get(12 + i);
            String[] r = kat.get(i);
            assertThat((int) g.seed()).isEqualTo(Twins.word(r[0]));
            assertThat((int) (g.seed() >>> 32)).isEqualTo(Twins.word(r[1]));
            assertThat(g.particle()).isEqualTo(Twins.word(r[2]) & 0xFFFFFFFFL);
            assertThat(g.purpose() << 16 | g.block()).isEqualTo(Twins.word(r[3]));
            assertThat((int) g.step()).isEqualTo(Twins.word(r[4]));
            assertThat((int) (g.step() >>> 32)).isEqualTo(Twins.word(r[5]));
            assertThat(g.words()).containsExactly(Twins.word(r[6]), Twins.word(r[7]), Twins.word(r[8]),
                    Twins.word(r[9]));
        }
    }

    @Test
    void libmRowsAgreeTo1em13() throws IOException {
        List<String[]> rows = Twins.rows("normals_libm.txt");
        assertThat(rows).hasSize(12);
        double worst = 0;
        for (String[] r : rows) {
            Philox4x32 rng = Philox4x32.of(Long.parseUnsignedLong(r[0]));
            long particle = Long.parseLong(r[1]);
            int purpose = Integer.parseInt(r[2]);
            int block = Integer.parseInt(r[3]);
            long step = Long.parseUnsignedLong(r[4]);
            for (int k = 0; k < 4; k++) {
                double expected = Double.parseDouble(r[5 + k]);
                double z = rng.normal(particle, purpose, step, 4 * block + k);
                assertThat(z).as("%s normal %d", String.join(" ", r), k).isCloseTo(expected, within(1e-13));
                worst = Math.max(worst, Math.abs(z - expected));
            }
        }
        // the frozen polynomials are far better than required: about 1e-15 (README of the data files)
        assertThat(worst).isLessThan(4e-15);
    }
}
