package org.caytre.classify;

import java.util.EnumSet;
import java.util.Set;
import org.caytre.model.Annotations;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Span;

/**
 * The areas of work a relevant passage serves, from two sources: the cue phrases of {@code classify/area-cues.tsv} in
 * the passage, and the same phrases in the headings above it (the reviews' own chapters: a passage under "6. … bảo hộ
 * công dân …" serves citizen protection even when it only says "ta đã triển khai hiệu quả"). A foreign country named
 * in the passage leans it towards bilateral relations, an international organisation towards multilateral diplomacy.
 */
final class Areas {
    private static final CueLexicon CUES = CueLexicon.byArea("/classify/area-cues.tsv");
    /** Evidence an area needs; the weight of the innermost heading and of the headings above it. */
    private static final double THRESHOLD = 2.5, HEADING = 1.0, OUTER_HEADINGS = 0.25, FOREIGN_NAMED = 1.5, ORGANISATION_NAMED = 1.0;
    /** A foreign country named beside Vietnam or a Vietnamese office-holder: the two sides of a bilateral passage. */
    private static final double WITH_VIETNAM = 1.0;

    private Areas() {}

    static Set<Area> of(String lower, Span passage, double[] heading, Annotations a) {
        double[] score = CUES.score(lower, passage.start(), passage.end());
        if (heading != null) for (int i = 0; i < score.length; i++) score[i] += heading[i];
        boolean foreign = false, organisation = false, vietnam = false;
        for (EntityMention e : Span.within(a.entities(), EntityMention::span, passage)) {
            if (e.id() == null) continue;
            if (e.type() == EntityType.COUNTRY) { if (e.id().equals("VNM")) vietnam = true; else foreign = true; }
            if (e.type() == EntityType.ORGANIZATION && !e.id().startsWith("ORG:CPV")) organisation = true;
        }
        for (var p : Span.within(a.people(), org.caytre.model.PersonMention::span, passage))
            if ("VNM".equals(p.countryId())) vietnam = true;
        if (foreign) score[Area.BILATERAL.ordinal()] += FOREIGN_NAMED + (vietnam ? WITH_VIETNAM : 0);
        if (organisation) score[Area.MULTILATERAL.ordinal()] += ORGANISATION_NAMED;
        Set<Area> out = EnumSet.noneOf(Area.class);
        for (Area area : Area.values()) if (score[area.ordinal()] >= THRESHOLD) out.add(area);
        return out;
    }

    /** Area evidence of a section: its own heading in full, the headings above it at half weight. */
    static double[] headingScores(String title, String outer) {
        double[] own = CUES.score(title), above = CUES.score(outer);
        double[] out = new double[own.length];
        for (int i = 0; i < out.length; i++) out[i] = HEADING * own[i] + OUTER_HEADINGS * above[i];
        return out;
    }
}
