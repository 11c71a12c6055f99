package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caytre.kb.KnowledgeBase.EventFilter;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.pipeline.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corroboration on merged events from invented news items (our own sentences) with their outlets: a call reported by
 * two outlets, a call reported twice by one outlet, a call reported once, a call in a Foreign Ministry notice.
 */
class CorroborationTest {
    @TempDir Path dir;

    static java.util.stream.Stream<String> backends() { return Backends.all(); }

    static Store ingested(String backend, Path dir) throws Exception {
        Store store = Backends.open(backend, dir);
        Path corpus = dir.resolve("tin.jsonl");
        Files.writeString(corpus,
                NewsItems.item("a1", "https://vnexpress.net/dien-dam-1.html", null, "3/2/2023", "Nhật Bản")
                + NewsItems.item("a2", "https://tuoitre.vn/dien-dam-2.htm", null, "3/2/2023", "Nhật Bản")
                + NewsItems.item("b1", "https://vnexpress.net/dien-dam-3.html", null, "4/3/2023", "Hàn Quốc")
                + NewsItems.item("b2", "https://www.vnexpress.net/dien-dam-4.html", null, "4/3/2023", "Hàn Quốc")
                + NewsItems.item("c1", "https://dantri.com.vn/dien-dam-5.htm", null, "5/4/2023", "Ấn Độ")
                + NewsItems.item("d1", "https://mofa.gov.vn/thong-cao-6", null, "6/5/2023", "Úc"));
        new Ingester(store, Pipeline.standard(), null, 2).run(List.of(corpus), (s, st, b, r) -> {});
        return store;
    }

    static EventView call(List<EventView> events, String country) {
        return events.stream().filter(e -> e.type().equals("PHONE_CALL") && e.participants().contains(country)).findFirst()
                .orElseThrow(() -> new AssertionError("no call with " + country + " in " + events.stream().map(EventView::participants).toList()));
    }

    @ParameterizedTest @MethodSource("backends")
    void each_merged_event_says_how_many_documents_and_independent_outlets_report_it(String backend) throws Exception {
        Store store = ingested(backend, dir);
        List<EventView> events = new KnowledgeBase(store).events(EventFilter.ALL);
        Corroboration jpn = call(events, "JPN").corroboration();
        assertThat(jpn.documents()).isEqualTo(2);
        assertThat(jpn.outlets()).isEqualTo(2);
        assertThat(jpn.sources()).containsExactly("Tuổi Trẻ", "VnExpress");
        assertThat(jpn.corroborated()).isTrue();
        assertThat(jpn.confidence()).isEqualTo(0.75);
        assertThat(jpn.modality()).isEqualTo("occurred");
        assertThat(jpn.rules()).isNotEmpty();

        Corroboration kor = call(events, "KOR").corroboration();   // one outlet, two pages (www. or not)
        assertThat(kor.documents()).isEqualTo(2);
        assertThat(kor.outlets()).isEqualTo(1);
        assertThat(kor.corroborated()).isFalse();
        assertThat(kor.confidence()).isEqualTo(0.5);

        Corroboration ind = call(events, "IND").corroboration();
        assertThat(ind.outlets()).isEqualTo(1);
        assertThat(ind.confidence()).isEqualTo(0.5);

        Corroboration aus = call(events, "AUS").corroboration();   // a Foreign Ministry page is an official source
        assertThat(aus.official()).isTrue();
        assertThat(aus.corroborated()).isTrue();
        assertThat(aus.confidence()).isEqualTo(0.9);
        assertThat(call(events, "AUS").mentions()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("official"));
    }

    @ParameterizedTest @MethodSource("backends")
    void filters_by_confidence_and_corroboration(String backend) throws Exception {
        KnowledgeBase kb = new KnowledgeBase(ingested(backend, dir));
        List<String> twoOutlets = kb.events(new EventFilter(null, "PHONE_CALL", null, null, null, 2, false, false)).stream()
                .flatMap(e -> e.participants().stream()).filter(p -> !p.equals("VNM")).toList();
        assertThat(twoOutlets).containsExactly("JPN");
        List<String> confident = kb.events(new EventFilter(null, "PHONE_CALL", null, null).confidentOnly()).stream()
                .flatMap(e -> e.participants().stream()).filter(p -> !p.equals("VNM")).sorted().toList();
        assertThat(confident).containsExactly("AUS", "JPN");
        assertThat(kb.events(new EventFilter(null, "PHONE_CALL", null, null, 0.8, null, false, false)))
                .extracting(e -> e.corroboration().confidence()).containsExactly(0.9);
    }
}
