#!/usr/bin/env bash
# Fuzzes one target of the Rkaskpd.Core.Fuzz harness with AFL++ and SharpFuzz.
#   usage: tests/Rkaskpd.Core.Fuzz/fuzz.sh <text|bytes|rupiah|terbilang|code|waktu|legal|target|json> [seconds=300]
# Needs: afl++ (apt-get install -y afl++) and the repo's dotnet tools (dotnet tool restore installs sharpfuzz).
# Findings go to artifacts/fuzz/<target>/ (AFL's output folder: default/crashes, default/hangs, fuzzer_stats).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${1:?target}"
seconds="${2:-300}"
out="$root/artifacts/fuzz/$target"
bin="$root/artifacts/fuzz/bin"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }
cd "$root"
dotnet tool restore >/dev/null
if [[ ! -f "$bin/.instrumented" || "${FUZZ_REBUILD:-0}" == 1 ]]; then
  rm -rf "$bin"
  dotnet publish "$here/Rkaskpd.Core.Fuzz.csproj" -c Release -o "$bin" -p:TreatWarningsAsErrors=false >/dev/null
  # Instrument only the library under test (not the harness, not the BCL).
  dotnet sharpfuzz "$bin/Rkaskpd.Core.dll"
  touch "$bin/.instrumented"
fi

mkdir -p "$out"
input="$here/corpus/$target"
# Resume when a previous run left a queue behind.
[[ -d "$out/default/queue" ]] && input=-
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
export DOTNET_TieredPGO=0
status=0
afl-fuzz -i "$input" -o "$out" -V "$seconds" -t 5000 -m none -x "$here/rka.dict" -- "$bin/Rkaskpd.Core.Fuzz" "$target" || status=$?
grep -E '^(execs_done|execs_per_sec|corpus_count|edges_found|total_edges|saved_crashes|saved_hangs|run_time)' "$out/default/fuzzer_stats" || true
exit $status
