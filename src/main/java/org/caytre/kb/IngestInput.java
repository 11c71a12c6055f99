package org.caytre.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.caytre.ingest.DocumentReader;
import org.caytre.ingest.FolderWalk;
import org.caytre.ingest.IngestException;
import org.caytre.ingest.JsonlCorpus;

/**
 * One unit of ingest work: a file, or one record of a {@code .jsonl(.gz)} corpus. {@link #enumerate} walks the paths
 * a user gives (files, folders recursively, corpora line by line) without holding them all in memory.
 */
public sealed interface IngestInput {
    /** Identifies the document across runs: the absolute path, or "jsonl:" + the record's id. */
    String source();

    /** UTF-8 bytes of input, for rates. */
    long bytes();

    /** SHA-256 of the input and the date given with it: equal hashes mean nothing would change. */
    String hash(String optionDate);

    record FileInput(Path file, long bytes) implements IngestInput {
        public String source() { return file.toAbsolutePath().normalize().toString(); }

        public String hash(String optionDate) {
            MessageDigest d = digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());   // streamed: a large file is not held
            } catch (IOException e) {
                throw new IngestException(file, "cannot read: " + e.getMessage(), e);
            }
            d.update(("\0date=" + optionDate).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        }
    }

    record RecordInput(Path corpus, JsonlCorpus.NewsRecord record) implements IngestInput {
        public String source() {
            return record.id() != null ? "jsonl:" + record.id() : "jsonl:" + corpus.getFileName() + "#" + record.line();
        }

        public String name() { return record.id() != null ? record.id() : corpus.getFileName() + "#" + record.line(); }

        public long bytes() { return utf8Length(record.title()) + utf8Length(record.text()); }

        public String hash(String optionDate) {
            MessageDigest d = digest();
            for (String part : new String[] {record.title(), record.text(), record.date(), record.url(), record.source(), optionDate})
                d.update((part + "\0").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        }
    }

    /** Files a folder contributes: the formats the reader knows, and corpora. */
    List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".jsonl", ".jsonl.gz");

    /** Feeds every input under {@code paths} to {@code sink}, in path order; bad paths and lines go to {@code onBad}
     *  as (path, reason). */
    static void enumerate(List<Path> paths, Consumer<IngestInput> sink, BiConsumer<String, String> onBad) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                // the same walk as parse: links followed, loops and broken links named
                for (Path p : FolderWalk.files(path, IngestInput::known, (bad, reason) -> onBad.accept(bad.toString(), reason)))
                    one(p, sink, onBad);
            } else if (DocumentReader.missing(path) != null) {
                onBad.accept(path.toString(), DocumentReader.missing(path));
            } else {
                one(path, sink, onBad);
            }
        }
    }

    private static void one(Path p, Consumer<IngestInput> sink, BiConsumer<String, String> onBad) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
            try (JsonlCorpus corpus = JsonlCorpus.open(p, msg -> {
                String[] bad = FolderWalk.badLine(p, msg);   // "FILE:LINE", one line of reason, as parse says it
                onBad.accept(bad[0], bad[1]);
            })) {
                for (JsonlCorpus.NewsRecord r : corpus) sink.accept(new RecordInput(p, r));
            } catch (IngestException e) {
                onBad.accept(p.toString(), e.reason());
            } catch (IOException | UncheckedIOException e) {
                onBad.accept(p.toString(), "cannot read corpus: " + e.getMessage());
            }
        } else {
            long size;
            try {
                size = Files.size(p);
            } catch (IOException e) {
                size = 0;
            }
            sink.accept(new FileInput(p, size));
        }
    }

    private static boolean known(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long utf8Length(String s) {
        if (s == null) return 0;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
