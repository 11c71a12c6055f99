package org.caytre.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.caytre.kb.EventMerger.Alternative;
import org.caytre.kb.EventMerger.Mention;
import org.caytre.kb.EventMerger.Merged;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private static final String CALL = EventIdentity.classKey("PHONE_CALL", List.of("VNM", "USA"), Map.of());
    private static final String UPGRADE = EventIdentity.classKey("PARTNERSHIP", List.of("VNM", "USA"), Map.of("level", "COMPREHENSIVE_STRATEGIC"));

    @Test
    void a_month_and_a_day_inside_it_are_one_event_dated_by_the_day() {
        List<Merged> events = EventMerger.merge(CALL, List.of(new Mention("a", 0, "2023-09"), new Mention("b", 3, "2023-09-10")));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).date()).isEqualTo("2023-09-10");
        assertThat(events.get(0).mentions()).extracting(Mention::doc).containsExactly("a", "b");
    }

    @Test
    void calls_between_the_same_sides_on_different_days_are_never_merged() {
        List<Merged> events = EventMerger.merge(CALL, List.of(new Mention("a", 0, "2023-09-10"), new Mention("b", 0, "2023-09-12"),
                new Mention("c", 0, "2023-09")));   // c could be either call: it stays on its own
        assertThat(events).extracting(Merged::date).containsExactlyInAnyOrder("2023-09-10", "2023-09-12", "2023-09");
        assertThat(events).allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void two_mentions_of_one_document_in_the_same_year_are_two_events() {
        String aid = EventIdentity.classKey("AID", List.of("VNM"), Map.of());
        List<Merged> events = EventMerger.merge(aid, List.of(new Mention("a", 1, "2020"), new Mention("a", 2, "2020"), new Mention("b", 0, "2020")));
        assertThat(events).hasSize(3);
        // but the same day read twice from one document is one event
        assertThat(EventMerger.merge(CALL, List.of(new Mention("a", 1, "2020-09-29"), new Mention("a", 4, "2020-09-29")))).hasSize(1);
    }

    @Test
    void undated_recurring_mentions_are_not_guessed_into_a_dated_event() {
        List<Merged> events = EventMerger.merge(CALL, List.of(new Mention("a", 0, null), new Mention("b", 0, "2023-09-10")));
        assertThat(events).hasSize(2);
    }

    @Test
    void once_only_events_merge_and_keep_conflicting_dates_as_alternatives_with_their_sources() {
        List<Merged> events = EventMerger.merge(UPGRADE, List.of(new Mention("a", 0, "2023-09-10"), new Mention("b", 5, "2023-09-10"),
                new Mention("c", 2, "2023-09-11"), new Mention("d", 0, "2023"), new Mention("e", 0, null)));
        assertThat(events).hasSize(1);
        Merged e = events.get(0);
        assertThat(e.date()).isEqualTo("2023-09-10");
        assertThat(e.alternatives()).containsExactly(new Alternative("2023-09-11", List.of("c", "d")));
        assertThat(e.mentions()).hasSize(5);
    }

    @Test
    void ids_depend_on_identity_not_on_arrival_order() {
        List<Mention> mentions = new ArrayList<>(List.of(new Mention("a", 0, "2023-09"), new Mention("b", 1, "2023-09-10"),
                new Mention("c", 0, "2023-09-12"), new Mention("d", 0, "2023-09-12"), new Mention("e", 7, null), new Mention("f", 0, "2022")));
        List<Merged> reference = EventMerger.merge(CALL, mentions);
        Random random = new Random(8);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(mentions, random);
            assertThat(EventMerger.merge(CALL, mentions)).isEqualTo(reference);
        }
    }

    @Test
    void an_event_keeps_its_id_when_another_event_of_the_same_sides_arrives() {
        String before = EventMerger.merge(CALL, List.of(new Mention("a", 0, "2023-09-10"))).get(0).id();
        List<Merged> after = EventMerger.merge(CALL, List.of(new Mention("a", 0, "2023-09-10"), new Mention("z", 0, "2024-01-02")));
        assertThat(after).extracting(Merged::id).contains(before).hasSize(2);
    }

    @Test
    void identity_ignores_people_and_participant_order_but_not_key_attributes() {
        assertThat(EventIdentity.classKey("PHONE_CALL", List.of("USA", "PER:Joe Biden", "VNM"), Map.of("item", "x")))
                .isEqualTo(CALL);
        assertThat(EventIdentity.classKey("VISIT", List.of("VNM", "USA"), Map.of("host", "USA")))
                .isNotEqualTo(EventIdentity.classKey("VISIT", List.of("VNM", "USA"), Map.of("host", "VNM")));
        assertThat(EventIdentity.sides(List.of("USA", "PER:Joe Biden", "VNM", "CHN"))).containsExactly("VNM", "CHN", "USA");
    }

    @Test
    void dates_cover_the_days_of_their_precision() {
        assertThat(DateRange.parse("2021-Q2")).isEqualTo(DateRange.parse("2021-04-01/2021-06-30"));
        assertThat(DateRange.parse("2021-H2").contains(DateRange.parse("2021-12"))).isTrue();
        assertThat(DateRange.parse("2021-13")).isNull();
        assertThat(DateRange.parse("ngày mai")).isNull();
    }
}
