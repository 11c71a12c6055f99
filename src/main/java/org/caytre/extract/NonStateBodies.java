package org.caytre.extract;

import java.util.Set;

/**
 * Organisations that are no body of states ({@code extract/non-state-bodies.txt}: foundations, business councils, sports
 * federations, armed groups, Vietnamese boards and local bodies): their seats are no role of a state. (Agreements with
 * them stay: gold-news annotates Vietnam's cooperation agreement with the WEF.)
 */
final class NonStateBodies {
    private static final Set<String> IDS = Set.copyOf(org.caytre.internal.DataFiles.lines("/extract/non-state-bodies.txt"));

    private NonStateBodies() {}

    static boolean contains(String id) {
        return IDS.contains(id);
    }
}
