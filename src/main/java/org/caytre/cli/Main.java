package org.caytre.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code caytre} command. */
@Command(name = "caytre", mixinStandardHelpOptions = true, version = "caytre 0.1",
        description = "Cây Tre: Vietnamese foreign-relations documents to a searchable knowledge base.",
        subcommands = {ParseCommand.class, ExtractCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class,
                SearchCommand.class, IngestCommand.class, EventsCommand.class, StatsCommand.class, DocumentsCommand.class,
                ExportCommand.class, PartnersCommand.class, CountryCommand.class, CheckCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
