package org.caytre.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caytre.extract.rules.EventRule;
import org.caytre.extract.rules.EventRules;
import org.caytre.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule carries its own test: its example sentence must give the event it promises. */
class EventRulesTest {
    static Stream<EventRule> rules() { return EventRules.load("/extract/rules/events.jsonl").stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    @SuppressWarnings("unchecked")
    void each_rule_finds_its_example(EventRule rule) {
        List<Event> events = Pipelines.extract(rule.example()).events().stream().filter(e -> e.rule().equals(rule.name())).toList();
        assertThat(events).as("events of %s in: %s", rule.name(), rule.example()).isNotEmpty();
        Event e = events.get(0);
        assertThat(e.type()).isEqualTo(rule.type());
        Map<String, Object> expect = rule.expect();
        if (expect.containsKey("participants"))
            assertThat(new HashSet<>(e.participants())).isEqualTo(new HashSet<>((List<String>) expect.get("participants")));
        if (expect.containsKey("date")) assertThat(e.date()).isEqualTo(expect.get("date"));
        if (expect.containsKey("attrs"))
            ((Map<String, Object>) expect.get("attrs")).forEach((k, v) -> assertThat(e.attrs().get(k)).as(k).isEqualTo(v));
    }

    @Test
    void rule_files_are_validated_on_load() {
        assertThatThrownBy(() -> EventRules.parseForTest("{\"name\":\"x\",\"type\":\"VISIT\",\"trigger\":\"thăm\",\"split\":\"each\",\"example\":\"e\",\"colour\":1}"))
                .hasMessageContaining("[R001]").hasMessageContaining("line 1").hasMessageContaining("colour");
        assertThatThrownBy(() -> EventRules.parseForTest("{\"name\":\"x\",\"type\":\"VISIT\",\"trigger\":\"(\",\"split\":\"each\",\"example\":\"e\"}"))
                .hasMessageContaining("[R005]");
        assertThatThrownBy(() -> EventRules.parseForTest("{\"name\":\"x\",\"type\":\"VISIT\",\"trigger\":\"a\",\"split\":\"sideways\",\"example\":\"e\"}"))
                .hasMessageContaining("[R004]");
    }
}
