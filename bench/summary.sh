#!/usr/bin/env bash
# Benchmark for issue 5: the department summary ("tổng hợp") over 100 and 1,000 units × 5 records each, on Azurite:
# the storage reads (roster unit list + one plan-wide range query over UnitData) and the computation and card, p50/p95
# over repeated runs, the 1,000 ÷ 100 ratio, storage requests per summary, the whole turn over HTTP, and the export
# downloads. Starts its own silent in-memory Azurite on a free 127.0.0.1 port, builds Release, runs
# bench/DanVan.SummaryBench, stops Azurite, and writes the figures into docs/benchmarks.md under its heading.
# Not part of ./test.sh.
#
#   bench/summary.sh                        # defaults: sizes 100,1000; 5 warm-up + 50 measured runs each
#   bench/summary.sh --runs 200             # see `--help` for every option
#   SUMMARY_DOC= bench/summary.sh           # print only, leave docs/benchmarks.md alone
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib.sh
source bench/lib.sh

LOGS=$DANVAN_ROOT/.data/logs
DOC=${SUMMARY_DOC-docs/benchmarks.md}

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  echo
  echo "Options (passed to the program):"
  echo "  --sizes 100,1000  --runs N (50)  --warmup N (5)  --export-runs N (5)  --parallelism N (16, for seeding)"
  exit 0
fi

bench_prepare bench/DanVan.SummaryBench/DanVan.SummaryBench.csproj azurite-summary.log
doc_args=()
[[ -n "$DOC" ]] && doc_args=(--doc "$DOC")

say "Running the summary benchmark (seeding 5,500 records, then about a minute of runs)..."
dotnet bench/DanVan.SummaryBench/bin/Release/net10.0/DanVan.SummaryBench.dll \
  --command "bench/summary.sh${*:+ $*}" --azurite-version "$azurite_version" "${doc_args[@]}" "$@"
