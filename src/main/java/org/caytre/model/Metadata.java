package org.caytre.model;

/**
 * Document-level facts read from the letterhead, title block and signature, or given with the document. Any field
 * may be null. {@code date} is the date of issue or publication (ISO at its precision); {@code dateSource} says where
 * it came from: {@code text} (a dateline or letterhead), {@code option} (the user's {@code --date}), {@code html},
 * {@code front-matter}, {@code jsonl} or {@code properties} (DOCX/PDF document properties).
 */
public record Metadata(String title, String issuer, String number, String place, String date, String type,
                       Integer referenceYear, String dateSource) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null);

    public Metadata(String title, String issuer, String number, String place, String date, String type, Integer referenceYear) {
        this(title, issuer, number, place, date, type, referenceYear, date == null ? null : "text");
    }

    public Metadata withTitle(String t) { return new Metadata(t, issuer, number, place, date, type, referenceYear, dateSource); }

    /** The same facts dated {@code d} (from {@code source}); the reference year follows the date. */
    public Metadata withDate(String d, String source) {
        return new Metadata(title, issuer, number, place, d, type, Integer.valueOf(d.substring(0, 4)), source);
    }
}
