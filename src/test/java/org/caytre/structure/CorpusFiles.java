package org.caytre.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caytre.ingest.DocumentReader;
import org.caytre.ingest.RawText;

/** The shared real documents, read from ../shared/corpus (never copied into the repository). */
public final class CorpusFiles {
    public static final String D000 = "000_5b41a8928775c049.txt";
    public static final String D001 = "001_c9c707498c250740.txt";
    public static final String D002 = "002_2518e2626c6c4774.txt";
    public static final String D004 = "004_68efe2152b0b989c.txt";

    private CorpusFiles() {}

    public static Path shared() { return Path.of(System.getProperty("caytre.shared", "../shared")); }

    public static Path corpus(String name) { return shared().resolve("corpus").resolve(name); }

    /** The file as the product reads it. */
    public static RawText raw(String name) { return new DocumentReader().read(corpus(name)); }

    /** The file's text exactly as stored (UTF-8), for tests that look for a passage in the original. */
    public static String original(String name) {
        try {
            return Files.readString(corpus(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
