/** The {@code caytre} command: thin picocli adapters over the pipeline. */
package org.caytre.cli;
