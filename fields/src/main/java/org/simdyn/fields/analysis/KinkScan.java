package org.simdyn.fields.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.simdyn.fields.analysis.CollisionClassifier.Outcome;
import org.simdyn.fields.analysis.CollisionClassifier.Result;
import org.simdyn.fields.analysis.CollisionClassifier.Setup;

/**
 * A velocity scan of phi^4 kink-antikink collisions (kg.md section 6). Every run is independent and single-threaded;
 * {@code parallelRuns} runs execute at a time and the result does not depend on it or on the order of completion.
 *
 * <p>Grid pattern: one character per grid u ({@code .} capture, {@code u} undecided, the digit of the bounce count of
 * an escape, {@code +} for 10 or more). <b>v_c</b>: the top of the grid must be a 1-bounce escape (else null);
 * {@code u_b} is the lowest grid u of the final run of 1-bounce escapes, {@code u_a} the grid point below it.
 * <b>Two-bounce windows</b>: maximal runs of consecutive grid points escaping after exactly 2 bounces. <b>Refinement</b>
 * bisects each edge bracket {@code [u_a, u_b]} with the key {@code K(u) = escape and bounces = n}: {@code mid = (u_a +
 * u_b)/2}; {@code K(mid) = K(u_a)} moves {@code u_a}, else {@code u_b}, until {@code u_b - u_a <= tol}; the edge is
 * the final midpoint (refinement off: the bracket midpoint). Brackets are refined concurrently (one bisection
 * round of every open bracket per batch of a {@link Runner}), each sequentially. A runner may stop the scan (an
 * interrupt): the result then holds the runs completed ({@link ScanResult#complete()} false).
 * Literature: v_c = 0.2598 (Campbell, Schonfeld and Wingate 1983; Anninos, Oliveira and Matzner 1991).
 */
public final class KinkScan {

    private KinkScan() {
    }

    /**
     * Scan parameters.
     *
     * @param us the grid of speeds, ascending, each in (0, 1), at most 10000
     * @param refineTol bisection tolerance ({@code 0} = off), below the grid spacing
     * @param base the set-up of every run (its u is replaced)
     */
    public record ScanParams(double[] us, double refineTol, Setup base) {

        /**
         * Validates.
         *
         * @param us speeds
         * @param refineTol tolerance
         * @param base set-up
         */
        public ScanParams {
            if (us == null || us.length == 0 || us.length > 10000) {
                throw new IllegalArgumentException("u: " + (us == null ? "null" : us.length + " points")
                        + " is out of range: must have 1 to 10000 points");
            }
            us = us.clone();
            for (int i = 0; i < us.length; i++) {
                if (!(us[i] > 0.0 && us[i] < 1.0) || (i > 0 && !(us[i] > us[i - 1]))) {
                    throw new IllegalArgumentException("u[" + i + "] = " + us[i] + " is out of range: must be in "
                            + "(0, 1) and ascending");
                }
            }
            double spacing = Double.MAX_VALUE;
            for (int i = 1; i < us.length; i++) {
                spacing = Math.min(spacing, us[i] - us[i - 1]);
            }
            if (!(refineTol >= 0.0) || (us.length > 1 && refineTol >= spacing)) {
                throw new IllegalArgumentException("refine_tol = " + refineTol + " is out of range: must be in [0, "
                        + "grid spacing = " + spacing + ")");
            }
            if (base == null) {
                throw new IllegalArgumentException("base is null: must be a Setup");
            }
        }

        /**
         * The grid {@code from, from + step, ...} up to {@code to} (inclusive to rounding).
         *
         * @param from first u
         * @param to last u
         * @param step spacing
         * @return the grid
         */
        public static double[] range(double from, double to, double step) {
            int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = Math.round((from + i * step) * 1e12) / 1e12;
            }
            return u;
        }
    }

    /**
     * One run.
     *
     * @param u the speed
     * @param result the collision result
     * @param refinement whether it was a refinement run
     */
    public record Row(double u, Result result, boolean refinement) {
    }

    /**
     * A window edge pair of n-bounce escapes.
     *
     * @param bounces n
     * @param lo the refined lower edge
     * @param hi the refined upper edge
     * @param loBracket the final lower bracket
     * @param hiBracket the final upper bracket
     * @param gridPoints grid points inside the window
     */
    public record Window(int bounces, double lo, double hi, double[] loBracket, double[] hiBracket, int gridPoints) {
    }

    /**
     * The scan result.
     *
     * @param rows every run, sorted by u
     * @param pattern the grid pattern ({@code ?} for a grid point not run because the scan was stopped)
     * @param vc the critical speed, or NaN (warning {@code no_vc}; also when stopped before the grid was complete)
     * @param vcBracket the final bracket of v_c, or null
     * @param windows the two-bounce windows
     * @param runs number of runs
     * @param maxAbsRelEnergyChange largest {@code |rel_energy_change|}
     * @param complete false when the {@link Runner} stopped the scan: the rows are the runs completed, and the
     *        brackets are refined only as far as the scan got (the edges are their midpoints)
     */
    public record ScanResult(List<Row> rows, String pattern, double vc, double[] vcBracket, List<Window> windows,
            int runs, double maxAbsRelEnergyChange, boolean complete) {

        /**
         * The first (lowest) two-bounce window.
         *
         * @return the window or null
         */
        public Window firstTwoBounceWindow() {
            return windows.isEmpty() ? null : windows.get(0);
        }
    }

    /**
     * Executes the independent collision runs of a scan, batch by batch: first the grid, then one round of the
     * bisection per open bracket. The batches and so the result do not depend on how the runner schedules them.
     */
    @FunctionalInterface
    public interface Runner {
        /**
         * Runs a batch of independent collisions ({@link CollisionClassifier#run}).
         *
         * @param batch the set-ups. Not modified.
         * @param later an estimate of the runs the scan requests after this batch (0 while unknown), for progress
         * @return the results in the order of {@code batch}; null for a run that was stopped or never started, which
         *         stops the scan
         */
        List<Result> run(List<Setup> batch, int later);
    }

    /** An open edge bracket: K(u_a) = kA, K(u_b) = !kA, and its refinement runs so far. */
    private static final class Edge {
        final int bounces;
        final boolean kA;
        double ua;
        double ub;
        final List<Row> rows = new ArrayList<>();

        Edge(int bounces, double ua, double ub, boolean kA) {
            this.bounces = bounces;
            this.ua = ua;
            this.ub = ub;
            this.kA = kA;
        }

        double edge() {
            return 0.5 * (ua + ub);
        }

        boolean open(double tol) {
            return tol > 0.0 && ub - ua > tol;
        }

        /** Bisections left (assuming exact halving: an estimate for progress). */
        int left(double tol) {
            int n = 0;
            for (double w = ub - ua; tol > 0.0 && w > tol; w *= 0.5) {
                n++;
            }
            return n;
        }
    }

    /**
     * Runs the scan on a fixed pool of {@code parallelRuns} threads.
     *
     * @param p the parameters
     * @param parallelRuns runs at a time, {@code >= 1}
     * @return the result
     */
    public static ScanResult run(ScanParams p, int parallelRuns) {
        if (parallelRuns < 1) {
            throw new IllegalArgumentException("parallel_runs = " + parallelRuns + " is out of range: must be >= 1");
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallelRuns, r -> {
            Thread t = new Thread(r, "simdyn-kg-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(p, (batch, later) -> {
                List<Future<Result>> futures = new ArrayList<>();
                for (Setup s : batch) {
                    futures.add(pool.submit(() -> CollisionClassifier.run(s)));
                }
                List<Result> results = new ArrayList<>();
                for (Future<Result> f : futures) {
                    results.add(get(f));
                }
                return results;
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs the scan through a runner: the grid as one batch, then the bisection of every edge bracket, one round of
     * all open brackets per batch (brackets concurrently, each sequentially). Stops early, with
     * {@link ScanResult#complete()} false, when the runner returns a null result.
     *
     * @param p the parameters
     * @param runner executes the batches
     * @return the result
     */
    public static ScanResult run(ScanParams p, Runner runner) {
        double[] us = p.us();
        List<Setup> setups = new ArrayList<>();
        for (double u : us) {
            setups.add(p.base().withU(u));
        }
        List<Result> grid = runner.run(setups, 0);
        List<Row> rows = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        boolean complete = true;
        for (int i = 0; i < us.length; i++) {
            Result r = grid.get(i);
            complete &= r != null;
            if (r != null) {
                rows.add(new Row(us[i], r, false));
            }
            pattern.append(r == null ? '?' : symbol(r));
        }
        List<Edge> edges = new ArrayList<>();
        List<int[]> windows = new ArrayList<>();
        boolean hasVc = false;
        if (complete) {
            int top = us.length - 1;
            if (key(grid.get(top), 1)) {
                int i = top;
                while (i > 0 && key(grid.get(i - 1), 1)) {
                    i--;
                }
                if (i > 0) {
                    hasVc = true;
                    edges.add(new Edge(1, us[i - 1], us[i], false));
                }
            }
            for (int i = 0; i < us.length; i++) {
                if (key(grid.get(i), 2) && (i == 0 || !key(grid.get(i - 1), 2))) {
                    int j = i;
                    while (j + 1 < us.length && key(grid.get(j + 1), 2)) {
                        j++;
                    }
                    windows.add(new int[] {i, j, edges.size()});
                    edges.add(i > 0 ? new Edge(2, us[i - 1], us[i], false) : null);
                    edges.add(j + 1 < us.length ? new Edge(2, us[j], us[j + 1], true) : null);
                }
            }
            complete = refine(p, edges, runner);
        }
        for (Edge e : edges) {
            if (e != null) {
                rows.addAll(e.rows);
            }
        }
        double vc = hasVc ? edges.get(0).edge() : Double.NaN;
        double[] vcBracket = hasVc ? new double[] {edges.get(0).ua, edges.get(0).ub} : null;
        List<Window> ws = new ArrayList<>();
        for (int[] w : windows) {
            Edge lo = edges.get(w[2]);
            Edge hi = edges.get(w[2] + 1);
            ws.add(new Window(2, lo == null ? us[w[0]] : lo.edge(), hi == null ? us[w[1]] : hi.edge(),
                    lo == null ? null : new double[] {lo.ua, lo.ub},
                    hi == null ? null : new double[] {hi.ua, hi.ub}, w[1] - w[0] + 1));
        }
        rows.sort((a, b) -> Double.compare(a.u(), b.u()));
        double maxRel = 0.0;
        for (Row r : rows) {
            maxRel = Math.max(maxRel, Math.abs(r.result().relEnergyChange()));
        }
        return new ScanResult(List.copyOf(rows), pattern.toString(), vc, vcBracket, List.copyOf(ws), rows.size(),
                maxRel, complete);
    }

    /**
     * Bisects every open bracket, one midpoint of each per batch: {@code K(mid) = K(u_a)} moves {@code u_a}, else
     * {@code u_b}, until {@code u_b - u_a <= tol}.
     *
     * @return false if the runner stopped the scan
     */
    private static boolean refine(ScanParams p, List<Edge> edges, Runner runner) {
        double tol = p.refineTol();
        while (true) {
            List<Edge> open = new ArrayList<>();
            List<Setup> batch = new ArrayList<>();
            int later = 0;
            for (Edge e : edges) {
                if (e != null && e.open(tol)) {
                    open.add(e);
                    batch.add(p.base().withU(e.edge()));
                    later += e.left(tol) - 1;
                }
            }
            if (open.isEmpty()) {
                return true;
            }
            List<Result> results = runner.run(batch, later);
            boolean stopped = false;
            for (int k = 0; k < open.size(); k++) {
                Edge e = open.get(k);
                Result r = results.get(k);
                if (r == null) {
                    stopped = true;
                    continue;
                }
                double mid = e.edge();
                e.rows.add(new Row(mid, r, true));
                if (key(r, e.bounces) == e.kA) {
                    e.ua = mid;
                } else {
                    e.ub = mid;
                }
            }
            if (stopped) {
                return false;
            }
        }
    }

    private static boolean key(Result r, int n) {
        return r.outcome() == Outcome.ESCAPE && r.bounces() == n;
    }

    private static char symbol(Result r) {
        return switch (r.outcome()) {
            case CAPTURE -> '.';
            case UNDECIDED -> 'u';
            case ESCAPE -> r.bounces() >= 10 ? '+' : (char) ('0' + r.bounces());
        };
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
