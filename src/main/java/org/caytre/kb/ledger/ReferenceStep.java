package org.caytre.kb.ledger;

/** One row of {@code kb/partnerships.tsv}: a country's step in Vietnam's frameworks, with its public source. */
public record ReferenceStep(String country, Level level, IsoPeriod since, String source) {}
