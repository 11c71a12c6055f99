package org.caytre.model;

/**
 * A figure about the world: an indicator from the controlled vocabulary, the value, unit, period (ISO, "2021-H1",
 * a range, or null), subject (canonical id, or null for world-level), whether it is approximate, the evidence span and
 * the rule that produced it.
 */
public record Statistic(String indicator, double value, String unit, String period, String subject,
                        boolean approximate, Span evidence, String rule) {}
