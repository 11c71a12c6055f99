package org.caytre.cli;

import org.caytre.ingest.DocumentReader;
import picocli.CommandLine.Option;

/** Limits of {@code parse} and {@code extract} (a picocli mixin): how big a document may be and how long it may take. */
final class ReadingOptions {
    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50",
            description = "largest file, and largest text a PDF/DOCX may hold (a DOCX may unpack to "
                    + DocumentReader.UNPACK_FACTOR + "× this); default ${DEFAULT-VALUE}")
    long maxSizeMb;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time budget per document in seconds (decimals allowed); a document that runs past it fails and the batch goes on; default ${DEFAULT-VALUE}")
    double timeoutSeconds;

    Batch.Options batch(String date) {
        if (maxSizeMb <= 0 || timeoutSeconds <= 0)
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--max-size and --timeout must be positive");
        return new Batch.Options(new DocumentReader(maxSizeMb * 1024 * 1024), date, timeoutSeconds);
    }
}
