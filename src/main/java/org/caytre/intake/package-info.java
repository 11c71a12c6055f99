/**
 * Keeping the knowledge base current: watched folders ({@link org.caytre.intake.FolderWatch}), RSS/Atom feeds
 * ({@link org.caytre.intake.FeedPoller}), both through {@link org.caytre.kb.Ingester} with the search index kept in step
 * ({@link org.caytre.intake.IndexedIngest}) and every run logged in the store ({@link org.caytre.kb.IngestLog}).
 */
package org.caytre.intake;
