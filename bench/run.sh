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

LOGS=$DANVAN_ROOT/.data/logs
DOC=${BENCH_DOC-docs/benchmarks.md}

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  echo
  echo "Options (passed to the program):"
  echo "  --conversations N (50)  --warmup N (30)  --rounds N (120)  --profile-sequential N (30)  --profile-rounds N (10)"
  exit 0
fi

# shellcheck disable=SC2317 # (run by the EXIT trap)
finish() {
  local status=$?
  trap '' INT TERM
  trap - EXIT
  stop_azurite 15
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_dotnet
ensure_tools

say "Building the benchmark (Release)..."
dotnet build bench/DanVan.Bench/DanVan.Bench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly \
  || die "The benchmark did not build (see above)."

# Azurite as start_azurite would, plus --silent: its per-request access log would otherwise cost it CPU on every
# storage call, which is Azurite's overhead, not the bot's.
port=$(free_port)
say "Starting Azurite (in memory, silent) on 127.0.0.1:$port (log: .data/logs/azurite-bench.log)..."
spawn "$LOGS/azurite-bench.log" "$DANVAN_BIN/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" \
  --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --silent
AZURITE_PID=$SPAWNED_PID
wait_port "$port" 60 "$AZURITE_PID" "Azurite" || die "Azurite did not start; see .data/logs/azurite-bench.log."
export DANVAN_TEST_STORAGE
DANVAN_TEST_STORAGE="$(azurite_connection_string "$port")"

azurite_version=$(node -p 'require("./tools/node_modules/azurite/package.json").version' 2>/dev/null || echo "?")
doc_args=()
[[ -n "$DOC" ]] && doc_args=(--doc "$DOC")

say "Running the benchmark (about 2 minutes on 2 cores)..."
dotnet bench/DanVan.Bench/bin/Release/net10.0/DanVan.Bench.dll \
  --command "bench/run.sh${*:+ $*}" --azurite-pid "$AZURITE_PID" --azurite-version "$azurite_version" \
  "${doc_args[@]}" "$@"
