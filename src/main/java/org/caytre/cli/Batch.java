package org.caytre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.caytre.ingest.DocumentReader;
import org.caytre.ingest.FolderWalk;
import org.caytre.ingest.IngestException;
import org.caytre.ingest.JsonlCorpus;
import org.caytre.ingest.PublicationDate;
import org.caytre.ingest.RawText;

/**
 * Runs one step per document of the arguments: a file; a folder (recursively: the files of supported types, a
 * symbolic link loop named and skipped); {@code -} for standard input; a {@code .jsonl}/{@code .jsonl.gz} file, one
 * document per line ({@code text}, optional {@code title}, {@code date}, {@code id}). A document that cannot be read,
 * or runs past its time budget, is reported on stderr in one line ("caytre: FILE: REASON", "FILE:LINE: REASON") and
 * the batch goes on; warnings (encoding conversions, repairs) go to stderr too. The exit status is 0 when every
 * document was processed, 1 otherwise.
 */
final class Batch {
    /** Supported document types in a folder (by extension). */
    private static final Set<String> TYPES = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "pdf", "docx", "jsonl");

    /** The work done for one document; returns what to print (printed by the batch, in order). */
    interface Step {
        String run(RawText raw) throws Exception;
    }

    /** How documents are read and how long each may take. */
    record Options(DocumentReader reader, String date, double timeoutSeconds) {}

    private final Options options;
    private final PrintWriter out, err;
    private ExecutorService worker = Executors.newSingleThreadExecutor(Batch::daemon);
    private int failures;

    private Batch(Options options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    static int run(List<Path> args, Options options, PrintWriter out, PrintWriter err, Step step) {
        Batch b = new Batch(options, out, err);
        try {
            for (Path arg : args) b.argument(arg, step);
        } finally {
            b.worker.shutdownNow();
        }
        return b.failures == 0 ? 0 : 1;
    }

    private void argument(Path arg, Step step) {
        String name = arg.toString();
        if (name.equals("-")) { document(name, () -> options.reader().read(Path.of("stdin"), stdin()), step); return; }
        if (Files.isDirectory(arg)) { folder(arg, step); return; }
        if (isJsonl(name) && Files.isRegularFile(arg)) { jsonl(arg, step); return; }
        document(name, () -> options.reader().read(arg), step);
    }

    private void folder(Path dir, Step step) {
        List<Path> files = FolderWalk.files(dir, f -> TYPES.contains(extension(f)), (path, reason) -> fail(path + ": " + reason));
        if (files.isEmpty()) { failures++; err.println("caytre: " + dir + ": no documents in folder"); }
        for (Path f : files) {
            if (isJsonl(f.toString())) jsonl(f, step);
            else document(f.toString(), () -> options.reader().read(f), step);
        }
    }

    private void jsonl(Path file, Step step) {
        try (JsonlCorpus corpus = JsonlCorpus.open(file, bad -> fail(String.join(": ", FolderWalk.badLine(file, bad))))) {
            for (JsonlCorpus.NewsRecord r : corpus) {
                String label = file + ":" + r.line();
                document(label, () -> record(file, r), step);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            fail(file + ": cannot read: " + e.getMessage());
        }
    }

    private RawText record(Path file, JsonlCorpus.NewsRecord r) {
        String name = r.id() == null || r.id().isBlank() ? file.getFileName() + ":" + r.line() : r.id();
        String body = r.title().isBlank() ? r.text() : r.title() + "\n\n" + r.text();
        RawText raw = options.reader().read(Path.of(file + ":" + r.line()), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        raw = new RawText(name, raw.format(), raw.text(), raw.warnings(), raw.given());
        if (!r.title().isBlank()) raw = raw.withTitle(r.title());
        String date = PublicationDate.lenient(r.date());
        if (date != null) raw = raw.withDate(date, "jsonl");
        return raw;
    }

    /** Reads and processes one document within the time budget, on a worker thread the batch can walk away from. */
    private void document(String label, Supplier<RawText> read, Step step) {
        Future<String[]> job = worker.submit(() -> {
            RawText raw = read.get();
            if (options.date() != null) raw = raw.withDate(options.date(), "option");
            return new String[] {step.run(raw), String.join("\n", raw.warnings())};
        });
        try {
            String[] done = job.get(Math.round(options.timeoutSeconds() * 1000), TimeUnit.MILLISECONDS);
            if (!done[1].isEmpty()) for (String w : done[1].split("\n")) err.println("caytre: " + label + ": warning: " + w);
            if (!done[0].isEmpty()) out.println(done[0]);
        } catch (TimeoutException e) {
            job.cancel(true);
            abandonWorker();
            fail(label + ": took longer than " + new java.math.BigDecimal(Double.toString(options.timeoutSeconds())).stripTrailingZeros().toPlainString() + " s (--timeout); skipped");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            fail(c instanceof IngestException ie ? label + ": " + ie.reason()
                    : label + ": " + (c instanceof OutOfMemoryError ? "out of memory (try a lower --max-size)" : String.valueOf(c)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(label + ": interrupted");
        }
        out.flush();
        err.flush();
    }

    // a stage that overran does not check for interruption: leave its (daemon) thread and carry on with a fresh one
    private void abandonWorker() {
        worker.shutdownNow();
        worker = Executors.newSingleThreadExecutor(Batch::daemon);
    }

    private void fail(String message) {
        failures++;
        err.println("caytre: " + message);
    }

    private static byte[] stdin() {
        try {
            return System.in.readAllBytes();
        } catch (IOException e) {
            throw new IngestException(Path.of("stdin"), "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isJsonl(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl.gz")) return "jsonl";
        return n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "caytre-document");
        t.setDaemon(true);
        return t;
    }
}
