package org.simdyn.fields;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simdyn.fields.internal.KgKernels;
import org.simdyn.fields.internal.KgKernelsScalar;
import org.simdyn.fields.internal.SpectralBasis;
import org.simdyn.vector.Parallel;
import org.simdyn.vector.Reductions;
import org.simdyn.vector.VectorOps;
import org.simdyn.vector.VectorRuntime;

/**
 * Pseudo-spectral nonlinear Klein-Gordon solver (kg.md sections 1-5):
 * {@code phi_tt = lap phi - V'(phi) - gamma(x) phi_t} on a periodic, antiperiodic or winding box in 1-3 D, state
 * {@code (phi, pi = phi_t)}. With {@code gamma = 0} the energy
 * {@code H = integral [pi^2/2 + |grad phi|^2/2 + V(phi)]} is conserved (to the order of the method).
 *
 * <p><b>Methods</b> ({@link Method}). {@code verlet}: {@code D(h/2) B(h/2) A(h) B(h/2) D(h/2)} with
 * {@code B(tau): pi += tau F(phi)}, {@code A(tau): phi += tau pi}, {@code F = lap phi - V'(phi)} (spectral
 * Laplacian, one FFT pair per step, F cached); stable for {@code h omega_max < 2}, checked before any work.
 * {@code expo}: exact-linear Strang splitting {@code R(h/2) D(h/2) K(h) D(h/2) R(h/2)} with {@code R} the exact flow
 * of {@code pi^2/2 + |grad phi|^2/2 + mu^2 phi^2/2} per Fourier mode and {@code K} the kick by
 * {@code W' = V' - mu^2 phi}; the spectral state is kept pre-rotated by {@code R(h/2)} so that a step is one inverse
 * and one forward FFT with the kick and the rotation fused. Exact for the linear equation. Order-4 versions are
 * Yoshida triple jumps (H. Yoshida, Phys. Lett. A 150 (1990) 262). Filters: B. Garcia-Archilla, J. M. Sanz-Serna,
 * R. D. Skeel, SIAM J. Sci. Comput. 20 (1999) 930. Reversible step control: E. Hairer, G. Soderlind, SIAM J. Sci.
 * Comput. 26 (2005) 1838.
 *
 * <p><b>Determinism.</b> The final state is bit-identical for every {@link #threads(int)} value and every
 * {@code simdyn.vector} species with the default {@code java} FFT provider: point-wise kernels are element-wise
 * with a fixed operation order, sums go through {@link Reductions}. Time is {@code t_n = n dt} (fixed step).
 *
 * <p><b>Allocation.</b> Plans, tables and scratch are made in {@link #create}; {@link #step()} allocates nothing
 * with one thread (with more, {@link Parallel} allocates a few small task objects per parallel loop).
 *
 * <p>Not thread-safe.
 */
public final class KleinGordon {

    /** Yoshida weight {@code w1 = 1 / (2 - 2^(1/3))}. */
    public static final double W1 = 1.3512071919596578;
    /** Yoshida weight {@code w0 = 1 - 2 w1}. */
    public static final double W0 = -1.7024143839193153;
    /** The Verlet stability bound on {@code h omega_max}. */
    public static final double VERLET_BOUND = 2.0;
    /** The order-4 Verlet stability bound on {@code h omega_max}. */
    public static final double VERLET4_BOUND = 1.5734;

    private static final int CHUNK = 2048;
    private static final KgKernels DEFAULT_KERNELS = VectorRuntime.select(KgKernels.class,
            "org.simdyn.fields.internal.KgKernelsPanama", KgKernelsScalar.INSTANCE);

    private final KgParams params;
    private final Grid grid;
    private final Potential potential;
    private final KgKernels kernels;
    private final SpectralBasis basis;
    private final int n;
    private final int m;
    private final double dt;
    private final boolean builtin;
    private final int kind;
    private final double p0;
    private final double p1;
    private final double mu2;
    private final boolean expo;
    private final boolean kickless;
    private final boolean reversibleControl;
    private final double[] ell;
    private final double windGrad;
    private final double[] omega;

    // state
    private final double[] phi;
    private final double[] pi;
    private final double[] force;
    private final double[] phRe;
    private final double[] phIm;
    private final double[] piRe;
    private final double[] piIm;

    // scratch
    private final double[] x;
    private final double[] u;
    private final double[] f;
    private final double[] px;
    private final double[] fRe;
    private final double[] fIm;
    private final double[] gRe;
    private final double[] gIm;
    private final double[] sPhRe;
    private final double[] sPhIm;
    private final double[] sPiRe;
    private final double[] sPiIm;
    private final double[] negK2;
    private final double[] partialMax;

    // method tables
    private final double preTau;
    private final Rot pre;
    private final Rot sync;
    private final Rot[] stageRot;
    private final double[][] stageKick;
    private final double[][] stageFilter;
    private final double[] stageA;
    private final double[] verletB;
    private final double[] verletA;
    private final double probeOffset;
    private final double[] dampReal;
    private final double dampSpectral2;
    private final boolean sponge;
    private final Map<Integer, Level> ladder;

    private int threads = 1;
    private long steps;
    private double time;
    private double rho;
    private double lastH;
    private double maxAbs;
    private int probeIndex = -1;
    private ProbeListener probe;
    private final List<KgWarning> warnings = new ArrayList<>();

    // chunk bodies and their arguments (threads > 1)
    private double[] cU;
    private double[] cX;
    private double[] cF;
    private double cMu2;
    private final Parallel.ChunkBody forceBody;
    private double[] cKick;
    private Rot cRot;
    private final Parallel.ChunkBody rotBody;

    /** Rotation tables of one tau. */
    private record Rot(double[] c, double[] s, double[] q) {
    }

    /** Tables of one step-control ladder level. */
    private record Level(Rot half, double[] filter, double[] kick) {
    }

    private KleinGordon(KgParams p, KgKernels kernels) {
        this.params = p;
        this.grid = p.grid();
        this.potential = p.potential();
        this.kernels = kernels;
        this.basis = new SpectralBasis(grid);
        this.n = basis.n;
        this.m = basis.m;
        this.dt = p.dt();
        this.expo = p.method().isExpo();
        this.reversibleControl = p.stepControl().mode() == StepControl.Mode.REVERSIBLE;
        if (potential instanceof Potentials.Builtin b) {
            builtin = true;
            kind = b.kind();
            p0 = b.p0();
            p1 = b.p1();
        } else {
            builtin = false;
            kind = -1;
            p0 = 0.0;
            p1 = 0.0;
        }
        this.mu2 = expo ? p.mu2() : 0.0;
        this.kickless = expo && builtin && kind == KgKernels.LINEAR && Double.compare(p0, mu2) == 0
                && !p.hasSponge();
        int q = grid.winding();
        if (q != 0) {
            ell = new double[n];
            int n0 = grid.n(0);
            int stride = grid.stride(0);
            for (int j = 0; j < n; j++) {
                ell[j] = 2.0 * Math.PI * q * ((double) (j / stride) / n0);
            }
            windGrad = 2.0 * Math.PI * q / grid.length(0);
        } else {
            ell = null;
            windGrad = 0.0;
        }
        omega = new double[m];
        negK2 = new double[m];
        for (int k = 0; k < m; k++) {
            omega[k] = Math.sqrt(basis.k2[k] + mu2);
            negK2[k] = -basis.k2[k];
        }
        x = new double[n];
        u = ell == null ? x : new double[n];
        f = new double[n];
        px = new double[n];
        fRe = new double[m];
        fIm = new double[m];
        gRe = new double[m];
        gIm = new double[m];
        sPhRe = new double[m];
        sPhIm = new double[m];
        sPiRe = new double[m];
        sPiIm = new double[m];
        partialMax = new double[Parallel.chunkCount(Math.max(n, m), CHUNK)];
        sponge = p.hasSponge();
        double[] gamma = gammaField(p);
        double h = dt;
        if (!expo) {
            phi = new double[n];
            pi = new double[n];
            force = new double[n];
            phRe = null;
            phIm = null;
            piRe = null;
            piIm = null;
            if (p.method() == Method.VERLET) {
                verletB = new double[] {0.5 * h, 0.5 * h};
                verletA = new double[] {h};
            } else {
                verletB = new double[] {0.5 * W1 * h, 0.5 * (W1 + W0) * h, 0.5 * (W0 + W1) * h, 0.5 * W1 * h};
                verletA = new double[] {W1 * h, W0 * h, W1 * h};
            }
            probeOffset = verletA[0];
            preTau = 0.0;
            pre = null;
            sync = null;
            stageRot = null;
            stageKick = null;
            stageFilter = null;
            stageA = null;
            dampSpectral2 = 1.0;
            dampReal = gamma == null ? null : expFactor(gamma, 0.5 * h);
        } else {
            phi = null;
            pi = null;
            force = null;
            phRe = new double[m];
            phIm = new double[m];
            piRe = new double[m];
            piIm = new double[m];
            verletA = null;
            verletB = null;
            double[] bs;
            if (p.method() == Method.EXPO) {
                preTau = reversibleControl ? 0.0 : 0.5 * h;
                stageA = new double[] {h};
                bs = new double[] {h};
            } else {
                preTau = 0.5 * W1 * h;
                stageA = new double[] {W1 * h, W0 * h, W1 * h};
                bs = new double[] {0.5 * (W1 + W0) * h, 0.5 * (W0 + W1) * h, W1 * h};
            }
            probeOffset = preTau == 0.0 ? 0.5 * h : preTau;
            pre = rotation(preTau);
            sync = rotation(-preTau);
            stageRot = new Rot[bs.length];
            stageKick = new double[bs.length][];
            stageFilter = new double[bs.length][];
            double dHalf = Math.exp(-p.damping() * 0.5 * h);
            dampSpectral2 = sponge || p.damping() == 0.0 ? 1.0 : dHalf * dHalf;
            for (int i = 0; i < bs.length; i++) {
                stageRot[i] = i > 0 && bs[i] == bs[i - 1] ? stageRot[i - 1] : rotation(bs[i]);
                stageFilter[i] = p.filter() == Filter.NONE ? null : filterTable(stageA[i]);
                stageKick[i] = kickTable(stageA[i], stageFilter[i], sponge || p.damping() == 0.0 ? 1.0 : dHalf);
            }
            dampReal = sponge ? expFactor(gamma, 0.5 * h) : null;
        }
        ladder = reversibleControl ? new HashMap<>() : null;
        forceBody = (c, from, to) -> partialMax[c] = forceRange(cU, cX, cF, cMu2, from, to - from);
        rotBody = (c, from, to) -> kernels.rotateKick(cRot.c, cRot.s, cRot.q, cKick, fRe, fIm, phRe, phIm, piRe,
                piIm, from, to - from);
    }

    private double[] gammaField(KgParams p) {
        if (!sponge && (expo || p.damping() == 0.0)) {
            return null;
        }
        double[] g = new double[n];
        double[] width = p.spongeWidth();
        int d = grid.dim();
        for (int j = 0; j < n; j++) {
            double s = p.damping();
            int r = j;
            for (int a = d - 1; a >= 0; a--) {
                int i = r % grid.n(a);
                r /= grid.n(a);
                double w = width[a];
                if (w > 0.0) {
                    double xa = i * grid.dx(a);
                    double delta = Math.min(xa, grid.length(a) - xa);
                    if (delta < w) {
                        double e = 1.0 - delta / w;
                        s += p.spongeStrength() * e * e;
                    }
                }
            }
            g[j] = s;
        }
        return g;
    }

    private static double[] expFactor(double[] gamma, double tau) {
        double[] d = new double[gamma.length];
        for (int j = 0; j < d.length; j++) {
            d[j] = StrictMath.exp(-gamma[j] * tau);
        }
        return d;
    }

    private Rot rotation(double tau) {
        double[] c = new double[m];
        double[] s = new double[m];
        double[] q = new double[m];
        for (int k = 0; k < m; k++) {
            double w = omega[k];
            double a = w * tau;
            c[k] = StrictMath.cos(a);
            double sn = StrictMath.sin(a);
            s[k] = w == 0.0 ? tau : sn / w;
            q[k] = -w * sn;
        }
        return new Rot(c, s, q);
    }

    private double[] filterTable(double tau) {
        double[] t = new double[m];
        for (int k = 0; k < m; k++) {
            t[k] = params.filter().value(omega[k] * tau);
        }
        return t;
    }

    private double[] kickTable(double tau, double[] filter, double damp) {
        double[] t = new double[m];
        for (int k = 0; k < m; k++) {
            t[k] = damp * tau * (filter == null ? 1.0 : filter[k]);
        }
        return t;
    }

    /**
     * Creates a solver from an initial state, with the SIMD kernels of the width in force.
     *
     * @param p the parameters
     * @param phi0 the initial field phi (full field; with winding including the linear ramp), length N. Not
     *        modified.
     * @param pi0 the initial momentum, length N, or null for zero. Not modified.
     * @return the solver
     * @throws IllegalArgumentException for null/short arrays, non-finite values, or a violated Verlet stability
     *         bound (kg.md section 3.4)
     */
    public static KleinGordon create(KgParams p, double[] phi0, double[] pi0) {
        return create(p, phi0, pi0, DEFAULT_KERNELS);
    }

    static KleinGordon create(KgParams p, double[] phi0, double[] pi0, KgKernels kernels) {
        if (p == null) {
            throw new IllegalArgumentException("p is null: must be KgParams");
        }
        int size = p.grid().size();
        checkField("phi0", phi0, size, false);
        checkField("pi0", pi0, size, true);
        checkStability(p, phi0);
        KleinGordon kg = new KleinGordon(p, kernels);
        kg.init(phi0, pi0);
        return kg;
    }

    private static void checkField(String name, double[] a, int size, boolean nullable) {
        if (a == null) {
            if (nullable) {
                return;
            }
            throw new IllegalArgumentException(name + " is null: must have N = " + size + " values");
        }
        if (a.length != size) {
            throw new IllegalArgumentException(name + ".length = " + a.length + " is out of range: must be N = "
                    + size);
        }
        for (int j = 0; j < size; j++) {
            if (!Double.isFinite(a[j])) {
                throw new IllegalArgumentException(name + "[" + j + "] = " + a[j] + " is out of range: must be "
                        + "finite");
            }
        }
    }

    private static void checkStability(KgParams p, double[] phi0) {
        if (p.method().isExpo()) {
            return;
        }
        double kmax2 = 0.0;
        for (int a = 0; a < p.grid().dim(); a++) {
            Boundary.Kind k = p.grid().bc(a).kind();
            double kn = Math.PI * p.grid().n(a) / p.grid().length(a);
            double ka = k == Boundary.Kind.ANTIPERIODIC ? kn * (1.0 + 1.0 / p.grid().n(a)) : kn;
            kmax2 += ka * ka;
        }
        double v2 = 0.0;
        for (double v : phi0) {
            v2 = Math.max(v2, p.potential().second(v));
        }
        double w = Math.sqrt(kmax2 + v2);
        double bound = p.method() == Method.VERLET ? VERLET_BOUND : VERLET4_BOUND;
        if (p.dt() * w >= bound) {
            throw new IllegalArgumentException("dt = " + p.dt() + " is out of range for method = " + p.method().key()
                    + ": dt * omega_max = " + p.dt() * w + " must be < " + bound + " (dt < " + bound / w
                    + "); use --method expo");
        }
    }

    private void init(double[] phi0, double[] pi0) {
        double[] psi = px;
        for (int j = 0; j < n; j++) {
            psi[j] = ell == null ? phi0[j] : phi0[j] - ell[j];
            maxAbs = Math.max(maxAbs, Math.abs(phi0[j]));
        }
        if (expo) {
            basis.forward(psi, phRe, phIm);
            if (pi0 == null) {
                Arrays.fill(piRe, 0.0);
                Arrays.fill(piIm, 0.0);
            } else {
                basis.forward(pi0, piRe, piIm);
            }
            kernels.rotateKick(pre.c, pre.s, pre.q, null, null, null, phRe, phIm, piRe, piIm, 0, m);
        } else {
            System.arraycopy(psi, 0, phi, 0, n);
            if (pi0 != null) {
                System.arraycopy(pi0, 0, pi, 0, n);
            }
            verletForce(false, 0.0);
        }
        if (reversibleControl) {
            rho = 1.0 / monitor() + 0.5 * dt * controlG();
        }
        checkResonance();
    }

    // ------------------------------------------------------------------ stepping

    /**
     * Sets the number of threads of the FFTs and point-wise loops (results do not depend on it).
     *
     * @param t the thread count, in [1, {@link Parallel#MAX_THREADS}]
     * @return this
     */
    public KleinGordon threads(int t) {
        if (t < 1 || t > Parallel.MAX_THREADS) {
            throw new IllegalArgumentException("threads = " + t + " is out of range: must be in [1, "
                    + Parallel.MAX_THREADS + "]");
        }
        threads = t;
        basis.threads(t);
        return this;
    }

    /**
     * The thread count.
     *
     * @return the threads
     */
    public int threads() {
        return threads;
    }

    /**
     * Takes one step.
     *
     * @throws KgDivergedException if the field becomes NaN or infinite
     */
    public void step() {
        if (reversibleControl) {
            controlledStep();
            return;
        }
        if (expo) {
            expoStep();
        } else {
            verletStep();
        }
        steps++;
        time = steps * dt;
    }

    /**
     * Takes {@code count} steps.
     *
     * @param count the number of steps, {@code >= 0}
     * @throws KgDivergedException if the field becomes NaN or infinite
     */
    public void advance(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count = " + count + " is out of range: must be >= 0");
        }
        for (long i = 0; i < count; i++) {
            step();
        }
    }

    private void expoStep() {
        for (int i = 0; i < stageRot.length; i++) {
            if (kickless) {
                if (dampSpectral2 != 1.0) {
                    VectorOps.scale(dampSpectral2, piRe, 0, m);
                    VectorOps.scale(dampSpectral2, piIm, 0, m);
                }
                rotate(stageRot[i], null);
                continue;
            }
            kickField(stageFilter[i], i == 0, probeOffset);
            forceField(x, mu2);
            if (sponge) {
                spongeKick(stageFilter[i], stageA[i]);
                rotate(stageRot[i], null);
            } else {
                basis.forward(f, fRe, fIm);
                if (dampSpectral2 != 1.0) {
                    VectorOps.scale(dampSpectral2, piRe, 0, m);
                    VectorOps.scale(dampSpectral2, piIm, 0, m);
                }
                rotate(stageRot[i], stageKick[i]);
            }
        }
    }

    /** x = IFFT(Phi phi_hat); u = x + ell; probe. */
    private void kickField(double[] filter, boolean probeHere, double offset) {
        if (filter == null) {
            basis.inverse(phRe, phIm, x);
        } else {
            for (int k = 0; k < m; k++) {
                gRe[k] = filter[k] * phRe[k];
                gIm[k] = filter[k] * phIm[k];
            }
            basis.inverse(gRe, gIm, x);
        }
        if (ell != null) {
            for (int j = 0; j < n; j++) {
                u[j] = x[j] + ell[j];
            }
        }
        if (probeHere && probe != null) {
            probe.sample(steps + 1, time + offset, u[probeIndex]);
        }
    }

    /** f = V'(u) - mu2 x; max |u| tracked; NaN/Inf stop. */
    private void forceField(double[] xs, double m2) {
        double mx;
        if (threads == 1 || n <= CHUNK) {
            mx = forceRange(u == x ? xs : u, xs, f, m2, 0, n);
        } else {
            cU = u == x ? xs : u;
            cX = xs;
            cF = f;
            cMu2 = m2;
            Parallel.forChunks(n, CHUNK, threads, forceBody);
            mx = 0.0;
            for (int c = 0, cc = Parallel.chunkCount(n, CHUNK); c < cc; c++) {
                mx = Math.max(mx, partialMax[c]);
            }
        }
        if (!(mx <= Double.MAX_VALUE)) {
            throw new KgDivergedException(steps + 1, time);
        }
        maxAbs = Math.max(maxAbs, mx);
    }

    private double forceRange(double[] us, double[] xs, double[] out, double m2, int off, int len) {
        if (builtin) {
            return kernels.force(kind, p0, p1, m2, us, xs, out, off, len);
        }
        potential.derivative(us, off, out, off, len);
        double mx = 0.0;
        for (int j = off; j < off + len; j++) {
            out[j] = out[j] - m2 * xs[j];
            mx = Math.max(mx, Math.abs(us[j]));
        }
        return mx;
    }

    private void rotate(Rot r, double[] kick) {
        if (threads == 1 || m <= CHUNK) {
            kernels.rotateKick(r.c, r.s, r.q, kick, fRe, fIm, phRe, phIm, piRe, piIm, 0, m);
        } else {
            cRot = r;
            cKick = kick;
            Parallel.forChunks(m, CHUNK, threads, rotBody);
        }
    }

    /** Sponge: pi <- d (d pi - tau w) in real space, w the (filtered) force. */
    private void spongeKick(double[] filter, double tau) {
        if (filter != null) {
            basis.forward(f, fRe, fIm);
            VectorOps.realMultiply(fRe, fIm, 0, filter, 0, m);
            basis.inverse(fRe, fIm, f);
        }
        basis.inverse(piRe, piIm, px);
        for (int j = 0; j < n; j++) {
            double d = dampReal[j];
            px[j] = d * (d * px[j] - tau * f[j]);
        }
        basis.forward(px, piRe, piIm);
    }

    private void verletStep() {
        if (dampReal != null) {
            mul(pi, dampReal);
        }
        VectorOps.axpy(verletB[0], force, 0, pi, 0, n);
        for (int i = 0; i < verletA.length; i++) {
            VectorOps.axpy(verletA[i], pi, 0, phi, 0, n);
            verletForce(i == 0, probeOffset);
            VectorOps.axpy(verletB[i + 1], force, 0, pi, 0, n);
        }
        if (dampReal != null) {
            mul(pi, dampReal);
        }
    }

    private static void mul(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            a[j] = a[j] * b[j];
        }
    }

    /** force = lap phi - V'(phi + ell). */
    private void verletForce(boolean probeHere, double offset) {
        basis.forward(phi, gRe, gIm);
        VectorOps.realMultiply(gRe, gIm, 0, negK2, 0, m);
        basis.inverse(gRe, gIm, px);
        if (ell != null) {
            for (int j = 0; j < n; j++) {
                u[j] = phi[j] + ell[j];
            }
        }
        forceVerlet(ell == null ? phi : u);
        for (int j = 0; j < n; j++) {
            force[j] = px[j] - force[j];
        }
        if (probeHere && probe != null) {
            probe.sample(steps + 1, time + offset, ell == null ? phi[probeIndex] : u[probeIndex]);
        }
    }

    private void forceVerlet(double[] full) {
        double mx = forceRange(full, phi, force, 0.0, 0, n);
        if (!(mx <= Double.MAX_VALUE)) {
            throw new KgDivergedException(steps + 1, time);
        }
        maxAbs = Math.max(maxAbs, mx);
    }

    // ------------------------------------------------------------------ reversible step control

    private void controlledStep() {
        int j = (int) Math.min(24, Math.max(0, Math.round(4.0 * StrictMath.log(rho) / StrictMath.log(2.0))));
        double h = dt * StrictMath.pow(2.0, -j / 4.0);
        if (expo) {
            Level lv = ladder.get(j);
            if (lv == null) {
                double[] filter = params.filter() == Filter.NONE ? null : filterTable(h);
                lv = new Level(rotation(0.5 * h), filter, kickTable(h, filter, 1.0));
                ladder.put(j, lv);
            }
            rotate(lv.half, null);
            if (kickless) {
                rotate(lv.half, null);
            } else {
                kickField(lv.filter, true, 0.5 * h);
                forceField(x, mu2);
                basis.forward(f, fRe, fIm);
                rotate(lv.half, lv.kick);
            }
        } else {
            VectorOps.axpy(0.5 * h, force, 0, pi, 0, n);
            VectorOps.axpy(h, pi, 0, phi, 0, n);
            verletForce(true, h);
            VectorOps.axpy(0.5 * h, force, 0, pi, 0, n);
        }
        steps++;
        time += h;
        lastH = h;
        rho += dt * controlG();
    }

    /** The monitor s(y) = (1 + kappa M)^(-1/2) on the synchronous state. */
    private double monitor() {
        syncFields(px, null);
        double mm = wSecondMean(px);
        return 1.0 / Math.sqrt(1.0 + params.stepControl().kappa() * mm);
    }

    private double wSecondMean(double[] full) {
        for (int j = 0; j < n; j++) {
            f[j] = potential.second(full[j]) - mu2;
        }
        return Reductions.sumSquares(f, 0, n) / n;
    }

    /** G(y) = (kappa/2) Mdot / (1 + kappa M) on the synchronous state. */
    private double controlG() {
        double[] full = px;
        syncFields(full, fieldScratchPi());
        double mm = wSecondMean(full);
        for (int j = 0; j < n; j++) {
            f[j] = f[j] * potential.third(full[j]);
        }
        double mdot = 2.0 * Reductions.dot(f, 0, fieldScratchPi(), 0, n) / n;
        double kappa = params.stepControl().kappa();
        return 0.5 * kappa * mdot / (1.0 + kappa * mm);
    }

    private double[] fieldScratchPi() {
        return expo ? x : pi;
    }

    /** Fills the synchronous full field (and momentum if piOut != null and not the state itself). */
    private void syncFields(double[] phiOut, double[] piOut) {
        if (expo) {
            syncSpectra();
            basis.inverse(sPhRe, sPhIm, phiOut);
            if (piOut != null) {
                basis.inverse(sPiRe, sPiIm, piOut);
            }
        } else {
            System.arraycopy(phi, 0, phiOut, 0, n);
            if (piOut != null && piOut != pi) {
                System.arraycopy(pi, 0, piOut, 0, n);
            }
        }
        if (ell != null) {
            for (int j = 0; j < n; j++) {
                phiOut[j] += ell[j];
            }
        }
    }

    /** sPh, sPi = synchronous spectra (expo: R(-preTau) of the state; verlet: forward FFTs). */
    private void syncSpectra() {
        if (expo) {
            System.arraycopy(phRe, 0, sPhRe, 0, m);
            System.arraycopy(phIm, 0, sPhIm, 0, m);
            System.arraycopy(piRe, 0, sPiRe, 0, m);
            System.arraycopy(piIm, 0, sPiIm, 0, m);
            if (preTau != 0.0) {
                kernels.rotateKick(sync.c, sync.s, sync.q, null, null, null, sPhRe, sPhIm, sPiRe, sPiIm, 0, m);
            }
        } else {
            basis.forward(phi, sPhRe, sPhIm);
            basis.forward(pi, sPiRe, sPiIm);
        }
    }

    /**
     * Reverses time: negates the momentum (and, with reversible step control, sets {@code rho <- rho - dt G(y)}),
     * so that as many further steps as were taken return to the initial field with negated momentum.
     */
    public void reverse() {
        if (reversibleControl) {
            rho -= dt * controlG();
        }
        if (expo) {
            if (preTau != 0.0) {
                kernels.rotateKick(sync.c, sync.s, sync.q, null, null, null, phRe, phIm, piRe, piIm, 0, m);
            }
            VectorOps.scale(-1.0, piRe, 0, m);
            VectorOps.scale(-1.0, piIm, 0, m);
            if (preTau != 0.0) {
                kernels.rotateKick(pre.c, pre.s, pre.q, null, null, null, phRe, phIm, piRe, piIm, 0, m);
            }
        } else {
            VectorOps.scale(-1.0, pi, 0, n);
        }
    }

    // ------------------------------------------------------------------ accessors and diagnostics

    /**
     * The number of steps taken.
     *
     * @return the step count
     */
    public long stepCount() {
        return steps;
    }

    /**
     * The time: {@code n dt} with fixed steps, the sum of the steps with step control.
     *
     * @return the time
     */
    public double time() {
        return time;
    }

    /**
     * The last step size (with step control; {@code dt} otherwise).
     *
     * @return the step
     */
    public double lastStep() {
        return reversibleControl && steps > 0 ? lastH : dt;
    }

    /**
     * The parameters.
     *
     * @return the parameters
     */
    public KgParams params() {
        return params;
    }

    /**
     * The grid.
     *
     * @return the grid
     */
    public Grid grid() {
        return grid;
    }

    /**
     * The synchronous field phi (winding ramp added).
     *
     * @param out the field, length N. Modified.
     */
    public void phi(double[] out) {
        checkOut(out);
        syncFields(out, null);
    }

    /**
     * The synchronous momentum pi.
     *
     * @param out the momentum, length N. Modified.
     */
    public void pi(double[] out) {
        checkOut(out);
        if (expo) {
            syncSpectra();
            basis.inverse(sPiRe, sPiIm, out);
        } else {
            System.arraycopy(pi, 0, out, 0, n);
        }
    }

    private void checkOut(double[] out) {
        if (out == null || out.length != n) {
            throw new IllegalArgumentException("out" + (out == null ? " is null" : ".length = " + out.length)
                    + ": must have N = " + n + " elements");
        }
    }

    /**
     * The energy {@code E = dv sum [pi^2/2 + V(phi)] + (dv / 2N) sum_k w_k |k|^2 |phi_k|^2 + E_w}
     * ({@code E_w = 2 pi^2 Q^2 A / L_0} with winding). Also checks the {@code expo_resonance} warning.
     *
     * @return the energy of the synchronous state
     */
    public double energy() {
        syncSpectra();
        double[] full = new double[n];
        double[] p = new double[n];
        basis.inverse(sPhRe, sPhIm, full);
        basis.inverse(sPiRe, sPiIm, p);
        if (ell != null) {
            for (int j = 0; j < n; j++) {
                full[j] += ell[j];
            }
        }
        double[] v = new double[n];
        if (builtin) {
            kernels.value(kind, p0, p1, full, v, 0, n);
        } else {
            for (int j = 0; j < n; j++) {
                v[j] = potential.value(full[j]);
            }
        }
        double dv = grid.dv();
        double local = 0.5 * Reductions.sumSquares(p, 0, n) + Reductions.sum(v, 0, n);
        double[] pw = new double[m];
        for (int k = 0; k < m; k++) {
            pw[k] = basis.weight[k] * basis.k2[k] * (sPhRe[k] * sPhRe[k] + sPhIm[k] * sPhIm[k]);
        }
        double grad = Reductions.sum(pw, 0, m);
        double e = dv * local + dv / (2.0 * n) * grad;
        if (ell != null) {
            int q = grid.winding();
            e += 2.0 * Math.PI * Math.PI * q * q * (grid.volume() / grid.length(0)) / grid.length(0);
        }
        checkResonance();
        return e;
    }

    /**
     * The momentum {@code P_a = -dv sum_j pi_j (d_a phi)_j} (spectral derivative, Nyquist zeroed).
     *
     * @return one component per axis
     */
    public double[] momentum() {
        syncSpectra();
        double[] p = new double[n];
        basis.inverse(sPiRe, sPiIm, p);
        double[] re = new double[m];
        double[] im = new double[m];
        double[] der = new double[n];
        double[] out = new double[grid.dim()];
        for (int a = 0; a < grid.dim(); a++) {
            double[] k = basis.kd[a];
            for (int i = 0; i < m; i++) {
                re[i] = -k[i] * sPhIm[i];
                im[i] = k[i] * sPhRe[i];
            }
            basis.inverse(re, im, der);
            double s = Reductions.dot(p, 0, der, 0, n);
            if (a == 0 && ell != null) {
                s += windGrad * Reductions.sum(p, 0, n);
            }
            out[a] = -grid.dv() * s;
        }
        return out;
    }

    /**
     * The largest {@code |phi|} over the initial field and every real-space force field computed so far. A
     * {@linkplain #restore restored} solver starts from the force fields computed since the restore (for
     * {@code verlet}, {@code verlet4} including the restored field, a force field of the original run): the maximum
     * of the whole run is the larger of the value saved with the state and this one.
     *
     * @return max |phi|
     */
    public double maxAbsPhi() {
        return maxAbs;
    }

    /**
     * The kinks of a 1-D field: crossings of the barrier levels (plus {@code 2 pi n} for 2 pi-periodic potentials)
     * between neighbouring points, the seam pair using {@code phi_N = phi_0}, {@code -phi_0} or
     * {@code phi_0 + 2 pi Q}; position {@code x_j + dx (b - phi_j) / (phi_{j+1} - phi_j)}.
     *
     * @return the kinks, sorted by position
     * @throws IllegalStateException for d &gt; 1
     */
    public KinkSet kinks() {
        if (grid.dim() != 1) {
            throw new IllegalStateException("kinks are defined in 1-D only (dim = " + grid.dim() + ")");
        }
        double[] full = new double[n];
        phi(full);
        double seam = switch (grid.bc(0).kind()) {
            case PERIODIC -> full[0];
            case ANTIPERIODIC -> -full[0];
            case WINDING -> full[0] + 2.0 * Math.PI * grid.winding();
        };
        return findKinks(grid, full, seam, potential.barrierLevels(), potential.periodic2Pi());
    }

    static KinkSet findKinks(Grid grid, double[] full, double seam, double[] levels, boolean periodic) {
        int nn = full.length;
        double lo = seam;
        double hi = seam;
        for (double v : full) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        List<double[]> found = new ArrayList<>();
        double dx = grid.dx(0);
        for (double b0 : levels) {
            long kLo = periodic ? (long) Math.floor((lo - b0) / (2.0 * Math.PI)) : 0;
            long kHi = periodic ? (long) Math.ceil((hi - b0) / (2.0 * Math.PI)) : 0;
            for (long kk = kLo; kk <= kHi; kk++) {
                double b = b0 + 2.0 * Math.PI * kk;
                for (int j = 0; j < nn; j++) {
                    double a = full[j];
                    double c = j + 1 < nn ? full[j + 1] : seam;
                    if ((a >= b) != (c >= b)) {
                        double pos = grid.x(0, j) + dx * (b - a) / (c - a);
                        found.add(new double[] {pos, c > a ? 1 : -1});
                    }
                }
            }
        }
        found.sort((p, q) -> Double.compare(p[0], q[0]));
        double[] xs = new double[found.size()];
        int[] ts = new int[found.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = found.get(i)[0];
            ts[i] = (int) found.get(i)[1];
        }
        return new KinkSet(xs, ts);
    }

    /**
     * The power spectrum of the synchronous field (kg.md section 5).
     *
     * @return the spectrum
     */
    public Spectrum spectrum() {
        syncSpectra();
        double dv = grid.dv();
        if (grid.dim() == 1) {
            int half = grid.n(0) / 2;
            double[] k = new double[half + 1];
            double[] p = new double[half + 1];
            for (int i = 0; i < m; i++) {
                double kk = Math.sqrt(basis.k2[i]);
                double pw = dv / n * basis.weight[i] * (sPhRe[i] * sPhRe[i] + sPhIm[i] * sPhIm[i]);
                int bin = (int) Math.min(half, Math.round(kk * grid.length(0) / (2.0 * Math.PI) - (basis.complex
                        ? 0.5 : 0.0)));
                k[bin] = basis.complex ? 2.0 * Math.PI * (bin + 0.5) / grid.length(0) : kk;
                p[bin] += pw;
            }
            return new Spectrum(k, p);
        }
        double lmax = 0.0;
        for (double l : grid.length()) {
            lmax = Math.max(lmax, l);
        }
        double width = 2.0 * Math.PI / lmax;
        double kmax = 0.0;
        for (int i = 0; i < m; i++) {
            kmax = Math.max(kmax, Math.sqrt(basis.k2[i]));
        }
        int bins = (int) Math.floor(kmax / width) + 1;
        double[] k = new double[bins];
        double[] p = new double[bins];
        for (int b = 0; b < bins; b++) {
            k[b] = (b + 0.5) * width;
        }
        for (int i = 0; i < m; i++) {
            int bin = (int) Math.min(bins - 1, Math.floor(Math.sqrt(basis.k2[i]) / width));
            p[bin] += dv / n * basis.weight[i] * (sPhRe[i] * sPhRe[i] + sPhIm[i] * sPhIm[i]);
        }
        return new Spectrum(k, p);
    }

    /**
     * Installs the centre probe at the grid point nearest {@code point}; {@code l} receives one sample per step.
     *
     * @param point the position, one coordinate per axis. Not modified.
     * @param l the listener, or null to remove
     */
    public void setProbe(double[] point, ProbeListener l) {
        probeIndex = grid.nearestIndex(point);
        probe = l;
    }

    /**
     * 1-D form of {@link #setProbe(double[], ProbeListener)}.
     *
     * @param x the position
     * @param l the listener, or null to remove
     */
    public void setProbe(double x, ProbeListener l) {
        setProbe(new double[] {x}, l);
    }

    /**
     * The probe's time offset in a step (see {@link ProbeListener#sample}).
     *
     * @return the offset from {@code t_n}
     */
    public double probeOffset() {
        return probeOffset;
    }

    /**
     * Checks the {@code expo_resonance} condition (kg.md section 3.2) on the current state and records the warning
     * once: filter none, {@code h omega_max >= 0.9 pi} and more than 1e-12 of the linear energy in modes with
     * {@code omega_k h >= 0.9 pi}.
     *
     * @return true if the warning is (now or earlier) recorded
     */
    public boolean checkResonance() {
        for (KgWarning w : warnings) {
            if (w.code().equals("expo_resonance")) {
                return true;
            }
        }
        if (!expo || params.filter() != Filter.NONE) {
            return false;
        }
        double wmax = 0.0;
        for (double w : omega) {
            wmax = Math.max(wmax, w);
        }
        double lim = 0.9 * Math.PI;
        if (dt * wmax < lim) {
            return false;
        }
        double total = 0.0;
        double high = 0.0;
        for (int k = 0; k < m; k++) {
            double e = 0.5 * basis.weight[k] * (piRe[k] * piRe[k] + piIm[k] * piIm[k]
                    + omega[k] * omega[k] * (phRe[k] * phRe[k] + phIm[k] * phIm[k]));
            total += e;
            if (omega[k] * dt >= lim) {
                high += e;
            }
        }
        double frac = total > 0.0 ? high / total : 0.0;
        if (frac > 1e-12) {
            warnings.add(new KgWarning("expo_resonance", "expo: h*omega_max = " + dt * wmax + " >= 0.9 pi and a "
                    + "fraction " + frac + " of the linear energy sits in modes with omega*h >= 0.9 pi "
                    + "(resonances at omega*h = j pi); use --filter sinc or a smaller dt"));
            return true;
        }
        return false;
    }

    /**
     * The warnings raised so far.
     *
     * @return an unmodifiable copy
     */
    public List<KgWarning> warnings() {
        return List.copyOf(warnings);
    }

    // ------------------------------------------------------------------ state, restart

    /**
     * The names of the state arrays, in order: {@code verlet*}: {@code phi} (psi with winding), {@code pi};
     * {@code expo*}: {@code phi_hat_re}, {@code phi_hat_im}, {@code pi_hat_re}, {@code pi_hat_im} (the pre-rotated
     * internal state); with step control also {@code rho} and {@code time} (one element each).
     *
     * @return a fresh array
     */
    public String[] stateOrder() {
        List<String> names = new ArrayList<>(expo ? List.of("phi_hat_re", "phi_hat_im", "pi_hat_re", "pi_hat_im")
                : List.of("phi", "pi"));
        if (reversibleControl) {
            names.add("rho");
            names.add("time");
        }
        return names.toArray(new String[0]);
    }

    private double[][] stateArrays() {
        double[][] a = expo ? new double[][] {phRe, phIm, piRe, piIm} : new double[][] {phi, pi};
        if (reversibleControl) {
            a = Arrays.copyOf(a, a.length + 2);
            a[a.length - 2] = new double[] {rho};
            a[a.length - 1] = new double[] {time};
        }
        return a;
    }

    /**
     * Copies the state arrays into {@code out} under the names of {@link #stateOrder()}.
     *
     * @param out the map. Modified.
     */
    public void writeState(Map<String, double[]> out) {
        if (out == null) {
            throw new IllegalArgumentException("out is null: must be a map");
        }
        String[] names = stateOrder();
        double[][] a = stateArrays();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], a[i].clone());
        }
    }

    /**
     * Restores a solver from {@link #writeState} arrays; continuing gives the same bits as an uninterrupted run
     * ({@link #maxAbsPhi()} then covers only the fields computed since the restore).
     *
     * @param p the parameters of the original run
     * @param state the state arrays by name. Not modified.
     * @param stepCount the number of steps already taken
     * @return the solver
     */
    public static KleinGordon restore(KgParams p, Map<String, double[]> state, long stepCount) {
        return restore(p, state, stepCount, DEFAULT_KERNELS);
    }

    static KleinGordon restore(KgParams p, Map<String, double[]> state, long stepCount, KgKernels kernels) {
        if (p == null || state == null) {
            throw new IllegalArgumentException("p and state must be non-null");
        }
        if (stepCount < 0) {
            throw new IllegalArgumentException("stepCount = " + stepCount + " is out of range: must be >= 0");
        }
        KleinGordon kg = new KleinGordon(p, kernels);
        String[] names = kg.stateOrder();
        double[][] a = kg.stateArrays();
        for (int i = 0; i < names.length; i++) {
            double[] s = state.get(names[i]);
            if (s == null || s.length != a[i].length) {
                throw new IllegalArgumentException("state[" + names[i] + "]" + (s == null ? " is missing"
                        : ".length = " + s.length) + ": must have " + a[i].length + " elements");
            }
            if (i < (kg.expo ? 4 : 2)) {
                System.arraycopy(s, 0, a[i], 0, s.length);
            }
        }
        kg.steps = stepCount;
        if (kg.reversibleControl) {
            kg.rho = state.get("rho")[0];
            kg.time = state.get("time")[0];
        } else {
            kg.time = stepCount * p.dt();
        }
        if (!kg.expo) {
            kg.verletForce(false, 0.0);
        }
        return kg;
    }

    /**
     * SHA-256 of the state arrays in {@link #stateOrder()}, each double as its IEEE bits, little-endian.
     *
     * @return 32 bytes
     */
    public byte[] stateSha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (double[] a : stateArrays()) {
                ByteBuffer b = ByteBuffer.allocate(8 * a.length).order(ByteOrder.LITTLE_ENDIAN);
                for (double v : a) {
                    b.putLong(Double.doubleToRawLongBits(v));
                }
                md.update(b.array());
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * The FFT provider in use.
     *
     * @return the provider name
     */
    public String fftProvider() {
        return basis.provider();
    }
}
