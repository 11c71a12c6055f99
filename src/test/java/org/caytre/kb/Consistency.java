package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caytre.extract.Extraction;

/** What a consistent store looks like, asserted with SQL: nothing points nowhere, nothing is there twice, and every
 *  stored document has exactly the rows its extraction gives. */
final class Consistency {
    private Consistency() {}

    static void assertNoOrphansOrDuplicates(Store store) throws SQLException {
        try (Connection c = store.connect()) {
            for (String table : List.of("passages", "entity_mentions", "event_mentions", "statistics"))
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.doc_id)"))
                        .as("%s rows without their document", table).isZero();
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)"))
                    .as("mentions of no event").isZero();
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)"))
                    .as("events without mentions").isZero();
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM events e WHERE e.mention_count <> (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = e.id)"))
                    .as("events whose mention count is stale").isZero();
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM entity_mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity_id)"))
                    .as("mentions of unknown entities").isZero();
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = e.id)"))
                    .as("entities no document names").isZero();
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM (SELECT content_hash FROM documents GROUP BY content_hash HAVING COUNT(*) > 1) x"))
                    .as("the same content stored twice").isZero();
        }
    }

    /** Per document: passages, entity mentions, event mentions, statistics. */
    static Map<String, List<Long>> rowsPerDocument(Store store) throws SQLException {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        try (Connection c = store.connect()) {
            for (String doc : Sql.strings(c, "SELECT id FROM documents ORDER BY id")) {
                out.put(doc, List.of(
                        Sql.count(c, "SELECT COUNT(*) FROM passages WHERE doc_id = ?", doc),
                        Sql.count(c, "SELECT COUNT(*) FROM entity_mentions WHERE doc_id = ?", doc),
                        Sql.count(c, "SELECT COUNT(*) FROM event_mentions WHERE doc_id = ?", doc),
                        Sql.count(c, "SELECT COUNT(*) FROM statistics WHERE doc_id = ?", doc)));
            }
        }
        return out;
    }

    /** The rows the writer must store for this extraction, in the order of {@link #rowsPerDocument}. */
    static List<Long> expectedRows(Extraction x) {
        long entities = x.annotations().entities().stream().filter(e -> e.id() != null).count() + x.annotations().people().size();
        long stats = x.statistics().stream().filter(s -> Double.isFinite(s.value())).count();
        return List.of((long) (x.document().paragraphs().size() + x.document().footnotes().size()), entities,
                (long) x.events().size(), stats);
    }
}
