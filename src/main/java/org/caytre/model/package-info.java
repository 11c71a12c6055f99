/** The document model: one normalised text and immutable span layers (paragraphs, sentences, sections, footnotes, annotations, events, statistics). Knows nothing of the other packages. */
package org.caytre.model;
