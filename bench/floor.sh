#!/usr/bin/env bash
# Benchmark for issue 15: DanVan's training submission against the Bot Framework SDK's stock echo bot and a minimal
# ASP.NET Core endpoint, each in its own process, driven by one client and one loopback connector; per turn: latency,
# CPU, JIT-compiled methods, allocations, new connections; throughput and peak RSS at 50 at once; spawn → first
# answer. Starts its own in-memory Azurite on a free 127.0.0.1 port, builds Release, writes docs/benchmarks.md.
# Not part of ./test.sh.
#
#   bench/floor.sh                     # the three side by side (about 3 minutes on 2 cores)
#   bench/floor.sh --variants          # DanVan alone under GC modes, tiered PGO, ReadyToRun (about 8 minutes)
#   BENCH_DOC= bench/floor.sh          # print only, leave docs/benchmarks.md alone
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib.sh
source bench/lib.sh

LOGS=$DANVAN_ROOT/.data/logs
DOC=${BENCH_DOC-docs/benchmarks.md}

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  echo
  echo "Options (passed to the program):"
  echo "  --users N (50)  --block N (25)  --blocks N (12)  --warmup-blocks N (4)  --warmup-rounds N (6)  --rounds N (20)"
  echo "  --variants [--only TEXT]...  --danvan-env NAME=VALUE"
  exit 0
fi

mkdir -p "$LOGS"
bench_prepare bench/DanVan.FloorBench/DanVan.FloorBench.csproj azurite-floor.log
for project in Bot/DanVan.Bot.csproj bench/DanVan.EchoBot/DanVan.EchoBot.csproj \
  bench/DanVan.MinimalEndpoint/DanVan.MinimalEndpoint.csproj bench/DanVan.BenchHook/DanVan.BenchHook.csproj; do
  dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly || die "$project did not build (see above)."
done

extra=()
if [[ " $* " == *" --variants "* ]]; then
  # ReadyToRun needs a publish with a runtime identifier (crossgen2 comes from NuGet); without it the row is left out.
  r2r=$DANVAN_ROOT/.data/bench-r2r
  if dotnet publish Bot/DanVan.Bot.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$r2r" --nologo -v quiet -clp:ErrorsOnly >"$LOGS/floor-r2r-publish.log" 2>&1; then
    extra=(--r2r-dll "$r2r/DanVan.Bot.dll")
  else
    say "ReadyToRun publish failed (see ${LOGS#"$DANVAN_ROOT"/}/floor-r2r-publish.log); measuring without it."
  fi
fi
doc_args=()
[[ -n "$DOC" ]] && doc_args=(--doc "$DOC")

say "Running the benchmark..."
dotnet bench/DanVan.FloorBench/bin/Release/net10.0/DanVan.FloorBench.dll \
  --command "bench/floor.sh${*:+ $*}" "${doc_args[@]}" "${extra[@]}" "$@"
