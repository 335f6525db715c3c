#!/usr/bin/env bash
# Benchmark for issue 3: N concurrent conversations sending training submissions over HTTP to the real bot, side by
# side with an echo turn through the same Bot Framework path, over Azurite and a loopback connector. Starts its own
# in-memory Azurite on a free 127.0.0.1 port, builds Release, runs bench/DanVan.Bench, stops Azurite (SIGINT), and
# writes the figures into docs/benchmarks.md under the benchmark's heading. Not part of ./test.sh.
#
#   bench/run.sh                       # defaults: 50 conversations, 30 warm-up + 120 measured rounds, then a profile
#   bench/run.sh --rounds 300          # more samples; see `--help` for every option
#   BENCH_DOC= bench/run.sh            # print only, leave docs/benchmarks.md alone
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib.sh
source bench/lib.sh

LOGS=$DANVAN_ROOT/.data/logs
DOC=${BENCH_DOC-docs/benchmarks.md}

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  echo
  echo "Options (passed to the program):"
  echo "  --conversations N (50)  --warmup N (30)  --rounds N (120)  --profile-sequential N (30)  --profile-rounds N (10)"
  exit 0
fi

bench_prepare bench/DanVan.Bench/DanVan.Bench.csproj azurite-bench.log
doc_args=()
[[ -n "$DOC" ]] && doc_args=(--doc "$DOC")

say "Running the benchmark (about 2 minutes on 2 cores)..."
dotnet bench/DanVan.Bench/bin/Release/net10.0/DanVan.Bench.dll \
  --command "bench/run.sh${*:+ $*}" --azurite-pid "$AZURITE_PID" --azurite-version "$azurite_version" \
  "${doc_args[@]}" "$@"
