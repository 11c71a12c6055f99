package org.caytre.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caytre.extract.Extraction;
import org.caytre.pipeline.Pipeline;
import org.caytre.structure.CorpusFiles;

/** The search development set (../shared/queries/search-dev.json) and the four shared documents, extracted once. */
final class DevQueries {
    record Query(String q, List<String> expectAny, String tests) {
        boolean satisfiedBy(String passageText) { return expectAny.stream().anyMatch(passageText::contains); }
    }

    static final List<String> DOCUMENTS = List.of(CorpusFiles.D000, CorpusFiles.D001, CorpusFiles.D002, CorpusFiles.D004);
    private static final Map<String, Extraction> EXTRACTIONS = new ConcurrentHashMap<>();

    private DevQueries() {}

    static List<Query> queries() {
        try {
            JsonNode all = new ObjectMapper().readTree(CorpusFiles.shared().resolve("queries/search-dev.json").toFile());
            List<Query> out = new ArrayList<>();
            for (JsonNode q : all) {
                List<String> expect = new ArrayList<>();
                q.get("expect_any").forEach(e -> expect.add(e.asText()));
                out.add(new Query(q.get("q").asText(), expect, q.get("tests").asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Extraction extraction(String name) {
        return EXTRACTIONS.computeIfAbsent(name, n -> Pipeline.standard().extract(CorpusFiles.corpus(n)));
    }

    /** Indexes the four documents, each under its file name, and commits. */
    static void indexAll(PassageIndex index) {
        for (String d : DOCUMENTS) index.replace(d, extraction(d));
        index.commit();
    }

    static Path corpus(String name) { return CorpusFiles.corpus(name); }
}
