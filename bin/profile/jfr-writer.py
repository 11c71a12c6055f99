# Which Lucene/SQLite/analysis frames a thread's samples contain. Usage: python3 bin/profile/jfr-writer.py REC.jfr [THREAD-PREFIX]
import os, json, sys, collections, subprocess
jfr = sys.argv[1]; thread = sys.argv[2] if len(sys.argv) > 2 else "main"
out = subprocess.run([os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64") + "/bin/jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", jfr], capture_output=True, text=True).stdout
ex = [e for e in json.loads(out)["recording"]["events"] if e["values"]["sampledThread"]["javaName"].startswith(thread)]
def fr(f): m = f["method"]; return m["type"]["name"].replace("/", ".") + "." + m["name"]
c = collections.Counter(); leafown = collections.Counter()
for e in ex:
    frames = [fr(f) for f in ((e["values"].get("stackTrace") or {}).get("frames") or [])]
    seen = set()
    for f in frames:
        for key in ["caytre.search.analysis", "lucene.analysis", "IndexingChain.processField", "IndexingChain.invert", "TermsHashPerField.add",
                    "DocumentsWriter.flush", "DocumentsWriterPerThread.flush", "IndexWriter.commit", "IndexWriter.updateDocuments", "StoredFields", "SortedSetDocValues", "FacetsConfig.build", "PassageFields.toLucene",
                    "IndexSync.passages", "DocumentWriter", "org.sqlite", "maybeRefresh", "Lucene90CompressingStoredFieldsWriter", "PostingsWriter", "BlockTreeTermsWriter", "IndexWriter.maybeMerge", "doFlush"]:
            if key in f and key not in seen: seen.add(key); c[key] += 1
    own = next((f for f in frames if f.startswith("org.caytre")), "?"); leafown[own] += 1
print(len(ex), "samples on", thread)
for k, v in c.most_common(): print(f"  {100*v/len(ex):5.1f}% {k}")
for k, v in leafown.most_common(15): print(f"  own {100*v/len(ex):5.1f}% {k}")
