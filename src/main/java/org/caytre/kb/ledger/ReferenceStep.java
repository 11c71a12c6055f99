package org.caytre.kb.ledger;

/**
 * One row of {@code kb/partnerships.tsv}: a partner's step in Vietnam's frameworks ({@code country} is an ISO
 * alpha-3 code or an organisation's {@code ORG:} id), the framework's own {@code name} when it is a named variant of
 * its level (else null), the {@code document} that established it and {@code where} it is publicly recorded.
 */
public record ReferenceStep(String country, Level level, IsoPeriod since, String name, String document, String where) {

    /** The citation as one line: the document, then where it is recorded. */
    public String source() { return document + " (" + where + ")"; }
}
