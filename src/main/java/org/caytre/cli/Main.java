package org.caytre.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code caytre} command. */
@Command(name = "caytre", mixinStandardHelpOptions = true, version = "caytre 0.1",
        description = "Cây Tre: Vietnamese foreign-relations documents to a searchable knowledge base.",
        subcommands = {ParseCommand.class, ExtractCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class,
                SearchCommand.class, IngestCommand.class, WatchCommand.class, FeedsCommand.class, StatusCommand.class, EventsCommand.class,
                StatsCommand.class, DocumentsCommand.class, ExportCommand.class, PartnersCommand.class, CountryCommand.class, CheckCommand.class,
                ServeCommand.class, DoctorCommand.class, ReviewCommand.class, ReviewsCommand.class, EvalAreasCommand.class, BriefCommand.class, CountryWordsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Held so the setting stays: Lucene's note that the incubating vector API is off is not for our users. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        // every subcommand answers --help and --version, whoever wrote it
        for (CommandLine sub : cl.getSubcommands().values())
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) sub.getCommandSpec().mixinStandardHelpOptions(true);
        cl.setExecutionExceptionHandler(Main::oneLine);
        return cl;
    }

    /** An error no command caught: one line naming what failed, never a stack trace (CAYTRE_DEBUG=1 shows it). */
    private static int oneLine(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (System.getenv("CAYTRE_DEBUG") != null) e.printStackTrace(cmd.getErr());
        String what = e instanceof java.nio.file.NoSuchFileException n ? n.getFile() + ": no such file or folder"
                : e instanceof java.nio.file.NotDirectoryException n ? n.getFile() + ": not a folder"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        cmd.getErr().println("caytre " + cmd.getCommandName() + ": " + what);
        cmd.getErr().flush();
        return 2;
    }

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
