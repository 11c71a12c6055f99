package org.caytre.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A pattern without its groups matches exactly where the pattern matches, and keeps what it cannot rewrite. */
class NoCapturesTest {
    private static final String TEXT = "Ngày 29-30/10/2020 (TTXVN) ông Kim [a] gặp (b) ngày 5/3; tháng 12/2020, Quý IV năm 2021; a(b)c ab ]x] \\Q(x)";

    @Test
    void groupsBecomeNonCapturingAndMatchesStayTheSame() {
        for (String p : List.of("(\\d{1,2})/(\\d{1,2})", "(?<day>\\d+)/(?<month>\\d+)/(\\d{4})", "(?<![\\p{L}])(ông|bà) (\\p{Lu}\\p{L}*)",
                "(?<=ngày )(\\d)", "[(](\\p{Lu}+)[)]", "\\((\\w)\\)", "[\\[(]([a-z])[\\])]", "(?iu:(quý) (I{1,3}|IV))(?: năm (\\d+))?",
                "[^()](\\w)(?=[)])", "\\Q(x)\\E|(ab)", "(?iu)(NGÀY) (\\d)", "[a[(]](b)")) {
            Pattern plain = Pattern.compile(p), bare = NoCaptures.of(plain);
            assertThat(bare.matcher("").groupCount()).as(p).isZero();
            assertThat(matches(bare)).as(p).isEqualTo(matches(plain)).isNotEmpty();
        }
    }

    @Test
    void leavesAloneWhatNeedsItsGroups() {
        for (String p : List.of("(a)\\1", "(?<x>a)\\k<x>", "(?x) (a) # comment", "(?ix:(a))", "abc", "(?:a)(?=b)"))
            assertThat(NoCaptures.of(Pattern.compile(p)).pattern()).as(p).isEqualTo(p);
    }

    /** Every match by find(), and lookingAt() at every position, as offsets. */
    private static List<String> matches(Pattern p) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(TEXT);
        while (m.find()) out.add(m.start() + "-" + m.end());
        for (int i = 0; i < TEXT.length(); i++) if (m.region(i, TEXT.length()).lookingAt()) out.add("at " + i + "-" + m.end());
        return out;
    }
}
