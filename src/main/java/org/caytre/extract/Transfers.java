package org.caytre.extract;

import static org.caytre.extract.EventParts.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.ClauseContext.Side;
import org.caytre.extract.rules.EventRule;
import org.caytre.model.Event;
import org.caytre.model.QuantityMention;

/**
 * The "aid", "note" and "citizens" splits: who gives to whom, who writes to whom, who protects; Vietnam is the side a
 * clause leaves unnamed only in a story that speaks of Vietnam ({@link ClauseContext#implicitVietnam()}).
 */
final class Transfers {
    private static final Pattern NOT_A_RECEIVER = ClausePhrases.get("not-a-receiver"), PRIVATE_SENDER = ClausePhrases.get("private-sender");

    private Transfers() {}

    static List<Event> aid(EventRule r, ClauseContext c, List<Side> sides, Map<String, Object> attrs, int ts, int te,
                            String text, String trigger) {
        if (noActOfGiving(text, c.clause().start(), c.clause().end(), ts, te)) return List.of();
        int clauseStart = c.clause().start();
        // a state named before the aid word gives, unless it only says the private giver's nationality ("Cụ bà người Nhật Bản")
        // or belongs to its name ("Quỹ Hoà bình Hàn - Việt trao tặng")
        org.caytre.internal.LeadingChars.Finder privateGiver = PRIVATE_GIVER_SEARCH.finderIn(text, clauseStart, ts);
        if (privateGiver.find()) {
            int named = privateGiver.end();
            if (sides.stream().noneMatch(s -> s.at() >= clauseStart && s.at() < ts && !text.startsWith("người ", Math.max(0, s.at() - 6))
                    && !(s.at() >= named && s.at() - named <= 30 && noComma(text, named, s.at())))) return List.of();
        }
        List<Event> out = new ArrayList<>();
        QuantityMention amount = null;
        // the first measured quantity after the trigger: a bare count names no amount ("dự án hỗ trợ … tại 7 tỉnh")
        for (QuantityMention q : c.quantities()) if (q.span().start() >= te && q.unit() != null) { amount = q; break; }
        // "sẽ cấp 1 triệu USD hỗ trợ khẩn cấp": the sum given right before the word of aid
        if (amount == null) for (QuantityMention q : c.quantities())
            if (q.span().end() <= ts && ts - q.span().end() <= 2 && QuantityMention.isCurrency(q.unit())) amount = q;
        if (AID_PURPOSE.matcher(text.substring(Math.max(c.clause().start(), ts - 12), ts)).find()
                && (amount == null || amount.span().start() > ts || !QuantityMention.isCurrency(amount.unit()))) return out;
        if (amount == null && toPerson(text, c, te)) return out;   // "bà Ardern tặng Thủ tướng … một miếng đá xanh": a gift, no aid
        c = datedAt(c, te);
        String item = itemAfter(text, te, c.clause().end());
        String home = c.implicitVietnam();                                 // null: a story about others names both sides
        if (AID_RECEIVED.matcher(text.substring(Math.max(c.clause().start(), ts - 16), ts)).find())
            return received(r, c, sides, attrs, ts, te, text, item, amount);
        if (trigger.equals("tiếp nhận")) {                                  // Vietnam receives
            if (home != null && RECEIVED_OBJECT.matcher(text).region(te, c.clause().end()).lookingAt()) for (Side s : sides) out.add(aidEvent(r, c, s.id(), home, item, amount, attrs));
            return out;
        }
        Side giver = null;
        for (Side s : sides) if (s.at() < ts && ts - s.at() < 60 && !Places.isPlace(text, c.clause().start(), s.at())) giver = s;
        for (Side s : sides)                                    // "với sự hỗ trợ từ Ấn Độ", "viện trợ của Nhật Bản"
            if (s.at() > te && s.at() - te < 12 && GIVER_AFTER.matcher(text.substring(te, s.at())).matches()) { giver = s; break; }
        final Side given = giver;
        if (given != null && given.at() > te) sides = sides.stream().filter(s -> s != given).toList();
        boolean toCommunity = NOT_A_RECEIVER.matcher(text).region(te, c.clause().end()).lookingAt();
        List<Side> receivers = toCommunity ? List.of()
                : sides.stream().filter(s -> s.at() > ts && !Places.isPlace(text, te, s.at())
                        // "… Di sản Thế giới Mỹ Sơn được UNESCO công nhận", "dự án do Nhật Bản tài trợ": a passive's agent receives nothing
                        && !PASSIVE_AGENT.matcher(text).region(Math.max(te, s.at() - 8), s.at()).find()).toList();
        if (giver != null && receivers.isEmpty()) {
            if (home != null) out.add(aidEvent(r, c, giver.id(), home, item, amount, attrs));
        } else if (giver == null && !receivers.isEmpty()) {
            if (home != null) for (Side s : receivers) out.add(aidEvent(r, c, home, s.id(), item, amount, attrs));
        } else if (giver == null && c.counterpart() != null && !c.counterpart().equals("VNM") && c.vietnamNamed(te, c.clause().end())
                && !toCommunity) {                                   // "tàu … được bàn giao cho Hải quân Việt Nam" in a story about India
            out.add(aidEvent(r, c, c.counterpart(), "VNM", item, amount, attrs));
        } else if (giver == null && c.vietnam() && (amount != null || toCommunity)
                && ABROAD_RECEIVER.matcher(text).region(c.clause().start(), c.clause().end()).find()) {
            out.add(aidEvent(r, c, "VNM", null, item, amount, attrs));
        } else if (giver != null && !c.vietnam() && amount != null) {        // "Nhật Bản viện trợ cho Lào 10 triệu USD"
            for (Side s : receivers) if (!s.id().equals(giver.id())) out.add(aidEvent(r, c, giver.id(), s.id(), item, amount, attrs));
        }
        return out;
    }

    /**
     * Whether a person is given to right after the trigger: a person named (with at most a few words of title before the
     * name), or a leader's office alone ("tặng nữ Thủ tướng New Zealand một bức tranh").
     */
    private static boolean toPerson(String text, ClauseContext c, int te) {
        if (LEADER.matcher(text).region(te, c.clause().end()).lookingAt()) return true;
        for (org.caytre.model.PersonMention p : c.people()) {
            int at = p.span().start();
            if (at < te || at - te > 40) continue;
            String between = text.substring(te, at).strip();
            if (between.isEmpty() || between.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ') && between.split(" ").length <= 4) return true;
        }
        return false;
    }

    /**
     * "5 quốc gia nhận hỗ trợ quân sự lớn nhất từ Mỹ gồm Israel …", "Lào tiếp nhận viện trợ của Nhật Bản": the side after
     * "từ"/"của" gives, the sides named before the aid word (or, after the giver, the ones listed) receive; without a named
     * giver no aid is read.
     */
    private static List<Event> received(EventRule r, ClauseContext c, List<Side> sides, Map<String, Object> attrs, int ts, int te,
                                        String text, String item, QuantityMention amount) {
        Side giver = null;
        for (Side s : sides)
            if (s.at() > te && FROM_GIVER.matcher(text.substring(Math.max(te, s.at() - 24), s.at())).find()) { giver = s; break; }
        if (giver == null) return List.of();
        List<Event> out = new ArrayList<>();
        for (Side s : sides)
            if (s != giver && !s.id().equals(giver.id()) && !Places.isPlace(text, c.clause().start(), s.at()))
                out.add(aidEvent(r, c, giver.id(), s.id(), item, amount, attrs));
        if (out.isEmpty() && c.vietnamNamed(c.clause().start(), ts)) out.add(aidEvent(r, c, giver.id(), "VNM", item, amount, attrs));
        return out;
    }

    private static final Pattern FROM_GIVER = ClausePhrases.get("giver-before");

    private static boolean noComma(String text, int from, int to) {
        int comma = text.indexOf(',', from);
        return comma < 0 || comma >= to;
    }

    /**
     * Aid words that give nothing between states: a noun they qualify ("công nghiệp hỗ trợ"), a capacity ("đủ khả năng tiếp
     * nhận"), thanks for "sự hỗ trợ", buying and selling, support to a person or help to travellers.
     */
    private static boolean noActOfGiving(String text, int clauseStart, int clauseEnd, int ts, int te) {
        if (AID_NOT_GIVING.matcher(text.substring(Math.max(clauseStart, ts - 24), ts)).find()) return true;
        Matcher thanks = AID_GRATITUDE.matcher(text).region(clauseStart, ts);
        while (thanks.find()) if (ts - thanks.end() <= 40) return true;
        return AID_COMMERCE.matcher(text).region(clauseStart, clauseEnd).find()
                || AID_TO_PERSON.matcher(text).region(te, clauseEnd).lookingAt();
    }

    private static final Pattern AID_NOT_GIVING = ClausePhrases.get("aid-not-giving"), AID_GRATITUDE = ClausePhrases.get("aid-gratitude"),
            AID_COMMERCE = ClausePhrases.get("aid-commerce"), AID_TO_PERSON = ClausePhrases.get("aid-to-person"),
            ABROAD_RECEIVER = ClausePhrases.get("abroad-receiver"), LEADER = ClausePhrases.get("leader-receiver"),
            CITIZENS_ABROAD = ClausePhrases.get("citizens-abroad"), PASSIVE_AGENT = ClausePhrases.get("passive-agent"), AID_PURPOSE = ClausePhrases.get("aid-purpose"),
            AID_RECEIVED = ClausePhrases.get("aid-received"), RECEIVED_OBJECT = ClausePhrases.get("received-object"),
            PRIVATE_GIVER = ClausePhrases.get("private-giver");
    private static final org.caytre.internal.LeadingChars.Search PRIVATE_GIVER_SEARCH = org.caytre.internal.LeadingChars.search(PRIVATE_GIVER);

    /**
     * The clause with the dates of this transfer first: "thăm cảng … tháng 5-2024 và tàu … được bàn giao … tháng 7-2023" —
     * the first date after the trigger, else the last before it.
     */
    private static ClauseContext datedAt(ClauseContext c, int te) {
        List<org.caytre.model.DateMention> after = datesIn(c, te, c.clause().end());
        List<org.caytre.model.DateMention> chosen = !after.isEmpty() ? after : nearestBefore(c, te);
        if (chosen.isEmpty() || c.dates().isEmpty() || chosen.get(0) == c.dates().get(0)) return c;
        return new ClauseContext(c.clause(), c.entities(), c.people(), List.of(chosen.get(0)), c.quantities(), c.vietnam(), c.counterpart(),
                c.recentBody(), c.vietnamese());
    }

    private static Event aidEvent(EventRule r, ClauseContext c, String from, String to, String item, QuantityMention q, Map<String, Object> attrs) {
        Map<String, Object> a = new LinkedHashMap<>(attrs);
        a.put("from", from);
        a.put("to", to);
        a.put("item", item);
        a.put("amount", q == null ? null : q.value());
        a.put("unit", q == null ? null : q.unit());
        List<String> parts = new ArrayList<>();
        if ("VNM".equals(from) || "VNM".equals(to)) parts.add("VNM");       // Vietnam first when it takes part
        for (String side : new String[] {from, to}) if (side != null && !parts.contains(side)) parts.add(side);
        return event(r, c, parts, firstDate(c), a);
    }

    /**
     * One note per sender and addressee: "Tổng thống Đức, Tổng thống Áo … gửi thư chúc mừng Chủ tịch nước" are two notes
     * to Vietnam, "Campuchia gửi thư cho Bộ trưởng Ngoại giao Việt Nam và Lào" two notes from Cambodia. Senders are named
     * before the trigger, addressees after it (up to the topic: "công hàm về việc Costa Rica công nhận Việt Nam …"); an
     * unnamed sender or addressee is Vietnam, who speaks, only in a story about Vietnam.
     */
    static List<Event> note(EventRule r, ClauseContext c, List<Side> sides, Map<String, Object> attrs, int ts, int te, String text) {
        // "Các luật sư của nghi phạm đã gửi thư …": letters of people or firms are no diplomatic notes
        if (PRIVATE_SENDER.matcher(text).region(c.clause().start(), ts).find()) return List.of();
        QuantityMention count = null;
        for (QuantityMention q : c.quantities())                // "hơn 160 đảng … gửi điện" counts senders, "hai lần gửi thư" times
            if (q.span().start() < ts && q.span().end() <= te && ts - q.span().start() <= 16 && !text.startsWith(" lần", q.span().end())
                    && !text.substring(q.span().start(), q.span().end()).endsWith("lần")) count = q;
        // "Việt Nam còn nhận điện mừng từ … các nước như Israel, Ai Cập …": received, the sides after the word sent it
        if (AID_RECEIVED.matcher(text.substring(Math.max(c.clause().start(), ts - 16), ts)).find()) {
            String to = c.vietnamNamed(c.clause().start(), ts) ? "VNM" : c.implicitVietnam();
            List<Event> out = new ArrayList<>();
            if (to == null) return out;
            List<String> from = new ArrayList<>();
            for (Side s : sides) if (s.at() >= te && !s.id().equals(to) && !Topics.inTopic(text, te, s.at())) addIfAbsent(from, s.id());
            for (String sender : from) {
                Map<String, Object> a = new LinkedHashMap<>(attrs);
                a.put("to", to);
                a.put("count", count == null ? null : count.value());
                out.add(event(r, c, to.equals("VNM") ? List.of("VNM", sender) : List.of(sender, to), firstDate(c), a));
            }
            return out;
        }
        List<String> senders = new ArrayList<>(), addressees = new ArrayList<>(), objects = new ArrayList<>();
        // "gửi tới Chủ tịch nước Tô Lâm lời chúc mừng": the addressee may stand inside the trigger, after its verb
        int after = text.startsWith("gửi", ts) ? ts + 3 : te;
        // "Trong thư chúc mừng gửi đến Chủ tịch nước …, Tổng thống Mỹ … tái khẳng định": the letter opens the clause as a
        // phrase; after the comma that ends it comes its sender, the clause's subject
        int subjectFrom = Integer.MAX_VALUE;
        if (LETTER_PHRASE.matcher(text).region(c.clause().start(), ts).matches()) {
            int comma = text.indexOf(',', te);
            if (comma > 0 && comma < c.clause().end()) subjectFrom = comma;
        }
        for (Side s : sides)
            for (int at : c.occurrences(s.id())) {
                if (at > subjectFrom) addIfAbsent(senders, s.id());
                else if (at >= after && !Topics.inTopic(text, after, at)) addIfAbsent(addressees, s.id());
                else if (at < ts && !Places.isPlace(text, c.clause().start(), at))
                    addIfAbsent(objectOfAnotherVerb(text, c.clause().start(), at) ? objects : senders, s.id());
            }
        // "tiếp xúc nhiều lần với phía Trung Quốc …, trao công hàm phản đối": the side already addressed receives the note
        if (addressees.isEmpty() && senders.isEmpty()) addressees.addAll(objects);
        // "gửi lời chia buồn tới các gia đình": words sent to no state are a statement, not a message
        if (addressees.isEmpty() && !c.vietnamNamed(after, c.clause().end()) && SPOKEN.matcher(text.substring(ts, te)).find()) return List.of();
        String home = c.implicitVietnam();
        if (senders.isEmpty() && addressees.isEmpty()) {     // "lãnh đạo nhiều nước đã gửi điện chúc mừng": to Vietnam, who speaks
            if (home == null) return List.of();
            senders.add(home);
            addressees.add(home);
        } else {
            if (c.vietnamNamed(c.clause().start(), ts)) senders.add(0, "VNM");
            int lastAddressee = c.clause().end();
            for (Side s : sides) if (s.at() >= after && Topics.inTopic(text, after, s.at())) { lastAddressee = s.at(); break; }
            if (c.vietnamNamed(after, lastAddressee)) addressees.add(0, "VNM");
        }
        if (senders.isEmpty() && home != null) senders.add(home);          // "Bộ Ngoại giao gửi công hàm tới …"
        if (addressees.isEmpty() && home != null && !senders.contains(home)) addressees.add(home);   // messages came to Vietnam
        // Vietnam writing to itself stands for notes received from senders the clause leaves unnamed, spoken of in aggregate
        boolean aggregate = count != null || MANY_SENDERS.matcher(text).region(c.clause().start(), te).find();
        List<Event> out = new ArrayList<>();
        for (String from : senders)
            for (String to : addressees) {
                if (from.equals(to) && (!from.equals(home) || !aggregate)) continue;
                Map<String, Object> a = new LinkedHashMap<>(attrs);
                a.put("to", to);
                a.put("count", count == null ? null : count.value());
                List<String> parts = new ArrayList<>();
                if (from.equals("VNM") || to.equals("VNM")) parts.add("VNM");
                addIfAbsent(parts, from);
                addIfAbsent(parts, to);
                out.add(event(r, c, parts, firstDate(c), a));
            }
        return out;
    }

    /** "giao thiệp với các đối tác Hàn Quốc, và gửi công hàm …": a side after "với" is another verb's object, no sender. */
    private static boolean objectOfAnotherVerb(String text, int clauseStart, int at) {
        return OBJECT_BEFORE.matcher(text.substring(Math.max(clauseStart, at - 30), at)).find();
    }

    private static final Pattern GIVER_AFTER = ClausePhrases.get("giver-after");

    private static final Pattern STATE_BODY = ClausePhrases.get("state-body"), ASKED = ClausePhrases.get("asked-to-free");

    private static final Pattern SPOKEN = ClausePhrases.get("spoken"), MANY_SENDERS = ClausePhrases.get("many-senders"),
            LETTER_PHRASE = ClausePhrases.get("letter-phrase");

    private static final Pattern OBJECT_BEFORE = ClausePhrases.get("object-before");

    private static void addIfAbsent(List<String> ids, String id) { if (!ids.contains(id)) ids.add(id); }

    static List<Event> citizens(EventRule r, ClauseContext c, Map<String, Object> attrs, String text, int ts) {
        Map<String, Object> a = new LinkedHashMap<>(attrs);
        a.put("flights", unitValue(c, "flights"));
        Object citizens = unitValue(c, "citizens");
        a.put("citizens", citizens != null ? citizens : unitValue(c, "fishermen"));
        a.put("countries", unitValue(c, "countries"));
        // "Gia đình đã đưa thi thể … về Việt Nam": people who bring their own home, with no state body acting, protect no one
        if (PRIVATE_SENDER.matcher(text).region(c.clause().start(), ts).find()
                && !STATE_BODY.matcher(text).region(c.clause().start(), c.clause().end()).find()) return List.of();
        // "Bắc Kinh … yêu cầu Canada trả tự do cho Mạnh": the state asked to free someone holds them and protects no one
        Matcher asked = ASKED.matcher(text).region(c.clause().start(), ts);
        int askedAt = -1;
        while (asked.find()) askedAt = asked.end();
        final int holdersFrom = askedAt;
        java.util.function.Predicate<Side> holder = s -> holdersFrom >= 0 && s.at() >= holdersFrom && s.at() < ts;
        String protector = c.implicitVietnam();                        // the documents speak as Vietnam
        if (!c.vietnam())                                              // "Indonesia … đề nghị thả cô": the state that asks
            for (Side s : c.sides(false))
                if (s.at() < ts && !holder.test(s) && !Places.isPlace(text, c.clause().start(), s.at())) { protector = s.id(); break; }
        // otherwise a side named before the act; one named after it is where citizens are or go ("rời khỏi Lebanon")
        if (protector == null)
            for (Side s : c.sides(false)) if (s.at() < ts && !holder.test(s)) { protector = s.id(); break; }
        if (protector == null) return List.of();
        // protection is of citizens abroad: another country named, or words of a mission, of coming home or of people abroad
        // ("70.000 người Ukraine sơ tán" from a blast at home, "quyền … được Nhà nước bảo hộ" are not)
        String state = protector;
        boolean abroad = askedAt >= 0 || c.sides(false).stream().anyMatch(s -> !s.id().equals(state) && !s.id().contains(":"))
                || CITIZENS_ABROAD.matcher(text).region(c.clause().start(), c.clause().end()).find();
        return abroad ? List.of(event(r, c, List.of(protector), firstDate(c), a)) : List.of();
    }

    static Object unitValue(ClauseContext c, String unit) {
        for (QuantityMention q : c.quantities()) if (unit.equals(q.unit())) return q.value();
        return null;
    }

}
