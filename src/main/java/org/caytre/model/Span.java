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

    /**
     * The items of {@code sorted} (ordered by their span's start) whose span lies inside {@code outer}, found by binary
     * search so that asking for every sentence of a long document stays linear overall.
     */
    public static <T> java.util.List<T> within(java.util.List<T> sorted, java.util.function.Function<? super T, Span> span, Span outer) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (span.apply(sorted.get(mid)).start() < outer.start()) lo = mid + 1;
            else hi = mid;
        }
        java.util.List<T> out = new java.util.ArrayList<>();
        for (int i = lo; i < sorted.size(); i++) {
            Span s = span.apply(sorted.get(i));
            if (s.start() >= outer.end()) break;
            if (s.end() <= outer.end()) out.add(sorted.get(i));
        }
        return out;
    }
}
