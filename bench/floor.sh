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

# DanVan is measured as deployed: published as README's deploy step does it (ReadyToRun for linux-x64, the csproj's
# runtime settings); the --variants rows also run the plain build. If the publish fails, the build is measured.
extra=()
published=$DANVAN_ROOT/.data/bench-publish
if dotnet publish Bot/DanVan.Bot.csproj -c Release -r linux-x64 --self-contained false \
    -o "$published" --nologo -v quiet -clp:ErrorsOnly >"$LOGS/floor-publish.log" 2>&1; then
  extra=(--r2r-dll "$published/DanVan.Bot.dll")
  [[ " $* " == *" --variants "* ]] || extra+=(--danvan-dll "$published/DanVan.Bot.dll")
else
  say "The ReadyToRun publish failed (see ${LOGS#"$DANVAN_ROOT"/}/floor-publish.log); measuring the build instead."
fi
doc_args=()
[[ -n "$DOC" ]] && doc_args=(--doc "$DOC")

say "Running the benchmark..."
dotnet bench/DanVan.FloorBench/bin/Release/net10.0/DanVan.FloorBench.dll \
  --command "bench/floor.sh${*:+ $*}" "${doc_args[@]}" "${extra[@]}" "$@"
