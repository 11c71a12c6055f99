/**
 * The knowledge base: schema (Flyway migrations under {@code db/migration/}, the same for SQLite and PostgreSQL),
 * the ingest transaction (one per document), event merging with stable ids, queries and export. Knows nothing of the
 * CLI or the web.
 */
package org.caytre.kb;
