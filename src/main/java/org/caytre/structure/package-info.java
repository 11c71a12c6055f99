/** Recovering structure from repaired text: page furniture, footnotes and markers, paragraphs, sections, sentences, metadata. */
package org.caytre.structure;
