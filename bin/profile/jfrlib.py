# Shared by the bin/profile JFR summaries: a recording's events of one kind (as JSON) and a stack frame's name.
import os, json, subprocess
def events(jfr, kind, depth=64):
    java = os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64") + "/bin/jfr"
    out = subprocess.run([java, "print", "--json", "--stack-depth", str(depth), "--events", kind, jfr], capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]
def fr(f):
    m = f["method"]; return m["type"]["name"].replace("/", ".") + "." + m["name"]
