package org.caytre.kb;

/** Invented JSONL news items (our own sentences): a phone call of Vietnam's foreign minister, with the outlet's URL. */
public final class NewsItems {
    private NewsItems() {}

    /** One JSONL line; {@code date} as the text writes it (d/m/yyyy), {@code partner} a Vietnamese country name. */
    public static String item(String id, String url, String source, String date, String partner) {
        String text = "Ngày " + date + ", Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Bộ trưởng Ngoại giao " + partner
                + ".\\n\\nHai bên nhất trí tăng cường hợp tác trong các lĩnh vực giáo dục, y tế và du lịch.";
        return "{\"id\": \"" + id + "\", \"title\": \"Điện đàm " + id + "\", \"text\": \"" + text + "\""
                + (url == null ? "" : ", \"url\": \"" + url + "\"") + (source == null ? "" : ", \"source\": \"" + source + "\"") + "}\n";
    }

    /**
     * Five items: a call with Japan reported by two outlets, a call with India reported once, and one call with France
     * reported by two outlets with dates a day apart (two events until an analyst merges them).
     */
    public static String reviewCorpus() {
        return item("a1", "https://vnexpress.net/1.html", null, "3/2/2023", "Nhật Bản")
                + item("a2", "https://tuoitre.vn/2.htm", null, "3/2/2023", "Nhật Bản")
                + item("c1", "https://dantri.com.vn/5.htm", null, "5/4/2023", "Ấn Độ")
                + item("e1", "https://vnexpress.net/7.html", null, "10/6/2023", "Pháp")
                + item("e2", "https://vov.vn/8.vov", null, "11/6/2023", "Pháp");
    }
}
