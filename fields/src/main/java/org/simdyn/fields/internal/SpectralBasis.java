package org.simdyn.fields.internal;

import org.simdyn.fields.Boundary;
import org.simdyn.fields.Grid;
import org.simdyn.vector.fft.ComplexFft;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.fft.RealFft;

/**
 * The spectral basis of a grid (kg.md section 2): the transform pair and the per-mode tables.
 *
 * <p>Periodic grids use the real FFT: {@code M} = the half-spectrum size, wavenumbers {@code 2 pi n / L_a} in FFT
 * index order (last axis {@code n = 0 .. n/2}), weights {@code w = 2} except 1 on the planes where the last-axis
 * index is 0 or {@code n/2}. If any axis is antiperiodic the complex FFT of the twisted field
 * {@code phi_j exp(-i pi sum_a j_a / n_a)} (antiperiodic axes) is used: {@code M = N}, antiperiodic wavenumbers
 * {@code 2 pi (n + 1/2) / L_a} with the signed index {@code n}, weights 1. {@code |k|^2} keeps the Nyquist entries;
 * the odd-derivative tables {@link #kd} use 0 at the Nyquist index of periodic axes.
 *
 * <p>Not thread-safe (the complex path has scratch); the transforms allocate nothing after the first call on a
 * thread.
 */
public final class SpectralBasis {

    /** Number of real points N. */
    public final int n;
    /** Number of spectral modes M. */
    public final int m;
    /** Whether the complex (antiperiodic) path is used. */
    public final boolean complex;
    /** {@code |k|^2} per mode. */
    public final double[] k2;
    /** Parseval weight per mode. */
    public final double[] weight;
    /** Odd-derivative wavenumbers per axis and mode (Nyquist zeroed on periodic axes). */
    public final double[][] kd;
    private RealFft rfft;
    private ComplexFft cfft;
    private final double[] twRe;
    private final double[] twIm;
    private final double[] tRe;
    private final double[] tIm;

    /**
     * Builds the plans and tables.
     *
     * @param grid the grid
     */
    public SpectralBasis(Grid grid) {
        int d = grid.dim();
        int[] shape = grid.shape();
        this.n = grid.size();
        this.complex = grid.complexPath();
        int[] sshape = shape.clone();
        if (complex) {
            cfft = Fft.complex(shape);
            twRe = new double[n];
            twIm = new double[n];
            tRe = new double[n];
            tIm = new double[n];
        } else {
            rfft = Fft.real(shape);
            sshape[d - 1] = shape[d - 1] / 2 + 1;
            twRe = null;
            twIm = null;
            tRe = null;
            tIm = null;
        }
        int mm = 1;
        for (int e : sshape) {
            mm *= e;
        }
        this.m = mm;
        k2 = new double[m];
        weight = new double[m];
        kd = new double[d][m];
        int[] idx = new int[d];
        for (int k = 0; k < m; k++) {
            int r = k;
            for (int a = d - 1; a >= 0; a--) {
                idx[a] = r % sshape[a];
                r /= sshape[a];
            }
            double sum = 0.0;
            boolean edge = false;
            for (int a = 0; a < d; a++) {
                int na = shape[a];
                int i = idx[a];
                boolean anti = grid.bc(a).kind() == Boundary.Kind.ANTIPERIODIC;
                double kappa;
                boolean nyquist;
                if (!complex && a == d - 1) {
                    kappa = 2.0 * Math.PI * i / grid.length(a);
                    nyquist = i == na / 2;
                    edge |= i == 0 || nyquist;
                } else {
                    int sgn = i < na / 2 ? i : i - na;
                    kappa = anti ? 2.0 * Math.PI * (sgn + 0.5) / grid.length(a) : 2.0 * Math.PI * sgn / grid.length(a);
                    nyquist = !anti && i == na / 2;
                }
                sum += kappa * kappa;
                kd[a][k] = nyquist ? 0.0 : kappa;
            }
            k2[k] = sum;
            weight[k] = complex || edge ? 1.0 : 2.0;
        }
        if (complex) {
            for (int j = 0; j < n; j++) {
                int r = j;
                double frac = 0.0;
                for (int a = d - 1; a >= 0; a--) {
                    int i = r % shape[a];
                    r /= shape[a];
                    if (grid.bc(a).kind() == Boundary.Kind.ANTIPERIODIC) {
                        frac += (double) i / shape[a];
                    }
                }
                twRe[j] = StrictMath.cos(Math.PI * frac);
                twIm[j] = -StrictMath.sin(Math.PI * frac);
            }
        }
    }

    /**
     * Sets the thread count of the transforms (results do not depend on it).
     *
     * @param threads {@code >= 1}
     */
    public void threads(int threads) {
        if (complex) {
            cfft = cfft.withThreads(threads);
        } else {
            rfft = rfft.withThreads(threads);
        }
    }

    /**
     * Forward transform of a real field (twisted on the complex path), unscaled.
     *
     * @param x the field, length N. Not modified.
     * @param re real part of the spectrum, length M. Modified.
     * @param im imaginary part of the spectrum. Modified.
     */
    public void forward(double[] x, double[] re, double[] im) {
        if (complex) {
            for (int j = 0; j < n; j++) {
                tRe[j] = x[j] * twRe[j];
                tIm[j] = x[j] * twIm[j];
            }
            cfft.forward(tRe, tIm, re, im);
        } else {
            rfft.forward(x, re, im);
        }
    }

    /**
     * Inverse transform (scaled 1/N) to a real field (untwisted, real part, on the complex path).
     *
     * @param re real part of the spectrum. Not modified.
     * @param im imaginary part of the spectrum. Not modified.
     * @param x the field. Modified.
     */
    public void inverse(double[] re, double[] im, double[] x) {
        if (complex) {
            cfft.inverse(re, im, tRe, tIm);
            for (int j = 0; j < n; j++) {
                x[j] = tRe[j] * twRe[j] + tIm[j] * twIm[j];
            }
        } else {
            rfft.inverse(re, im, x);
        }
    }

    /**
     * The FFT provider name.
     *
     * @return the provider
     */
    public String provider() {
        return complex ? cfft.provider() : rfft.provider();
    }
}
