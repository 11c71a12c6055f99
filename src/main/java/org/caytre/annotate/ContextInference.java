package org.caytre.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Span;

/**
 * Adds what a sentence implies without naming it ({@code gazetteer/inferences.tsv}): "Ta và Anh ký kết Hiệp định
 * FTA" names the UK–Vietnam FTA; peacekeepers "tại Nam Xu-đăng" serve in UNMISS.
 */
final class ContextInference {
    private record Rule(Pattern trigger, String country, String implied, boolean bilateral) {}

    private final List<Rule> rules = Gazetteer.table("/gazetteer/inferences.tsv").stream()
            .map(r -> new Rule(Pattern.compile(r[0]), r[1], r[2], "bilateral".equals(r[3]))).toList();

    /** Mentions implied within one sentence, given the entities found in it. */
    List<EntityMention> infer(CharSequence text, Span sentence, List<EntityMention> inSentence) {
        List<EntityMention> out = new ArrayList<>();
        if (inSentence.isEmpty()) return out;                    // every rule needs its country in the sentence
        for (Rule r : rules) {
            if (!names(inSentence, r.country())) continue;
            if (r.bilateral() && (namesThirdCountry(inSentence, r.country()) || !names(inSentence, "VNM"))) continue;
            Matcher m = r.trigger().matcher(text).region(sentence.start(), sentence.end());
            if (m.find()) {
                EntityType type = r.implied().startsWith("AGR:") ? EntityType.AGREEMENT : EntityType.ORGANIZATION;
                out.add(new EntityMention(new Span(m.start(), m.end()), m.group(), r.implied(), type));
            }
        }
        return out;
    }

    private static boolean names(List<EntityMention> mentions, String id) {
        for (EntityMention m : mentions) if (m.id().equals(id)) return true;
        return false;
    }

    private static boolean namesThirdCountry(List<EntityMention> mentions, String country) {
        for (EntityMention m : mentions)
            if (m.type() == EntityType.COUNTRY && !m.id().equals("VNM") && !m.id().equals(country)) return true;
        return false;
    }
}
