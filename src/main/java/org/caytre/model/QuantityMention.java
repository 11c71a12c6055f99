package org.caytre.model;

/**
 * A number with its unit: {@code value} fully expanded (2 triệu → 2000000, 5,64 → 5.64), {@code unit} normalised
 * ("%", "USD", "VND", "liều", "người", "lần", "chuyến bay", or null), {@code approximation} the hedge word as written
 * ("hơn", "gần", "khoảng", "trên", …) or null.
 */
public record QuantityMention(Span span, String text, double value, String unit, String approximation) {
    public boolean approximate() { return approximation != null; }
}
