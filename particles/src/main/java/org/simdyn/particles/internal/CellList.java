package org.simdyn.particles.internal;

import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.Domain;

/**
 * Cell list of spec section 4: cubic cells of side at least the largest attraction radius, rebuilt every step by
 * a stable counting sort (agents of a cell in ascending index). The engine copies what the pair phase reads into
 * cell order ({@link #order}, {@link AgentArrays}), so a neighbourhood is gathered from contiguous runs. Periodic: {@code nc = floor(L / r_max)} cells per
 * axis (capped so that {@code nc^d <= max(4N, 64)}), neighbours wrapped (distinct since {@code nc >= 3});
 * reflecting: the same grid over {@code [0, L]^d}, at least one cell, neighbours clipped; open: a grid over the
 * current bounding box whose side doubles until the cell count is at most {@code max(4N, 64)}. Arrays are sized at
 * construction: building allocates nothing. Not thread-safe while building; read-only afterwards.
 */
public final class CellList {
    private final int dim;
    private final int n;
    private final Domain domain;
    private final double box;
    private final double rMax;
    private final long maxCells;
    private final int[] cellOf;
    /** Start of each cell's agents in {@link #order}; {@code cells() + 1} entries used. */
    final int[] start;
    /** Agents sorted by cell, ascending index inside a cell. */
    final int[] order;
    private int ncx;
    private int ncy;
    private int ncz;
    private double originX;
    private double originY;
    private double originZ;
    private double side;

    /**
     * Allocates the arrays.
     *
     * @param cfg the configuration, non-null
     */
    public CellList(CouzinConfig cfg) {
        dim = cfg.dim();
        n = cfg.n();
        domain = cfg.domain();
        box = cfg.box();
        rMax = cfg.maxAttraction();
        maxCells = Math.max(4L * n, 64L);
        cellOf = new int[n];
        start = new int[(int) maxCells + 1];
        order = new int[n];
        if (domain != Domain.OPEN) {
            int nc = cfg.cellsPerAxis();
            ncx = nc;
            ncy = nc;
            ncz = dim == 3 ? nc : 1;
            side = box / nc;
        }
    }

    /** Returns the number of cells of the last build. @return cells */
    public int cells() {
        return ncx * ncy * ncz;
    }

    /** Returns cells along x of the last build. @return cells per axis */
    public int cellsPerAxis() {
        return ncx;
    }

    /**
     * Rebuilds the list from positions.
     *
     * @param x positions x. Not modified.
     * @param y positions y. Not modified.
     * @param z positions z, or null in 2-D. Not modified.
     */
    public void build(double[] x, double[] y, double[] z) {
        if (domain == Domain.OPEN) {
            openGrid(x, y, z);
        }
        int nc = cells();
        java.util.Arrays.fill(start, 0, nc + 1, 0);
        double inv = 1.0 / side;
        for (int i = 0; i < n; i++) {
            int cx = index(x[i], originX, inv, ncx);
            int cy = index(y[i], originY, inv, ncy);
            int cz = z == null ? 0 : index(z[i], originZ, inv, ncz);
            int c = (cz * ncy + cy) * ncx + cx;
            cellOf[i] = c;
            start[c + 1]++;
        }
        for (int c = 0; c < nc; c++) {
            start[c + 1] += start[c];
        }
        for (int i = 0; i < n; i++) {
            int c = cellOf[i];
            order[start[c]++] = i;
        }
        for (int c = nc; c > 0; c--) {
            start[c] = start[c - 1];
        }
        start[0] = 0;
    }

    private static int index(double v, double origin, double inv, int nc) {
        int k = (int) ((v - origin) * inv);
        return k < 0 ? 0 : Math.min(k, nc - 1);
    }

    private void openGrid(double[] x, double[] y, double[] z) {
        double lx = x[0];
        double hx = x[0];
        double ly = y[0];
        double hy = y[0];
        double lz = z == null ? 0 : z[0];
        double hz = lz;
        for (int i = 1; i < n; i++) {
            lx = Math.min(lx, x[i]);
            hx = Math.max(hx, x[i]);
            ly = Math.min(ly, y[i]);
            hy = Math.max(hy, y[i]);
            if (z != null) {
                lz = Math.min(lz, z[i]);
                hz = Math.max(hz, z[i]);
            }
        }
        originX = lx;
        originY = ly;
        originZ = lz;
        double s = rMax;
        while (true) {
            long cx = (long) ((hx - lx) / s) + 1;
            long cy = (long) ((hy - ly) / s) + 1;
            long cz = z == null ? 1 : (long) ((hz - lz) / s) + 1;
            if (cx <= maxCells && cy <= maxCells && cz <= maxCells && cx * cy <= maxCells
                    && cx * cy * cz <= maxCells) {
                ncx = (int) cx;
                ncy = (int) cy;
                ncz = (int) cz;
                side = s;
                return;
            }
            s *= 2;
        }
    }

    /**
     * Copies the agents of the 3^d (3-D) or 3^2 (2-D) cells around cell {@code c} into the gather scratch.
     *
     * @param c the cell
     * @param sorted positions and quantised headings in {@link #order}. Not modified.
     * @param g the scratch. Modified.
     * @return the number of gathered agents
     */
    int gather(int c, AgentArrays sorted, Scratch g) {
        int cx = c % ncx;
        int cy = (c / ncx) % ncy;
        int cz = c / (ncx * ncy);
        boolean wrap = domain == Domain.PERIODIC;
        int m = 0;
        int zl = dim == 3 ? -1 : 0;
        int zh = dim == 3 ? 1 : 0;
        for (int dz = zl; dz <= zh; dz++) {
            int kz = neighbour(cz + dz, ncz, wrap);
            if (kz < 0) {
                continue;
            }
            for (int dy = -1; dy <= 1; dy++) {
                int ky = neighbour(cy + dy, ncy, wrap);
                if (ky < 0) {
                    continue;
                }
                for (int dx = -1; dx <= 1; dx++) {
                    int kx = neighbour(cx + dx, ncx, wrap);
                    if (kx < 0) {
                        continue;
                    }
                    int k = (kz * ncy + ky) * ncx + kx;
                    m = copy(k, m, sorted, g);
                }
            }
        }
        return m;
    }

    private int copy(int k, int m, AgentArrays o, Scratch g) {
        int from = start[k];
        int len = start[k + 1] - from;
        g.ensure(m + len);
        System.arraycopy(o.x, from, g.x, m, len);
        System.arraycopy(o.y, from, g.y, m, len);
        System.arraycopy(o.qx, from, g.qx, m, len);
        System.arraycopy(o.qy, from, g.qy, m, len);
        if (dim == 3) {
            System.arraycopy(o.z, from, g.z, m, len);
            System.arraycopy(o.qz, from, g.qz, m, len);
        }
        return m + len;
    }

    private static int neighbour(int k, int nc, boolean wrap) {
        if (k >= 0 && k < nc) {
            return k;
        }
        if (!wrap) {
            return -1;
        }
        return k < 0 ? k + nc : k - nc;
    }
}
