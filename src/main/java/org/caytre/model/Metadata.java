package org.caytre.model;

/** Document-level facts read from the letterhead, title block and signature. Any field may be null. */
public record Metadata(String title, String issuer, String number, String place, String date, String type,
                       Integer referenceYear) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null);
}
