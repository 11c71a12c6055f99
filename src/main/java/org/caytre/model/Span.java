package org.caytre.model;

/** A half-open character range [start, end) into a document's normalised text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
    public int length() { return end - start; }
    public boolean contains(int offset) { return offset >= start && offset < end; }
    public boolean overlaps(Span o) { return start < o.end && o.start < end; }
    public String of(CharSequence text) { return text.subSequence(start, end).toString(); }
}
