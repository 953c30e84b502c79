package org.simdyn.cli.common;

import picocli.CommandLine.Option;

/**
 * The output options every command accepts (a picocli mixin): {@code --json}, {@code --quiet},
 * {@code --debug}.
 */
public final class OutputOptions {
    private boolean json;
    private boolean quiet;
    private boolean debug;

    /** Creates the mixin with every option off. */
    public OutputOptions() {
    }

    /** @return whether {@code --json} was given: stdout carries exactly one JSON object */
    public boolean json() {
        return json;
    }

    /** @return whether {@code --quiet} was given: no info or warning lines on stderr */
    public boolean quiet() {
        return quiet;
    }

    /** @return whether {@code --debug} was given: INFO log lines and stack traces of internal errors */
    public boolean debug() {
        return debug;
    }

    /** @param json {@code --json} */
    @Option(names = "--json", description = "Print exactly one JSON object on stdout instead of text.")
    void setJson(boolean json) {
        this.json = json;
    }

    /** @param quiet {@code --quiet} */
    @Option(names = "--quiet", description = "No info or warning lines on stderr (errors still print one line).")
    void setQuiet(boolean quiet) {
        this.quiet = quiet;
        Logging.configure(this.quiet, this.debug);
    }

    /** @param debug {@code --debug} */
    @Option(names = "--debug", description = "Log at INFO level and print stack traces of internal errors.")
    void setDebug(boolean debug) {
        this.debug = debug;
        Logging.configure(this.quiet, this.debug);
    }
}
