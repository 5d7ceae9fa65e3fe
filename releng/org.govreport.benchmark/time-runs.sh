#!/usr/bin/env bash
# Times a whole command from outside, several runs after one warm-up, and prints the median (fastest,
# slowest) wall time, CPU time (user + system) and peak resident memory. With --vs, a second command runs
# in turn with the first (A B A B …) and the ratios A/B are taken pair by pair, so that a comparison holds
# while a shared machine's speed drifts. The commands' own output is thrown away. Checks nothing.
# Usage: releng/org.govreport.benchmark/time-runs.sh [-n RUNS] [--vs 'COMMAND B'] COMMAND [ARG...]
#   (COMMAND B is split into words as a shell splits them, without quotes: keep its paths free of spaces)
set -euo pipefail
runs=5
other=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --vs) other="$2"; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { sed -n 's/^# Usage: /usage: /p' "$0" >&2; exit 2; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# One run: "wall cpu rss_kb" on stdout.
run_once() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S %M" -o "$scratch/time" "$@" >/dev/null 2>&1 </dev/null || true
  end=$(date +%s.%N)
  awk -v wall="$(echo "$end - $start" | bc)" '{ printf "%s %.3f %d\n", wall, $1 + $2, $3 }' "$scratch/time"
}

# Median (fastest–slowest) of column $1 of file $2, printed with format $3.
spread() {
  sort -g -k"$1","$1" "$2" | awk -v c="$1" -v f="$3" '{ v[NR] = $c } END {
    printf f " (" f "–" f ")", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

report() { # name file
  printf '%s\n  wall %s s, CPU %s s, peak RSS %s MB\n' "$1" "$(spread 1 "$2" '%.3f')" "$(spread 2 "$2" '%.3f')" \
    "$(awk '{ printf "%d %.0f\n", NR, $3 / 1024 }' "$2" >"$2.mb"; spread 2 "$2.mb" '%d')"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs after one warm-up"
run_once "$@" >/dev/null
# shellcheck disable=SC2086 # the second command is one string split into words on purpose
[ -z "$other" ] || run_once $other >/dev/null
for _ in $(seq "$runs"); do
  run_once "$@" >>"$scratch/a"
  # shellcheck disable=SC2086
  [ -z "$other" ] || run_once $other >>"$scratch/b"
done
report "A: $*" "$scratch/a"
if [ -n "$other" ]; then
  report "B: $other" "$scratch/b"
  paste -d' ' "$scratch/a" "$scratch/b" | awk '{ printf "%.3f %.3f\n", $1 / $4, $2 / $5 }' >"$scratch/ratio"
  printf 'A/B, pair by pair: wall %s, CPU %s\n' "$(spread 1 "$scratch/ratio" '%.2f')" "$(spread 2 "$scratch/ratio" '%.2f')"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
