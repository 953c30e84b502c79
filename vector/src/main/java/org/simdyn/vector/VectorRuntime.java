package org.simdyn.vector;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides once per JVM whether simdyn's kernels run their Panama (Vector API) twins or their scalar twins,
 * and at which vector width.
 *
 * <p>The decision is made the first time any method here is called (holder-class idiom) and logged once
 * through {@link System.Logger} {@code org.simdyn.vector} at {@code INFO}, or at {@code WARNING} when the
 * result is not what the user asked for. Panama mode requires all of:
 * <ul>
 *   <li>{@code jdk.incubator.vector} in the boot layer (the JVM was started with
 *       {@code --add-modules jdk.incubator.vector});</li>
 *   <li>the C2 compiler (not {@code -Xint}, not {@code -XX:TieredStopAtLevel} below 4): interpreted or
 *       C1-compiled vector code is orders of magnitude slower than scalar code;</li>
 *   <li>the Panama classes load.</li>
 * </ul>
 * The system property {@code simdyn.vector} overrides the width: {@code scalar}, {@code 128}, {@code 256},
 * {@code 512} or {@code preferred} (the default, {@code VectorShape.preferredShape()}). Widths above the
 * hardware's are legal (the Vector API emulates them, slowly); they exist so that tests can check that every
 * width gives the same bits. An invalid value gives one {@code WARNING} and {@code preferred}.
 *
 * <p>Every module loads its Panama twins through {@link #select(Class, String, Object)}, so that scalar
 * classes never link {@code jdk.incubator.vector} and a runtime without it works in scalar mode.
 *
 * <p>Thread safety: all methods are thread-safe; the decision is immutable once made.
 */
public final class VectorRuntime {

    /** Which family of kernels runs. */
    public enum Mode {
        /** Vector API ({@code jdk.incubator.vector}) kernels. */
        PANAMA,
        /** Plain Java scalar kernels. */
        SCALAR
    }

    /** System property that overrides the decision. */
    public static final String PROPERTY = "simdyn.vector";

    private static final System.Logger LOG = System.getLogger("org.simdyn.vector");
    private static final String PROBE = "org.simdyn.vector.internal.PanamaProbe";
    private static final String FEATURES = "sse2 avx avx2 fma avx512f avx512dq avx512vl avx512bw asimd sve";

    private VectorRuntime() {
    }

    private record State(Mode mode, int bits, int preferredBits, String override, String reason, boolean warn) {
    }

    private static final class Holder {
        static final State STATE = decide();

        static {
            String text = "simdyn vector: " + describe(STATE) + " (" + STATE.reason() + ")";
            LOG.log(STATE.warn() ? System.Logger.Level.WARNING : System.Logger.Level.INFO, text);
        }
    }

    private static final class Cpu {
        static final String MODEL;
        static final List<String> FEATURE_LIST;

        static {
            String model = System.getProperty("os.arch");
            String flags = "";
            try {
                for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                    int colon = line.indexOf(':');
                    if (colon < 0) {
                        continue;
                    }
                    String key = line.substring(0, colon).trim();
                    String value = line.substring(colon + 1).trim();
                    if (key.equals("model name") && model.equals(System.getProperty("os.arch"))) {
                        model = value;
                    } else if ((key.equals("flags") || key.equals("Features")) && flags.isEmpty()) {
                        flags = " " + value + " ";
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: keep os.arch and no features
            }
            List<String> found = new ArrayList<>();
            for (String f : FEATURES.split(" ")) {
                if (flags.contains(" " + f + " ")) {
                    found.add(f);
                }
            }
            MODEL = model;
            FEATURE_LIST = List.copyOf(found);
        }
    }

    private static State decide() {
        String raw = System.getProperty(PROPERTY);
        String value = raw == null ? "preferred" : raw.trim().toLowerCase(Locale.ROOT);
        boolean warn = false;
        String invalid = null;
        int requested;
        switch (value) {
            case "scalar" -> requested = 0;
            case "128" -> requested = 128;
            case "256" -> requested = 256;
            case "512" -> requested = 512;
            case "preferred" -> requested = -1;
            default -> {
                requested = -1;
                warn = true;
                invalid = "invalid -D" + PROPERTY + "=" + raw + " (allowed: scalar, 128, 256, 512, preferred)"
                        + ", using preferred";
            }
        }
        String override = raw == null ? null : raw;
        String prefix = invalid == null ? "" : invalid + "; ";
        var vectorModule = ModuleLayer.boot().findModule("jdk.incubator.vector");
        if (requested == 0) {
            // The hardware width is still reported (info, provenance) when the Vector API is present.
            int hardware = 0;
            if (vectorModule.isPresent()) {
                VectorRuntime.class.getModule().addReads(vectorModule.get());
                try {
                    hardware = probePreferredBits();
                } catch (Throwable t) {
                    hardware = 0;
                }
            }
            return new State(Mode.SCALAR, 0, hardware, override, "forced by -D" + PROPERTY + "=scalar", false);
        }
        if (vectorModule.isEmpty()) {
            return new State(Mode.SCALAR, 0, 0, override,
                    prefix + "jdk.incubator.vector is not in the boot layer (start the JVM with "
                            + "--add-modules jdk.incubator.vector)", true);
        }
        VectorRuntime.class.getModule().addReads(vectorModule.get());
        String c2 = c2Problem();
        if (c2 != null) {
            return new State(Mode.SCALAR, 0, 0, override, prefix + c2, true);
        }
        int preferred;
        try {
            preferred = probePreferredBits();
        } catch (Throwable t) {
            return new State(Mode.SCALAR, 0, 0, override,
                    prefix + "the Panama classes failed to load: " + t, true);
        }
        if (requested < 0) {
            if (preferred < 128) {
                return new State(Mode.SCALAR, 0, preferred, override,
                        prefix + "the preferred vector shape has " + preferred
                                + " bits, fewer than 2 double lanes", true);
            }
            return new State(Mode.PANAMA, preferred, preferred, override,
                    prefix + "preferred shape of this CPU", warn);
        }
        String why = requested > preferred
                ? "forced by -D" + PROPERTY + "=" + requested + ", wider than the hardware's " + preferred
                + " bits (emulated, slow)"
                : "forced by -D" + PROPERTY + "=" + requested;
        return new State(Mode.PANAMA, requested, preferred, override, why, requested > preferred);
    }

    /** Loads the Panama probe and returns the preferred vector width; throws when the Vector API is unusable. */
    private static int probePreferredBits() throws ReflectiveOperationException {
        Class<?> probe = Class.forName(PROBE, true, VectorRuntime.class.getClassLoader());
        return (Integer) probe.getMethod("preferredBits").invoke(null);
    }

    /** Returns why C2 is not available, or null when it is. */
    private static String c2Problem() {
        String info = System.getProperty("java.vm.info", "");
        if (info.contains("interpreted")) {
            return "the JVM runs interpreted only (-Xint): vector code would be slower than scalar code";
        }
        try {
            var bean = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            if (bean != null) {
                String level = bean.getVMOption("TieredStopAtLevel").getValue();
                if (!"4".equals(level)) {
                    return "C2 is disabled (-XX:TieredStopAtLevel=" + level
                            + "): vector code would be slower than scalar code";
                }
            }
        } catch (Throwable t) {
            // not HotSpot or no management module: assume an optimising JIT
        }
        return null;
    }

    private static String describe(State s) {
        return s.mode() == Mode.SCALAR ? "scalar" : "panama " + s.bits() + "-bit (" + (s.bits() / 64)
                + " double lanes)";
    }

    /** Returns the mode in force. */
    public static Mode mode() {
        return Holder.STATE.mode();
    }

    /** Returns the vector width in bits in force: 128, 256 or 512, or 0 in scalar mode. */
    public static int bits() {
        return Holder.STATE.bits();
    }

    /** Returns the number of {@code double} lanes of one vector ({@code bits() / 64}), 1 in scalar mode. */
    public static int doubleLanes() {
        return Holder.STATE.mode() == Mode.SCALAR ? 1 : Holder.STATE.bits() / 64;
    }

    /**
     * Returns the hardware's preferred vector width in bits (also in scalar mode, when the Vector API is
     * present), or 0 when it could not be determined.
     */
    public static int preferredBits() {
        return Holder.STATE.preferredBits();
    }

    /** Returns the raw value of {@code -Dsimdyn.vector}, or null when it is not set. */
    public static String override() {
        return Holder.STATE.override();
    }

    /** Returns why this mode and width were chosen, in one line. */
    public static String reason() {
        return Holder.STATE.reason();
    }

    /** Returns a one-line description, e.g. {@code "panama 512-bit (8 double lanes)"}. */
    public static String description() {
        return describe(Holder.STATE);
    }

    /**
     * Returns whether fused multiply-add is a single hardware instruction here (x86 {@code fma}, every
     * AArch64 core). Results never depend on this (FMA is exact either way); only the speed does.
     */
    public static boolean hasFastFma() {
        List<String> f = cpuFeatures();
        return f.contains("fma") || f.contains("asimd") || System.getProperty("os.arch").equals("aarch64");
    }

    /** Returns the CPU model from {@code /proc/cpuinfo}, else {@code os.arch}. */
    public static String cpuModel() {
        return Cpu.MODEL;
    }

    /**
     * Returns those of {@code sse2, avx, avx2, fma, avx512f, avx512dq, avx512vl, avx512bw, asimd, sve} that
     * the CPU reports in {@code /proc/cpuinfo}, in that order; empty where the file is absent.
     */
    public static List<String> cpuFeatures() {
        return Cpu.FEATURE_LIST;
    }

    /**
     * Returns the Panama implementation of {@code type} when the runtime is in Panama mode, else
     * {@code scalar}.
     *
     * <p>The Panama class is loaded by name so that the caller never links {@code jdk.incubator.vector};
     * it must be public, have a public no-argument constructor, and sit in a package its module exports to
     * {@code org.simdyn.vector} (internal packages use a qualified export). When it fails to load, a warning is
     * logged and {@code scalar} is returned.
     *
     * @param type the interface both twins implement. Not modified.
     * @param panamaClassName fully qualified name of the Panama twin
     * @param scalar the scalar twin, returned in scalar mode
     * @param <T> the kernel interface
     * @return the twin to use
     * @throws IllegalArgumentException if an argument is null
     */
    public static <T> T select(Class<T> type, String panamaClassName, T scalar) {
        if (type == null || panamaClassName == null || scalar == null) {
            throw new IllegalArgumentException("select: type, panamaClassName and scalar must be non-null, got "
                    + type + ", " + panamaClassName + ", " + scalar);
        }
        if (mode() == Mode.SCALAR) {
            return scalar;
        }
        try {
            Class<?> c = Class.forName(panamaClassName, true, type.getClassLoader());
            return type.cast(c.getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException | ClassCastException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "simdyn vector: " + panamaClassName
                    + " failed to load, using the scalar twin: " + e);
            return scalar;
        }
    }
}
