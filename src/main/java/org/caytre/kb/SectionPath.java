package org.caytre.kb;

import java.util.ArrayList;
import java.util.List;
import org.caytre.model.Document;
import org.caytre.model.Section;

/** The path of section headings around a passage, outermost first ("I. Tình hình › 1. Kinh tế"); empty when none. */
public final class SectionPath {
    public static final String SEPARATOR = " › ";

    private SectionPath() {}

    public static String of(Document d, Section s) {
        List<String> titles = new ArrayList<>();
        for (Section at = s; at != null; at = at.parentId() == null ? null : d.section(at.parentId()))
            titles.add(0, heading(at));
        return String.join(SEPARATOR, titles);
    }

    private static String heading(Section s) {
        String label = s.label() == null || s.label().equals("#") ? "" : s.label().strip();
        String title = s.title() == null ? "" : s.title().strip();
        return label.isEmpty() ? title : title.isEmpty() ? label : label + " " + title;
    }
}
