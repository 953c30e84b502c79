package org.simdyn.fields.internal;

/**
 * Point-wise kernels of the Klein-Gordon steppers: forces and potential values of the built-in potentials, and the
 * fused spectral kick + rotation of the exact-linear splitting. Twins: {@link KgKernelsScalar} and
 * {@code KgKernelsPanama} (loaded through {@code VectorRuntime.select}); both perform the same IEEE operations in
 * the same order for every element, so their results are bit-identical. Callers validate; these methods do not.
 *
 * <p>Potential kinds and their parameters {@code (p0, p1)}; {@code f} is the field value:
 * <ul>
 *   <li>{@link #LINEAR}: {@code p0 = m^2}; {@code V' = m2 f}, {@code V = 0.5 m2 f f};</li>
 *   <li>{@link #PHI4}: {@code p0 = lambda}, {@code p1 = v^2}; {@code d = f f - v2}, {@code V' = lambda f d},
 *       {@code V = 0.25 lambda d d};</li>
 *   <li>{@link #SINE_GORDON}: {@code V' = sin f}, {@code V = 1 - cos f} ({@code DetMath.sin/cos});</li>
 *   <li>{@link #DOUBLE_SINE_GORDON}: {@code p0 = eta}; {@code V' = sin f + (2 eta) sin(f + f)},
 *       {@code V = (1 - cos f) + eta (1 - cos(f + f))};</li>
 *   <li>{@link #PHI6}: {@code p0 = lambda}, {@code p1 = v^2}; {@code d = f f - v2}, {@code e = 3 (f f) - v2},
 *       {@code V' = lambda f d e}, {@code V = 0.5 lambda (f f) d d}.</li>
 * </ul>
 */
public interface KgKernels {

    /** Kind of the linear potential. */
    int LINEAR = 0;
    /** Kind of the phi^4 potential. */
    int PHI4 = 1;
    /** Kind of the sine-Gordon potential. */
    int SINE_GORDON = 2;
    /** Kind of the double sine-Gordon potential. */
    int DOUBLE_SINE_GORDON = 3;
    /** Kind of the phi^6 potential. */
    int PHI6 = 4;

    /**
     * The nonlinear force {@code out[i] = V'(u[i]) - mu2 * x[i]} (x is the stepped field, u the full field; they
     * are the same array except with winding) and the largest {@code |u[i]|}.
     *
     * @param kind potential kind
     * @param p0 first potential parameter
     * @param p1 second potential parameter
     * @param mu2 the mass in the linear part
     * @param u the full field. Not modified.
     * @param x the stepped field. Not modified.
     * @param out the force. Modified.
     * @param off first index of all three arrays
     * @param len number of elements
     * @return {@code max |u[i]|} ({@code Math.max} semantics: NaN if any element is NaN; 0 for len 0)
     */
    double force(int kind, double p0, double p1, double mu2, double[] u, double[] x, double[] out, int off,
            int len);

    /**
     * Potential values {@code out[i] = V(u[i])}.
     *
     * @param kind potential kind
     * @param p0 first potential parameter
     * @param p1 second potential parameter
     * @param u the field. Not modified.
     * @param out the values. Modified.
     * @param off first index of both arrays
     * @param len number of elements
     */
    void value(int kind, double p0, double p1, double[] u, double[] out, int off, int len);

    /**
     * The fused spectral kick and rotation: per mode {@code p = fma(-kick, f, pi)}, then
     * {@code phi' = fma(c, phi, s * p)}, {@code pi' = fma(q, phi, c * p)} for the real and imaginary parts.
     * With {@code kick == null} the kick is skipped ({@code p = pi}; {@code fRe}, {@code fIm} are not read).
     *
     * @param c cos(omega tau). Not modified.
     * @param s sin(omega tau) / omega. Not modified.
     * @param q -omega sin(omega tau). Not modified.
     * @param kick the kick factors (tau times filter, times damping), or null. Not modified.
     * @param fRe real part of the force spectrum. Not modified.
     * @param fIm imaginary part of the force spectrum. Not modified.
     * @param phRe real part of the field spectrum. Modified.
     * @param phIm imaginary part of the field spectrum. Modified.
     * @param piRe real part of the momentum spectrum. Modified.
     * @param piIm imaginary part of the momentum spectrum. Modified.
     * @param off first index of all arrays
     * @param len number of modes
     */
    void rotateKick(double[] c, double[] s, double[] q, double[] kick, double[] fRe, double[] fIm, double[] phRe,
            double[] phIm, double[] piRe, double[] piIm, int off, int len);
}
