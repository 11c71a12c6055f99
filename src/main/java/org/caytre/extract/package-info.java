/** Reading events and statistics out of annotated documents with data rules; the SCHEMA JSON; scoring in {@code eval}. */
package org.caytre.extract;
