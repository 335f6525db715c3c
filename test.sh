#!/usr/bin/env bash
# Build and run every test. Starts its own in-memory Azurite on a free 127.0.0.1 port for the storage and
# integration tests (passed in DANVAN_TEST_STORAGE) and always stops it. Extra arguments go to `dotnet test`,
# e.g. ./test.sh --filter "FullyQualifiedName~Storage".
# Exit status: dotnet test's (or the node checks' if those fail and the .NET tests pass).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/lib.sh

started=$SECONDS
LOGS=$DANVAN_ROOT/.data/logs
rm -f "$LOGS/dotnet-test.log"

# One closing line over all test projects, in the plain form CI reads: "tests: N passed, N failed".
summarise_tests() {
  awk '/^(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
         gsub(",", ""); failed += $4; passed += $6 }
       END { printf "tests: %d passed, %d failed\n", passed, failed }' "$LOGS/dotnet-test.log"
}

# shellcheck disable=SC2317 # (run by the EXIT trap)
finish() {
  local status=$?
  trap '' INT TERM
  trap - EXIT
  stop_azurite 15
  [[ -f "$LOGS/dotnet-test.log" ]] && summarise_tests
  say "test.sh took $((SECONDS - started)) s"
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# run_node_checks: checks of our JavaScript tooling, if tools/package.json defines an npm "test" script.
run_node_checks() {
  if node -e 'process.exit(require("./tools/package.json").scripts?.test ? 0 : 1)'; then
    say "Running node checks (npm test in tools/)..."
    npm test --prefix "$DANVAN_TOOLS"
  fi
}

require_dotnet
ensure_tools

port=$(free_port)
say "Starting Azurite (in memory) on 127.0.0.1:$port (log: .data/logs/azurite-test.log)..."
start_azurite "$port" "$LOGS/azurite-test.log" || die "Azurite did not start; see .data/logs/azurite-test.log."
export DANVAN_TEST_STORAGE
DANVAN_TEST_STORAGE="$(azurite_connection_string "$port")"

status=0
dotnet test DanVan.sln "$@" 2>&1 | tee "$LOGS/dotnet-test.log" || status=$?

node_status=0
run_node_checks || node_status=$?

((status != 0)) || status=$node_status
exit "$status"
