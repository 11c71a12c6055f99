package org.caytre.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may review: the server's token file ({@code --reviewers FILE}), one reviewer a line, {@code name<TAB>token}
 * ('#' comments, blank lines skipped; a token of at least 16 characters, each token and name once). The server's
 * {@code --write-token}, when set, also authorises reviews, recorded under the name {@value #WRITE_TOKEN_HOLDER}.
 * Tokens are compared in constant time.
 */
final class Reviewers {
    static final String WRITE_TOKEN_HOLDER = "write-token";
    static final int MIN_TOKEN = 16;

    private record Entry(String name, byte[] token) {}

    private final List<Entry> entries;

    private Reviewers(List<Entry> entries) { this.entries = List.copyOf(entries); }

    static Reviewers of(Path file, String writeToken) {
        List<Entry> entries = new ArrayList<>();
        if (file != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read the reviewers file: " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String where = file + ":" + (i + 1) + ": ";
                String[] c = line.split("\t");
                if (c.length != 2 || c[0].isBlank()) throw new IllegalArgumentException(where + "expected name<TAB>token");
                if (c[1].strip().length() < MIN_TOKEN) throw new IllegalArgumentException(where + "a token needs at least " + MIN_TOKEN + " characters");
                for (Entry e : entries)
                    if (e.name.equals(c[0].strip()) || MessageDigest.isEqual(e.token, c[1].strip().getBytes(StandardCharsets.UTF_8)))
                        throw new IllegalArgumentException(where + "reviewer or token listed twice");
                entries.add(new Entry(c[0].strip(), c[1].strip().getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (writeToken != null) entries.add(new Entry(WRITE_TOKEN_HOLDER, writeToken.getBytes(StandardCharsets.UTF_8)));
        return new Reviewers(entries);
    }

    boolean enabled() { return !entries.isEmpty(); }

    /** The reviewer the {@code Authorization: Bearer TOKEN} header names; 403 when reviews are off, 401 when it names none. */
    String authorize(String header) {
        if (!enabled())
            throw new ApiException(403, "reviews_disabled", "reviews are off: start caytre serve with --reviewers FILE or --write-token");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
        if (given == null) throw new ApiException(401, "unauthorized", "send your reviewer token as 'Authorization: Bearer TOKEN'");
        byte[] g = given.getBytes(StandardCharsets.UTF_8);
        Optional<String> who = Optional.empty();
        for (Entry e : entries) if (MessageDigest.isEqual(g, e.token) && who.isEmpty()) who = Optional.of(e.name);   // no early exit
        return who.orElseThrow(() -> new ApiException(401, "unauthorized", "unknown reviewer token"));
    }
}
