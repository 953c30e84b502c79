package org.simdyn.cli.common;

import java.io.PrintWriter;
import java.util.List;
import java.util.StringJoiner;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The exit-code contract of every command (cli spec section 3).
 * <ul>
 *   <li>Exit 2, bad usage or input (picocli parse errors and {@link UsageException}): exactly one line on
 *       stderr, {@code simdyn <command path>: <option>: <value> <why, with the allowed range>}, nothing on
 *       stdout, no usage text, no stack trace.</li>
 *   <li>Exit 1, internal failure: one line {@code internal error: X at Foo.java:12 (rerun with --debug)};
 *       with {@code --debug} the stack trace follows.</li>
 * </ul>
 */
public final class ErrorHandlers {
    /** Exit code of bad usage or input. */
    public static final int USAGE = 2;
    /** Exit code of a failed run or an internal error. */
    public static final int FAILED = 1;

    private ErrorHandlers() {
    }

    /**
     * Installs both handlers on a command line (they apply to its subcommands too when installed on the root
     * after the subcommands were added).
     *
     * @param commandLine the root command line. Modified.
     * @return {@code commandLine}
     */
    public static CommandLine install(CommandLine commandLine) {
        commandLine.setParameterExceptionHandler(ErrorHandlers::handleParse);
        commandLine.setExecutionExceptionHandler(ErrorHandlers::handleExecution);
        return commandLine;
    }

    private static int handleParse(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        return usage(cl, parseMessage(ex, cl.getCommandSpec()));
    }

    private static int handleExecution(Exception ex, CommandLine cl, ParseResult parseResult) {
        if (ex instanceof UsageException) {
            return usage(cl, ex.getMessage());
        }
        PrintWriter err = cl.getErr();
        if (debug(parseResult)) {
            ex.printStackTrace(err);
        }
        err.println(internalError(ex));
        err.flush();
        return FAILED;
    }

    /**
     * Formats the one-line report of an unexpected exception: {@code internal error: X at Foo.java:12 (rerun
     * with --debug)}, X being the exception's simple class name and message.
     *
     * @param t the exception
     * @return one line
     */
    public static String internalError(Throwable t) {
        String what = t.getClass().getSimpleName();
        if (t.getMessage() != null) {
            what += ": " + t.getMessage();
        }
        String where = "";
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getFileName() != null && e.getLineNumber() > 0) {
                where = " at " + e.getFileName() + ":" + e.getLineNumber();
                break;
            }
        }
        return oneLine("internal error: " + what + where + " (rerun with --debug)");
    }

    private static boolean debug(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static int usage(CommandLine cl, String message) {
        PrintWriter err = cl.getErr();
        err.println(oneLine(cl.getCommandSpec().qualifiedName(" ") + ": " + message));
        err.flush();
        return USAGE;
    }

    private static String parseMessage(ParameterException ex, CommandSpec spec) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (arg.startsWith("-")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                return name + ": unknown option (options: " + options(spec) + ")";
            }
            if (!spec.subcommands().isEmpty()) {
                return "unknown command '" + arg + "' (commands: " + commands(spec) + ")";
            }
            return "unexpected argument '" + arg + "' (this command takes options only: " + options(spec) + ")";
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec arg = m.getMissing().get(0);
            return name(arg) + ": missing value (" + String.join(" ", arg.description()) + ")";
        }
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return name(o.getOverwritten()) + ": given more than once (give it once)";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            String allowed = arg.type() == boolean.class || arg.type() == Boolean.class ? "must be true or false"
                    : String.join(" ", arg.description());
            return name(arg) + ": " + Values.shown(ex.getValue()) + " is not accepted: " + allowed;
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static String options(CommandSpec spec) {
        StringJoiner j = new StringJoiner(", ");
        for (OptionSpec o : spec.options()) {
            j.add(o.longestName());
        }
        return j.toString();
    }

    /**
     * Lists a command's subcommands, e.g. {@code "info, demo"}.
     *
     * @param spec the command
     * @return the names, comma separated
     */
    public static String commands(CommandSpec spec) {
        return String.join(", ", List.copyOf(spec.subcommands().keySet()));
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", "; ").replace('\n', ' ').replace('\r', ' ');
    }
}
