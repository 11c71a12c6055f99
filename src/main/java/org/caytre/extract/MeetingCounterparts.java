package org.caytre.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.extract.ClauseContext.Side;
import org.caytre.model.PersonMention;

/** Who a meeting is with: one meeting per counterpart named by person or by office, a venue being no counterpart. */
final class MeetingCounterparts {
    private static final Pattern COUNTERPART_TITLE = ClausePhrases.get("counterpart-title"), LIST_AFTER_COUNTRY = ClausePhrases.get("list-after-country");
    private static final Pattern BETWEEN = ClausePhrases.get("between-sides");

    private MeetingCounterparts() {}

    /**
     * The people named after a meeting's trigger, each a counterpart of their own meeting — when they are one side's
     * leaders ("hội kiến Tổng Bí thư A, Chủ tịch nước B"); "hội đàm, Thủ tướng A và Thủ tướng Ca-na-đa B" is one meeting.
     */
    static List<PersonMention> counterparts(ClauseContext c, int te) {
        List<PersonMention> out = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>(), countries = new java.util.HashSet<>();
        for (PersonMention p : c.people())
            if (p.span().start() >= te && ids.add(p.id())) { out.add(p); countries.add(String.valueOf(p.countryId())); }
        return countries.size() == 1 ? out : List.of();
    }

    /** Whether every mention of {@code id} in the clause names a venue ("cuộc gặp … tại Xinh-ga-po"). */
    static boolean onlyAsPlace(String text, ClauseContext c, String id) {
        for (int at : c.occurrences(id)) if (!Places.isPlace(text, c.clause().start(), at)) return false;
        return true;
    }

    /**
     * Counterparts named by their offices only, listed after a meeting's trigger ("gặp chủ tịch Thượng viện, chủ tịch Hạ
     * viện Romania"): each office once, in text order; none when a name follows an office (then people tell them apart).
     */
    static List<String> titledCounterparts(String text, ClauseContext c, int te) {
        List<String> out = new ArrayList<>();
        int from = te;
        Matcher between = BETWEEN.matcher(text).region(te, c.clause().end());   // "Hội đàm giữa Tổng Bí thư, Chủ tịch nước với …":
        if (between.lookingAt()) from = between.end();                          // the offices before "với" are one side's
        Matcher m = COUNTERPART_TITLE.matcher(text).region(from, c.clause().end());
        int last = -1;
        while (m.find()) {
            if (last >= 0 && !Hosts.glued(text, last, m.start()) && !LIST_AFTER_COUNTRY.matcher(text).region(last, m.start()).matches()) break;
            for (PersonMention p : c.people()) if (p.span().start() == m.start()) return List.of();
            String title = m.group().toLowerCase(java.util.Locale.ROOT);
            if (!out.contains(title)) out.add(title);
            last = m.end();
        }
        return out;
    }

    /**
     * "Thủ tướng làm việc với Bộ Ngoại giao về công tác chuẩn bị cho chuyến thăm của Tổng thống Mỹ": the counterpart right
     * after the trigger is a body at home, and the countries named after it are what the talks were about. A side named
     * before the trigger ("Đại sứ Nhật Bản làm việc với Bộ Ngoại giao về …") is still a counterpart.
     */
    static boolean atHome(String text, ClauseContext c, List<Side> sides, int ts, int te) {
        if (sides.isEmpty() || sides.stream().anyMatch(s -> s.at() < ts)) return false;
        int end = c.clause().end();
        if (!domesticAfter(text, te, end) && !ClauseContext.bareVietnamBodyAt(text, te, end)) return false;
        int first = sides.stream().mapToInt(Side::at).min().orElse(end);
        return Topics.topicBetween(text, te, first);
    }

    /**
     * Whether a Vietnamese body or unit comes right after a trigger of talks ({@code domestic-counterpart}: "làm việc với
     * Đại học Quốc gia Hà Nội", "… với Lãnh sự quán Việt Nam tại Frankfurt").
     */
    static boolean domesticAfter(String text, int te, int end) {
        return DOMESTIC_COUNTERPART.matcher(text).region(te, end).lookingAt();
    }

    private static final Pattern DOMESTIC_COUNTERPART = ClausePhrases.get("domestic-counterpart");
}
