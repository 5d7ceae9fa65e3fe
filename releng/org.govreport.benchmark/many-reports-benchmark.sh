#!/usr/bin/env bash
# Times `govreport sum` of 1,000 reports writing their workbook too (--table), the whole process from
# outside with time-runs.sh: start-up, reading and checking every report, the summed report and the .xlsx.
# The 1,000 reports are the four 2019-60 examples, 250 copies each (a sum takes one template version).
# Usage: releng/org.govreport.benchmark/many-reports-benchmark.sh [runs]   (checks nothing)
set -euo pipefail
top="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
cd "$top"
./govreport check examples >/dev/null # builds the jar if stale and makes the start-up cache once

many="$(mktemp -d)"
trap 'rm -rf "$many"' EXIT
mkdir "$many/reports"
for organ in 三江乡 八桥镇 江城镇 町店镇; do
  for copy in $(seq 1 250); do cp "examples/$organ-2020.govreport" "$many/reports/$organ-copy$copy-2020.govreport"; done
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "reports: $(ls "$many/reports" | wc -l)"
"$top/releng/org.govreport.benchmark/time-runs.sh" -n "$runs" "$top/govreport" sum "$many/reports" --organ 某市 -o "$many/某市-2020.govreport" \
  --table "$many/某市-2020.xlsx" --force
