/**
 * Vietnam's partnership history and the check of the counts documents state, as pure domain logic over
 * {@link org.caytre.kb.ledger.Fact}s and {@link org.caytre.kb.ledger.Figure}s (no database): the store builds these
 * from what it holds and prints the records' {@code toJson()} shapes.
 */
package org.caytre.kb.ledger;
