package org.simdyn.ffm.internal;

import java.io.Serial;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A native library found by simdyn's naming rules, shared by every binding of this module.
 *
 * <p>For a {@link Spec} with key {@code <lib>} (e.g. {@code lapack}), {@link #open(Spec, UnaryOperator,
 * UnaryOperator) open} tries, in order: nothing if the system property {@code simdyn.<lib>.disable} is
 * {@code true}; else only the name (path or soname) in the system property {@code simdyn.<lib>.library};
 * else only the name in the environment variable {@code SIMDYN_<LIB>_LIBRARY}; else the spec's sonames in
 * order (the versioned soname first: the bare {@code .so} exists only with {@code -dev} packages). Blank
 * values count as unset. The library stays loaded for the life of the JVM ({@link Arena#global()}).
 *
 * <p>Opening never throws: any {@link Throwable} ({@link IllegalArgumentException} from
 * {@link SymbolLookup#libraryLookup(String, Arena)}, {@link IllegalCallerException} when native access is
 * denied, {@link UnsatisfiedLinkError}, ...) gives an unavailable instance whose {@link #reason()} is one
 * line naming the library and its Debian packages. Callers keep the instance in a holder class, so nothing
 * native is touched before first use and the work is done once per JVM.
 */
@SuppressWarnings("restricted")
final class NativeLibrary {

    /**
     * What to load and how to name it in reasons.
     *
     * @param key lower-case key in the property and variable names, e.g. {@code "lapack"}
     * @param title the library's name in reasons, e.g. {@code "LAPACKE"}
     * @param packages the Debian packages that install it, space separated
     * @param sonames the default names, tried in order
     */
    record Spec(String key, String title, String packages, List<String> sonames) {
        Spec {
            sonames = List.copyOf(sonames);
        }

        String libraryProperty() {
            return "simdyn." + key + ".library";
        }

        String libraryVariable() {
            return "SIMDYN_" + key.toUpperCase(Locale.ROOT) + "_LIBRARY";
        }

        String disableProperty() {
            return "simdyn." + key + ".disable";
        }

        /** The one-line reason for a failure described by {@code detail}. */
        String unavailable(String detail) {
            return oneLine(title + " unavailable: " + detail + " (Debian packages: " + packages + ")");
        }
    }

    /** Thrown while binding when a library lacks something; its message is the complete one-line reason. */
    static final class UnavailableException extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        UnavailableException(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Spec spec;
    private final String name;
    private final SymbolLookup lookup;
    private final String reason;

    private NativeLibrary(Spec spec, String name, SymbolLookup lookup, String reason) {
        this.spec = spec;
        this.name = name;
        this.lookup = lookup;
        this.reason = reason;
    }

    /**
     * Opens the library named by the system properties and the environment of this JVM.
     *
     * @param spec the library
     * @return the library, available or not; never throws
     */
    static NativeLibrary open(Spec spec) {
        return open(spec, System::getProperty, System::getenv);
    }

    /**
     * Opens the library named by the given settings (tests pass their own).
     *
     * @param spec the library
     * @param properties system properties by name ({@code null} when unset)
     * @param environment environment variables by name ({@code null} when unset)
     * @return the library, available or not; never throws
     */
    static NativeLibrary open(Spec spec, UnaryOperator<String> properties, UnaryOperator<String> environment) {
        try {
            if (Boolean.parseBoolean(properties.apply(spec.disableProperty()))) {
                return new NativeLibrary(spec, null, null,
                        spec.title() + " disabled by " + spec.disableProperty() + "=true");
            }
            String source = spec.libraryProperty();
            String explicit = nonBlank(properties.apply(source));
            if (explicit == null) {
                source = spec.libraryVariable();
                explicit = nonBlank(environment.apply(source));
            }
            List<String> names = explicit == null ? spec.sonames() : List.of(explicit);
            for (String candidate : names) {
                try {
                    return new NativeLibrary(spec, candidate, SymbolLookup.libraryLookup(candidate, Arena.global()),
                            null);
                } catch (IllegalCallerException denied) {
                    return new NativeLibrary(spec, null, null, reason(spec, denied));
                } catch (Throwable notLoadable) {
                    // Not there (IllegalArgumentException) or not loadable: try the next name.
                }
            }
            String detail = explicit == null
                    ? "none of " + String.join(", ", names) + " could be loaded"
                    : "cannot load " + explicit + " (set by " + source + ")";
            return new NativeLibrary(spec, null, null, spec.unavailable(detail));
        } catch (Throwable unexpected) {
            return new NativeLibrary(spec, null, null, reason(spec, unexpected));
        }
    }

    /** @return whether the library is loaded */
    boolean available() {
        return lookup != null;
    }

    /** @return the name that loaded (as given: soname or path), or {@code null} when unavailable */
    String name() {
        return name;
    }

    /** @return the one-line reason, or {@code null} when available */
    String reason() {
        return reason;
    }

    /**
     * Looks a symbol up.
     *
     * @param symbol the C name
     * @return its address, or empty when absent or when the library is unavailable
     */
    Optional<MemorySegment> find(String symbol) {
        return lookup == null ? Optional.empty() : lookup.find(symbol);
    }

    /**
     * A downcall handle for a symbol the binding cannot do without.
     *
     * @param symbol the C name
     * @param descriptor its signature
     * @return the handle
     * @throws UnavailableException naming the library and the symbol when it is absent
     */
    MethodHandle downcall(String symbol, FunctionDescriptor descriptor) {
        MemorySegment address = find(symbol).orElseThrow(() -> new UnavailableException(
                spec.unavailable((name == null ? spec.title() : name) + " does not export " + symbol)));
        return Linker.nativeLinker().downcallHandle(address, descriptor);
    }

    /**
     * The one-line reason for a failure while opening or binding a library of {@code spec}.
     *
     * @param spec the library
     * @param failure what was thrown
     * @return one line naming the library, the failure and the Debian packages
     */
    static String reason(Spec spec, Throwable failure) {
        if (failure instanceof UnavailableException known) {
            return known.getMessage();
        }
        if (failure instanceof IllegalCallerException) {
            Module module = NativeLibrary.class.getModule();
            return oneLine(spec.title() + " unavailable: native access denied (" + failure.getMessage()
                    + "); run java with --enable-native-access="
                    + (module.isNamed() ? module.getName() : "ALL-UNNAMED"));
        }
        String message = failure.getMessage();
        return spec.unavailable(failure.getClass().getName() + (message == null ? "" : ": " + message));
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
