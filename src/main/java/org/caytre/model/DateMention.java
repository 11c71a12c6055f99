package org.caytre.model;

/**
 * A date or period. {@code value} is ISO at its precision: "2020", "2020-05", "2020-05-08", "2021-Q1", "2021-H1",
 * or a range "START/END". {@code precision} is YEAR, QUARTER, HALF, MONTH, DAY.
 */
public record DateMention(Span span, String text, String value, Precision precision) {
    public enum Precision { YEAR, HALF, QUARTER, MONTH, DAY }
    public boolean isRange() { return value.indexOf('/') > 0; }
    public String start() { int i = value.indexOf('/'); return i < 0 ? value : value.substring(0, i); }
}
