/** Helpers shared by the feature packages. Please don't depend on the APIs implemented here. */
package org.caytre.internal;
