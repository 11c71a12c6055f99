package org.caytre.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the knowledge files under {@code src/main/resources}: UTF-8, one entry per line, '#' starts a comment
 * line, blank lines skipped, columns separated by tabs. Internal: not part of Cây Tre's public surface.
 */
public final class DataFiles {
    private DataFiles() {}

    /** The entry lines, stripped. */
    public static List<String> lines(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; )
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** The entry lines split at tabs (trailing empty columns kept). */
    public static List<String[]> table(String resource) {
        return lines(resource).stream().map(l -> l.split("\t", -1)).toList();
    }

    /** One compiled regular expression per line. */
    public static List<Pattern> patterns(String resource, int flags) {
        return lines(resource).stream().map(p -> Pattern.compile(p, flags)).toList();
    }
}
