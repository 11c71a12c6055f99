package org.caytre.structure;

import org.caytre.internal.DataFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caytre.model.Metadata;

/**
 * Reads document-level facts from the first blocks of a document: the letterhead (issuing body, number), the
 * place-and-date line, the title block, a journal's page header; and decides the reference year that bare dates
 * such as "(08/5)" belong to. Knowledge is in {@code structure/document-types.tsv}, {@code organs.txt} and
 * {@code letterhead-skip.txt}.
 */
public final class MetadataExtractor {
    static final int HEAD = 15;                    // letterhead, title and reference year live in the first blocks
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*(\\d+[\\p{L}\\d/.]*(?:\\s*-\\s*[\\p{Lu}\\d][\\p{L}\\d/.-]*)?)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(\\p{Lu}[\\p{L} ]{1,40}),\\s*ngày\\s+(\\d{1,2})(?:\\s+tháng\\s+|/)(\\d{1,2})(?:\\s+năm\\s+|/)(\\d{4})");
    private static final Pattern JOURNAL = Pattern.compile(
            "(?m)^[ \\t]*([\\p{Lu}][\\p{Lu}\\p{M} ,\\-–]{8,}?)[ \\t]*[,.]?[ \\t]*Số[ \\t]+\\d+[ \\t]*\\((\\d{1,2})[ \\t]*[-/][ \\t]*(\\d{4})\\)");
    /**
     * A news dateline that carries a year, at the start of one of the first paragraphs: "(Chinhphu.vn) - Sáng
     * 23/10/2021, …", "TTO - Chiều 5-3-2021, …", "Ngày 18-6-2019 (giờ địa phương), …", "Thứ Hai, 05/03/2021 08:30".
     * A dateline without a year ("Sáng 23/10") gives no date: the year is never guessed here.
     */
    private static final Pattern NEWS_DATELINE = Pattern.compile(
            "^(?:\\(?[\\p{L}\\d.]{2,25}(?: [\\p{L}\\d.]{1,15}){0,2}\\)?\\s*[-–—]\\s*)?"
            + "(?:(?:Thứ\\s+\\p{L}+|Chủ\\s+nhật),?\\s*)?"
            + "(?:(?:Rạng sáng|Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm nay|Hôm qua)(?:\\s+nay)?\\s+(?:ngày\\s+)?)?"
            + "(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+tháng\\s+)(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+năm\\s+)((?:19|20)\\d\\d)(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int DATELINE_PARAGRAPHS = 3;
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,-])(19[9]\\d|20\\d\\d)(?![\\d/])");
    private static final List<Pattern> SKIP = DataFiles.patterns("/structure/letterhead-skip.txt", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> ORGANS = DataFiles.lines("/structure/organs.txt");
    private static final List<String[]> TYPES = DataFiles.lines("/structure/document-types.tsv").stream().map(l -> l.split("\t")).toList();
    private static final HeadingDetector HEADINGS = new HeadingDetector();

    /**
     * @param paragraphs body paragraphs in order
     * @param sourceStarts where each paragraph starts in {@code source}
     * @param source the repaired source text, running headers included
     */
    public Metadata extract(List<String> paragraphs, int[] sourceStarts, String source) {
        String number = null, place = null, date = null, subject = null;
        int head = Math.min(HEAD, paragraphs.size());
        for (int i = 0; i < head; i++) {
            String p = clean(paragraphs.get(i));
            // the literal words each pattern holds are looked for first: most paragraphs have neither
            if (number == null && p.length() < 60 && p.startsWith("Số")) {
                Matcher m = NUMBER.matcher(p);
                if (m.find()) number = m.group(1).replaceAll("\\s+", "");
            }
            if (date == null && p.length() < 80 && p.contains("ngày")) {
                Matcher d = PLACE_DATE.matcher(p);
                if (d.find()) {
                    place = d.group(1).strip();
                    date = iso(d.group(4), d.group(3), d.group(2));
                }
            }
            if (subject == null && p.startsWith("V/v")) subject = p;
        }
        String issuer = null, title = subject;
        String top = source.substring(0, Math.min(source.length(), 3000));
        Matcher journal = JOURNAL.matcher(top);
        boolean isJournal = top.contains("Số") && journal.find();
        if (isJournal) {
            issuer = sentenceCase(journal.group(1).strip());
            if (date == null) date = journal.group(3) + "-" + String.format("%02d", Integer.parseInt(journal.group(2)));
        } else if (number != null) {
            issuer = letterheadIssuer(source, source.indexOf("Số"));
        }
        if (title == null) title = titleBlock(paragraphs, sourceStarts, isJournal ? journal.end() : -1);
        if (date == null) date = newsDateline(paragraphs);
        String type = type(number, title, isJournal);
        Integer year = date != null ? Integer.valueOf(date.substring(0, 4)) : referenceYear(title, paragraphs);
        return new Metadata(title, issuer, number, place, date, type, year);
    }

    private static String newsDateline(List<String> paragraphs) {
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            Matcher m = NEWS_DATELINE.matcher(clean(paragraphs.get(i)));
            if (!m.find()) continue;
            int d = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2));
            if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
                try {
                    return java.time.LocalDate.of(Integer.parseInt(m.group(3)), mo, d).toString();
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    // the all-caps block before the first running text; on a journal page, the one after the page header
    private static String titleBlock(List<String> paragraphs, int[] starts, int after) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < Math.min(HEAD, paragraphs.size()); i++) {
            String p = clean(paragraphs.get(i));
            if (after >= 0 && starts[i] < after) continue;
            if (!isCaps(p) || skipped(p) || HEADINGS.detect(p).isPresent() || p.length() < 12) {
                if (title.length() > 0 || hasLowercaseWords(p)) break;
                continue;
            }
            if (title.length() > 0) title.append(' ');
            title.append(p);
        }
        return title.length() == 0 ? null : title.toString();
    }

    private static String letterheadIssuer(String source, int numberAt) {
        if (numberAt < 0) return null;
        String[] lines = source.substring(0, numberAt).split("\n");
        List<String> parts = new java.util.ArrayList<>();
        for (String l : lines) {
            String t = clean(l);
            if (t.isEmpty() || skipped(t) || !isCaps(t)) continue;
            parts.add(recase(t));
        }
        if (parts.isEmpty()) return null;
        if (parts.size() == 1) return parts.get(0);
        return parts.get(parts.size() - 1) + " " + String.join(" ", parts.subList(0, parts.size() - 1));
    }

    /** "THÀNH ỦY ĐỒNG HỚI" → "Thành ủy Đồng Hới": organ names as they are cased, the rest as a proper name. */
    static String recase(String caps) {
        String lower = caps.toLowerCase(Locale.ROOT);
        for (String organ : ORGANS) {
            if (lower.startsWith(organ.toLowerCase(Locale.ROOT))) {
                String rest = caps.substring(organ.length()).strip();
                return rest.isEmpty() ? organ : organ + " " + titleCase(rest);
            }
        }
        return sentenceCase(caps);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (b.length() > 0) b.append(' ');
            b.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return b.toString();
    }

    /** "CHỦ NGHĨA XÃ HỘI - LÝ LUẬN VÀ THỰC TIỄN" → "Chủ nghĩa xã hội - Lý luận và thực tiễn". */
    static String sentenceCase(String caps) {
        StringBuilder b = new StringBuilder();
        for (String part : caps.toLowerCase(Locale.ROOT).split(" - ")) {
            String p = part.strip();
            if (b.length() > 0) b.append(" - ");
            b.append(p.isEmpty() ? p : p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1));
        }
        return b.toString();
    }

    private static String type(String number, String title, boolean journal) {
        String suffix = number == null || number.indexOf('-') < 0 ? null : number.substring(number.indexOf('-') + 1).split("/")[0];
        for (String[] t : TYPES) {
            String key = t[0];
            if (key.startsWith("suffix:") && key.substring(7).equals(suffix)) return t[1];
            if (key.equals("journal") && journal) return t[1];
        }
        if (title != null)
            for (String[] t : TYPES)
                if (t[0].startsWith("title:") && title.toLowerCase(Locale.ROOT).startsWith(t[0].substring(6).toLowerCase(Locale.ROOT)))
                    return t[1];
        return null;
    }

    /** The year the document reviews: the title's year, else the year the opening paragraphs name most. */
    private static Integer referenceYear(String title, List<String> paragraphs) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        Map<Integer, Integer> counts = new HashMap<>();
        int used = 0;
        for (String p : paragraphs) {
            if (isCaps(p)) continue;
            countYears(p, counts);
            if (++used == 3 || !counts.isEmpty()) break;
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Four-digit years 1990–2099 standing alone (not inside 12/2020-style dates or longer numbers). */
    private static void countYears(String p, Map<Integer, Integer> counts) {
        for (int i = 0; i + 4 <= p.length(); i++) {
            // a year may close a date ("3/2024"), but not sit inside a longer number ("1.234")
            if (!Character.isDigit(p.charAt(i)) || (i > 0 && isNumberChar(p.charAt(i - 1)) && p.charAt(i - 1) != '/')) continue;
            int e = i;
            while (e < p.length() && Character.isDigit(p.charAt(e))) e++;
            boolean continues = e < p.length() && (Character.isDigit(p.charAt(e)) || p.charAt(e) == '/'
                    || (e + 1 < p.length() && ".,".indexOf(p.charAt(e)) >= 0 && Character.isDigit(p.charAt(e + 1))));
            if (e - i == 4 && !continues) {
                int y = Integer.parseInt(p, i, e, 10);
                if (y >= 1990 && y <= 2099) counts.merge(y, 1, Integer::sum);
            }
            i = e;
        }
    }

    private static boolean isNumberChar(char c) { return Character.isDigit(c) || c == '/' || c == '.' || c == ',' || c == '-'; }

    private static String iso(String y, String m, String d) {
        return String.format("%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
    }

    private static String clean(String s) {
        String t = s.replace("**", "").replace("\\*", "*").strip();
        if (t.length() > 1 && (t.startsWith("\"") || t.startsWith("“")) && (t.endsWith("\"") || t.endsWith("”")))
            t = t.substring(1, t.length() - 1).strip();
        return t;
    }

    private static boolean skipped(String t) {
        for (Pattern p : SKIP) if (p.matcher(t).matches()) return true;
        return false;
    }

    private static boolean isCaps(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean hasLowercaseWords(String s) { return s.codePoints().filter(Character::isLowerCase).count() > 3; }
}
