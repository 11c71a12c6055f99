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

    /** {@code caytre ingest --data DATA INPUT…}, failing the test with what it printed unless it exits 0. */
    public static CliRun ingest(java.nio.file.Path data, java.nio.file.Path... inputs) {
        String[] args = new String[3 + inputs.length];
        args[0] = "ingest";
        args[1] = "--data";
        args[2] = data.toString();
        for (int i = 0; i < inputs.length; i++) args[3 + i] = inputs[i].toString();
        CliRun r = run(args);
        if (r.status() != 0) throw new AssertionError("caytre ingest exited " + r.status() + ": " + r.err());
        return r;
    }

    /** Standard output read as JSON (commands run with {@code --json}). */
    public JsonNode json() throws Exception { return MAPPER.readTree(out); }
}
