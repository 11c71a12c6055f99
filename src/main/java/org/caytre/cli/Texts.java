package org.caytre.cli;

/** Small helpers for readable terminal output. */
final class Texts {
    private Texts() {}

    /** The text on one line, cut to {@code max} characters with an ellipsis. */
    static String clip(String s, int max) {
        if (s == null) return "";
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
