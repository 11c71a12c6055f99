package org.caytre.extract.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One event rule of {@code extract/rules/*.jsonl}. A rule fires on a clause where its {@code trigger} occurs (and its
 * {@code require} pattern, if any); {@code split} says how the clause's sides become events: {@code each} (one per
 * foreign side, with the dates written after it), {@code agreements} (one per agreement named), {@code bodies} (one
 * per trigger occurrence, with the organisation after it), {@code aid} (giver before the trigger, receivers after),
 * {@code note} (count before, addressee after), {@code citizens} (flights, citizens, countries).
 * {@code maps} turn the first matching phrase into an attribute value; {@code attrs} are fixed attributes.
 * {@code notFollowedBy}: what may not stand right after the trigger ("hỗ trợ đưa công dân" is no aid).
 * {@code cues}: lower-case words of which a clause must contain one before the trigger is tried (for speed).
 */
public record EventRule(String name, String type, Pattern trigger, List<String> cues, Pattern require, Pattern notFollowedBy, String split, boolean orgs,
                        boolean carry, String host, Map<String, List<Map.Entry<Pattern, String>>> maps,
                        Map<String, Object> attrs, String example, Map<String, Object> expect) {
    /** Rules key the extractor's per-clause maps: the record's own hash walks every pattern and map of the rule. */
    @Override public int hashCode() { return name.hashCode(); }

    /** True when the lower-cased text could hold this rule's trigger. */
    public boolean cued(String lowerCase) {
        if (cues.isEmpty()) return true;
        for (String c : cues) if (lowerCase.contains(c)) return true;
        return false;
    }
}
