package org.caytre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.caytre.ingest.IngestException;

/**
 * Runs one step per file: a file that cannot be read is reported on stderr ("caytre: FILE: REASON") and the batch
 * goes on; the exit status says whether every file was read.
 */
final class Batch {
    /** The work done for one file; may throw {@link IngestException} for bad input. */
    interface Step {
        void run(Path file) throws Exception;
    }

    private Batch() {}

    static int run(List<Path> files, PrintWriter out, PrintWriter err, Step step) {
        int failures = 0;
        for (Path file : files) {
            try {
                step.run(file);
            } catch (IngestException e) {
                failures++;
                err.println("caytre: " + e.getMessage());
            } catch (Exception e) {
                failures++;
                err.println("caytre: " + file + ": " + e);
            }
            out.flush();
            err.flush();
        }
        return failures == 0 ? 0 : 1;
    }
}
