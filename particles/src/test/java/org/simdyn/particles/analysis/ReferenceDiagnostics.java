package org.simdyn.particles.analysis;

import org.simdyn.particles.Domain;
import org.simdyn.particles.SwarmState;

/**
 * The straightforward O(N²) frame diagnostics as they were before the cell lists (brute-force neighbours, pairs in
 * index order, the original histogram rule): the reference the fast paths must equal bit for bit.
 */
final class ReferenceDiagnostics {
    private static final double[] OSI_WEIGHTS = {0.18, 0.28, 0.08, 0.08, 0.10, 0.18, 0.10};

    private ReferenceDiagnostics() {
    }

    static double distance(SwarmState s, int i, int j, double box, boolean periodic) {
        double dx = Geometry.minImage(s.x()[j] - s.x()[i], box, periodic);
        double dy = Geometry.minImage(s.y()[j] - s.y()[i], box, periodic);
        double dz = s.z() == null ? 0 : Geometry.minImage(s.z()[j] - s.z()[i], box, periodic);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    static int bin(double v, double a, double b, int n) {
        if (!(v >= a && v <= b)) {
            return -1;
        }
        double w = (b - a) / n;
        int k = (int) ((v - a) / w);
        k = Math.clamp(k, 0, n - 1);
        while (k > 0 && v < a + k * w) {
            k--;
        }
        while (k < n - 1 && v >= a + (k + 1) * w) {
            k++;
        }
        return k;
    }

    static double[] compat(SwarmState s, Domain domain, double box) {
        boolean periodic = domain == Domain.PERIODIC;
        int n = s.n();
        double[] ux = new double[n];
        double[] uy = new double[n];
        double[] uz = new double[n];
        OrderParameters.headings(s.vx(), s.vy(), s.vz(), n, ux, uy, uz);
        double[] h = new double[8];
        double[] nn = new double[5];
        double[] c1 = new double[25];
        double[] c5 = new double[20];
        for (int i = 0; i < n; i++) {
            int m = Neighbours.nearest(s, i, 5, box, periodic, nn);
            add(c1, bin(nn[0], 0, box / 2, 25));
            if (m == 5) {
                double mean = 0;
                for (double d : nn) {
                    mean += d;
                }
                mean /= 5;
                double var = 0;
                for (double d : nn) {
                    var += (d - mean) * (d - mean);
                }
                add(c5, bin(Math.sqrt(var / 5) / (mean + 1e-10), 0, 2, 20));
            }
        }
        h[0] = Histograms.normalised(c1, 25);
        h[4] = n < 6 ? 0.5 : Histograms.normalised(c5, 20);
        double[] c2 = new double[12 * 24];
        for (int i = 0; i < n; i++) {
            double th = StrictMath.acos(Math.clamp(uz[i], -1.0, 1.0));
            double ph = StrictMath.atan2(uy[i], ux[i]) + Math.PI;
            int a = bin(th, 0, Math.PI, 12);
            int b = bin(ph, 0, 2 * Math.PI, 24);
            if (a >= 0 && b >= 0) {
                c2[a * 24 + b] += 1;
            }
        }
        double w = Math.PI / 12;
        for (int a = 0; a < 12; a++) {
            double centre = 0.5 * (a * w + (a == 11 ? Math.PI : (a + 1) * w));
            double sin = StrictMath.sin(centre);
            for (int b = 0; b < 24; b++) {
                c2[a * 24 + b] *= sin;
            }
        }
        h[1] = Histograms.normalised(c2, 288);
        double[] c3 = new double[15];
        for (int i = 0; i < n; i++) {
            add(c3, bin(s.z()[i], 0, box, 15));
        }
        h[2] = Histograms.normalised(c3, 15);
        double[] mean = new double[3];
        double[][] pos = {s.x(), s.y(), s.z()};
        for (int k = 0; k < 3; k++) {
            double t = 0;
            for (int i = 0; i < n; i++) {
                t += pos[k][i];
            }
            mean[k] = t / n;
        }
        double[] c4 = new double[20];
        for (int i = 0; i < n; i++) {
            double rx = s.x()[i] - mean[0];
            double ry = s.y()[i] - mean[1];
            double rz = s.z()[i] - mean[2];
            double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
            double cx = 0;
            double cy = 0;
            double cz = 0;
            if (r >= 1e-10) {
                cx = (ry * uz[i] - rz * uy[i]) / r;
                cy = (rz * ux[i] - rx * uz[i]) / r;
                cz = (rx * uy[i] - ry * ux[i]) / r;
            }
            add(c4, bin(Math.sqrt(cx * cx + cy * cy + cz * cz), 0, 1, 20));
        }
        h[3] = n < 3 ? 0.5 : Histograms.normalised(c4, 20);
        double[] c6 = new double[20];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                add(c6, bin((ux[i] * ux[j] + uy[i] * uy[j] + uz[i] * uz[j] + 1) / 2, 0, 1, 20));
            }
        }
        h[5] = Histograms.normalised(c6, 20);
        h[6] = n < 4 ? 0.5 : shape(pos, mean, n);
        double osi = 0;
        for (int k = 0; k < 7; k++) {
            osi += OSI_WEIGHTS[k] * h[k];
        }
        h[7] = osi;
        return h;
    }

    private static void add(double[] counts, int bin) {
        if (bin >= 0) {
            counts[bin] += 1;
        }
    }

    private static double shape(double[][] pos, double[] mean, int n) {
        double[][] c = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                double t = 0;
                for (int i = 0; i < n; i++) {
                    t += (pos[a][i] - mean[a]) * (pos[b][i] - mean[b]);
                }
                c[a][b] = t / (n - 1);
                c[b][a] = c[a][b];
            }
        }
        double[] ev = Eigen.symmetric3(c);
        double total = 0;
        for (int k = 0; k < 3; k++) {
            ev[k] = Math.max(ev[k], 1e-10);
            total += ev[k];
        }
        double hh = 0;
        for (double e : ev) {
            double p = e / total;
            hh -= p * Math.log(p);
        }
        return hh / Math.log(3);
    }

    static double cohesionEntropyScaled(SwarmState s, Domain domain, double box, double rR) {
        double[] counts = new double[26];
        double[] nn = new double[1];
        double w = rR / 5;
        for (int i = 0; i < s.n(); i++) {
            Neighbours.nearest(s, i, 1, box, domain == Domain.PERIODIC, nn);
            int b = nn[0] < 5 * rR ? Math.min(24, (int) (nn[0] / w)) : 25;
            counts[b] += 1;
        }
        return Histograms.millerMadow(counts, s.n());
    }

    static double[] correlation(SwarmState s, Domain domain, double box, double bin, double rMax) {
        int nb = (int) Math.ceil(rMax / bin);
        int n = s.n();
        double[][] u = headings(s);
        double[] mean = new double[3];
        for (int k = 0; k < 3; k++) {
            double t = 0;
            for (int i = 0; i < n; i++) {
                t += u[k][i];
            }
            mean[k] = t / n;
        }
        double c0 = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                u[k][i] -= mean[k];
                c0 += u[k][i] * u[k][i];
            }
        }
        c0 /= n;
        double[] sum = new double[nb];
        long[] count = new long[nb];
        boolean periodic = domain == Domain.PERIODIC;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double r = distance(s, i, j, box, periodic);
                if (r < rMax) {
                    int b = Math.min(nb - 1, (int) (r / bin));
                    sum[b] += u[0][i] * u[0][j] + u[1][i] * u[1][j] + u[2][i] * u[2][j];
                    count[b]++;
                }
            }
        }
        double[] c = new double[nb];
        for (int b = 0; b < nb; b++) {
            c[b] = count[b] == 0 || c0 == 0 ? Double.NaN : sum[b] / (c0 * count[b]);
        }
        return c;
    }

    static int[] clusters(SwarmState s, Domain domain, double box, double radius) {
        int n = s.n();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean periodic = domain == Domain.PERIODIC;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (distance(s, i, j, box, periodic) < radius) {
                    int a = find(parent, i);
                    int b = find(parent, j);
                    if (a != b) {
                        parent[Math.max(a, b)] = Math.min(a, b);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static double[][] headings(SwarmState s) {
        int n = s.n();
        double[][] u = new double[3][n];
        OrderParameters.headings(s.vx(), s.vy(), s.vz(), n, u[0], u[1], u[2]);
        return u;
    }
}
