/** Vietnamese text: repair of real files (legacy TCVN3/VNI, the ƣ font defect, NFC) and folding keys for matching. */
package org.caytre.text;
