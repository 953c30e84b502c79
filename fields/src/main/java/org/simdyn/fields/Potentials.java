package org.simdyn.fields;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.simdyn.fields.internal.KgKernels;
import org.simdyn.fields.internal.KgKernelsScalar;
import org.simdyn.vector.DetMath;

/**
 * The built-in potentials (kg.md section 1) and user potentials.
 *
 * <table>
 *   <caption>Built-in potentials</caption>
 *   <tr><th>name</th><th>V</th><th>vacua; barrier levels</th><th>default mu^2</th></tr>
 *   <tr><td>{@code linear}</td><td>m^2 phi^2 / 2</td><td>0; none</td><td>m^2</td></tr>
 *   <tr><td>{@code phi4}</td><td>(lambda/4)(phi^2 - v^2)^2</td><td>+-v; 0</td><td>0</td></tr>
 *   <tr><td>{@code sine-gordon}</td><td>1 - cos phi</td><td>2 pi n; (2n+1) pi</td><td>1</td></tr>
 *   <tr><td>{@code double-sine-gordon}</td><td>1 - cos phi + eta (1 - cos 2 phi)</td><td>2 pi n; (2n+1) pi
 *       </td><td>1 + 4 eta</td></tr>
 *   <tr><td>{@code phi6}</td><td>(lambda/2) phi^2 (phi^2 - v^2)^2</td><td>0, +-v; +-v/sqrt 3</td><td>0</td></tr>
 * </table>
 * Literature: phi^4 meson mass^2 = 2 lambda v^2, kink energy (2 sqrt 2 / 3) sqrt(lambda) v^3; sine-Gordon kink
 * energy 8, breather 16 eps; phi^6 kink energy sqrt(lambda) v^4 / 4. Sine-Gordon terms use the deterministic
 * {@code DetMath.sin/cos}.
 */
public final class Potentials {

    private Potentials() {
    }

    /**
     * The linear (free) Klein-Gordon potential.
     *
     * @param mass m, finite and {@code >= 0}
     * @return {@code V = m^2 phi^2 / 2}
     */
    public static Potential linear(double mass) {
        check("mass", mass, mass >= 0.0, ">= 0");
        double m2 = mass * mass;
        return new Builtin("linear", KgKernels.LINEAR, m2, 0.0, m2, new double[0], false, params("mass", mass));
    }

    /**
     * The phi^4 double well.
     *
     * @param lambda lambda &gt; 0
     * @param vacuum v &gt; 0
     * @return {@code V = (lambda/4)(phi^2 - v^2)^2}
     */
    public static Potential phi4(double lambda, double vacuum) {
        check("lambda", lambda, lambda > 0.0, "> 0");
        check("vacuum", vacuum, vacuum > 0.0, "> 0");
        return new Builtin("phi4", KgKernels.PHI4, lambda, vacuum * vacuum, 0.0, new double[] {0.0}, false,
                params("lambda", lambda, "vacuum", vacuum));
    }

    /**
     * The sine-Gordon potential.
     *
     * @return {@code V = 1 - cos phi}
     */
    public static Potential sineGordon() {
        return new Builtin("sine-gordon", KgKernels.SINE_GORDON, 0.0, 0.0, 1.0, new double[] {Math.PI}, true,
                params());
    }

    /**
     * The double sine-Gordon potential.
     *
     * @param eta eta &gt; -1/4
     * @return {@code V = 1 - cos phi + eta (1 - cos 2 phi)}
     */
    public static Potential doubleSineGordon(double eta) {
        check("eta", eta, eta > -0.25, "> -1/4");
        return new Builtin("double-sine-gordon", KgKernels.DOUBLE_SINE_GORDON, eta, 0.0, 1.0 + 4.0 * eta,
                new double[] {Math.PI}, true, params("eta", eta));
    }

    /**
     * The phi^6 potential with three vacua.
     *
     * @param lambda lambda &gt; 0
     * @param vacuum v &gt; 0
     * @return {@code V = (lambda/2) phi^2 (phi^2 - v^2)^2}
     */
    public static Potential phi6(double lambda, double vacuum) {
        check("lambda", lambda, lambda > 0.0, "> 0");
        check("vacuum", vacuum, vacuum > 0.0, "> 0");
        double b = vacuum / Math.sqrt(3.0);
        return new Builtin("phi6", KgKernels.PHI6, lambda, vacuum * vacuum, 0.0, new double[] {-b, b}, false,
                params("lambda", lambda, "vacuum", vacuum));
    }

    /**
     * A built-in potential by its {@code --potential} name with the given parameters (missing ones take their
     * defaults: mass 1, lambda 1, vacuum 1, eta 0.5).
     *
     * @param name {@code linear}, {@code phi4}, {@code sine-gordon}, {@code double-sine-gordon} or {@code phi6}
     * @param parameters the parameters by name. Not modified.
     * @return the potential
     * @throws IllegalArgumentException for an unknown name or a bad parameter
     */
    public static Potential byName(String name, Map<String, Double> parameters) {
        Map<String, Double> p = parameters == null ? Map.of() : parameters;
        return switch (name == null ? "" : name) {
            case "linear" -> linear(p.getOrDefault("mass", 1.0));
            case "phi4" -> phi4(p.getOrDefault("lambda", 1.0), p.getOrDefault("vacuum", 1.0));
            case "sine-gordon" -> sineGordon();
            case "double-sine-gordon" -> doubleSineGordon(p.getOrDefault("eta", 0.5));
            case "phi6" -> phi6(p.getOrDefault("lambda", 1.0), p.getOrDefault("vacuum", 1.0));
            default -> throw new IllegalArgumentException("potential = '" + name + "' is unknown: must be one of "
                    + "linear, phi4, sine-gordon, double-sine-gordon, phi6");
        };
    }

    /**
     * A user potential from callbacks (scalar path; no SIMD kernel).
     *
     * @param name a name for reports, non-null
     * @param v V, non-null
     * @param dv V', non-null
     * @param d2v V'', non-null
     * @param d3v V''' or null (then reversible step control is refused)
     * @param mu2 the mass of the exact linear part, finite and {@code >= 0}
     * @param barriers the barrier levels, or null for {0}. Not modified.
     * @param periodic2Pi whether {@code V(f + 2 pi) = V(f)} (allows winding boundaries)
     * @return the potential
     */
    public static Potential of(String name, DoubleUnaryOperator v, DoubleUnaryOperator dv, DoubleUnaryOperator d2v,
            DoubleUnaryOperator d3v, double mu2, double[] barriers, boolean periodic2Pi) {
        if (name == null || v == null || dv == null || d2v == null) {
            throw new IllegalArgumentException("name, V, V' and V'' must be non-null");
        }
        check("mu2", mu2, mu2 >= 0.0, ">= 0");
        double[] b = barriers == null ? new double[] {0.0} : barriers.clone();
        return new User(name, v, dv, d2v, d3v, mu2, b, periodic2Pi);
    }

    private static void check(String name, double value, boolean ok, String range) {
        if (!ok || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + " is out of range: must be finite and "
                    + range);
        }
    }

    private static Map<String, Double> params(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * A built-in potential, evaluated by the {@link KgKernels} of its kind.
     *
     * @param name the name
     * @param kind the kernel kind
     * @param p0 first kernel parameter
     * @param p1 second kernel parameter
     * @param mu2 default linear mass
     * @param barriers barrier levels
     * @param periodic2Pi whether 2 pi-periodic
     * @param parameters parameters for reports
     */
    record Builtin(String name, int kind, double p0, double p1, double mu2, double[] barriers, boolean periodic2Pi,
            Map<String, Double> parameters) implements Potential {

        @Override
        public double value(double f) {
            return KgKernelsScalar.value(kind, p0, p1, f);
        }

        @Override
        public double derivative(double f) {
            return KgKernelsScalar.derivative(kind, p0, p1, f);
        }

        @Override
        public double second(double f) {
            return switch (kind) {
                case KgKernels.LINEAR -> p0;
                case KgKernels.PHI4 -> p0 * (3.0 * f * f - p1);
                case KgKernels.SINE_GORDON -> DetMath.cos(f);
                case KgKernels.DOUBLE_SINE_GORDON -> DetMath.cos(f) + 4.0 * p0 * DetMath.cos(2.0 * f);
                default -> p0 * (15.0 * f * f * f * f - 12.0 * p1 * f * f + p1 * p1);
            };
        }

        @Override
        public double third(double f) {
            return switch (kind) {
                case KgKernels.LINEAR -> 0.0;
                case KgKernels.PHI4 -> 6.0 * p0 * f;
                case KgKernels.SINE_GORDON -> -DetMath.sin(f);
                case KgKernels.DOUBLE_SINE_GORDON -> -DetMath.sin(f) - 8.0 * p0 * DetMath.sin(2.0 * f);
                default -> p0 * (60.0 * f * f * f - 24.0 * p1 * f);
            };
        }

        @Override
        public boolean hasThird() {
            return true;
        }

        @Override
        public double linearMassSquared() {
            return mu2;
        }

        @Override
        public double[] barrierLevels() {
            return barriers.clone();
        }
    }

    /** A user potential. */
    private record User(String name, DoubleUnaryOperator v, DoubleUnaryOperator dv, DoubleUnaryOperator d2v,
            DoubleUnaryOperator d3v, double mu2, double[] barriers, boolean periodic2Pi) implements Potential {

        @Override
        public double value(double f) {
            return v.applyAsDouble(f);
        }

        @Override
        public double derivative(double f) {
            return dv.applyAsDouble(f);
        }

        @Override
        public double second(double f) {
            return d2v.applyAsDouble(f);
        }

        @Override
        public double third(double f) {
            if (d3v == null) {
                throw new UnsupportedOperationException("potential " + name + " has no third derivative");
            }
            return d3v.applyAsDouble(f);
        }

        @Override
        public boolean hasThird() {
            return d3v != null;
        }

        @Override
        public double linearMassSquared() {
            return mu2;
        }

        @Override
        public double[] barrierLevels() {
            return barriers.clone();
        }
    }
}
