package org.simdyn.vector.internal.fft;

/**
 * One radix-{@code R} Stockham stage (decimation in frequency), implemented by a scalar and a Panama twin
 * that perform the same floating-point operations on every element.
 *
 * <p>For {@code p < m}, {@code q < s}, {@code b < w}, with {@code S = st * s}: the inputs
 * {@code a_r = x[b + st q + S (p + r m)]}, {@code r < R}, give the outputs
 * {@code y[b + st q + S (R p + k)] = w_{Rm}^{p k} sum_r a_r w_R^{r k}}, {@code k < R}, where the twiddle
 * {@code w_{Rm}^{p k}} is {@code tw[twOff + (k - 1) m + p]} for {@code k >= 1} (applied also when it is 1).
 * A 1-D stage has {@code st = w = s}; a batch of column transforms has {@code st} the row pitch.
 */
public interface FftKernels {

    /**
     * Runs one stage (see the interface documentation).
     *
     * @param radix 2, 3, 4 or 5
     * @param m the number of twiddle groups
     * @param s the number of q blocks
     * @param st the pitch between q blocks
     * @param w the width of a contiguous run, {@code <= st}
     */
    void stage(int radix, int m, int s, int st, int w, double[] twRe, double[] twIm, int twOff,
               double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi, int yiOff);

    /**
     * The whole 1-D transform of length {@code p.n} (at least one stage) from {@code x} to {@code y}, both
     * contiguous; {@code x} may be {@code y} (same offsets). Same bits as one {@link #stage} per stage of
     * {@code p}, in any twin. Scratch {@code (sr, si)} holds {@code p.n} elements from {@code sOff}.
     */
    void transform(Program p, double[] xr, int xrOff, double[] xi, int xiOff, double[] yr, int yrOff, double[] yi,
                   int yiOff, double[] sr, double[] si, int sOff);

    /**
     * {@code dst[dOff + r + c dPitch] = src[sOff + r sPitch + c]}, {@code r < rows}, {@code c < cols} (pure data
     * movement).
     */
    void transpose(double[] src, int sOff, int sPitch, int rows, int cols, double[] dst, int dOff, int dPitch);

    /**
     * {@code a[aOff + r aPitch + c] = t[tOff + r tPitch + c] * w[wOff + r wPitch + c]}, {@code r < rows},
     * {@code c < cols}, as {@code re = fma(tr, wr, -(ti wi))}, {@code im = fma(tr, wi, ti wr)}.
     */
    void twiddle(double[] tr, double[] ti, int tOff, int tPitch, int rows, int cols, double[] wr, double[] wi,
                 int wOff, int wPitch, double[] ar, double[] ai, int aOff, int aPitch);

    /** {@code re[reOff + j] = in[inOff + 2j]}, {@code im[imOff + j] = in[inOff + 2j + 1]}, {@code j < m}. */
    void deinterleave(double[] in, int inOff, double[] re, int reOff, double[] im, int imOff, int m);

    /**
     * {@code out[outOff + 2j] = re[j] * scale}, {@code out[outOff + 2j + 1] = im[j] * scale} ({@code scaled}), or
     * the plain copies, {@code j < m}.
     */
    void interleave(double[] re, double[] im, int m, boolean scaled, double scale, double[] out, int outOff);

    /**
     * The forward real post-processing in place: from {@code Z_k = (re, im)[off + k]}, {@code k < m}, writes
     * {@code X_k = (Z_k + conj Z_{m-k})/2 - (i/2) w^k (Z_k - conj Z_{m-k})}, {@code k <= m}, {@code Z_m = Z_0},
     * with {@code w^k = (wr, wi)[k]}; {@code Im X_0 = Im X_m = +0.0}.
     */
    void post(double[] re, double[] im, int off, int m, double[] wr, double[] wi);

    /**
     * The inverse real pre-processing: from {@code X_k = (xr, xi)[off + k]}, {@code k <= m}, writes
     * {@code Y_k = (X_k + conj X_{m-k}) + i conj(w^k) (X_k - conj X_{m-k})} to {@code (yr, yi)[k]}, {@code k < m},
     * reading {@code Im X_0} and {@code Im X_m} as 0.
     */
    void pre(double[] xr, double[] xi, int off, int m, double[] wr, double[] wi, double[] yr, double[] yi);

    /**
     * The name of this twin, e.g. {@code "scalar"} or {@code "panama 512-bit"}.
     *
     * @return the name
     */
    String name();
}
