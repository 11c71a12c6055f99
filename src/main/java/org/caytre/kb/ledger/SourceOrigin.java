package org.caytre.kb.ledger;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caytre.internal.DataFiles;
import org.caytre.text.Fold;

/**
 * What kind of source a document is ({@code official} or {@code news}) and which outlet published it, by the rules of
 * {@code /kb/sources.tsv} (its header states them). The reference table is a third kind, {@code reference}, and an
 * analyst's decision a fourth, {@code analyst}.
 *
 * <pre>{@code SourceOrigin.standard().of(null, null, "https://vnexpress.net/a.html", null)  // news, VnExpress }</pre>
 */
public final class SourceOrigin {
    public static final String REFERENCE = "reference", OFFICIAL = "official", NEWS = "news", ANALYST = "analyst";
    static final String RESOURCE = "/kb/sources.tsv";
    private static final SourceOrigin STANDARD = load();

    /** A document's kind and outlet (null when unknown). */
    public record Origin(String kind, String outlet) {
        public boolean official() { return OFFICIAL.equals(kind); }
    }

    private final Set<String> officialTypes, officialHosts;
    private final List<String> officialIssuers;
    private final Map<String, String> outlets;

    private SourceOrigin(Set<String> types, List<String> issuers, Set<String> hosts, Map<String, String> outlets) {
        this.officialTypes = types;
        this.officialIssuers = issuers;
        this.officialHosts = hosts;
        this.outlets = outlets;
    }

    public static SourceOrigin standard() { return STANDARD; }

    /** The origin of a document from its metadata type and issuer, its URL and its JSONL {@code source} (any may be null). */
    public Origin of(String type, String issuer, String url, String source) {
        String host = host(url);
        boolean official = (type != null && officialTypes.contains(Fold.key(type).strip()))
                || (issuer != null && officialIssuers.stream().anyMatch(Fold.key(issuer)::contains))
                || (host != null && officialHosts.contains(host));
        String outlet = source != null && !source.isBlank() ? source.strip()
                : host != null ? outlets.getOrDefault(host, host)
                : official && issuer != null ? issuer.strip() : null;
        return new Origin(official ? OFFICIAL : NEWS, outlet);
    }

    static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;   // not a URL: no host to go by
        }
    }

    private static SourceOrigin load() {
        Set<String> types = new HashSet<>(), hosts = new HashSet<>();
        List<String> issuers = new ArrayList<>();
        Map<String, String> outlets = new HashMap<>();
        for (String[] row : DataFiles.table(RESOURCE)) {
            String rule = row[0].strip(), value = row.length > 1 ? row[1].strip() : "";
            switch (rule) {
                case "OFFICIAL_TYPE" -> types.add(Fold.key(value).strip());
                case "OFFICIAL_ISSUER" -> issuers.add(Fold.key(value).strip());
                case "OFFICIAL_HOST" -> hosts.add(value.toLowerCase(Locale.ROOT));
                case "OUTLET" -> {
                    if (row.length != 3) throw new IllegalStateException(RESOURCE + ": OUTLET needs host<TAB>name: " + String.join("|", row));
                    outlets.put(value.toLowerCase(Locale.ROOT), row[2].strip());
                }
                default -> throw new IllegalStateException(RESOURCE + ": unknown rule '" + rule + "'");
            }
        }
        return new SourceOrigin(Set.copyOf(types), List.copyOf(issuers), Set.copyOf(hosts), Map.copyOf(outlets));
    }
}
