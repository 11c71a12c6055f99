/** The one place the stages are assembled; used by the CLI and, later, the web server and batch jobs. */
package org.caytre.pipeline;
