package org.caytre.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One passage of the labelled set (a reference into a shared document, never its text) with the labels a reader gave
 * it: whether it is about foreign relations and which areas it serves; {@code build} says whether it may be used to
 * write the cue lexicons (else it is held out). {@code firstPass}/{@code secondPass} are the two labelling passes.
 */
public record LabelledPassage(String file, int paragraph, int start, int end, String digest, boolean build,
                              boolean relevant, Set<Area> areas, Labels firstPass, Labels secondPass) {
    public record Labels(boolean relevant, Set<Area> areas) {}

    /** Reads the tab-separated set (header line after the '#' comments); a malformed line is one error naming it. */
    public static List<LabelledPassage> read(Path tsv) throws IOException {
        List<LabelledPassage> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) continue;
            if (header) { header = false; continue; }
            String[] c = line.split("\t", -1);
            try {
                if (c.length != 12) throw new IllegalArgumentException("expected 12 columns, found " + c.length);
                out.add(new LabelledPassage(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]), c[4],
                        switch (c[5]) { case "build" -> true; case "held-out" -> false;
                            default -> throw new IllegalArgumentException("split must be build or held-out: " + c[5]); },
                        flag(c[6]), Area.split(c[7]), new Labels(flag(c[8]), Area.split(c[9])), new Labels(flag(c[10]), Area.split(c[11]))));
            } catch (IllegalArgumentException e) {
                throw new IOException(tsv + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static boolean flag(String s) {
        return switch (s) { case "1" -> true; case "0" -> false; default -> throw new IllegalArgumentException("relevant must be 0 or 1: " + s); };
    }
}
