package org.caytre.annotate;

import java.util.Set;

/** Common Vietnamese family names ({@code gazetteer/vietnamese-surnames.txt}): people's names begin with them. */
public final class VietnameseNames {
    static final Set<String> SURNAMES = Set.copyOf(Gazetteer.table("/gazetteer/vietnamese-surnames.txt").stream().map(r -> r[0]).toList());

    private VietnameseNames() {}

    /** Whether {@code word}, capitalised as written ("Nguyễn", "Đoàn"), is a common Vietnamese family name. */
    public static boolean isSurname(String word) {
        return SURNAMES.contains(word);
    }
}
