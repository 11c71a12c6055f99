# Summarises a JFR recording of caytre ingest: samples per thread, what the ingest threads run, allocation by site
# and thread, thread CPU, where threads park (queues), GC. Usage: python3 bin/profile/jfr-summary.py REC.jfr (see docs/profile-ingest.md)
import os, json, sys, collections, subprocess
from jfrlib import fr, events as events_of
jfr = sys.argv[1]
def events(kind): return events_of(jfr, kind)
ex = events("jdk.ExecutionSample")
print("execution samples", len(ex))
byth = collections.Counter(e["values"]["sampledThread"]["javaName"] for e in ex)
for t, n in byth.most_common(12): print(f"  thread {t:30s} {n:6d} {100*n/len(ex):5.1f}%")
cats = [("lucene", "org.apache.lucene"), ("sqlite", "org.sqlite"), ("regex", "java.util.regex"), ("annotate", "org.caytre.annotate"),
        ("extract", "org.caytre.extract"), ("structure", "org.caytre.structure"), ("kb", "org.caytre.kb"), ("search", "org.caytre.search"), ("jackson","com.fasterxml")]
for th in ["ingest-worker", "main", "ingest-reader"]:
    sub = [e for e in ex if e["values"]["sampledThread"]["javaName"].startswith(th)]
    if not sub: continue
    c = collections.Counter()
    for e in sub:
        frames = [fr(f) for f in ((e["values"].get("stackTrace") or {}).get("frames") or [])]
        for name, pre in cats:
            if any(f.startswith(pre) for f in frames): c[name] += 1
    print(f" {th}: {len(sub)} samples; frames containing: " + ", ".join(f"{k} {100*v/len(sub):.0f}%" for k, v in c.most_common()))
    if th == "main":
        d = collections.Counter()
        for e in sub:
            frames = [fr(f) for f in ((e["values"].get("stackTrace") or {}).get("frames") or [])]
            for key in ["IndexWriter.commit", "IndexWriter.updateDocuments", "IndexSync.passages", "DocumentWriter.write", "DocumentWriter.recompute", "DocumentWriter.upsertEntities", "Connection.commit", "IndexWriter.flush", "SearcherManager", "maybeRefresh", "JDBC3Connection.commit", "DB.prepare", "prepareStatement"]:
                if any(key in f for f in frames): d[key] += 1
        print("   main by frame:", ", ".join(f"{k} {100*v/len(sub):.0f}%" for k, v in d.most_common()))
al = events("jdk.ObjectAllocationSample")
tot = sum(e["values"]["weight"] for e in al)
print("sampled allocation weight GB", tot/1e9)
site = collections.Counter()
for e in al:
    frames = [fr(f) for f in ((e["values"].get("stackTrace") or {}).get("frames") or [])]
    own = next((f for f in frames if f.startswith("org.caytre") or f.startswith("org.apache.lucene") or f.startswith("org.sqlite")), frames[0] if frames else "?")
    site[own] += e["values"]["weight"]
for s, w in site.most_common(15): print(f"  alloc {100*w/tot:5.1f}% {s}")
import re
def secs(d):
    # JSON durations like "PT0.123S" or numbers
    if isinstance(d, (int, float)): return d/1e9
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", d)
    return (int(m.group(1) or 0)*60 + float(m.group(2))) if m else 0.0
bythw = collections.Counter()
for e in al: bythw[e["values"]["eventThread"]["javaName"]] += e["values"]["weight"]
for t, w in bythw.most_common(6): print(f"  alloc by thread {t:25s} {w/1e9:6.2f} GB")
cpu = collections.defaultdict(list)
for e in events("jdk.ThreadCPULoad"):
    cpu[e["values"]["eventThread"]["javaName"]].append(e["values"]["user"] + e["values"]["system"])
print("thread CPU load, mean of samples (fraction of the machine's 2 cores):")
for t, v in sorted(cpu.items(), key=lambda kv: -sum(kv[1])/len(kv[1]))[:8]: print(f"  {t:28s} {100*sum(v)/len(v):5.1f}%  ({len(v)} samples)")
park = collections.defaultdict(float); where = collections.defaultdict(float)
for e in events("jdk.ThreadPark"):
    t = e["values"]["eventThread"]["javaName"]; d = secs(e["values"]["duration"])
    park[t] += d
    frames = [fr(f) for f in ((e["values"].get("stackTrace") or {}).get("frames") or [])]
    site = next((f for f in frames if f.startswith("org.caytre")), "?")
    caller = next((f for f in frames if "BlockingQueue" in f and ("put" in f or "take" in f)), "")
    where[(t.rstrip("0123456789"), site, caller)] += d
print("parked (s) by thread:", {k: round(v,1) for k, v in park.items() if v > 0.5})
for k, v in sorted(where.items(), key=lambda kv: -kv[1])[:8]: print(f"  parked {v:6.1f}s {k}")
gc = events("jdk.GarbageCollection")
print("GC: %d collections, sum of pauses %.2f s" % (len(gc), sum(secs(e["values"]["sumOfPauses"]) for e in gc)))
cl = events("jdk.CPULoad")
print("process CPU (jvmUser+jvmSystem, mean over samples, fraction of machine): %.1f%%, machine total %.1f%%" % (
    100*sum(e["values"]["jvmUser"]+e["values"]["jvmSystem"] for e in cl)/len(cl), 100*sum(e["values"]["machineTotal"] for e in cl)/len(cl)))
