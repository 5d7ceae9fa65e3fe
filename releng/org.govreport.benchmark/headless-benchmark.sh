#!/usr/bin/env bash
# Measures the headless tools on this machine and prints the figures; checks nothing.
#   cold `check` of one report (the ./govreport launcher, and plain `java -jar` without its start-up
#   cache), `java -version` as the JVM's own floor, 1,000 reports in one run, and the language server's
#   latency on a 2,000-line report (didChange → diagnostics, completion).
# Usage: releng/org.govreport.benchmark/headless-benchmark.sh [runs]   (builds the jar and test classes if needed)
set -euo pipefail
top="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-10}"
cli="$top/releng/org.govreport.cli"
jar="$cli/target/govreport.jar"
one="$top/examples/江城镇-2020.govreport"
cd "$top"
if [ ! -f "$jar" ] || [ ! -d "$cli/target/test-classes" ]; then
  ./mvnw -q -B -o -DskipTests -pl releng/org.govreport.cli -am package
fi

# Median wall time, in seconds, of running the command $runs times (output discarded).
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.3f s (median of %d; fastest %.3f, slowest %.3f)\n", t[int((NR + 1) / 2)], NR, t[1], t[NR] }'
}

./govreport check "$one" >/dev/null # builds the jar if stale and makes the start-up cache once
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java -version:                         $(median java -version)"
echo "java -jar govreport.jar check (1 file): $(median java -jar "$jar" check "$one")"
echo "./govreport check (1 file):             $(median ./govreport check "$one")"

many="$(mktemp -d)"
trap 'rm -rf "$many"' EXIT
# 1,000 real reports: the five examples, 200 copies each (copy numbers never spell a year).
for example in "$top"/examples/*.govreport; do
  name="$(basename "$example" .govreport)"
  for copy in $(seq 1 200); do cp "$example" "$many/$name-copy$copy.govreport"; done
done
echo "./govreport check ($(ls "$many" | wc -l) files, one run):  $(runs=3 median ./govreport check "$many")"

java -cp "$jar:$cli/target/test-classes" org.govreport.cli.benchmark.LanguageServerBenchmark "$jar" "$one" 2>/dev/null
