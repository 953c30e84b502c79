package org.simdyn.cli.kg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.simdyn.cli.common.ConfigFile;
import org.simdyn.cli.common.NpyStream;
import org.simdyn.cli.common.Parameters;
import org.simdyn.cli.common.RunContext;
import org.simdyn.cli.common.UsageException;
import org.simdyn.cli.common.Warning;
import org.simdyn.fields.Boundary;
import org.simdyn.fields.Filter;
import org.simdyn.fields.Grid;
import org.simdyn.fields.InitialConditions;
import org.simdyn.fields.KgParams;
import org.simdyn.fields.Method;
import org.simdyn.fields.Potential;
import org.simdyn.fields.Potentials;
import org.simdyn.fields.StepControl;

/**
 * A {@code kg run} resolved from its parameters (kg.md sections 8, 8.2 and 9): grid, potential, integrator,
 * initial state, run length and diagnostics settings, all checked before any work. The amangkurat dialect maps
 * {@code x_max} to {@code L = x_max - x_min} and corrects the physics with warnings {@code kink_bc_antiperiodic},
 * {@code amangkurat_ic_corrected} and {@code gaussian_velocity}.
 *
 * @param params the solver parameters
 * @param potentialName the potential's canonical name
 * @param ic the initial condition's canonical name
 * @param phi0 the initial field (full, winding included)
 * @param pi0 the initial momentum
 * @param steps the number of steps (with reversible step control: of sample intervals dt)
 * @param seriesEvery the diagnostic interval in steps
 * @param probe the probe point, one coordinate per axis
 * @param x0 the IC centre, one coordinate per axis
 * @param classify whether the run is a classified collision
 * @param nRun {@code --classify}: steps to T_run (else 0)
 * @param nOut {@code --classify}: steps of t_out (else 0)
 * @param warnings warnings of the input
 * @param p the parameters in force
 */
record KgSetup(KgParams params, String potentialName, String ic, double[] phi0, double[] pi0, long steps,
        long seriesEvery, double[] probe, double[] x0, boolean classify, long nRun, long nOut, List<Warning> warnings,
        Parameters p) {

    /** Relative tolerance of "a multiple of dt" (kg.md rule 3). */
    static final double MULTIPLE_TOL = 1e-9;

    static KgSetup of(Parameters p, RunContext ctx) {
        List<Warning> warnings = new ArrayList<>();
        boolean amangkurat = ctx.config() != null && ConfigFile.AMANGKURAT.equals(ctx.config().dialect());
        int dim = (int) p.integer("dim");
        int[] shape = ints("N", p.text("N"), dim);
        if (p.text("L") != null && p.value("x_max") != null) {
            throw new IllegalArgumentException("L = " + p.text("L") + " cannot be combined with x_max = "
                    + p.real("x_max") + ": give one");
        }
        double[] length = reals("L", p.text("L") == null ? "400" : p.text("L"), dim);
        double[] origin = new double[dim];
        if (p.text("x_min") != null) {
            origin = reals("x_min", p.text("x_min"), dim);
        } else if (p.value("x_max") != null) {
            throw new IllegalArgumentException("x_max = " + p.real("x_max") + " needs x_min (L = x_max - x_min)");
        } else {
            for (int a = 0; a < dim; a++) {
                origin[a] = -0.5 * length[a];
            }
        }
        if (p.value("x_max") != null) {
            double xMax = p.real("x_max");
            if (dim != 1 || !(xMax > origin[0])) {
                throw new IllegalArgumentException("x_max = " + xMax + " is out of range: must be > x_min = "
                        + origin[0] + " (1-D)");
            }
            length[0] = xMax - origin[0];
        }
        String potentialName = p.text("potential").replace('_', '-');
        String ic = p.text("ic").replace('_', '-');
        Map<String, Double> pp = new LinkedHashMap<>();
        pp.put("mass", p.real("mass"));
        pp.put("lambda", p.real("lambda"));
        pp.put("vacuum", p.real("vacuum"));
        pp.put("eta", p.real("eta"));
        Potential potential = Potentials.byName(potentialName, pp);
        double u = p.real("u");
        double[] x0 = reals("x0", p.text("x0"), dim);
        boolean sg = potentialName.equals("sine-gordon") || potentialName.equals("double-sine-gordon");
        boolean phi4 = potentialName.equals("phi4") || potentialName.equals("phi6");
        String bcName = p.text("bc");
        long q = p.integer("winding");
        boolean single = ic.equals("kink") || ic.equals("antikink");
        int s = ic.equals("antikink") ? -1 : 1;
        if (single && !potentialName.equals("phi4") && !potentialName.equals("sine-gordon")) {
            throw new IllegalArgumentException("ic = " + ic + " is out of range for potential = " + potentialName
                    + ": a single kink needs phi4 or sine-gordon");
        }
        Boundary b0;
        switch (bcName) {
            case "periodic" -> {
                if (single || ic.equals("wall")) {
                    throw new IllegalArgumentException("bc = periodic is out of range for ic = " + ic + ": a single "
                            + "kink has a jump of 2v at the seam of a periodic box; use --bc antiperiodic or ic = "
                            + "kink-antikink");
                }
                b0 = Boundary.PERIODIC;
            }
            case "antiperiodic" -> {
                if (single && sg) {
                    throw new IllegalArgumentException("bc = antiperiodic is out of range for a sine-gordon kink: it "
                            + "needs --bc winding (Q = " + s + ")");
                }
                if (ic.equals("kink-antikink") || ic.equals("wall-pair") || ic.equals("bubble")
                        || (ic.equals("vacuum") && phi4)) {
                    throw new IllegalArgumentException("bc = antiperiodic is out of range for ic = " + ic + ": the "
                            + "field is the same vacuum at both ends, so phi(x + L) = -phi(x) puts a jump of 2v at "
                            + "the seam; use --bc periodic");
                }
                b0 = Boundary.ANTIPERIODIC;
            }
            case "winding" -> {
                long w = q != 0 ? q : single && sg ? s : 0;
                if (w == 0) {
                    throw new IllegalArgumentException("winding = 0 is out of range for bc = winding: must be a "
                            + "non-zero integer");
                }
                if (!potential.periodic2Pi()) {
                    throw new IllegalArgumentException("bc = winding is out of range for potential = "
                            + potentialName + ": winding needs V(phi + 2 pi) = V(phi)");
                }
                if (!(single && sg && w == s) && !ic.equals("npy")) {
                    throw new IllegalArgumentException("winding = " + w + " is out of range for ic = " + ic + ": "
                            + "the initial field does not wind by 2 pi Q across the box (a sine-gordon kink winds "
                            + "by +1, an antikink by -1)");
                }
                b0 = Boundary.winding((int) w);
            }
            default -> {
                if (single && sg) {
                    b0 = Boundary.winding(s);
                } else if (single || ic.equals("wall")) {
                    b0 = Boundary.ANTIPERIODIC;
                    if (amangkurat) {
                        warnings.add(new Warning("kink_bc_antiperiodic", "ic_type = kink: a single kink on a "
                                + "periodic box has a jump of 2v at the seam (amangkurat's set-up); simdyn uses an "
                                + "antiperiodic box"));
                    }
                } else {
                    b0 = Boundary.PERIODIC;
                }
            }
        }
        if (q != 0 && !bcName.equals("winding")) {
            throw new IllegalArgumentException("winding = " + q + " is out of range without --bc winding: must be 0");
        }
        Boundary[] bc = new Boundary[dim];
        Arrays.fill(bc, Boundary.PERIODIC);
        bc[0] = b0;
        Grid grid = new Grid(shape, length, origin, bc);
        Method method = Method.of(p.text("method"));
        double dt = p.real("dt");
        KgParams params = KgParams.of(grid, potential, method, dt).withFilter(Filter.of(p.text("filter")));
        if (p.value("m2_linear") != null) {
            params = params.withMu2(p.real("m2_linear"));
        }
        double[] sponge = reals("sponge_width", p.text("sponge_width"), dim);
        params = new KgParams(grid, potential, method, dt, params.filter(), params.mu2(), p.real("damping"), sponge,
                p.real("sponge_strength"), p.text("step_control").equals("reversible")
                        ? StepControl.reversible(p.real("step_kappa")) : StepControl.FIXED);

        boolean classify = p.bool("classify");
        long nRun = 0;
        long nOut = 0;
        if (classify) {
            if (dim != 1 || !potentialName.equals("phi4") || !ic.equals("kink-antikink")) {
                throw new IllegalArgumentException("classify = true is out of range for dim = " + dim + ", potential = "
                        + potentialName + ", ic = " + ic + ": must be 1-D phi4 kink-antikink");
            }
            if (!(u > 0.0)) {
                throw new IllegalArgumentException("u = " + u + " is out of range for --classify: must be in (0, 1)");
            }
            nRun = Math.round((p.real("separation") / (2.0 * u) + p.real("t_after")) / dt);
            nOut = Math.round(p.real("t_out") / dt);
        }
        long steps;
        if (p.value("steps") != null) {
            if (p.value("T") != null) {
                throw new IllegalArgumentException("T = " + p.real("T") + " cannot be combined with steps = "
                        + p.integer("steps") + ": give one");
            }
            steps = p.integer("steps");
        } else if (p.value("T") != null) {
            steps = multiple(p.given("T"), p.real("T"), dt);
        } else {
            steps = classify ? nRun + nOut : multiple("T", 50.0, dt);
        }
        long seriesEvery = multiple("diag_every", p.real("diag_every"), dt);
        if (seriesEvery < 1) {
            throw new IllegalArgumentException("diag_every = " + p.real("diag_every") + " is out of range: must be a "
                    + "positive multiple of dt = " + dt);
        }
        double[] probe = p.text("probe_x") == null ? x0.clone() : reals("probe_x", p.text("probe_x"), dim);
        for (int a = 0; a < dim; a++) {
            if (!(probe[a] >= origin[a] && probe[a] < origin[a] + length[a])) {
                throw new IllegalArgumentException("probe_x = " + probe[a] + " is out of range: must be in ["
                        + origin[a] + ", " + (origin[a] + length[a]) + ")");
            }
        }
        String delay = p.text("embed_delay");
        if (!delay.equals("auto")) {
            ints("embed_delay", delay, 1);
        }

        int n = grid.size();
        double[] phi0 = new double[n];
        double[] pi0 = new double[n];
        double sep = p.real("separation");
        switch (ic) {
            case "gaussian" -> {
                InitialConditions.gaussian(grid, p.real("amplitude"), p.real("width"), x0, u, phi0, pi0);
                if (amangkurat && u != 0.0) {
                    warnings.add(new Warning("gaussian_velocity", "velocity = " + u + " of a gaussian: simdyn "
                            + "translates the pulse (pi = -u dphi/dx); amangkurat multiplied phi by the velocity"));
                }
            }
            case "kink", "antikink" -> InitialConditions.kink(grid, potential, s, x0[0], u, 0.0, phi0, pi0);
            case "kink-antikink" -> {
                InitialConditions.kinkAntikink(grid, potential, x0[0], sep, u, phi0, pi0);
                if (amangkurat) {
                    warnings.add(new Warning("amangkurat_ic_corrected", "ic_type = kink_antikink: simdyn builds "
                            + "v[tanh z1 - tanh z2 - 1] (-v outside the pair, +v between) with the antikink moving "
                            + "left; amangkurat omitted the -v offset and moved the antikink the wrong way "
                            + "(false-vacuum decay)"));
                }
            }
            case "breather" -> {
                requireSg(ic, potentialName);
                InitialConditions.breather(grid, p.real("omega"), x0[0], u, p.real("t0"), 0.0, phi0, pi0);
                if (amangkurat) {
                    warnings.add(new Warning("amangkurat_ic_corrected", "ic_type = breather: simdyn starts from the "
                            + "exact sine-Gordon breather 4 arctan[(eps/omega) sin(omega t)/cosh(eps x)]; amangkurat "
                            + "used 1/eps for eps/omega and an odd pi, so its lump drifted"));
                }
            }
            case "sg-kink-antikink" -> {
                requireSg(ic, potentialName);
                InitialConditions.sgKinkAntikink(grid, u, x0[0], p.real("t0"), 0.0, phi0, pi0);
            }
            case "wall" -> InitialConditions.wall(grid, potential, 1, x0[0], u, phi0, pi0);
            case "wall-pair" -> InitialConditions.wallPair(grid, potential, x0[0], sep, u, phi0, pi0);
            case "bubble" -> InitialConditions.bubble(grid, potential, x0, p.real("radius"), phi0, pi0);
            case "vacuum" -> Arrays.fill(phi0, phi4 ? p.real("vacuum") : 0.0);
            case "npy" -> {
                if (p.text("phi0_file") == null) {
                    throw new IllegalArgumentException("phi0_file is missing: ic = npy needs --phi0-file");
                }
                npy("phi0_file", p.text("phi0_file"), shape, phi0);
                if (p.text("pi0_file") != null) {
                    npy("pi0_file", p.text("pi0_file"), shape, pi0);
                }
            }
            default -> throw new IllegalStateException("ic " + ic);
        }
        if (!ic.equals("npy") && (p.text("phi0_file") != null || p.text("pi0_file") != null)) {
            throw new IllegalArgumentException("phi0_file/pi0_file is out of range for ic = " + ic
                    + ": files are read with ic = npy only");
        }
        return new KgSetup(params, potentialName, ic, phi0, pi0, steps, seriesEvery, probe, x0, classify, nRun, nOut,
                List.copyOf(warnings), p);
    }

    private static void requireSg(String ic, String potential) {
        if (!potential.equals("sine-gordon")) {
            throw new IllegalArgumentException("ic = " + ic + " is out of range for potential = " + potential
                    + ": it needs sine-gordon");
        }
    }

    /** {@code value / dt} as a step count, if it is an integer to 1e-9 relative. */
    static long multiple(String key, double value, double dt) {
        double r = value / dt;
        long k = Math.round(r);
        if (Math.abs(r - k) > MULTIPLE_TOL * Math.max(1.0, Math.abs(r))) {
            throw new IllegalArgumentException(key + " = " + value + " is out of range: must be a multiple of dt = "
                    + dt + " (" + key + " / dt = " + r + ")");
        }
        return k;
    }

    /** Comma-separated integers, one per axis (one value = all axes). */
    static int[] ints(String key, String text, int dim) {
        String[] parts = split(key, text, dim);
        int[] out = new int[dim];
        for (int a = 0; a < dim; a++) {
            String t = parts[parts.length == 1 ? 0 : a].strip();
            try {
                double v = Double.parseDouble(t);
                if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                    throw new NumberFormatException();
                }
                out[a] = (int) v;
            } catch (NumberFormatException e) {
                throw new UsageException(key + " = " + text + " is not accepted: must be " + dim
                        + (dim == 1 ? " integer" : " integers (or one for all axes)"));
            }
        }
        return out;
    }

    /** Comma-separated finite reals, one per axis (one value = all axes). */
    static double[] reals(String key, String text, int dim) {
        String[] parts = split(key, text, dim);
        double[] out = new double[dim];
        for (int a = 0; a < dim; a++) {
            String t = parts[parts.length == 1 ? 0 : a].strip().toLowerCase(Locale.ROOT);
            double v;
            try {
                v = t.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?") ? Double.parseDouble(t) : Double.NaN;
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
                throw new UsageException(key + " = " + text + " is out of range: must be " + dim + " finite "
                        + (dim == 1 ? "number" : "numbers (or one for all axes)"));
            }
            out[a] = v;
        }
        return out;
    }

    private static String[] split(String key, String text, int dim) {
        String[] parts = text.split(",", -1);
        if (parts.length != 1 && parts.length != dim) {
            throw new UsageException(key + " = " + text + " is not accepted: must have 1 or dim = " + dim
                    + " comma-separated values");
        }
        return parts;
    }

    /** Reads a float64 NPY array of the grid shape. */
    private static void npy(String key, String file, int[] shape, double[] out) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(key + " = " + file + ": no such file");
        }
        try {
            NpyStream.Header h = NpyStream.header(path);
            long[] want = Arrays.stream(shape).asLongStream().toArray();
            if (h.float32() || !Arrays.equals(h.shape(), want)) {
                throw new UsageException(key + " = " + file + " is not accepted: " + (h.float32() ? "float32"
                        : "float64") + " of shape " + Arrays.toString(h.shape()) + "; must be float64 of shape "
                        + Arrays.toString(want));
            }
            double[] v = NpyStream.read(path, 0, shape[0]);
            System.arraycopy(v, 0, out, 0, out.length);
        } catch (IOException e) {
            throw new UsageException(key + " = " + file + " is not accepted: not a float64 NPY file ("
                    + e.getMessage() + ")");
        }
        for (int j = 0; j < out.length; j++) {
            if (!Double.isFinite(out[j])) {
                throw new UsageException(key + " = " + file + " is not accepted: value " + j + " is " + out[j]
                        + "; must be finite");
            }
        }
    }
}
