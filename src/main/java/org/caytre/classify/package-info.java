/**
 * What a passage is about: a foreign-relations relevance score for every paragraph, footnote and document
 * ({@link org.caytre.classify.Relevance}), and the pillars and areas of foreign-affairs work a relevant passage serves
 * ({@link org.caytre.classify.Area}). Reads the structure and annotation layers; cue lexicons are data under
 * {@code classify/}. Below {@code kb}, {@code search} and {@code web}; above {@code model}.
 */
package org.caytre.classify;
