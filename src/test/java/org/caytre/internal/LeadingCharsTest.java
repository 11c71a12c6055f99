package org.caytre.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A prefiltered pattern finds exactly what the pattern finds: the project's own patterns on real and random text. */
class LeadingCharsTest {
    @Test
    void readsTheStartOfAlternativesGroupsAndFlags() {
        assertThat(LeadingChars.prefiltered(Pattern.compile("ab|c(?:d)|(?<![\\p{L}])e+")).pattern()).startsWith("(?=[");
        assertThat(LeadingChars.prefiltered(Pattern.compile("(?iu)điện đàm|gọi")).pattern()).startsWith("(?=[").contains("\\x{110}");   // Đ, đ
        assertThat(LeadingChars.prefiltered(Pattern.compile("(?:x|y)?z")).pattern()).startsWith("(?=[");
    }

    @Test
    void leavesAloneWhatItCannotRead() {
        for (String p : List.of("\\p{Lu}\\p{L}+", "a?", ".x", "[^a]b", "\\1a", "a|", "x*"))
            assertThat(LeadingChars.prefiltered(Pattern.compile(p)).pattern()).isEqualTo(p);
    }

    @Test
    void aFlagSwitchedInOneAlternativeHoldsForTheNext() {
        Pattern plain = Pattern.compile("ab\\p{Lu}(?i)x|cd"), fast = LeadingChars.prefiltered(plain);
        assertThat(fast.pattern()).startsWith("(?=");
        assertThat(find(fast, "Cd ab")).isEqualTo(find(plain, "Cd ab")).contains("0-2");
    }

    @Test
    void quotedAlternativesAsPatternQuoteWritesThem() {
        Pattern plain = Pattern.compile("(?<![\\p{L}])(?:" + Pattern.quote("Hiệp định") + "|" + Pattern.quote("Bản ghi nhớ (a|b)") + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern fast = LeadingChars.prefiltered(plain);
        String text = "Hai bên ký HIỆP ĐỊNH thương mại và bản ghi nhớ (a|b), hiệp địnhx.";
        assertThat(fast.pattern()).startsWith("(?=");
        assertThat(find(fast, text)).isEqualTo(find(plain, text)).hasSizeGreaterThan(1);
    }

    @Test
    void caseFlagsReachTheLookAhead() {
        Pattern p = LeadingChars.prefiltered(Pattern.compile("(?i)ký|(?-i:Ab)|(?iu:đà)"));
        assertThat(find(p, "KÝ kết, ĐÀM, ab, Ab")).isEqualTo(find(Pattern.compile("(?i)ký|(?-i:Ab)|(?iu:đà)"), "KÝ kết, ĐÀM, ab, Ab"));
        assertThat(find(p, "KÝ kết, ĐÀM, ab, Ab")).isNotEmpty();
    }

    @Test
    void theProjectsPatternsFindTheSameOnRealAndRandomText() throws IOException {
        List<Pattern> patterns = projectPatterns();
        assertThat(patterns).hasSizeGreaterThan(30);
        List<String> texts = new ArrayList<>(List.of(
                "Ngày 5/3, Thủ tướng điện đàm với Thủ tướng Nhật Bản. Ta đã ký kết Hiệp định; Bộ Ngoại giao Mỹ cho biết.",
                "Chủ tịch nước tiếp Đại sứ Pháp, hội đàm trực tuyến với Tổng thống Hàn Quốc (22/3); sẽ thăm Lào vào tháng 10-2019.",
                "ĐIỆN ĐÀM, Điện Đàm, đón tiếp, chuyến thăm chính thức, HỘI NGHỊ CẤP CAO ASEAN lần thứ 42 tại Indonesia."));
        Path corpus = Path.of(System.getProperty("caytre.shared", "../shared"), "corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                files.sorted().limit(3).forEach(f -> {
                    try { String t = Files.readString(f, StandardCharsets.UTF_8); texts.add(t.substring(0, Math.min(t.length(), 15_000))); } catch (IOException e) { throw new RuntimeException(e); }
                });
            }
        }
        Random random = new Random(5);
        int prefiltered = 0;
        for (Pattern p : patterns) {
            Pattern fast = LeadingChars.prefiltered(p);
            LeadingChars.Starts starts = LeadingChars.starts(p);
            LeadingChars.Search search = LeadingChars.search(p);
            if (fast != p) prefiltered++;
            List<String> all = new ArrayList<>(texts);
            for (int i = 0; i < 20; i++) all.add(randomText(random, p.pattern() + " ,.;:()\nAaĐđ0123456789", 80));
            for (String text : all) {
                assertThat(find(fast, text)).as(p.pattern()).isEqualTo(find(p, text));
                for (int k = 0; k + 40 <= text.length() && k < 4000; k += 37)
                    if (!starts.anyIn(text, k, k + 40)) assertThat(p.matcher(text).region(k, k + 40).find()).as(p.pattern()).isFalse();
                assertThat(finderMatches(p, text)).as(p.pattern()).isEqualTo(find(p, text).stream().filter(x -> !x.startsWith("at ")).toList());
                int from = text.length() / 3, to = Math.max(from, text.length() - text.length() / 4);
                // a region cut anywhere, mid-word too: look-arounds at its edges see what the region shows
                for (int k = 0; k + 30 <= text.length() && k < 3000; k += 29) {
                    assertThat(search.findIn(text, k, k + 30)).as(p.pattern() + " in " + k).isEqualTo(p.matcher(text).region(k, k + 30).find());
                    assertThat(search.findAround(text, k, k + 30)).as(p.pattern() + " around " + k).isEqualTo(
                            p.matcher(text).region(k, k + 30).useTransparentBounds(true).useAnchoringBounds(false).find());
                }
                assertThat(regionMatches(search.finderIn(text, from, to))).as(p.pattern())
                        .isEqualTo(regionMatches(p.matcher(text).region(from, to)));
                assertThat(findIn(fast, text, from, to, false)).as(p.pattern()).isEqualTo(findIn(p, text, from, to, false));
                assertThat(findIn(fast, text, from, to, true)).as(p.pattern()).isEqualTo(findIn(p, text, from, to, true));
            }
        }
        assertThat(prefiltered).as("patterns read").isGreaterThan(patterns.size() / 3);
    }

    @Test
    void severalPatternsInOnePassFindTheFirstThatEachAloneFinds() throws IOException {
        List<Pattern> patterns = projectPatterns();
        LeadingChars.Several several = LeadingChars.several(patterns);
        String text = "Ngày 5/3, Thủ tướng sẽ không thăm Lào; dự kiến ký kết Hiệp định, đề nghị Bộ Ngoại giao Mỹ điện đàm với ta "
                + "tại cuộc họp cấp cao, chưa từng hội đàm. Ảnh: TTXVN. Hai bên nhất trí thúc đẩy sớm ký FTA (22/3).";
        Random random = new Random(3);
        for (int from = 0; from + 5 < text.length(); from += 7) {
            int to = Math.min(text.length(), from + 5 + random.nextInt(60));
            for (int skipEvery : new int[] {0, 2, 3}) {
                int expected = -1;
                for (int k = 0; k < patterns.size() && expected < 0; k++)
                    if ((skipEvery == 0 || k % skipEvery != 0) && patterns.get(k).matcher(text).region(from, to).find()) expected = k;
                int each = skipEvery;
                assertThat(several.first(text, from, to, k -> each != 0 && k % each == 0)).as(from + "-" + to + " skipping " + skipEvery).isEqualTo(expected);
            }
        }
    }

    private static List<Pattern> projectPatterns() throws IOException {
        List<Pattern> out = new ArrayList<>();
        for (String[] row : DataFiles.table("/extract/clause-patterns.tsv")) out.add(Pattern.compile(row[1]));
        for (String[] row : DataFiles.table("/extract/modality.tsv"))
            if (row.length > 1 && !row[0].endsWith("-types")) out.add(Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        for (String[] row : DataFiles.table("/gazetteer/patterns.tsv")) out.add(Pattern.compile(row[2]));
        for (String[] row : DataFiles.table("/gazetteer/speaker.txt")) out.add(Pattern.compile(row[0]));
        for (String[] row : DataFiles.table("/structure/page-residue.tsv")) out.add(Pattern.compile(row[3]));
        ObjectMapper json = new ObjectMapper();
        for (String line : DataFiles.lines("/extract/rules/events.jsonl")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("//")) continue;
            JsonNode n = json.readTree(line);
            for (String key : List.of("trigger", "require", "not_followed_by")) if (n.hasNonNull(key)) out.add(Pattern.compile(n.get(key).asText()));
        }
        return out;
    }

    @Test
    void aFinderSeesTheWholeTextAroundEachTry() {
        Pattern p = Pattern.compile("(?<![\\p{L}])(?=[BC])(?:Bộ Ngoại giao|Cục)(\\s+\\p{Lu})?|^Ta|\\bta$");
        String text = "Ta nói: Bộ Ngoại giao Mỹ và ABộ Ngoại giao, Cục, xem ta";
        assertThat(finderMatches(p, text)).isEqualTo(find(p, text).stream().filter(x -> !x.startsWith("at ")).toList()).hasSize(4);
    }

    /** Offsets of every match, in the text the finder or matcher was given. */
    private static List<String> regionMatches(LeadingChars.Finder f) {
        List<String> out = new ArrayList<>();
        while (f.find()) out.add(f.start() + "-" + f.end());
        return out;
    }

    private static List<String> regionMatches(java.util.regex.Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    private static List<String> finderMatches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        LeadingChars.Finder f = LeadingChars.finder(p, text);
        while (f.find()) out.add(describe(f.matcher()));
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.start(g)).append(',').append(m.end(g));
        return b.toString();
    }

    private static List<String> find(Pattern p, String text) { return findIn(p, text, 0, text.length(), false); }

    private static List<String> findIn(Pattern p, String text, int from, int to, boolean transparent) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        m.useTransparentBounds(transparent);
        while (m.find()) out.add(describe(m));
        m.region(from, to);
        for (int i = from; i < to; i += 13) if (m.region(i, to).lookingAt()) out.add("at " + i + "-" + m.end());
        return out;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
