package org.caytre.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meetings of firms, the press or the travel trade are no talks between states, nor visits of scholars, tourists, artists
 * or players: "Công ty … đã có cuộc gặp gỡ với Tập đoàn
 * … (nhà nhập khẩu tại Mỹ)", "cuộc gặp báo chí bên lề …", "buổi đón tiếp đoàn famtrip Ấn Độ".
 */
final class PrivateParties {
    private static final Pattern PARTY = ClausePhrases.get("private-party"), LEAD = ClausePhrases.get("private-counterpart-lead"),
            VISITOR = ClausePhrases.get("private-visitor"), FIRM = ClausePhrases.get("firm"),
            STATE_ACTOR = ClausePhrases.get("state-actor");
    /** How far before the trigger a private subject is looked for: the subject of a short clause, not the whole sentence. */
    private static final int SUBJECT_REACH = 60;

    private PrivateParties() {}

    /** Whether the meeting whose trigger is [ts, te) is held by or with a private party. */
    static boolean meet(String text, int clauseStart, int clauseEnd, int ts, int te) {
        if (PARTY.matcher(text).region(Math.max(clauseStart, ts - SUBJECT_REACH), ts).find()) return true;
        // the counterpart's titles may be long ("tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn …")
        Matcher after = PARTY.matcher(text).region(te, Math.min(clauseEnd, te + 64));
        return after.find() && LEAD.matcher(text).region(te, after.start()).matches();
    }

    /** Whether the visit whose trigger starts at {@code ts} is made by scholars, tourists, artists, players or firms. */
    static boolean visit(String text, int clauseStart, int ts) {
        // the last private visitor before the trigger, however long its name ("đoàn công tác của Tập đoàn Dầu khí Việt Nam
        // (PVN) do … dẫn đầu đã tới thăm"), unless a state's actor comes after it ("Giáo sư …, cùng Bộ trưởng …, thăm")
        Matcher m = VISITOR.matcher(text).region(clauseStart, ts);
        int last = -1;
        while (m.find()) last = m.end();
        return last >= 0 && !STATE_ACTOR.matcher(text).region(last, ts).find();
    }

    /**
     * Whether right after a trigger of talks comes a Vietnamese person's full name with no office before it ("đã tiếp xúc
     * với Đoàn Thị Hương và gia đình"): a citizen, no counterpart of a state.
     */
    static boolean citizen(String text, int te, int end) {
        Matcher m = CITIZEN_NAME.matcher(text).region(te, end);
        return m.lookingAt() && org.caytre.annotate.VietnameseNames.isSurname(m.group(1));
    }

    private static final Pattern CITIZEN_NAME = ClausePhrases.get("citizen-name");

    /** Whether a firm is named in [from, to): an instrument "giữa Hãng hàng không … và Công ty …" is a contract. */
    static boolean firmNamed(String text, int from, int to) {
        return FIRM.matcher(text).region(from, to).find();
    }
}
