package org.caytre.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams news records ({@code id}, {@code title}, {@code text}, optional {@code date}, {@code url}, {@code source}) from a {@code .jsonl} or {@code .jsonl.gz} file in
 * constant memory. A malformed line is reported to {@code onBadLine} ("line N: reason") and skipped.
 *
 * <pre>{@code try (JsonlCorpus c = JsonlCorpus.open(path, System.err::println)) { for (var r : c) … } }</pre>
 */
public final class JsonlCorpus implements Iterable<JsonlCorpus.NewsRecord>, Closeable {
    /** One article; {@code line} is its 1-based line number in the file; {@code date}, {@code url} and
     *  {@code source} are the optional fields of the line (null when absent). */
    public record NewsRecord(long line, String id, String title, String text, String date, String url, String source) {
        public NewsRecord(long line, String id, String title, String text) { this(line, id, title, text, null, null, null); }
    }

    private static final JsonFactory JSON = new JsonFactory();
    private final BufferedReader reader;
    private final Consumer<String> onBadLine;

    private JsonlCorpus(BufferedReader reader, Consumer<String> onBadLine) {
        this.reader = reader;
        this.onBadLine = onBadLine;
    }

    public static JsonlCorpus open(Path file, Consumer<String> onBadLine) {
        try {
            InputStream in = Files.newInputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
            return new JsonlCorpus(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), onBadLine);
        } catch (IOException e) {
            throw new IngestException(file, "cannot open corpus: " + e.getMessage(), e);
        }
    }

    @Override
    public Iterator<NewsRecord> iterator() {
        return new Iterator<>() {
            private long line;
            private NewsRecord next = advance();

            private NewsRecord advance() {
                try {
                    for (String s; (s = reader.readLine()) != null; ) {
                        line++;
                        if (s.isBlank()) continue;
                        try {
                            return parse(line, s);
                        } catch (IOException | IllegalArgumentException e) {
                            onBadLine.accept("line " + line + ": " + e.getMessage());
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override public boolean hasNext() { return next != null; }

            @Override public NewsRecord next() {
                if (next == null) throw new NoSuchElementException();
                NewsRecord r = next;
                next = advance();
                return r;
            }
        };
    }

    /** One line of a corpus ({@code line}: its 1-based number); a line that is not a JSON object with a "text" field
     *  throws. Public for batch engines that split a corpus into lines themselves. */
    public static NewsRecord parse(long line, String json) throws IOException {
        String id = null, title = null, text = null, date = null, url = null, source = null;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "title" -> title = p.getValueAsString();
                    case "text" -> text = p.getValueAsString();
                    case "date" -> date = p.getValueAsString();
                    case "url" -> url = p.getValueAsString();
                    case "source" -> source = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
        }
        if (text == null) throw new IllegalArgumentException("no \"text\" field");
        return new NewsRecord(line, id, title == null ? "" : title, text, date, url, source);
    }

    @Override
    public void close() throws IOException { reader.close(); }
}
