#!/usr/bin/env bash
# Measures the headless tools on this machine and prints the figures; checks nothing.
#   cold `check` of one report (the ./govreport launcher, and plain `java -jar` without its start-up
#   cache) against `java -version`, the JVM's own floor; cold `build` of one report to the five default
#   formats, and to one format each (the first DOCX or PDF of a run is that build less the TXT one);
#   1,000 reports in one run on one worker and on every core; and the language server's latency on a
#   2,000-line report (didChange → diagnostics, completion).
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

# Median wall time, in seconds, of running the command $runs times (output discarded), with the median
# CPU time (user + system) beside it.
median() {
  local times=() cpus=()
  for _ in $(seq "$runs"); do
    local start end user sys
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$scratch/time" "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    read -r user sys <"$scratch/time"
    times+=("$(echo "$end - $start" | bc)")
    cpus+=("$(echo "$user + $sys" | bc)")
  done
  local cpu
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f", t[int((NR + 1) / 2)] }')
  printf '%s\n' "${times[@]}" | sort -n | awk -v cpu="$cpu" '{ t[NR] = $1 } END { m = t[int((NR + 1) / 2)]; printf "%.3f s (median of %d; fastest %.3f, slowest %.3f; CPU %s s, CPU/wall %.2f)\n", m, NR, t[1], t[NR], cpu, cpu / m }'
}
seconds() { sed 's/ s .*//'; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
./govreport check "$one" >/dev/null # builds the jar if stale and makes the start-up cache once
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
floor="$(median java -version)"
echo "java -version:                         $floor"
echo "java -jar govreport.jar check (1 file): $(median java -jar "$jar" check "$one")"
cold="$(median ./govreport check "$one")"
echo "./govreport check (1 file):             $cold"
echo "  against java -version:                $(echo "$(seconds <<<"$cold") / $(seconds <<<"$floor")" | bc -l | xargs printf '%.1f×')"
echo "./govreport build (1 file, 5 formats):  $(median ./govreport build "$one" -o "$scratch/out")"
declare -A built
for format in txt html docx pdf; do
  built[$format]="$(median ./govreport build "$one" --to "$format" -o "$scratch/out")"
  printf './govreport build (1 file, %s): %s\n' "$format" "${built[$format]}"
done
for format in docx pdf; do
  printf '  first %s of a run (the build less the txt build): %.0f ms\n' "$format" \
    "$(echo "($(seconds <<<"${built[$format]}") - $(seconds <<<"${built[txt]}")) * 1000" | bc)"
done

many="$scratch/many"
mkdir "$many"
# 1,000 real reports: the five examples, 200 copies each (copy numbers never spell a year).
for example in "$top"/examples/*.govreport; do
  name="$(basename "$example" .govreport)"
  for copy in $(seq 1 200); do cp "$example" "$many/$name-copy$copy.govreport"; done
done
echo "./govreport check -j 1 ($(ls "$many" | wc -l) files, one run): $(runs=3 median ./govreport check -j 1 "$many")"
echo "./govreport check ($(ls "$many" | wc -l) files, one run, -j $(nproc)): $(runs=3 median ./govreport check "$many")"

java -cp "$jar:$cli/target/test-classes" org.govreport.cli.benchmark.LanguageServerBenchmark "$jar" "$one" 2>/dev/null
