package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.simdyn.vector.Parallel;
import org.simdyn.vector.VectorRuntime;
import org.simdyn.vector.fft.Fft;
import org.simdyn.vector.random.Philox4x32;
import org.simdyn.vector.spi.FftProvider;
import org.simdyn.vector.spi.LapackProvider;

/**
 * Describes where simdyn runs, as the JSON objects of {@code simdyn info --json} (foundation spec section 6),
 * which run provenance reuses: {@code simdyn}, {@code jdk}, {@code os}, {@code threads}, {@code cpu},
 * {@code vector}, {@code fft}, {@code lapack}, {@code rng}.
 */
public final class Environment {
    /** The RNG of every simdyn stream. */
    public static final String GENERATOR = "Philox4x32-10";

    private Environment() {
    }

    /** @return {@code {version}} */
    public static ObjectNode simdyn() {
        ObjectNode o = Json.object();
        o.put("version", Version.value());
        return o;
    }

    /** @return {@code {version, vendor, vm, home, c2}} of the running JVM */
    public static ObjectNode jdk() {
        ObjectNode o = Json.object();
        o.put("version", Runtime.version().toString());
        o.put("vendor", System.getProperty("java.vendor"));
        o.put("vm", System.getProperty("java.vm.name"));
        o.put("home", System.getProperty("java.home"));
        o.put("c2", c2Active());
        return o;
    }

    /** @return {@code {name, arch}} */
    public static ObjectNode os() {
        ObjectNode o = Json.object();
        o.put("name", System.getProperty("os.name"));
        o.put("arch", System.getProperty("os.arch"));
        return o;
    }

    /**
     * Returns the worker-thread count in force: {@link Parallel#threads()}, i.e. {@code -Dsimdyn.threads},
     * default the number of available processors.
     *
     * @return 1..1024
     * @throws UsageException if the property is set to anything but an integer in [1, 1024]
     */
    public static int threads() {
        try {
            return Parallel.threads();
        } catch (IllegalArgumentException e) {
            throw new UsageException("-D" + e.getMessage());
        }
    }

    /** @return {@code {model, cores, features}} */
    public static ObjectNode cpu() {
        ObjectNode o = Json.object();
        o.put("model", VectorRuntime.cpuModel());
        o.put("cores", Runtime.getRuntime().availableProcessors());
        ArrayNode features = o.putArray("features");
        VectorRuntime.cpuFeatures().forEach(features::add);
        return o;
    }

    /** @return {@code {provider, bits, double_lanes, preferred_bits, fma, override, reason}} */
    public static ObjectNode vector() {
        ObjectNode o = vectorShort();
        o.put("double_lanes", VectorRuntime.doubleLanes());
        o.put("preferred_bits", VectorRuntime.preferredBits());
        o.put("fma", VectorRuntime.hasFastFma());
        o.put("override", VectorRuntime.override());
        o.put("reason", VectorRuntime.reason());
        return o;
    }

    /** @return {@code {provider, bits}}: {@code "panama"} or {@code "scalar"}, and 0, 128, 256 or 512 */
    public static ObjectNode vectorShort() {
        ObjectNode o = Json.object();
        o.put("provider", VectorRuntime.mode().name().toLowerCase(Locale.ROOT));
        o.put("bits", VectorRuntime.bits());
        return o;
    }

    /**
     * Returns {@code {default, providers: [{name, available, description, reason}]}}: the provider that
     * {@code -Dsimdyn.fft} selects and every provider discovered ({@code java} first); {@code reason} is null
     * when available.
     *
     * @return the FFT providers
     */
    public static ObjectNode fft() {
        ObjectNode o = Json.object();
        o.put("default", Fft.provider().name());
        ArrayNode list = o.putArray("providers");
        for (FftProvider p : Fft.providers()) {
            ObjectNode e = list.addObject();
            e.put("name", p.name());
            e.put("available", p.isAvailable());
            e.put("description", p.description());
            e.put("reason", p.unavailableReason());
        }
        return o;
    }

    /**
     * Returns {@code {available, description, reason}} of LAPACKE: the first available
     * {@link LapackProvider}, else the first provider found with its reason ({@code description} null), else
     * the reason that no provider is on the class path. {@code reason} is null when available.
     *
     * @return the LAPACK provider
     */
    public static ObjectNode lapack() {
        ObjectNode o = Json.object();
        Optional<LapackProvider> found = LapackProvider.find();
        if (found.isPresent()) {
            o.put("available", true);
            o.put("description", found.get().description());
            o.putNull("reason");
            return o;
        }
        List<LapackProvider> all = LapackProvider.providers();
        o.put("available", false);
        o.putNull("description");
        o.put("reason", all.isEmpty() ? "no LapackProvider on the class path (simdyn-native missing)"
                : all.get(0).unavailableReason());
        return o;
    }

    /** @return {@code {generator, stream_version}} */
    public static ObjectNode rng() {
        ObjectNode o = Json.object();
        o.put("generator", GENERATOR);
        o.put("stream_version", Philox4x32.STREAM_VERSION);
        return o;
    }

    /**
     * Returns whether the C2 (optimising) JIT compiler is active: not {@code -Xint}, and with tiered
     * compilation not stopped below level 4.
     *
     * @return whether C2 compiles hot code
     */
    public static boolean c2Active() {
        if (System.getProperty("java.vm.info", "").contains("interpreted")) {
            return false;
        }
        try {
            HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (bean == null) {
                return ManagementFactory.getCompilationMXBean() != null;
            }
            boolean tiered = Boolean.parseBoolean(bean.getVMOption("TieredCompilation").getValue());
            return !tiered || "4".equals(bean.getVMOption("TieredStopAtLevel").getValue());
        } catch (RuntimeException | LinkageError e) {
            return ManagementFactory.getCompilationMXBean() != null;
        }
    }
}
