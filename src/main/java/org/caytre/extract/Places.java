package org.caytre.extract;

import java.util.regex.Pattern;

/**
 * A country named as the place where something happens ("tại trụ sở LHQ ở New York (Mỹ)", "tại Hà Nội") is not a
 * party to it: signing in Washington does not make the USA a signatory.
 */
final class Places {
    private static final Pattern BEFORE_PLACE = ClausePhrases.get("place-before");

    private Places() {}

    static boolean isPlace(String text, int clauseStart, int at) {
        if (at <= clauseStart) return false;                 // a side carried from an earlier clause
        int from = Math.max(clauseStart, at - 40);
        return BEFORE_PLACE.matcher(text.substring(from, at)).find();
    }

}
