/**
 * Briefs written from the knowledge base ({@code caytre brief}): a country's relations with Vietnam over a period, in
 * the sections of a Vietnamese foreign-affairs review, one templated sentence per fact, each footnoted with its
 * document, date and verbatim evidence. Depends on {@code kb} (events, statistics, ledger) and {@code search} (names).
 */
package org.caytre.brief;
