package org.caytre.kb.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caytre.model.Event;
import org.caytre.model.Metadata;
import org.caytre.model.Span;
import org.caytre.model.Statistic;
import org.junit.jupiter.api.Test;

class FactTest {
    private static final String TEXT = "Mở đầu. Hai nước nâng cấp quan hệ lên đối tác chiến lược. Ta có 5 đối tác.";

    private static Span spanOf(String part) {
        int at = TEXT.indexOf(part);
        return new Span(at, at + part.length());
    }

    @Test
    void a_fact_quotes_its_event_evidence_span() {
        Event e = new Event("PARTNERSHIP", List.of("VNM", "AAA"), List.of(), "2019", Map.of("level", "STRATEGIC"),
                spanOf("Hai nước nâng cấp quan hệ lên đối tác chiến lược."), "rule-x");
        Fact f = Fact.of("own.txt", "2020", e, TEXT, SourceOrigin.standard().of(null, null, null, null));
        assertThat(f.evidence()).isEqualTo("Hai nước nâng cấp quan hệ lên đối tác chiến lược.");
        assertThat(f.participants()).containsExactly("VNM", "AAA");
        assertThat(f.attrs()).containsEntry("level", "STRATEGIC");
        assertThat(f.docDate()).isEqualTo("2020");
    }

    @Test
    void a_figure_quotes_its_statistic_evidence_span() {
        Statistic s = new Statistic("partners", 5, "partners", null, "VNM", false, spanOf("Ta có 5 đối tác."), "rule-y");
        Figure g = Figure.of("own.txt", null, s, TEXT);
        assertThat(g.evidence()).isEqualTo("Ta có 5 đối tác.");
        assertThat(g.value()).isEqualTo(5);
    }

    @Test
    void a_document_speaks_from_its_printed_date_else_its_reference_year() {
        assertThat(Fact.documentDate(new Metadata(null, null, null, null, "2024-03-13", null, 2023))).isEqualTo("2024-03-13");
        assertThat(Fact.documentDate(new Metadata(null, null, null, null, null, null, 2020))).isEqualTo("2020");
        assertThat(Fact.documentDate(new Metadata(null, null, null, null, "ngày 5", null, null))).isNull();
        assertThat(Fact.documentDate(Metadata.EMPTY)).isNull();
    }
}
