package org.caytre.extract;

import static org.caytre.extract.EventParts.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.ClauseContext.Side;
import org.caytre.extract.rules.EventRule;
import org.caytre.internal.DataFiles;
import org.caytre.model.DateMention;
import org.caytre.model.EntityMention;
import org.caytre.model.EntityType;
import org.caytre.model.Event;
import org.caytre.model.Span;

/**
 * The "agreements" split: one AGREEMENT per agreement named near a step (signed, ratified, in force, negotiated),
 * its stage from the nearest step; agreements named by the gazetteer, agreements described by an instrument's
 * name ({@link Instruments}) with their own dates, and arrangements described in negotiation. Parties of listed
 * agreements come from {@code extract/agreement-parties.tsv}.
 */
final class AgreementSteps {
    private static final Pattern UNILATERAL = ClausePhrases.get("unilateral-measure");
    private static final Pattern TWO_SIDES = ClausePhrases.get("two-sides"), FRAMEWORK = ClausePhrases.get("framework-instrument"),
            TARGET = ClausePhrases.get("target-year"), BILATERAL_KIND = ClausePhrases.get("bilateral-instrument");
    private final Map<String, List<String>> parties = new HashMap<>();

    AgreementSteps() {
        for (String[] row : DataFiles.table("/extract/agreement-parties.tsv")) parties.put(row[0], List.of(row[1].split(",")));
    }

    List<Event> read(EventRule r, ClauseContext c, String text, List<Side> allSides, Map<String, Object> attrs) {
        // an organisation's officer ("nộp lưu chiểu … cho Tổng Thư ký LHQ António Guterres") receives, is no party
        List<Side> sides = r.orgs() ? allSides : allSides.stream().filter(s -> !s.id().contains(":")).toList();
        List<Event> out = new ArrayList<>();
        List<int[]> triggers = new ArrayList<>();
        Matcher t = r.trigger().matcher(text).region(c.clause().start(), c.clause().end());
        while (t.find()) triggers.add(new int[] {t.start(), t.end()});
        Set<String> seen = new LinkedHashSet<>();
        for (EntityMention e : c.entities()) {
            if (e.type() != EntityType.AGREEMENT || seen.contains(e.id())) continue;
            int[] near = nearest(triggers, e.span().start());
            if (near == null) continue;                 // named far from any step: a later mention may be near one
            seen.add(e.id());
            List<String> parts = new ArrayList<>(parties.getOrDefault(e.id(), List.of()));
            if (parts.isEmpty()) {
                if (c.vietnam()) parts.add("VNM");
                for (Side s : sides) if (!parts.contains(s.id())) parts.add(s.id());
            }
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            String stage = mapped(r.maps().getOrDefault("stage", List.of()), text.substring(near[0], near[1]));
            if (stage != null) a.put("stage", stage);
            a.put("agreement", e.id());
            out.add(event(r, c, parts, firstDate(c), a));
        }
        List<Instruments.Instrument> instruments = Instruments.findAll(text, c.clause().start(), c.clause().end());
        // "ký nhiều Hiệp định như: A (01/10/1956), B (11/1957), C (1/1 97)": in a list of dated instruments, one without a
        // date of its own takes none from its neighbours
        long ownDated = instruments.stream().filter(in -> !datesIn(c, in.name().start(), in.item().end()).isEmpty()).count();
        for (Instruments.Instrument in : instruments) {
            if (triggers.isEmpty() || namedByGazetteer(c, in)) continue;
            // the step's own date; a target year inside the name is the name's ("Tầm nhìn … hướng tới năm 2030")
            List<DateMention> own = datesIn(c, in.name().start(), in.item().end()).stream().filter(d -> !targetYear(text, in, d)).toList();
            // "Các Biên bản ghi nhớ (MoU) đã được ký kết … vào tháng 6-2022": several instruments signed at one dated time
            if (in.plural() && own.isEmpty()) continue;
            int[] near = lastTriggerBefore(triggers, in.name().start());
            if (Instruments.commercial(text, c.clause().start(), near[0]) || PrivateParties.firmNamed(text, in.name().start(), in.item().end())
                    || PrivateParties.firmNamed(text, subjectStart(text, c.clause().start(), near[0]), near[0])
                    || witnessedOthers(text, c, near[0])) continue;
            if (FRAMEWORK.matcher(in.text()).find()) continue;      // "ký hiệp định đối tác chiến lược": a partnership, not an agreement
            Map<String, Object> a = new LinkedHashMap<>(attrs);
            String stage = mapped(r.maps().getOrDefault("stage", List.of()), text.substring(near[0], near[1]));
            if (stage != null) a.put("stage", stage);
            a.put("agreement", in.text());
            List<String> parts = instrumentParties(text, c, in, sides, near[0]);
            if (parts.isEmpty()) continue;
            if (own.isEmpty() && ownDated < 2) own = c.dates().stream().filter(d -> !targetYear(text, in, d)).toList();
            out.add(event(r, c, parts, own.isEmpty() ? null : own.get(0).value(), a));
            seen.add(in.text());
        }
        if (seen.isEmpty() && c.vietnam() && !triggers.isEmpty()) {        // an arrangement described, not named
            int[] first = triggers.get(0);
            String stage = mapped(r.maps().getOrDefault("stage", List.of()), text.substring(first[0], first[1]));
            // only negotiations and entry into force: "ký"/"phê chuẩn" without a named agreement say too little
            if (!"IN_FORCE".equals(stage) && (stage == null || !stage.startsWith("NEGOTIATION"))) return out;
            if ("IN_FORCE".equals(stage) && UNILATERAL.matcher(text).region(c.clause().start(), first[0]).find()) return out;   // "thuế … có hiệu lực"
            for (Side s : sides) {
                if (s.at() < first[0] - 80 || s.at() > first[1] + 200) continue;
                Map<String, Object> a = new LinkedHashMap<>(attrs);
                if (stage != null) a.put("stage", stage);
                a.put("agreement", itemAfter(text, first[1], c.clause().end()));
                List<DateMention> ds = firstAfter(c, s.at());
                out.add(event(r, c, List.of("VNM", s.id()), ds.isEmpty() ? firstDate(c) : ds.get(0).value(), a));
            }
        }
        return out;
    }

    /**
     * Where the signers before a step begin: after the last comma before it ("Ngày 17-4, trong khuôn khổ chuyến thăm …,
     * hãng hàng không … và sân bay … đã ký …": a firm signs, witnessed by the leaders).
     */
    private static int subjectStart(String text, int clauseStart, int trigger) {
        int comma = text.lastIndexOf(',', trigger - 1);
        return comma < clauseStart ? clauseStart : comma + 1;
    }

    /**
     * "hai Thủ tướng chứng kiến lãnh đạo PVN và SCG ký Thoả thuận hợp tác": the leaders witness, the signers named between
     * "chứng kiến" and the step are neither states nor state bodies — a deal of firms or others, no agreement of states.
     */
    private static boolean witnessedOthers(String text, ClauseContext c, int trigger) {
        Matcher w = WITNESSED.matcher(text).region(c.clause().start(), trigger);
        int signers = -1;
        while (w.find()) signers = w.end();
        if (signers < 0 || signers >= trigger) return false;
        String named = text.substring(signers, trigger);
        if (named.chars().noneMatch(Character::isUpperCase) || STATE_SIGNER.matcher(named).find()) return false;
        for (EntityMention e : c.entities()) if (e.span().start() >= signers && e.span().start() < trigger) return false;
        return true;
    }

    private static final Pattern WITNESSED = ClausePhrases.get("witnessed"), STATE_SIGNER = ClausePhrases.get("state-signer");

    private static boolean targetYear(String text, Instruments.Instrument in, DateMention d) {
        return ClauseContext.inside(d.span(), in.item())
                && TARGET.matcher(text.substring(Math.max(in.name().start(), d.span().start() - 20), d.span().start())).find();
    }

    private static boolean namedByGazetteer(ClauseContext c, Instruments.Instrument in) {
        // "Hiệp định Thương mại Tự do (EVFTA)": the acronym right after the description names it
        for (EntityMention e : c.entities())
            if (e.type() == EntityType.AGREEMENT && e.span().start() < in.name().end() + 3 && e.span().end() > in.name().start()) return true;
        // "Tổ chức Hiệp ước Bắc Đại Tây Dương": the head word inside an organisation's name names no instrument
        for (EntityMention e : c.entities())
            if (e.type() == EntityType.ORGANIZATION && e.span().start() <= in.name().start() && e.span().end() > in.name().start()) return true;
        return false;
    }

    /** Parties of a described instrument: "giữa A và B" in its name, else the clause's sides, else the counterpart. */
    private static List<String> instrumentParties(String text, ClauseContext c, Instruments.Instrument in, List<Side> sides, int trigger) {
        // "Mỹ và Đan Mạch ký thỏa thuận phòng thủ Greenland": two signers before the step are the parties, a place in the
        // name is its topic
        List<String> signers = new ArrayList<>();
        if (c.implicitVietnam() != null) signers.add("VNM");
        for (Side s : sides)
            if (s.at() < trigger && s.at() < in.name().start() && !signers.contains(s.id()) && !Places.isPlace(text, c.clause().start(), s.at()))
                signers.add(s.id());
        if (signers.size() >= 2 && signers.stream().filter(id -> !id.equals("VNM")).count() >= 2) return signers;
        List<String> inName = new ArrayList<>();
        for (EntityMention e : c.entities())
            if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION) && ClauseContext.inside(e.span(), in.name())
                    && !inName.contains(e.id())) inName.add(e.id());
        List<String> parts = new ArrayList<>();
        if (c.implicitVietnam() != null) parts.add("VNM");          // a story about others: only the sides it names
        if (inName.size() >= 2 || (inName.size() == 1 && !inName.contains("VNM"))) {
            for (String id : inName) if (!parts.contains(id)) parts.add(id);
            if (parts.size() >= 2) return parts;
        }
        for (Side s : sides)
            if (!ClauseContext.inside(new Span(s.at(), s.at() + 1), in.name()) && !parts.contains(s.id()) && !Places.isPlace(text, c.clause().start(), s.at())) parts.add(s.id());
        // only a bilateral clause ("hai nước đã ký …") signs with the item's counterpart; a treaty may have many parties
        if (parts.size() == 1 && c.counterpart() != null && !parts.contains(c.counterpart())
                && (TWO_SIDES.matcher(text).region(c.clause().start(), c.clause().end()).find() || BILATERAL_KIND.matcher(in.text()).lookingAt()))
            parts.add(c.counterpart());
        // a treaty Vietnam joins, named with a capital ("Hiệp ước Cấm vũ khí hạt nhân"): ["VNM"]; "kế hoạch hợp tác" names nothing
        boolean named = Character.isUpperCase(in.text().charAt(0)) && inName.size() <= 1;
        return parts.size() >= 2 || (c.vietnam() && named) ? parts : List.of();
    }

    /** The last trigger before {@code at}, else the first after it. */
    private static int[] lastTriggerBefore(List<int[]> triggers, int at) {
        int[] best = null;
        for (int[] t : triggers) if (t[0] < at) best = t;
        return best != null ? best : triggers.get(0);
    }

    private static int[] nearest(List<int[]> triggers, int at) {
        int[] best = null;
        for (int[] t : triggers) {
            int dist = at >= t[1] ? at - t[1] : t[0] - at;
            if (dist <= 100 && (best == null || dist < (at >= best[1] ? at - best[1] : best[0] - at))) best = t;
        }
        return best;
    }
}
