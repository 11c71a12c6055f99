/** Full-text search over passages: the Lucene index in the data directory, entity-aware queries, snippets, facets. */
package org.caytre.search;
