package org.simdyn.fields.analysis;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.simdyn.fields.Filter;
import org.simdyn.fields.Grid;
import org.simdyn.fields.InitialConditions;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.KinkSet;
import org.simdyn.fields.KleinGordon;
import org.simdyn.fields.Method;
import org.simdyn.fields.Potential;
import org.simdyn.fields.Potentials;

/**
 * Classifies a phi^4 kink-antikink collision (kg.md section 6; D. K. Campbell, J. F. Schonfeld and C. A. Wingate,
 * Physica D 9 (1983) 1). Set-up: the {@code kink-antikink} initial condition with separation S and speed u, run to
 * {@code T_run = S/(2u) + t_after}, then {@code t_out} more (both rounded to whole steps). Bounces are the downward
 * crossings of 0 by the centre probe {@code c(t) = phi(x0)} on {@code [0, T_run]}; {@code z(t)} are the crossings of
 * 0 and {@code m(t)} the mean of phi over {@code |x - x0| < 2}. <b>escape</b> iff z has exactly 2 entries at
 * {@code T_run} and {@code T_run + t_out}, {@code m > 0.3 v} at both, {@code z_2(T_run) - x0 > 3} and
 * {@code v_out = (z_2(T_run + t_out) - z_2(T_run)) / t_out > 0.005}; <b>undecided</b> iff the crossing and m
 * conditions hold but not the last two; else <b>capture</b>. Lengths 2 and 3 are for {@code lambda = v = 1} and
 * scale with {@code 1 / (v sqrt lambda)}. Each run is single-threaded and deterministic.
 */
public final class CollisionClassifier {

    private CollisionClassifier() {
    }

    /**
     * The set-up of one collision.
     *
     * @param n grid points (2048)
     * @param length box length L (400)
     * @param dt step (0.02)
     * @param method integrator (expo)
     * @param filter filter (none)
     * @param separation S (20)
     * @param u speed, in (0, 1)
     * @param tAfter time after the nominal meeting (150)
     * @param tOut extra time to measure v_out (20)
     * @param lambda lambda (1)
     * @param vacuum v (1)
     */
    public record Setup(int n, double length, double dt, Method method, Filter filter, double separation, double u,
            double tAfter, double tOut, double lambda, double vacuum) {

        /**
         * Validates.
         *
         * @param n points
         * @param length length
         * @param dt step
         * @param method method
         * @param filter filter
         * @param separation separation
         * @param u speed
         * @param tAfter time after
         * @param tOut time out
         * @param lambda lambda
         * @param vacuum vacuum
         */
        public Setup {
            if (!(u > 0.0 && u < 1.0)) {
                throw new IllegalArgumentException("u = " + u + " is out of range: must be in (0, 1)");
            }
            if (!(separation > 0.0) || !(tAfter >= 0.0) || !(tOut > 0.0)) {
                throw new IllegalArgumentException("separation = " + separation + ", t_after = " + tAfter
                        + ", t_out = " + tOut + " are out of range: must be > 0, >= 0, > 0");
            }
            if (method == null || filter == null) {
                throw new IllegalArgumentException("method and filter must be non-null");
            }
        }

        /**
         * The literature set-up at speed u: N 2048, L 400, expo dt 0.02, S 20, t_after 150, t_out 20.
         *
         * @param u the speed
         * @return the set-up
         */
        public static Setup standard(double u) {
            return new Setup(2048, 400.0, 0.02, Method.EXPO, Filter.NONE, 20.0, u, 150.0, 20.0, 1.0, 1.0);
        }

        /**
         * This set-up at another speed.
         *
         * @param speed the speed
         * @return the copy
         */
        public Setup withU(double speed) {
            return new Setup(n, length, dt, method, filter, separation, speed, tAfter, tOut, lambda, vacuum);
        }
    }

    /** Outcomes. */
    public enum Outcome {
        /** The pair annihilates into a bion. */
        CAPTURE,
        /** Crossing and centre conditions hold, not separation/speed. */
        UNDECIDED,
        /** The pair separates. */
        ESCAPE;

        /**
         * The lower-case name.
         *
         * @return {@code capture}, {@code undecided} or {@code escape}
         */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The result of one collision.
     *
     * @param outcome the class
     * @param bounces the bounce count on [0, T_run]
     * @param vOut the outgoing speed (NaN unless escape)
     * @param tRun {@code n_run dt}
     * @param tOut {@code n_out dt}
     * @param crossingsTRun crossing positions at T_run
     * @param crossingsTOut crossing positions at T_run + t_out
     * @param centralMean m(T_run + t_out)
     * @param relEnergyChange {@code (E(T_run + t_out) - E0) / E0}
     * @param steps total steps
     * @param center the centre probe, one value per step
     * @param tCenter the probe times
     */
    public record Result(Outcome outcome, int bounces, double vOut, double tRun, double tOut, double[] crossingsTRun,
            double[] crossingsTOut, double centralMean, double relEnergyChange, long steps, double[] center,
            double[] tCenter) {
    }

    /**
     * Runs and classifies one collision.
     *
     * @param s the set-up
     * @return the result
     */
    public static Result run(Setup s) {
        return run(s, () -> false);
    }

    /**
     * Runs and classifies one collision, asking {@code stop} before every step (a scan's interrupt: kg.md section 6,
     * cli spec section 7). The result does not depend on {@code stop} when the run completes.
     *
     * @param s the set-up
     * @param stop asked before every step; {@code true} abandons the run
     * @return the result
     * @throws CancellationException if {@code stop} said {@code true}
     */
    public static Result run(Setup s, BooleanSupplier stop) {
        Grid g = Grid.line(s.n(), s.length());
        Potential p = Potentials.phi4(s.lambda(), s.vacuum());
        double[] phi = new double[s.n()];
        double[] pi = new double[s.n()];
        InitialConditions.kinkAntikink(g, p, 0.0, s.separation(), s.u(), phi, pi);
        KgParams params = KgParams.of(g, p, s.method(), s.dt()).withFilter(s.filter());
        KleinGordon kg = KleinGordon.create(params, phi, pi);
        long nRun = Math.round((s.separation() / (2.0 * s.u()) + s.tAfter()) / s.dt());
        long nOut = Math.round(s.tOut() / s.dt());
        int total = Math.toIntExact(nRun + nOut);
        double[] center = new double[total];
        double[] tCenter = new double[total];
        kg.setProbe(0.0, (step, t, value) -> {
            center[(int) step - 1] = value;
            tCenter[(int) step - 1] = t;
        });
        double e0 = kg.energy();
        advance(kg, nRun, stop);
        double scale = 1.0 / (s.vacuum() * Math.sqrt(s.lambda()));
        double[] zRun = kg.kinks().x();
        kg.phi(phi);
        double mRun = centralMean(g, phi, 2.0 * scale);
        advance(kg, nOut, stop);
        KinkSet kOut = kg.kinks();
        double[] zOut = kOut.x();
        kg.phi(phi);
        double mOut = centralMean(g, phi, 2.0 * scale);
        double rel = (kg.energy() - e0) / e0;
        int bounces = 0;
        for (int i = 1; i < nRun; i++) {
            if (center[i - 1] > 0.0 && center[i] <= 0.0) {
                bounces++;
            }
        }
        double tRun = nRun * s.dt();
        double tOut = nOut * s.dt();
        boolean basic = zRun.length == 2 && zOut.length == 2 && mRun > 0.3 * s.vacuum() && mOut > 0.3 * s.vacuum();
        Outcome o;
        double vOut = Double.NaN;
        if (!basic) {
            o = Outcome.CAPTURE;
        } else {
            double v = (zOut[1] - zRun[1]) / tOut;
            if (zRun[1] > 3.0 * scale && v > 0.005) {
                o = Outcome.ESCAPE;
                vOut = v;
            } else {
                o = Outcome.UNDECIDED;
            }
        }
        return new Result(o, bounces, vOut, tRun, tOut, zRun, zOut, mOut, rel, nRun + nOut, center, tCenter);
    }

    /** Takes {@code count} steps (as {@link KleinGordon#advance}), asking {@code stop} before each. */
    private static void advance(KleinGordon kg, long count, BooleanSupplier stop) {
        for (long i = 0; i < count; i++) {
            if (stop.getAsBoolean()) {
                throw new CancellationException("collision run stopped at step " + kg.stepCount());
            }
            kg.step();
        }
    }

    /**
     * The mean of phi over the grid points with {@code |x| < r}.
     *
     * @param g the grid
     * @param phi the field. Not modified.
     * @param r the radius
     * @return the mean
     */
    static double centralMean(Grid g, double[] phi, double r) {
        double sum = 0.0;
        int count = 0;
        for (int j = 0; j < phi.length; j++) {
            if (Math.abs(g.x(0, j)) < r) {
                sum += phi[j];
                count++;
            }
        }
        return sum / count;
    }
}
