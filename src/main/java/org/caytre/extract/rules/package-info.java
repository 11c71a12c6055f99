/** The event rule language: loading and validating rule files. */
package org.caytre.extract.rules;
