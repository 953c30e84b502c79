package org.simdyn.cli.common;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * SIGINT and SIGTERM during a run (cli spec section 7): while a run is active, the signals set a flag that the
 * stepping loop reads at each step boundary; the run then flushes, checkpoints if enabled, writes its files with
 * {@code status = "interrupted"} and exits with 130 (SIGINT) or 143 (SIGTERM). Outside runs the JVM's own
 * handling applies. The handlers are installed through {@code sun.misc.Signal} found by reflection (module
 * {@code jdk.unsupported}); where it is missing, signals keep their default effect.
 */
public final class Interrupts {
    private static volatile int requested;

    private Interrupts() {
    }

    /** The installed handlers; {@link #close()} restores the previous ones. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** @return 0, or the exit code of the signal received during the active run (130 or 143) */
    public static int requested() {
        return requested;
    }

    /**
     * Requests a stop at the next step boundary, as a signal would.
     *
     * @param exitCode 130 (SIGINT) or 143 (SIGTERM)
     */
    public static void request(int exitCode) {
        requested = exitCode;
    }

    /**
     * Installs the handlers for the duration of a run; closing restores the previous ones.
     *
     * @return the scope to close when the run ends
     */
    public static Scope install() {
        requested = 0;
        List<Object[]> previous = new ArrayList<>();
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            var handle = signal.getMethod("handle", signal, handlerType);
            for (String[] s : new String[][] {{"INT", "130"}, {"TERM", "143"}}) {
                int code = Integer.parseInt(s[1]);
                InvocationHandler ih = (proxy, method, args) -> {
                    if (method.getName().equals("handle")) {
                        requested = code;
                        return null;
                    }
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "simdyn signal handler";
                    };
                };
                Object handler = Proxy.newProxyInstance(Interrupts.class.getClassLoader(), new Class<?>[] {handlerType},
                        ih);
                Object sig = signal.getConstructor(String.class).newInstance(s[0]);
                previous.add(new Object[] {sig, handle.invoke(null, sig, handler)});
            }
            return () -> {
                try {
                    for (Object[] p : previous) {
                        handle.invoke(null, p[0], p[1]);
                    }
                } catch (ReflectiveOperationException e) {
                    // the previous handlers stay replaced: only affects later signals outside runs
                }
            };
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return () -> {
            };
        }
    }
}
