package org.simdyn.particles.analysis;

import java.util.Arrays;
import org.simdyn.particles.SwarmState;

/**
 * A cell list over one state for the frame diagnostics: k nearest neighbours and pairs within a radius in O(N) for
 * a bounded density, with exactly the distances of {@link Neighbours#distance} (same minimum image, same operation
 * order), so every result equals the brute-force one bit for bit.
 *
 * <p>Cubic cells of side {@code c}, about two agents per cell. Periodic: {@code m} cells per axis of side
 * {@code L/m}, used only when every coordinate lies in {@code [0, L)} (the single minimum-image correction is then
 * the true minimum image); open/reflecting: the bounding box of the agents. A search that would need more cells than
 * an axis holds (so a periodic cell would be visited twice) falls back to brute force for that agent; so does every
 * agent when the grid is unusable (non-finite coordinates, periodic coordinates outside {@code [0, L)}).
 */
final class NeighbourGrid {
    /** Relative margin on the shell bound: covers the rounding of the cell assignment and of the distances. */
    private static final double MARGIN = 1e-9;

    private final SwarmState s;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final int n;
    private final double box;
    private final boolean periodic;
    private final boolean usable;
    private final int nx;
    private final int ny;
    private final int nz;
    private final double cell;
    private final double tol;
    private final int[] cellOf;
    private final int[] start;
    private final int[] items;

    NeighbourGrid(SwarmState s, double box, boolean periodic) {
        this.s = s;
        this.x = s.x();
        this.y = s.y();
        this.z = s.z();
        this.n = s.n();
        this.box = box;
        this.periodic = periodic;
        boolean three = z != null;
        double[][] axes = three ? new double[][] {x, y, z} : new double[][] {x, y};
        double[] lo = new double[3];
        double[] hi = new double[3];
        boolean ok = true;
        double scale = box;
        for (int a = 0; a < axes.length; a++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double v = axes[a][i];
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
            }
            if (!(mn > Double.NEGATIVE_INFINITY && mx < Double.POSITIVE_INFINITY)
                    || periodic && (mn < 0 || mx >= box)) {
                ok = false;
            }
            lo[a] = periodic ? 0 : mn;
            hi[a] = periodic ? box : mx;
            scale = Math.max(scale, Math.max(Math.abs(mn), Math.abs(mx)));
        }
        int m = Math.max(1, (int) (three ? Math.cbrt(n / 2.0) : Math.sqrt(n / 2.0)));
        double c;
        int[] cells = {1, 1, 1};
        if (periodic) {
            c = box / m;
            for (int a = 0; a < axes.length; a++) {
                cells[a] = m;
            }
        } else {
            double ext = 0;
            for (int a = 0; a < axes.length; a++) {
                ext = Math.max(ext, hi[a] - lo[a]);
            }
            c = ext > 0 ? ext / m : 1;
            for (int a = 0; a < axes.length && ok; a++) {
                cells[a] = (int) Math.min(m, Math.floor((hi[a] - lo[a]) / c)) + 1;
            }
        }
        this.usable = ok && c > 0;
        this.nx = cells[0];
        this.ny = cells[1];
        this.nz = cells[2];
        this.cell = c;
        this.tol = 1e-12 * scale;
        this.cellOf = new int[usable ? n : 0];
        this.start = new int[usable ? nx * ny * nz + 1 : 0];
        this.items = new int[usable ? n : 0];
        if (usable) {
            for (int i = 0; i < n; i++) {
                int cx = index(x[i], lo[0], nx);
                int cy = index(y[i], lo[1], ny);
                int cz = three ? index(z[i], lo[2], nz) : 0;
                cellOf[i] = (cz * ny + cy) * nx + cx;
                start[cellOf[i] + 1]++;
            }
            for (int k = 0; k < nx * ny * nz; k++) {
                start[k + 1] += start[k];
            }
            int[] fill = new int[nx * ny * nz];
            for (int i = 0; i < n; i++) {
                int k = cellOf[i];
                items[start[k] + fill[k]++] = i;
            }
        }
    }

    private int index(double v, double lo, int cells) {
        return Math.clamp((long) Math.floor((v - lo) / cell), 0, cells - 1);
    }

    /**
     * The k smallest distances from i to every j != i, ascending, into {@code out[0..k)}: the same values as
     * {@link Neighbours#nearest}.
     *
     * @return how many ({@code min(k, N - 1)})
     */
    int nearest(int i, int k, double[] out) {
        if (!usable) {
            return Neighbours.nearest(s, i, k, box, periodic, out);
        }
        int home = cellOf[i];
        int hx = home % nx;
        int hy = (home / nx) % ny;
        int hz = home / (nx * ny);
        int want = Math.min(k, n - 1);
        int m = 0;
        for (int r = 0; ; r++) {
            if (periodic && (2 * r + 1 > nx || 2 * r + 1 > ny || (z != null && 2 * r + 1 > nz))) {
                return Neighbours.nearest(s, i, k, box, periodic, out);
            }
            if (!periodic && r > nx && r > ny && r > nz) {
                return m;
            }
            int rz = z == null ? 0 : r;
            for (int dz = -rz; dz <= rz; dz++) {
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        if (Math.max(Math.abs(dx), Math.max(Math.abs(dy), Math.abs(dz))) != r) {
                            continue;
                        }
                        int c = cellAt(hx + dx, hy + dy, hz + dz);
                        if (c >= 0) {
                            m = insert(i, c, k, m, out);
                        }
                    }
                }
            }
            if (m == want && (m == 0 || out[m - 1] * (1 + MARGIN) + tol < r * cell)) {
                return m;
            }
        }
    }

    private int cellAt(int cx, int cy, int cz) {
        if (periodic) {
            cx = Math.floorMod(cx, nx);
            cy = Math.floorMod(cy, ny);
            cz = Math.floorMod(cz, nz);
        } else if (cx < 0 || cx >= nx || cy < 0 || cy >= ny || cz < 0 || cz >= nz) {
            return -1;
        }
        return (cz * ny + cy) * nx + cx;
    }

    private int insert(int i, int c, int k, int m, double[] out) {
        for (int p = start[c]; p < start[c + 1]; p++) {
            int j = items[p];
            if (j == i) {
                continue;
            }
            double d = Neighbours.distance(s, i, j, box, periodic);
            if (m < k) {
                int q = m++;
                while (q > 0 && out[q - 1] > d) {
                    out[q] = out[q - 1];
                    q--;
                }
                out[q] = d;
            } else if (d < out[k - 1]) {
                int q = k - 1;
                while (q > 0 && out[q - 1] > d) {
                    out[q] = out[q - 1];
                    q--;
                }
                out[q] = d;
            }
        }
        return m;
    }

    /**
     * Connected components of the pairs closer than {@code radius} ({@link Neighbours#closer} on
     * {@link Neighbours#distance2}, which is symmetric in i and j): each agent's label is the smallest index of its
     * component. A breadth-first search starts from each unlabelled agent in ascending order, so the seed is its
     * component's smallest index; a labelled agent leaves its cell's list of live agents, so later scans see only
     * unlabelled agents: O(N) for dense schools and for a bounded density, O(N²) at worst. When the radius needs more
     * cells than a periodic axis holds, or the grid is unusable, one list holds every agent.
     *
     * @param radius the radius, {@code > 0}
     * @return a new array of labels
     */
    int[] components(double radius) {
        int r = usable ? (int) Math.floor(radius * (1 + MARGIN) / cell + MARGIN) + 1 : 0;
        boolean whole = !usable || periodic && (2 * r + 1 > nx || 2 * r + 1 > ny || (z != null && 2 * r + 1 > nz));
        int cells = whole ? 1 : nx * ny * nz;
        int[] first = new int[cells];
        int[] live = new int[cells];
        int[] item = new int[n];
        int[] pos = new int[n];
        for (int c = 0; c < cells; c++) {
            first[c] = whole ? 0 : start[c];
            live[c] = whole ? n : start[c + 1] - start[c];
        }
        for (int p = 0; p < n; p++) {
            item[p] = whole ? p : items[p];
            pos[item[p]] = p;
        }
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
        double[] lohi = Neighbours.bounds(radius);
        int rz = z == null ? 0 : r;
        for (int seed = 0; seed < n; seed++) {
            if (label[seed] >= 0) {
                continue;
            }
            label[seed] = seed;
            remove(seed, whole ? 0 : cellOf[seed], first, live, item, pos);
            int head = 0;
            int tail = 0;
            queue[tail++] = seed;
            while (head < tail) {
                int i = queue[head++];
                if (whole) {
                    tail = scan(i, 0, radius, lohi, seed, whole, first, live, item, pos, label, queue, tail);
                    continue;
                }
                int home = cellOf[i];
                int hx = home % nx;
                int hy = (home / nx) % ny;
                int hz = home / (nx * ny);
                for (int dz = -rz; dz <= rz; dz++) {
                    for (int dy = -r; dy <= r; dy++) {
                        for (int dx = -r; dx <= r; dx++) {
                            int c = cellAt(hx + dx, hy + dy, hz + dz);
                            if (c >= 0) {
                                tail = scan(i, c, radius, lohi, seed, whole, first, live, item, pos, label, queue,
                                        tail);
                            }
                        }
                    }
                }
            }
        }
        return label;
    }

    /** Labels and enqueues the live agents of cell c closer than the radius to i; returns the new queue tail. */
    private int scan(int i, int c, double radius, double[] lohi, int seed, boolean whole, int[] first, int[] live,
                     int[] item, int[] pos, int[] label, int[] queue, int tail) {
        int p = first[c];
        while (p < first[c] + live[c]) {
            int j = item[p];
            if (Neighbours.closer(Neighbours.distance2(x, y, z, i, j, box, periodic), radius, lohi[0], lohi[1])) {
                label[j] = seed;
                remove(j, whole ? 0 : c, first, live, item, pos);
                queue[tail++] = j;
            } else {
                p++;
            }
        }
        return tail;
    }

    /** Removes agent j from the live part of cell c's list (swapping it with the last live agent). */
    private static void remove(int j, int c, int[] first, int[] live, int[] item, int[] pos) {
        int last = first[c] + live[c] - 1;
        int k = item[last];
        item[pos[j]] = k;
        pos[k] = pos[j];
        item[last] = j;
        pos[j] = last;
        live[c]--;
    }
}
