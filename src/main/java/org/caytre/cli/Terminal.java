package org.caytre.cli;

import java.io.Console;

/** Whether the output goes to a person at a terminal (a progress bar) or to a file or pipe (plain log lines). */
final class Terminal {
    private Terminal() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) return false;
        try {   // Java 22+: System.console() exists even when redirected; isTerminal() tells
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;   // Java 21: a console is only there on a terminal
        }
    }
}
