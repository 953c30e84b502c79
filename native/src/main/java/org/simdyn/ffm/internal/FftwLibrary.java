package org.simdyn.ffm.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.simdyn.ffm.FftwPlan;

/**
 * The FFTW3 (double precision) downcalls, the JVM-wide planner lock, the plan cache and wisdom handling:
 * one instance per JVM behind a holder class ({@link #get()}), loaded on first use.
 *
 * <p>The library is {@code libfftw3} found by {@link NativeLibrary}'s rules with key {@code fftw} (property
 * {@code simdyn.fftw.library}, variable {@code SIMDYN_FFTW_LIBRARY}, switch {@code simdyn.fftw.disable},
 * default names {@code libfftw3.so.3}, {@code libfftw3.so}, {@code libfftw3.3.dylib}, {@code libfftw3.dylib},
 * {@code libfftw3-3.dll}). Settings read when an instance is loaded: {@code simdyn.fftw.planner} =
 * {@code estimate | measure | patient} (default {@code measure}), {@code simdyn.fftw.timelimit} (seconds,
 * default 10) and {@code simdyn.fftw.wisdom} (a file; imported when this JVM's instance loads if it exists,
 * re-exported after each new MEASURE or PATIENT plan through a temporary file in the same folder and an
 * atomic move). Bad planner or time-limit values are logged once and replaced by the default.
 *
 * <p>Threads: FFTW's planner and wisdom are process-wide and not thread-safe, so every FFTW call except the
 * {@code fftw_execute*} family runs while holding {@link #PLANNER}, one lock for the whole JVM (and every
 * instance, since they share the process's FFTW). Executing a plan on new arrays is thread-safe. Plans are
 * out-of-place, made on dedicated 64-byte aligned planning buffers (MEASURE and PATIENT overwrite them),
 * cached per (kind, sign, shape) for the life of the instance and never destroyed.
 */
@SuppressWarnings("restricted")
public final class FftwLibrary {

    /** {@code FFTW_FORWARD}: the sign of the exponent, {@code exp(-2 pi i jk/n)}. */
    public static final int FORWARD = -1;
    /** {@code FFTW_BACKWARD}: {@code exp(+2 pi i jk/n)}. */
    public static final int BACKWARD = 1;
    /** {@code FFTW_MEASURE}: time several algorithms (the default planner). */
    static final int MEASURE = 0;
    /** {@code FFTW_DESTROY_INPUT}: an out-of-place plan may overwrite its input (always the case for c2r). */
    static final int DESTROY_INPUT = 1;
    /** {@code FFTW_UNALIGNED}: never set here, since every buffer is 64-byte aligned. */
    static final int UNALIGNED = 1 << 1;
    /** {@code FFTW_PATIENT}: time more algorithms than MEASURE. */
    static final int PATIENT = 1 << 5;
    /** {@code FFTW_ESTIMATE}: pick an algorithm by heuristics, without timing (fast, not optimal). */
    static final int ESTIMATE = 1 << 6;
    /** {@code FFTW_WISDOM_ONLY}: plan only from wisdom; FFTW returns {@code NULL} without it. */
    static final int WISDOM_ONLY = 1 << 21;

    /** Alignment in bytes of every buffer this module gives FFTW. */
    public static final long ALIGNMENT = 64;

    /** The default {@code simdyn.fftw.timelimit} in seconds. */
    static final double DEFAULT_TIMELIMIT = 10.0;

    /** The library and its default names. */
    static final NativeLibrary.Spec SPEC = new NativeLibrary.Spec("fftw", "FFTW3", "libfftw3-double3",
            List.of("libfftw3.so.3", "libfftw3.so", "libfftw3.3.dylib", "libfftw3.dylib", "libfftw3-3.dll"));

    /** The one lock around every FFTW call that is not an {@code fftw_execute*}, for the whole JVM. */
    static final ReentrantLock PLANNER = new ReentrantLock();

    private static final System.Logger LOG = System.getLogger("org.simdyn.ffm");

    private static final class Holder {
        static final FftwLibrary INSTANCE = initialise(load(System::getProperty, System::getenv));
    }

    /** A cache key; made only when a plan is looked up, never per transform. */
    private record Key(FftwPlan.Kind kind, int sign, List<Integer> shape) {
    }

    private final String reason;
    private final String name;
    private final String version;
    private final int plannerFlags;
    private final double timelimit;
    private final Path wisdom;
    private final Map<Key, Plan> plans = new ConcurrentHashMap<>();

    private final MethodHandle planDft;
    private final MethodHandle planDftR2c;
    private final MethodHandle planDftC2r;
    private final MethodHandle execute;
    private final MethodHandle executeDft;
    private final MethodHandle executeDftR2c;
    private final MethodHandle executeDftC2r;
    private final MethodHandle destroyPlan;
    private final MethodHandle alignmentOf;
    private final MethodHandle setTimelimit;
    private final MethodHandle importWisdom;
    private final MethodHandle exportWisdom;

    private FftwLibrary(String reason) {
        this.reason = reason;
        this.name = null;
        this.version = null;
        this.plannerFlags = MEASURE;
        this.timelimit = DEFAULT_TIMELIMIT;
        this.wisdom = null;
        this.planDft = null;
        this.planDftR2c = null;
        this.planDftC2r = null;
        this.execute = null;
        this.executeDft = null;
        this.executeDftR2c = null;
        this.executeDftC2r = null;
        this.destroyPlan = null;
        this.alignmentOf = null;
        this.setTimelimit = null;
        this.importWisdom = null;
        this.exportWisdom = null;
    }

    private FftwLibrary(NativeLibrary fftw, int plannerFlags, double timelimit, Path wisdom) {
        this.reason = null;
        this.name = fftw.name();
        this.plannerFlags = plannerFlags;
        this.timelimit = timelimit;
        this.wisdom = wisdom;
        this.planDft = fftw.downcall("fftw_plan_dft",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
        this.planDftR2c = fftw.downcall("fftw_plan_dft_r2c",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        this.planDftC2r = fftw.downcall("fftw_plan_dft_c2r",
                FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        this.execute = fftw.downcall("fftw_execute", FunctionDescriptor.ofVoid(ADDRESS));
        this.executeDft = fftw.downcall("fftw_execute_dft", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        this.executeDftR2c = fftw.downcall("fftw_execute_dft_r2c",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        this.executeDftC2r = fftw.downcall("fftw_execute_dft_c2r",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        this.destroyPlan = fftw.downcall("fftw_destroy_plan", FunctionDescriptor.ofVoid(ADDRESS));
        this.alignmentOf = fftw.downcall("fftw_alignment_of", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        this.setTimelimit = fftw.downcall("fftw_set_timelimit", FunctionDescriptor.ofVoid(JAVA_DOUBLE));
        this.importWisdom = fftw.downcall("fftw_import_wisdom_from_filename",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        this.exportWisdom = fftw.downcall("fftw_export_wisdom_to_filename",
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        // fftw_version is a char array, not a function.
        this.version = fftw.find("fftw_version").orElseThrow(() -> new NativeLibrary.UnavailableException(
                        SPEC.unavailable(fftw.name() + " does not export fftw_version")))
                .reinterpret(256).getString(0);
    }

    /** @return the instance of this JVM, loading the library (and importing wisdom) on the first call; never throws */
    public static FftwLibrary get() {
        return Holder.INSTANCE;
    }

    /**
     * Loads and binds FFTW as named by the given settings, without touching FFTW's process-wide state
     * (no wisdom import, no planning): the holder passes the JVM's settings, probes and tests their own.
     *
     * @param properties system properties by name ({@code null} when unset)
     * @param environment environment variables by name ({@code null} when unset)
     * @return the bound library, or an unavailable one with its reason; never throws
     */
    public static FftwLibrary load(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        NativeLibrary fftw = NativeLibrary.open(SPEC, properties, environment);
        if (!fftw.available()) {
            return new FftwLibrary(fftw.reason());
        }
        try {
            String wisdomFile = properties.apply("simdyn.fftw.wisdom");
            return new FftwLibrary(fftw, plannerFlags(properties.apply("simdyn.fftw.planner")),
                    timelimit(properties.apply("simdyn.fftw.timelimit")),
                    wisdomFile == null || wisdomFile.isBlank() ? null : Path.of(wisdomFile.strip()));
        } catch (Throwable failure) {
            return new FftwLibrary(NativeLibrary.reason(SPEC, failure));
        }
    }

    /** Imports the configured wisdom file when it exists; a failure is logged, never thrown. */
    private static FftwLibrary initialise(FftwLibrary library) {
        try {
            if (library.available() && library.wisdom != null && Files.exists(library.wisdom)) {
                library.importWisdom(library.wisdom);
            }
        } catch (Throwable failure) {
            LOG.log(System.Logger.Level.WARNING, "simdyn.fftw.wisdom: " + failure.getMessage());
        }
        return library;
    }

    /**
     * The planner flags of {@code simdyn.fftw.planner}.
     *
     * @param value {@code estimate}, {@code measure} or {@code patient} in any case, or {@code null}
     * @return the FFTW flag; {@code MEASURE} when unset, or with a warning when the value is something else
     */
    static int plannerFlags(String value) {
        if (value == null || value.isBlank()) {
            return MEASURE;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "estimate":
                return ESTIMATE;
            case "measure":
                return MEASURE;
            case "patient":
                return PATIENT;
            default:
                LOG.log(System.Logger.Level.WARNING, "simdyn.fftw.planner = \"" + value
                        + "\" is not one of estimate, measure, patient; using measure");
                return MEASURE;
        }
    }

    /**
     * The planning time limit of {@code simdyn.fftw.timelimit}.
     *
     * @param value seconds, or {@code null}
     * @return its value when it is a finite number {@code > 0}, else {@value #DEFAULT_TIMELIMIT} (with a
     *         warning when it was set to something else)
     */
    static double timelimit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_TIMELIMIT;
        }
        try {
            double seconds = Double.parseDouble(value.strip());
            if (seconds > 0.0 && seconds < Double.POSITIVE_INFINITY) {
                return seconds;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        LOG.log(System.Logger.Level.WARNING, "simdyn.fftw.timelimit = \"" + value
                + "\" is not a finite number of seconds > 0; using " + DEFAULT_TIMELIMIT);
        return DEFAULT_TIMELIMIT;
    }

    /**
     * FFTW flags in words.
     *
     * @param flags planner flags
     * @return for example {@code "MEASURE|WISDOM_ONLY"}
     */
    static String describeFlags(int flags) {
        StringBuilder words = new StringBuilder((flags & (PATIENT | ESTIMATE)) == 0 ? "MEASURE"
                : (flags & ESTIMATE) != 0 ? "ESTIMATE" : "PATIENT");
        int[] bits = {DESTROY_INPUT, UNALIGNED, WISDOM_ONLY};
        String[] names = {"DESTROY_INPUT", "UNALIGNED", "WISDOM_ONLY"};
        for (int i = 0; i < bits.length; i++) {
            if ((flags & bits[i]) != 0) {
                words.append('|').append(names[i]);
            }
        }
        return words.toString();
    }

    /** @return whether FFTW is loaded and binds every routine */
    public boolean available() {
        return reason == null;
    }

    /** @return the one-line reason, or {@code null} when available */
    public String reason() {
        return reason;
    }

    /** @return the name that loaded (soname or path), or {@code null} when unavailable */
    public String name() {
        return name;
    }

    /** @return {@code fftw_version}, for example {@code "fftw-3.3.10-sse2-avx"}, or {@code null} when unavailable */
    public String version() {
        return version;
    }

    /** @return the planner flags every cached plan is made with */
    int plannerFlags() {
        return plannerFlags;
    }

    /** @return throws {@link IllegalStateException} with the reason unless available */
    public FftwLibrary require() {
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        return this;
    }

    /**
     * A zeroed native buffer aligned to {@value #ALIGNMENT} bytes, freed by the garbage collector.
     *
     * @param doubles its length in doubles, {@code >= 1}
     * @return the buffer
     */
    public static MemorySegment allocate(long doubles) {
        return Arena.ofAuto().allocate(doubles * Double.BYTES, ALIGNMENT);
    }

    /**
     * The cached plan for (kind, sign, shape), planned with this instance's planner flags on first request.
     * The shape must be valid (checked by the caller).
     *
     * @param kind the transform
     * @param sign {@link #FORWARD} or {@link #BACKWARD} for c2c; ignored otherwise
     * @param shape the logical shape (not copied: the caller must not change it)
     * @return the plan, the same object on every call
     * @throws IllegalStateException when unavailable or when FFTW returns no plan
     */
    public Plan plan(FftwPlan.Kind kind, int sign, int[] shape) {
        int s = kind == FftwPlan.Kind.C2C ? sign : kind.sign();
        Key key = new Key(kind, s, Arrays.stream(shape).boxed().toList());
        Plan plan = plans.get(key);
        if (plan != null) {
            return plan;
        }
        require();
        PLANNER.lock();
        try {
            plan = plans.get(key);
            if (plan == null) {
                plan = planUncached(kind, s, shape, plannerFlags);
                plans.put(key, plan);
                if (wisdom != null && plannerFlags != ESTIMATE) {
                    try {
                        exportWisdom(wisdom);
                    } catch (IOException failure) {
                        LOG.log(System.Logger.Level.WARNING, "simdyn.fftw.wisdom: " + failure.getMessage());
                    }
                }
            }
            return plan;
        } finally {
            PLANNER.unlock();
        }
    }

    /**
     * A new plan with the given flags (out-of-place; {@code DESTROY_INPUT} is added for c2r), not cached:
     * the caller owns it and may {@link #destroy(Plan) destroy} it.
     *
     * @param kind the transform
     * @param sign {@link #FORWARD} or {@link #BACKWARD} (must be the kind's own sign for r2c and c2r)
     * @param shape the logical shape, valid
     * @param flags planner flags
     * @return the plan
     * @throws IllegalStateException when unavailable, when FFTW returns {@code NULL} (naming kind, shape and
     *         flags) or when a planning buffer is not aligned as FFTW wants
     */
    Plan planUncached(FftwPlan.Kind kind, int sign, int[] shape, int flags) {
        require();
        int[] dims = shape.clone();
        long points = points(dims);
        long inDoubles = kind.inputDoubles(dims);
        long outDoubles = kind.outputDoubles(dims);
        int allFlags = kind == FftwPlan.Kind.C2R ? flags | DESTROY_INPUT : flags;
        MemorySegment in = allocate(inDoubles);
        MemorySegment out = allocate(outDoubles);
        PLANNER.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment n = arena.allocateFrom(JAVA_INT, dims);
            setTimelimit.invokeExact(timelimit);
            MemorySegment handle = switch (kind) {
                case C2C -> (MemorySegment) planDft.invokeExact(dims.length, n, in, out, sign, allFlags);
                case R2C -> (MemorySegment) planDftR2c.invokeExact(dims.length, n, in, out, allFlags);
                case C2R -> (MemorySegment) planDftC2r.invokeExact(dims.length, n, in, out, allFlags);
            };
            String what = kind.label() + " sign " + sign + " shape " + shapeText(dims) + " with flags "
                    + describeFlags(allFlags) + " (" + allFlags + ")";
            if (handle.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("FFTW returned no plan for " + what);
            }
            int inAlignment = (int) alignmentOf.invokeExact(in);
            int outAlignment = (int) alignmentOf.invokeExact(out);
            if (inAlignment != 0 || outAlignment != 0) {
                destroyPlan.invokeExact(handle);
                throw new IllegalStateException("fftw_alignment_of is " + inAlignment + " (in) and " + outAlignment
                        + " (out) for " + ALIGNMENT + "-byte aligned planning buffers of " + what);
            }
            return new Plan(this, kind, sign, dims, allFlags, points, inDoubles, outDoubles, handle, in, out);
        } catch (Throwable t) {
            throw propagate(t);
        } finally {
            PLANNER.unlock();
        }
    }

    /**
     * Destroys an uncached plan; it must not be used afterwards.
     *
     * @param plan a plan from {@link #planUncached}
     */
    void destroy(Plan plan) {
        PLANNER.lock();
        try {
            destroyPlan.invokeExact(plan.handle);
        } catch (Throwable t) {
            throw propagate(t);
        } finally {
            PLANNER.unlock();
        }
    }

    /**
     * {@code fftw_execute}: runs a plan on the buffers it was planned on (MEASURE left garbage there).
     *
     * @param plan the plan
     */
    void executePlanned(Plan plan) {
        try {
            execute.invokeExact(plan.handle);
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    /**
     * Imports wisdom ({@code fftw_import_wisdom_from_filename}).
     *
     * @param file the wisdom file
     * @throws IOException when FFTW cannot read or parse it
     * @throws IllegalStateException when unavailable
     */
    public void importWisdom(Path file) throws IOException {
        require();
        PLANNER.lock();
        try (Arena arena = Arena.ofConfined()) {
            int ok = (int) importWisdom.invokeExact(arena.allocateFrom(file.toString()));
            if (ok == 0) {
                throw new IOException("FFTW could not import wisdom from " + file
                        + " (missing, unreadable, or not FFTW wisdom)");
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw propagate(t);
        } finally {
            PLANNER.unlock();
        }
    }

    /**
     * Exports all wisdom of this process ({@code fftw_export_wisdom_to_filename}) to a temporary file in
     * the target's folder, then moves it over the target atomically, so readers never see a partial file.
     *
     * @param file the wisdom file
     * @throws IOException when the file cannot be written or moved
     * @throws IllegalStateException when unavailable
     */
    public void exportWisdom(Path file) throws IOException {
        require();
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        PLANNER.lock();
        Path temp = null;
        try (Arena arena = Arena.ofConfined()) {
            temp = Files.createTempFile(folder, target.getFileName().toString() + ".", ".tmp");
            int ok = (int) exportWisdom.invokeExact(arena.allocateFrom(temp.toString()));
            if (ok == 0) {
                throw new IOException("FFTW could not export wisdom to " + temp);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw propagate(t);
        } finally {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } finally {
                PLANNER.unlock();
            }
        }
    }

    /**
     * Runs a plan on new arrays ({@code fftw_execute_dft}, {@code _r2c} or {@code _c2r}); thread-safe.
     * The buffers are not checked: they must be native, {@value #ALIGNMENT}-byte aligned, distinct and
     * at least {@link Plan#inputDoubles()} and {@link Plan#outputDoubles()} long.
     *
     * @param plan the plan
     * @param in its input (destroyed by c2r)
     * @param out its output
     */
    public static void execute(Plan plan, MemorySegment in, MemorySegment out) {
        FftwLibrary lib = plan.library;
        try {
            switch (plan.kind) {
                case C2C -> lib.executeDft.invokeExact(plan.handle, in, out);
                case R2C -> lib.executeDftR2c.invokeExact(plan.handle, in, out);
                case C2R -> lib.executeDftC2r.invokeExact(plan.handle, in, out);
            }
        } catch (Throwable t) {
            throw propagate(t);
        }
    }

    /**
     * The number of points, {@code n_0 n_1 ... n_{d-1}}, of a valid shape.
     *
     * @param shape the shape
     * @return its product
     */
    public static long points(int[] shape) {
        long n = 1;
        for (int a : shape) {
            n *= a;
        }
        return n;
    }

    /**
     * A shape in words.
     *
     * @param shape the shape
     * @return for example {@code "4x6"}
     */
    public static String shapeText(int[] shape) {
        StringBuilder text = new StringBuilder();
        for (int a = 0; a < shape.length; a++) {
            text.append(a == 0 ? "" : "x").append(shape[a]);
        }
        return text.toString();
    }

    private static RuntimeException propagate(Throwable t) {
        if (t instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (t instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("FFTW call failed", t);
    }

    /**
     * One FFTW plan and the buffers it was planned on (kept alive for {@code fftw_execute}). Immutable;
     * executing it on new arrays is thread-safe.
     */
    public static final class Plan {
        private final FftwLibrary library;
        private final FftwPlan.Kind kind;
        private final int sign;
        private final int[] shape;
        private final int flags;
        private final long points;
        private final long inputDoubles;
        private final long outputDoubles;
        private final MemorySegment handle;
        private final MemorySegment planningIn;
        private final MemorySegment planningOut;

        private Plan(FftwLibrary library, FftwPlan.Kind kind, int sign, int[] shape, int flags, long points,
                     long inputDoubles, long outputDoubles, MemorySegment handle, MemorySegment planningIn,
                     MemorySegment planningOut) {
            this.library = library;
            this.kind = kind;
            this.sign = sign;
            this.shape = shape;
            this.flags = flags;
            this.points = points;
            this.inputDoubles = inputDoubles;
            this.outputDoubles = outputDoubles;
            this.handle = handle;
            this.planningIn = planningIn;
            this.planningOut = planningOut;
        }

        /** @return the transform */
        public FftwPlan.Kind kind() {
            return kind;
        }

        /** @return the sign of the exponent: -1 forward, +1 backward */
        public int sign() {
            return sign;
        }

        /** @return a copy of the logical shape */
        public int[] shape() {
            return shape.clone();
        }

        /** @return the FFTW planner flags it was made with */
        public int flags() {
            return flags;
        }

        /** @return the number of points {@code N} */
        public long points() {
            return points;
        }

        /** @return the number of doubles an input buffer needs */
        public long inputDoubles() {
            return inputDoubles;
        }

        /** @return the number of doubles an output buffer needs */
        public long outputDoubles() {
            return outputDoubles;
        }

        /** @return the input buffer it was planned on */
        MemorySegment planningIn() {
            return planningIn;
        }

        /** @return the output buffer it was planned on */
        MemorySegment planningOut() {
            return planningOut;
        }

        @Override
        public String toString() {
            return kind.label() + (kind == FftwPlan.Kind.C2C ? (sign < 0 ? " forward " : " backward ") : " ")
                    + shapeText(shape) + " " + describeFlags(flags);
        }
    }
}
