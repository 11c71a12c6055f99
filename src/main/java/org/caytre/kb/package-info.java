/**
 * The knowledge base: schema (Flyway migrations under {@code db/migration/}, the same for SQLite and PostgreSQL),
 * the ingest transaction (documents in batches, each whole or absent), event merging with stable ids, queries and export. Knows nothing of the
 * CLI or the web.
 */
package org.caytre.kb;
