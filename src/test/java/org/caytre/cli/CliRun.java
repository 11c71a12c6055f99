package org.caytre.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code caytre} command line in the test's JVM: its exit status and what it printed. */
public record CliRun(int status, String out, String err) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Runs {@code caytre args…} as {@link Main} would, capturing standard output and error. */
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Standard output read as JSON (commands run with {@code --json}). */
    public JsonNode json() throws Exception { return MAPPER.readTree(out); }
}
