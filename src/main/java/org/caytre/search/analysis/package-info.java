/** Vietnamese analysis for Lucene: syllables, one tone placement, joined transliterations, syllable pairs, folded forms. */
package org.caytre.search.analysis;
