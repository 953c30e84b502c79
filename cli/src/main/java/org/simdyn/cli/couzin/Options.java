package org.simdyn.cli.couzin;

import java.util.regex.Pattern;
import org.simdyn.cli.common.RunContext;

/** Whether the user typed a common option (the core resolves the values but not where they came from). */
final class Options {
    private Options() {
    }

    /**
     * @param ctx the settings (their shell-quoted command line)
     * @param option e.g. {@code --seed}
     * @return whether {@code option} (as {@code --o V} or {@code --o=V}) is on the command line
     */
    static boolean given(RunContext ctx, String option) {
        return Pattern.compile("(^| )'?" + Pattern.quote(option) + "( |=)").matcher(ctx.commandLine()).find();
    }
}
