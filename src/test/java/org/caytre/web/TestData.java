package org.caytre.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caytre.kb.Ingester;
import org.caytre.kb.Store;
import org.caytre.pipeline.Pipeline;
import org.caytre.search.PassageIndex;

/**
 * A data directory built once per test run, the way {@code caytre ingest} builds one: the four documents of
 * {@code ../shared/corpus} and our own {@code xss-sample.txt} (markup in the text) stored by the {@link Ingester} and
 * indexed from the stored rows, as {@code caytre ingest} does.
 */
final class TestData {
    static final Path CORPUS = Path.of("../shared/corpus");
    private static Path dir;

    private TestData() {}

    static synchronized Path dataDir() {
        if (dir != null) return dir;
        try {
            Path d = org.caytre.testing.TempDirs.create("caytre-web-test");
            List<Path> inputs = new ArrayList<>();
            try (Stream<Path> s = Files.list(CORPUS)) { s.sorted().forEach(inputs::add); }
            inputs.add(Path.of(TestData.class.getResource("xss-sample.txt").toURI()));
            Pipeline pipeline = Pipeline.standard();
            // indexed as caytre ingest does (with content hashes), so a caytre search over it has nothing to repair
            try (Store store = Store.open(d, null); PassageIndex index = PassageIndex.open(d.resolve("index"));
                 org.caytre.search.IndexSync sync = org.caytre.search.IndexSync.open(store, index)) {
                new Ingester(store, pipeline, null, 2).run(inputs, (source, status, bytes, reason) -> {
                    if (status == Ingester.Status.FAILED) throw new IllegalStateException(source + ": " + reason);
                }, (id, x) -> sync.index(id));
                index.commit();
            }
            dir = d;
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the test data directory: " + e, e);
        }
    }

    static String corpusDocId(int n) {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().get(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
