package org.caytre.search;

import java.util.List;

/**
 * The unit of retrieval: one paragraph ({@code <docId>:p<n>}, n from 0) or footnote ({@code <docId>:f<number>}) of a
 * document, with what was found in it. {@code start}/{@code end} are offsets into the document's normalised text;
 * mention offsets are relative to {@code text}. {@code section} is the path of enclosing section titles
 * ("I. Tình hình › 1. Kinh tế"), empty when none; {@code date} the document's date (ISO, any precision) or null.
 */
public record Passage(String id, String doc, String text, int start, int end, String section, String date,
                      List<String> entities, List<Mention> mentions, List<String> countries, List<String> eventTypes,
                      List<String> years, List<String> areas) {
    public Passage(String id, String doc, String text, int start, int end, String section, String date, List<String> entities,
                   List<Mention> mentions, List<String> countries, List<String> eventTypes, List<String> years) {
        this(id, doc, text, start, end, section, date, entities, mentions, countries, eventTypes, years, List.of());
    }

    public Passage {
        areas = areas == null ? List.of() : List.copyOf(areas);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        countries = List.copyOf(countries);
        eventTypes = List.copyOf(eventTypes);
        years = List.copyOf(years);
    }

    /** A name linked to an entity id, at {@code [start, end)} of the passage text. */
    public record Mention(String id, int start, int end) {}
}
