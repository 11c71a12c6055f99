package org.caytre.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Repairs Vietnamese text as it comes out of real files: legacy TCVN3/VNI converted, the PDF-font defect that
 * writes ư/Ư as U+01A3/U+01A2 ("TĂNG TRƢỞNG") fixed, and NFC applied, so NFD and NFC input give the same text.
 */
public final class VietnameseText {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private VietnameseText() {}

    public static String repair(String s) {
        LegacyEncoding.Kind legacy = LegacyEncoding.detect(s);
        if (legacy != LegacyEncoding.Kind.NONE) s = LegacyEncoding.toUnicode(s, legacy);
        if (s.indexOf('\u01A3') >= 0 || s.indexOf('\u01A2') >= 0) s = s.replace('\u01A3', 'ư').replace('\u01A2', 'Ư');
        return NFC.isNormalized(s) ? s : NFC.normalize(s);
    }
}
