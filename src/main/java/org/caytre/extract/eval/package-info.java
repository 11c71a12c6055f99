/** Scoring predictions against gold answers by the rules of shared/gold/SCORING.md. */
package org.caytre.extract.eval;
