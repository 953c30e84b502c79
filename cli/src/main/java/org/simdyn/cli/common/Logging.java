package org.simdyn.cli.common;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sets how much of {@code java.util.logging} reaches stderr. simdyn's libraries log through
 * {@link System.Logger}, which the JDK routes to {@code java.util.logging}; {@code VectorRuntime} logs its
 * choice at {@code INFO}. The command line shows {@code WARNING} and above by default, {@code INFO} with
 * {@code --debug}, nothing below {@code SEVERE} with {@code --quiet}; records print as one line
 * ({@code LEVEL: message}) unless the user set {@code java.util.logging.SimpleFormatter.format}.
 */
public final class Logging {
    private static final String FORMAT = "java.util.logging.SimpleFormatter.format";

    private Logging() {
    }

    /**
     * Sets the root logger's level. Call before anything logs (the record format is fixed at the first log).
     *
     * @param quiet {@code --quiet}: only {@code SEVERE}
     * @param debug {@code --debug}: {@code INFO} and above (wins over {@code quiet})
     */
    public static void configure(boolean quiet, boolean debug) {
        if (System.getProperty(FORMAT) == null) {
            System.setProperty(FORMAT, "%4$s: %5$s%6$s%n");
        }
        Level level = debug ? Level.INFO : quiet ? Level.SEVERE : Level.WARNING;
        Logger.getLogger("").setLevel(level);
    }
}
