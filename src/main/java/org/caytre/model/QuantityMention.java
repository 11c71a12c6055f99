package org.caytre.model;

/**
 * A number with its unit: {@code value} fully expanded (2 triệu → 2000000, 5,64 → 5.64), {@code unit} normalised
 * ("%", "USD", "VND", "liều", "người", "lần", "chuyến bay", or null), {@code approximation} the hedge word as written
 * ("hơn", "gần", "khoảng", "trên", …) or null.
 */
public record QuantityMention(Span span, String text, double value, String unit, String approximation) {
    public boolean approximate() { return approximation != null; }

    /** Whether a unit is a sum of money: annotate/units.tsv writes currencies as their ISO 4217 codes. */
    public static boolean isCurrency(String unit) {
        if (unit == null || !unit.matches("[A-Z]{3}")) return false;
        try {
            java.util.Currency.getInstance(unit);
            return true;
        } catch (IllegalArgumentException notACurrency) {
            return false;
        }
    }
}
