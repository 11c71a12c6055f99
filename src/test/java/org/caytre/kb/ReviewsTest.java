package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caytre.kb.KnowledgeBase.EventFilter;
import org.caytre.kb.KnowledgeBase.EventView;
import org.caytre.kb.ledger.Level;
import org.caytre.pipeline.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Analyst reviews on both backends: each action, its audit record, and reviews surviving a re-ingest. */
class ReviewsTest {
    @TempDir Path dir;

    static java.util.stream.Stream<String> backends() { return Backends.all(); }

    private static final String CORPUS = NewsItems.reviewCorpus();

    private Store ingest(Store store, String corpus) throws Exception {
        Path file = dir.resolve("tin.jsonl");
        Files.writeString(file, corpus);
        new Ingester(store, Pipeline.standard(), null, 2).run(List.of(file), (s, st, b, r) -> {});
        return store;
    }

    private static EventView call(KnowledgeBase kb, String country, EventFilter f) throws Exception {
        return CorroborationTest.call(kb.events(f), country);
    }

    private static List<EventView> calls(KnowledgeBase kb, String country, EventFilter f) throws Exception {
        return kb.events(f).stream().filter(e -> e.type().equals("PHONE_CALL") && e.participants().contains(country)).toList();
    }

    @ParameterizedTest @MethodSource("backends")
    void reject_merge_split_confirm_edit_each_change_the_events_and_leave_an_audit_record(String backend) throws Exception {
        Store store = ingest(Backends.open(backend, dir), CORPUS);
        KnowledgeBase kb = new KnowledgeBase(store);
        ReviewActions act = new ReviewActions(store);
        EventFilter all = EventFilter.ALL, withRejected = new EventFilter(null, null, null, null, null, null, false, true);

        String ind = call(kb, "IND", all).id();
        act.reject("Lan", ind, "the call was with another country");
        assertThat(calls(kb, "IND", all)).isEmpty();
        assertThat(call(kb, "IND", withRejected).review()).containsEntry("status", "rejected");
        assertThat(call(kb, "IND", withRejected).corroboration().confidence()).isZero();

        List<EventView> fra = calls(kb, "FRA", all);
        assertThat(fra).hasSize(2).allSatisfy(e -> assertThat(e.corroboration().corroborated()).isFalse());
        act.merge("Minh", fra.get(0).id(), fra.get(1).id(), "one call, misdated by a day in one report");
        EventView merged = call(kb, "FRA", all);
        assertThat(calls(kb, "FRA", all)).hasSize(1);
        assertThat(merged.id()).isEqualTo(fra.get(0).id());
        assertThat(merged.mentions()).hasSize(2);
        assertThat(merged.corroboration().outlets()).isEqualTo(2);
        assertThat(kb.events(new EventFilter(null, null, null, null).confidentOnly())).extracting(EventView::id).contains(merged.id());
        assertThat(kb.event(fra.get(1).id()).orElseThrow().review()).containsEntry("status", "merged").containsEntry("merged_into", merged.id());
        assertThatThrownBy(() -> act.confirm("Minh", fra.get(1).id(), "x")).hasMessageContaining("was merged into");

        EventView jpn = call(kb, "JPN", all);
        String a2 = jpn.mentions().stream().filter(m -> m.doc().equals("a2")).findFirst().orElseThrow().key();
        Review split = act.split("Lan", jpn.id(), List.of(a2), "two different calls");
        assertThat(calls(kb, "JPN", all)).extracting(EventView::id).containsExactlyInAnyOrder(jpn.id(), split.otherId());
        assertThat(kb.event(split.otherId()).orElseThrow().mentions()).extracting(KnowledgeBase.Mention::doc).containsExactly("a2");
        assertThat(kb.event(jpn.id()).orElseThrow().corroboration().outlets()).isEqualTo(1);

        act.confirm("Lan", jpn.id(), "checked against the ministry's page");
        assertThat(kb.event(jpn.id()).orElseThrow().corroboration().confidence()).isEqualTo(1.0);
        act.edit("Lan", split.otherId(), Map.of("date", "2023-02-04"), "the second call was a day later");
        assertThat(kb.event(split.otherId()).orElseThrow().date()).isEqualTo("2023-02-04");
        assertThatThrownBy(() -> act.edit("Lan", jpn.id(), Map.of("evidence", "x"), "r")).hasMessageContaining("cannot edit 'evidence'");
        assertThatThrownBy(() -> act.reject("Lan", jpn.id(), " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> act.reject("Lan", "ev-0000000000000000", "r")).hasMessageContaining("no event");

        List<Review> trail = new Reviews(store).all();
        assertThat(trail).extracting(Review::action).containsExactly("reject", "merge", "split", "confirm", "edit");
        assertThat(trail).extracting(Review::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(trail).extracting(Review::reviewer).containsExactly("Lan", "Minh", "Lan", "Lan", "Lan");
        assertThat(trail).allSatisfy(r -> {
            assertThat(r.at()).isNotBlank();
            assertThat(r.before()).isNotBlank();
            assertThat(r.after()).isNotBlank();
            assertThat(r.reason()).isNotBlank();
        });
        assertThat(trail.get(4).toJson().get("before").toString()).contains("2023-02-03");
        assertThat(trail.get(4).toJson().get("after").toString()).contains("2023-02-04");
        assertThat(new Reviews(store).of(jpn.id())).extracting(Review::action).containsExactly("split", "confirm");
    }

    @ParameterizedTest @MethodSource("backends")
    void reviews_survive_a_re_ingest_and_an_event_that_disappears_keeps_its_review_as_orphaned(String backend) throws Exception {
        Store store = ingest(Backends.open(backend, dir), CORPUS);
        KnowledgeBase kb = new KnowledgeBase(store);
        ReviewActions act = new ReviewActions(store);
        String jpn = call(kb, "JPN", EventFilter.ALL).id(), ind = call(kb, "IND", EventFilter.ALL).id();
        act.reject("Lan", jpn, "wrong");
        act.confirm("Lan", ind, "right");

        // the same news again, one item rewritten (replaced), and the Indian call gone from its rewritten item
        String again = CORPUS.replace(NewsItems.item("c1", "https://dantri.com.vn/5.htm", null, "5/4/2023", "Ấn Độ"),
                        "{\"id\": \"c1\", \"title\": \"Tin khác\", \"text\": \"Ngày 5/4/2023, trời mưa to ở Hà Nội.\", \"url\": \"https://dantri.com.vn/5.htm\"}\n")
                .replace("Hai bên nhất trí", "Hai bộ trưởng nhất trí");
        ingest(store, again);
        assertThat(calls(kb, "JPN", EventFilter.ALL)).isEmpty();
        assertThat(kb.event(jpn).orElseThrow().review()).containsEntry("status", "rejected");
        assertThat(kb.event(ind)).isEmpty();
        assertThat(kb.orphanedReviews()).singleElement().satisfies(r -> {
            assertThat(r.targetId()).isEqualTo(ind);
            assertThat(r.action()).isEqualTo("confirm");
        });
    }

    @ParameterizedTest @MethodSource("backends")
    void an_analyst_decision_on_a_claim_changes_the_ledger(String backend) throws Exception {
        Store store = Backends.open(backend, dir);
        Ledgers ledgers = new Ledgers(store);
        String usaCs = ledgers.ledger().claims("USA").stream().filter(c -> c.claim().level() == Level.COMPREHENSIVE_STRATEGIC)
                .findFirst().orElseThrow().claim().id();
        new ReviewActions(store).decide("Lan", usaCs, false, "testing the precedence of decisions");
        assertThat(ledgers.ledger().asOf(LocalDate.of(2024, 1, 1))).filteredOn(p -> p.country().equals("USA"))
                .singleElement().satisfies(p -> assertThat(p.level()).isEqualTo(Level.COMPREHENSIVE));
        new ReviewActions(store).decide("Minh", usaCs, true, "the joint statement of 10 September 2023");
        assertThat(ledgers.ledger().asOf(LocalDate.of(2024, 1, 1))).filteredOn(p -> p.country().equals("USA"))
                .singleElement().satisfies(p -> assertThat(p.level()).isEqualTo(Level.COMPREHENSIVE_STRATEGIC));
        assertThat(new Reviews(store).of(usaCs)).extracting(Review::action).containsExactly("reject_claim", "accept_claim");
    }
}
