# Summarises a JFR recording of `caytre bench search` (or a server answering searches): execution samples of the search
# threads by phase (each executor of the bench is one phase: warm-up, then per client count cold, warm pass, warm) and by
# what the search was doing (innermost matching category of each stack), plus GC pauses.
# Usage: [JFR_EVENT=jdk.CPUTimeSample] python3 bin/profile/jfr-search.py REC.jfr [THREAD_PREFIX (default pool-; a server: JettyServerThreadPool)]
import sys, collections, re, os
from jfrlib import fr, events as events_of
jfr = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else "pool-"
def events(kind): return events_of(jfr, kind, 96)
# first match wins, looked for from the leaf up to the root of each stack
CATS = [("facet counting", ["SortedSetDocValuesFacetCounts", "DefaultSortedSetDocValuesReaderState", "FacetsCollector.collect",
                            "FacetsCollector$", "FacetsCollector.finish", "AbstractSortedSetDocValueFacetCounts"]),
        ("snippets", ["org.caytre.search.Snippets"]),
        ("stored fields", ["PassageFields.fromLucene", "StoredFields", "storedFields"]),
        ("query planning / entity expansion", ["QueryBuilder", "EntityNames", "UserQuery"]),
        ("searcher refresh", ["maybeRefresh", "SearcherManager"]),
        ("JSON", ["com.fasterxml", "SearchResult.toJson"]),
        ("collecting and scoring", ["org.apache.lucene.search", "org.apache.lucene.codecs", "org.apache.lucene.index"]),
        ("facet cache / result copy", ["FacetCache"]),
        # a server's request threads (prefix JettyServerThreadPool): what the API adds around the search
        ("store look-ups (SQL)", ["org.sqlite", "org.postgresql", "org.caytre.kb"]),
        ("request log", ["RequestLog"]),
        ("HTTP (Jetty, Javalin)", ["org.eclipse.jetty", "io.javalin", "jakarta.servlet"])]
def cat(frames):
    # the one-pass counter (org.caytre.search.FacetCounts) wraps the top-hits collector: only its own frames count
    if frames and any(f.startswith("org.caytre.search.FacetCounts") for f in frames[:2]) and "TopScoreDocCollector" not in frames[0]:
        return CATS[0][0]
    for f in frames:                       # leaf first
        for name, keys in CATS:
            if any(k in f for k in keys):
                # a leaf inside Lucene under the facet collector is facet counting, not scoring
                if name == "collecting and scoring" and any(any(k in g for k in CATS[0][1]) for g in frames): return CATS[0][0]
                if name == "collecting and scoring" and any("Snippets" in g for g in frames): return "snippets"
                if name == "collecting and scoring" and any("fromLucene" in g or "storedFields" in g or "StoredFieldsReader" in g for g in frames): return "stored fields"
                return name
    return "other (" + (frames[0].rsplit(".", 2)[-2] if frames else "?") + ")"
# JFR_EVENT=jdk.CPUTimeSample (JDK 25, recorded with +jdk.CPUTimeSample#enabled=true): samples by CPU time, where the
# default execution samples also count threads the OS has descheduled (on a loaded machine, wall time in Java)
kind = os.environ.get("JFR_EVENT", "jdk.ExecutionSample")
def thread(e): return (e["values"].get("sampledThread") or e["values"].get("eventThread") or {}).get("javaName") or ""
ex = [e for e in events(kind) if thread(e).startswith(prefix)]
phases = collections.defaultdict(list)
for e in ex:
    m = re.match(r"pool-(\d+)", thread(e))
    phases[int(m.group(1)) if m else 0].append(e)
for p in sorted(phases):
    sub = phases[p]
    c = collections.Counter(cat([fr(f) for f in ((e["values"].get("stackTrace") or {}).get("frames") or [])]) for e in sub)
    threads = len({thread(e) for e in sub})
    print(f"phase pool-{p} ({threads} threads): {len(sub)} samples")
    for k, v in c.most_common(12): print(f"   {k:36s} {v:6d} {100*v/len(sub):5.1f}%")
    leaves = collections.Counter()
    for e in sub:
        frames = [fr(f) for f in ((e["values"].get("stackTrace") or {}).get("frames") or [])]
        if frames: leaves[frames[0]] += 1
    print("   top leaves: " + "; ".join(f"{k.split('.')[-2]}.{k.split('.')[-1]} {100*v/len(sub):.0f}%" for k, v in leaves.most_common(6)))
gc = events("jdk.GarbageCollection")
def secs(d): return float(d[2:-1]) if isinstance(d, str) and d.startswith("PT") and d.endswith("S") else 0.0
pauses = sorted(secs(g["values"]["sumOfPauses"]) for g in gc)
if pauses: print(f"GC: {len(gc)} collections, pauses {1000*sum(pauses):.0f} ms in all, longest {1000*pauses[-1]:.1f} ms")
