package org.simdyn.particles.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simdyn.particles.Domain;
import org.simdyn.particles.SwarmState;

/**
 * The cell-list frame diagnostics equal the straightforward O(N²) computation ({@link ReferenceDiagnostics}) bit for
 * bit: random, clustered and lattice states (agents on cell edges), periodic and open, 3-D and 2-D, and periodic
 * states with coordinates outside [0, L) (brute-force fallback).
 */
class FastDiagnosticsTest {
    private static final double BOX = 20;

    static Stream<Arguments> states() {
        SplittableRandom r = new SplittableRandom(0x5EED_C0221L);
        List<Arguments> cases = new ArrayList<>();
        int[] sizes = {2, 3, 6, 7, 40, 257};
        String[] kinds = {"uniform", "clustered", "lattice", "outside"};
        for (int dim = 2; dim <= 3; dim++) {
            for (int n : sizes) {
                for (String kind : kinds) {
                    for (Domain d : new Domain[] {Domain.PERIODIC, Domain.OPEN}) {
                        cases.add(Arguments.of(dim + "-D " + kind + " N=" + n + " " + d, state(r, dim, n, kind), d));
                    }
                }
            }
        }
        return cases.stream();
    }

    static SwarmState state(SplittableRandom r, int dim, int n, String kind) {
        double[][] p = new double[3][n];
        double[][] v = new double[3][n];
        int side = (int) Math.ceil(Math.cbrt(n));
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < dim; k++) {
                double c = switch (kind) {
                    case "clustered" -> i % 5 == 0 ? r.nextDouble() * BOX : 3 + r.nextDouble() * 2;
                    case "lattice" -> (k == 0 ? i % side : k == 1 ? (i / side) % side : i / (side * side))
                            * (BOX / side);
                    case "outside" -> -BOX + r.nextDouble() * 3 * BOX;
                    default -> r.nextDouble() * BOX;
                };
                p[k][i] = Math.min(c, Math.nextDown(BOX * (kind.equals("outside") ? 2 : 1)));
                v[k][i] = r.nextDouble() * 2 - 1;
            }
        }
        return dim == 3 ? SwarmState.of(p[0], p[1], p[2], v[0], v[1], v[2])
                : SwarmState.of(p[0], p[1], null, v[0], v[1], null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void nearestNeighboursEqualBruteForce(String name, SwarmState s, Domain d) {
        boolean periodic = d == Domain.PERIODIC;
        NeighbourGrid grid = new NeighbourGrid(s, BOX, periodic);
        double[] fast = new double[6];
        double[] slow = new double[6];
        for (int k = 1; k <= 6; k++) {
            for (int i = 0; i < s.n(); i++) {
                int m = grid.nearest(i, k, fast);
                assertThat(m).isEqualTo(Neighbours.nearest(s, i, k, BOX, periodic, slow));
                for (int q = 0; q < m; q++) {
                    assertThat(Double.doubleToRawLongBits(fast[q])).as("agent %d, k %d, #%d", i, k, q)
                            .isEqualTo(Double.doubleToRawLongBits(slow[q]));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void diagnosticsEqualTheStraightforwardComputation(String name, SwarmState s, Domain d) {
        if (s.dim() == 3) {
            assertThat(bits(CompatEntropies.compute(s, d, BOX))).isEqualTo(bits(ReferenceDiagnostics.compat(s, d, BOX)));
        }
        for (double rR : new double[] {0.3, 1, 4}) {
            assertThat(Double.doubleToRawLongBits(SchoolDiagnostics.cohesionEntropyScaled(s, d, BOX, rR)))
                    .isEqualTo(Double.doubleToRawLongBits(ReferenceDiagnostics.cohesionEntropyScaled(s, d, BOX, rR)));
        }
        for (double rMax : new double[] {1.5, 10, 40}) {
            assertThat(bits(SchoolDiagnostics.correlation(s, d, BOX, 0.5, rMax)))
                    .isEqualTo(bits(ReferenceDiagnostics.correlation(s, d, BOX, 0.5, rMax)));
        }
        for (double radius : new double[] {0.5, 1, BOX / 6, 5, 9.9, 15}) {
            assertThat(SchoolDiagnostics.clusters(s, d, BOX, radius))
                    .as("radius %s", radius).isEqualTo(ReferenceDiagnostics.clusters(s, d, BOX, radius));
        }
    }

    private static long[] bits(double[] a) {
        long[] b = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Double.doubleToRawLongBits(a[i]);
        }
        return b;
    }
}
