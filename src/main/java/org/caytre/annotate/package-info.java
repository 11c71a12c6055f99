/** Recognising and linking names (countries, organisations, agreements, people, Party documents), dates and quantities. */
package org.caytre.annotate;
