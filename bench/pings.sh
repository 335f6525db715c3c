#!/usr/bin/env bash
# Benchmark for issue 4: the reminder fan-out (ReminderRun.RunOnceAsync, T-7 of the unit plan due for every head)
# through a loopback connector that enforces a global rate (429 + Retry-After: 1 above R requests in the last
# second), then the same with the fan-out process SIGKILLed mid-run and restarted past the claim timeout. Starts
# its own in-memory Azurite on a free 127.0.0.1 port, builds Release, runs bench/DanVan.PingBench, stops Azurite
# (SIGINT), and writes the figures into docs/benchmarks.md under the benchmark's heading. Not part of ./test.sh.
#
#   bench/pings.sh                          # defaults: R = 40/s, sender at 40/s, 1,000 units × 5 heads, crash variant
#   bench/pings.sh --rate 30 --no-crash     # see `--help` for every option
#   PINGS_DOC= bench/pings.sh               # print only, leave docs/benchmarks.md alone
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib.sh
source bench/lib.sh

LOGS=$DANVAN_ROOT/.data/logs
DOC=${PINGS_DOC-docs/benchmarks.md}

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  echo
  echo "Options (passed to the program):"
  echo "  --rate R (40)  --sender-rate N (= R)  --units N (1000)  --heads N (5)  --parallelism N (16)"
  echo "  --claim-timeout SECONDS (5)  --no-crash  --kill-at FRACTION (0.4)"
  exit 0
fi

bench_prepare bench/DanVan.PingBench/DanVan.PingBench.csproj azurite-pings.log
doc_args=()
[[ -n "$DOC" ]] && doc_args=(--doc "$DOC")

say "Running the ping benchmark (about 2 minutes per 5,000 pings at 40/s, twice with the crash variant)..."
dotnet bench/DanVan.PingBench/bin/Release/net10.0/DanVan.PingBench.dll \
  --command "bench/pings.sh${*:+ $*}" --azurite-version "$azurite_version" "${doc_args[@]}" "$@"
