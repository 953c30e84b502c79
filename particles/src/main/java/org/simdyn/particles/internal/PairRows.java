package org.simdyn.particles.internal;

/**
 * Row kernels of the O(N²) frame diagnostics (spec section 6): one agent {@code i} against the agents
 * {@code j} in {@code [from, to)}, results at {@code j - from}. The caller bins the results in ascending
 * {@code j}, so the sums keep the order of the plain double loop and its bits (histogram counts are integers). Implementations: the scalar twin
 * {@link PairRowsScalar} and the Panama {@code PairRowsPanama}, equal bit for bit (IEEE operations in the same
 * order, no fused multiply-add).
 */
public interface PairRows {

    /**
     * Distances binned for the velocity correlation {@code C(r)}: with {@code d_a = mi(a_j - a_i)} on each axis
     * ({@code mi(d) = d - L} if {@code d > half}, {@code d + L} if {@code d < -half}, else {@code d}) and
     * {@code r = sqrt(dx*dx + dy*dy + dz*dz)} (no {@code dz} term in 2-D), {@code q = r / bin} when
     * {@code r < rMax}, else {@code -1}; and the fluctuation product
     * {@code dot = ux_i*ux_j + uy_i*uy_j + uz_i*uz_j}.
     *
     * @param xi agent i's x
     * @param yi agent i's y
     * @param zi agent i's z (ignored when {@code z} is null)
     * @param x positions. Not modified.
     * @param y positions. Not modified.
     * @param z positions, null in 2-D. Not modified.
     * @param box L
     * @param half {@code L/2} when periodic, {@code +Inf} otherwise
     * @param uxi agent i's first component
     * @param uyi agent i's second component
     * @param uzi agent i's third component
     * @param ux first components. Not modified.
     * @param uy second components. Not modified.
     * @param uz third components (zeros in 2-D). Not modified.
     * @param rMax r_max
     * @param bin the bin width Δ
     * @param from first j
     * @param to end of the j range
     * @param q receives {@code r / bin} or {@code -1} at {@code j - from}. Modified.
     * @param dot receives the products at {@code j - from}. Modified.
     */
    void correlationRow(double xi, double yi, double zi, double[] x, double[] y, double[] z, double box, double half,
                        double uxi, double uyi, double uzi, double[] ux, double[] uy, double[] uz, double rMax,
                        double bin, int from, int to, double[] q, double[] dot);

    /**
     * Histogram bins of the alignments {@code v = (ux_i*ux_j + uy_i*uy_j + uz_i*uz_j + 1) / 2} (dewi-kadita's H6
     * values) among {@code bins} equal bins on [0, 1], by numpy's rule: edges {@code e_0 = 0}, {@code e_k = k w}
     * ({@code w = 1.0 / bins}), {@code e_bins = 1}; bin {@code k} holds {@code e_k <= v < e_(k+1)}, the last one also
     * {@code v = 1}; the first guess {@code (int) (v * bins)} is corrected against the edges. Out of [0, 1] or NaN:
     * {@code -1}.
     *
     * @param uxi agent i's first heading component
     * @param uyi agent i's second heading component
     * @param uzi agent i's third heading component
     * @param ux first components. Not modified.
     * @param uy second components. Not modified.
     * @param uz third components. Not modified.
     * @param bins the number of bins, {@code >= 1}
     * @param from first j
     * @param to end of the j range
     * @param b receives the bin (as a double) or {@code -1} at {@code j - from}. Modified.
     */
    void alignmentBins(double uxi, double uyi, double uzi, double[] ux, double[] uy, double[] uz, int bins, int from,
                       int to, double[] b);
}
