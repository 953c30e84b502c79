package org.simdyn.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.simdyn.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Exit 1 for internal errors: one line, stack trace only with --debug. */
class ErrorHandlersTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Mixin
        OutputOptions output;

        @Override
        public Integer call() {
            throw new IllegalStateException("kaput");
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
        cl.addSubcommand(new Boom());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void internalErrorIsOneLineWithExitOne() {
        String[] r = run("boom");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).isEmpty();
        assertThat(r[2].lines().toList()).hasSize(1);
        assertThat(r[2]).matches("internal error: IllegalStateException: kaput at ErrorHandlersTest\\.java:\\d+ "
                + "\\(rerun with --debug\\)\\R");
    }

    @Test
    void debugAddsTheStackTrace() {
        String[] r = run("boom", "--debug");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("java.lang.IllegalStateException: kaput").contains("\tat ")
                .endsWith("(rerun with --debug)" + System.lineSeparator());
    }

    @Test
    void messageWithLineBreaksStaysOneLine() {
        String line = ErrorHandlers.internalError(new RuntimeException("a\nb"));
        assertThat(line.lines().toList()).hasSize(1);
        assertThat(line).startsWith("internal error: RuntimeException: a b at ErrorHandlersTest.java:");
    }
}
