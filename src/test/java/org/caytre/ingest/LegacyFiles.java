package org.caytre.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.caytre.internal.DataFiles;

/**
 * Writes Unicode Vietnamese as the bytes of a real 8-bit legacy file, by inverting the conversion tables the reader
 * uses (src/main/resources/text/): TCVN3 one byte per letter, VNI a base letter and a modifier byte.
 */
final class LegacyFiles {
    private LegacyFiles() {}

    static byte[] tcvn3(String unicode) { return encode(unicode, inverse("/text/tcvn3.tsv", true)); }

    static byte[] vni(String unicode) { return encode(unicode, inverse("/text/vni.tsv", false)); }

    private static Map<Character, String> inverse(String table, boolean codePoints) {
        Map<Character, String> inv = new HashMap<>();
        for (String[] row : DataFiles.table(table)) {
            String key = codePoints ? String.valueOf((char) Integer.parseInt(row[0].substring(2), 16)) : row[0];
            char letter = row[1].charAt(0);
            String old = inv.get(letter);
            if (old == null || key.length() < old.length()) inv.put(letter, key);
        }
        return inv;
    }

    private static byte[] encode(String unicode, Map<Character, String> inv) {
        StringBuilder latin1 = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFC).toCharArray()) {
            if (c < 0x80) latin1.append(c);
            else if (inv.containsKey(c)) latin1.append(inv.get(c));
            else throw new IllegalArgumentException("no legacy code for " + c);
        }
        return latin1.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
