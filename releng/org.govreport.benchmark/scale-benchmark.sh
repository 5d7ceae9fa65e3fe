#!/usr/bin/env bash
# Checks 10,000 and then 100,000 distinct generated reports, each size in one run of `./govreport check`
# with a 1 GB heap ceiling, and prints for each: wall time, CPU time, peak resident memory, the largest
# heap still in use after a collection, and the ratio of the two sizes' times. Checks nothing.
# The reports (DistinctReports.java: the examples with organs and figures varied, in folders of 1,000)
# are written to a temporary folder and removed at the end.
# Usage: releng/org.govreport.benchmark/scale-benchmark.sh [SIZE...]   (default: 10000 100000)
set -euo pipefail
top="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$top"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
./govreport check examples >/dev/null # builds the jar if stale and makes the start-up cache once

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
first=""
for size in "${sizes[@]}"; do
  reports="$work/reports-$size"
  start=$(date +%s.%N)
  java "$top/releng/org.govreport.benchmark/src/main/java/org/govreport/benchmark/DistinctReports.java" \
    "$top/examples" "$reports" "$size"
  made=$(echo "$(date +%s.%N) - $start" | bc)
  gc="$work/gc-$size.log"
  # the heap ceiling and a log of every collection, through the variable every JVM reads
  JAVA_TOOL_OPTIONS="-Xmx1g -Xlog:gc:file=$gc" /usr/bin/time -f "%e %U %S %M" -o "$work/time-$size" \
    ./govreport check "$reports" >"$work/out-$size" 2>&1 || true
  read -r wall user sys rss <"$work/time-$size"
  # "Pause Young (Allocation Failure) 301M->23M(989M)": the figure after the arrow is the heap still in use
  live=$(grep -o -- '->[0-9]*M' "$gc" | tr -d '>M-' | sort -n | tail -1)
  findings=$(grep -vc '^Picked up' "$work/out-$size" || true)
  printf '%7d reports: %6.1f s wall, %6.1f s CPU, peak RSS %4d MB, heap in use after GC at most %s MB (ceiling 1 GB), %d lines of output; generated in %.1f s, load %s\n' \
    "$size" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "${live:-?}" "$findings" "$made" "$(cut -d' ' -f1 /proc/loadavg)"
  if [ -z "$first" ]; then
    first="$size $wall $(echo "$user + $sys" | bc)"
  else
    read -r size0 wall0 cpu0 <<<"$first"
    # on a shared machine the CPU ratio is the steadier one: the wall ratio moves with the load
    printf 'ratio %d / %d reports: wall %.2f, CPU %.2f (linear: %.2f)\n' "$size" "$size0" "$(echo "$wall / $wall0" | bc -l)" \
      "$(echo "($user + $sys) / $cpu0" | bc -l)" "$(echo "$size / $size0" | bc -l)"
  fi
  rm -rf "$reports"
done
