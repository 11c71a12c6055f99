package org.caytre.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The pillars and areas of work into which Vietnam's foreign-affairs reviews organise foreign relations. A passage
 * may serve several. {@link #code()} is the stable name used in the store, the API and the search index.
 */
public enum Area {
    PARTY("party", "Đối ngoại Đảng", "Party diplomacy"),
    STATE("state", "Ngoại giao Nhà nước", "State diplomacy"),
    PEOPLE("people", "Đối ngoại nhân dân", "People's diplomacy"),
    DEFENCE("defence", "Đối ngoại quốc phòng, an ninh", "Defence and security diplomacy"),
    BILATERAL("bilateral", "Quan hệ song phương", "Bilateral relations"),
    MULTILATERAL("multilateral", "Ngoại giao đa phương", "Multilateral diplomacy"),
    ECONOMIC("economic", "Ngoại giao kinh tế", "Economic diplomacy"),
    BORDERS_SEAS("borders-seas", "Biên giới, biển đảo", "Borders and seas"),
    CITIZENS("citizens", "Bảo hộ công dân, người Việt ở nước ngoài", "Citizen protection and overseas Vietnamese"),
    CULTURE_INFO("culture-info", "Ngoại giao văn hóa, thông tin đối ngoại", "Cultural diplomacy and external information"),
    DOCTRINE("doctrine", "Đường lối, nguyên tắc", "Doctrine and principles");

    private final String code, vietnamese, english;

    Area(String code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String code() { return code; }
    public String vietnamese() { return vietnamese; }
    public String english() { return english; }

    /** The area with this code, or null. */
    public static Area of(String code) {
        for (Area a : values()) if (a.code.equals(code)) return a;
        return null;
    }

    /** The area with this code; an unknown code is an {@link IllegalArgumentException} listing the known ones. */
    public static Area parse(String code) {
        Area a = of(code == null ? null : code.strip().toLowerCase(java.util.Locale.ROOT));
        if (a == null) throw new IllegalArgumentException("unknown area '" + code + "' (one of " + String.join(", ", codes()) + ")");
        return a;
    }

    public static List<String> codes() {
        List<String> out = new ArrayList<>();
        for (Area a : values()) out.add(a.code);
        return out;
    }

    /** Codes joined by commas, in declaration order ("bilateral,economic"); empty for none. */
    public static String join(Collection<Area> areas) {
        StringBuilder b = new StringBuilder();
        for (Area a : EnumSet.copyOf(areas.isEmpty() ? EnumSet.noneOf(Area.class) : areas)) b.append(b.isEmpty() ? "" : ",").append(a.code);
        return b.toString();
    }

    /** The areas of a comma-separated list as {@link #join} writes it; null or empty is none. */
    public static Set<Area> split(String codes) {
        Set<Area> out = EnumSet.noneOf(Area.class);
        if (codes == null || codes.isBlank()) return out;
        for (String c : codes.split(",")) if (!c.isBlank()) out.add(parse(c));
        return out;
    }
}
