package org.caytre.extract;

import java.util.HashMap;
import java.util.Map;
import org.caytre.internal.DataFiles;

/**
 * When Vietnam's frameworks with each partner took each level, from the reference table the knowledge base checks its
 * ledger against ({@code kb/partnerships.tsv}; read here as data). A news item that recalls a framework without a date
 * of its own ("người đi đầu trong việc … đưa quan hệ Việt Nam – Mỹ lên Đối tác chiến lược toàn diện") speaks of the step
 * the partners took then, not of one taken on the day it was published.
 */
final class Frameworks {
    private static final Map<String, String> SINCE = new HashMap<>();
    static {
        for (String[] row : DataFiles.table("/kb/partnerships.tsv")) SINCE.putIfAbsent(row[0] + "|" + row[1], row[2]);
    }

    private Frameworks() {}

    /** The date the partner's framework took {@code level}, or null when the table has no such step. */
    static String since(String partner, String level) {
        return SINCE.get(partner + "|" + level);
    }
}
