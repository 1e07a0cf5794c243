#!/usr/bin/env bash
# Whole-process timings of the converter on the seed repeated N times (default 300: 11 MB, 3,300 forms), as ratios
# against baselines measured in the same run: `cat file > /dev/null` (reading the bytes) and `wc -l file` (a line count).
#
#   benchmarks/convert-timing.sh [-n runs] [-c copies] <label>=<command> ...
#
# Each command is run as `<command> convert FILE -o OUT` and `<command> validate FILE`; e.g.
#   dotnet publish samples/RkaConvert -c Release -o /tmp/rka-jit
#   dotnet publish samples/RkaConvert -c Release -r linux-x64 -p:PublishAot=true -o /tmp/rka-aot
#   benchmarks/convert-timing.sh jit="dotnet /tmp/rka-jit/RkaConvert.dll" aot=/tmp/rka-aot/RkaConvert
# Prints, per command: the median wall time of the runs, MB/s (file size / median), the ratio to `cat` and to `wc -l`,
# the median CPU time (user + system: steadier than wall time on a busy machine) and the peak working set (maximum
# resident set size from /usr/bin/time, also as a multiple of the file size).
# The ratios compare CPU times: on a shared machine the wall time mostly measures the other processes. The machine's
# load still moves all figures somewhat; compare ratios from one run, and rerun when the baselines themselves jump.
set -euo pipefail
runs=5
copies=300
while getopts "n:c:" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    c) copies=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [[ $# -eq 0 ]]; then sed -n '2,13p' "$0"; exit 2; fi

root=$(cd "$(dirname "$0")/.." && pwd)
seed=$root/samples/data/rka-skpd-221-lumajang-2020.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file=$work/seed-x$copies.txt
for _ in $(seq "$copies"); do cat "$seed"; done > "$file"
bytes=$(stat -c %s "$file")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }')
echo "file: seed x$copies, $mb MB; $runs runs each, median wall time"

# median_of <label> <command...>: runs the command $runs times, prints the median wall seconds; the median CPU
# seconds go to $work/<label>.cpu and the peak RSS (KB, maximum over the runs) to $work/<label>.rss.
median_of() {
  local label=$1; shift
  local times=() cpus=() max=0 t cpu rss
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" bash -c "$*" > /dev/null 2>&1 || true
    read -r t user sys rss < <(tail -n 1 "$work/time")
    times+=("$t")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
    (( rss > max )) && max=$rss
  done
  echo "$max" > "$work/$label.rss"
  printf '%s\n' "${cpus[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }' > "$work/$label.cpu"
  printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# /usr/bin/time has 10 ms resolution: the baselines are timed over 20 passes and divided.
per_pass() { awk -v t="$1" 'BEGIN { printf "%.4f", t / 20 }'; }
cat_s=$(per_pass "$(median_of cat "for i in \$(seq 20); do cat '$file' > /dev/null; done")")
cat_cpu=$(per_pass "$(cat "$work/cat.cpu")")
wc_s=$(per_pass "$(median_of wc "for i in \$(seq 20); do wc -l '$file' > /dev/null; done")")
wc_cpu=$(per_pass "$(cat "$work/wc.cpu")")
printf '%-18s wall %7s s, CPU %7s s\n' "cat > /dev/null" "$cat_s" "$cat_cpu" "wc -l" "$wc_s" "$wc_cpu"
printf '%-18s %8s %7s %8s %7s %7s %8s %12s\n' "command" "wall" "MB/s" "CPU" "MB/s" "x cat" "x wc -l" "peak RSS"
for spec in "$@"; do
  label=${spec%%=*}
  command=${spec#*=}
  for verb in convert validate; do
    if [[ $verb == convert ]]; then args="convert '$file' -o '$work/out.json'"; else args="validate '$file'"; fi
    s=$(median_of "$label-$verb" "$command $args")
    rss=$(cat "$work/$label-$verb.rss")
    cpu=$(cat "$work/$label-$verb.cpu")
    # The ratios compare CPU times (wall times too when the machine is idle: then the two agree).
    awk -v l="$label $verb" -v s="$s" -v b="$bytes" -v c="$cat_cpu" -v w="$wc_cpu" -v r="$rss" -v u="$cpu" 'BEGIN {
      printf "%-18s %6.2f s %7.1f %6.2f s %7.1f %7.0f %8.1f %5.0f MB %4.1fx\n", l, s, b / 1e6 / s, u, b / 1e6 / u, u / c, u / w, r / 1024, r * 1024 / b }'
  done
done
