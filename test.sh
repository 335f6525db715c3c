#!/usr/bin/env bash
# Build and run every test. Starts its own in-memory Azurite on a free 127.0.0.1 port for the storage and
# integration tests (with tools/stack.mjs, the one launcher of the local stack; passed in DANVAN_TEST_STORAGE)
# and always stops it. Then the node checks (npm test in tools/):
# every card of the catalogue (which the .NET tests write to artifacts/cards) through Microsoft's Adaptive Cards
# parser, the Teams manifest, icons and package, the Bicep template in infra/ (bicep build and lint from the NuGet
# Bicep CLI, settings parity with the README), and the browser tests (tools/e2e: Azurite, the bot and the
# Agents Playground of their own, driven in headless Chromium; screenshots in artifacts/e2e/<test>/). LibreOffice
# (Debian libreoffice-writer-nogui, installed when soffice is missing) prints the official reports to PDF in a .NET test.
# Extra arguments go to `dotnet test` and skip the node checks, e.g. ./test.sh --filter "FullyQualifiedName~Storage".
# The last line counts every test, .NET and node: "tests: N passed, N failed". Exit status: non-zero if any part fails.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/lib.sh

started=$SECONDS
LOGS=$DANVAN_ROOT/.data/logs
mkdir -p "$LOGS"
rm -f "$LOGS/dotnet-test.log" "$LOGS/node-test.log"

# One closing line over all test projects and node checks, in the plain form CI reads: "tests: N passed, N failed".
# dotnet: "Passed!  - Failed: 0, Passed: 841, ..." per project; node's spec reporter: "ℹ pass 9" / "ℹ fail 0".
summarise_tests() {
  cat "$LOGS/dotnet-test.log" "$LOGS/node-test.log" 2>/dev/null | awk '
    /^(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ { gsub(",", ""); failed += $4; passed += $6 }
    /^ℹ pass [0-9]+$/ { passed += $3 }
    /^ℹ fail [0-9]+$/ { failed += $3 }
    END { printf "tests: %d passed, %d failed\n", passed, failed }'
}

# shellcheck disable=SC2317 # (run by the EXIT trap)
finish() {
  local status=$?
  trap '' INT TERM
  trap - EXIT
  stop_stack
  [[ -f "$LOGS/dotnet-test.log" || -f "$LOGS/node-test.log" ]] && summarise_tests
  say "test.sh took $((SECONDS - started)) s"
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_dotnet
ensure_tools
(($# > 0)) || ensure_browser
# The official reports are printed to PDF by LibreOffice in a .NET test; here its absence is a failure, not a skip.
ensure_soffice
export DANVAN_REQUIRE_SOFFICE=1

# The card catalogue, written afresh by the .NET test CardCatalogueExport for tools/checks/cards.test.mjs.
export DANVAN_CARD_CATALOGUE=$DANVAN_ROOT/artifacts/cards
rm -rf "$DANVAN_CARD_CATALOGUE"

say "Starting Azurite (in memory; tables and blobs) on free ports (log: .data/logs/test/azurite.log)..."
start_stack "$LOGS/test/stack.env" --services azurite --storage table,blob --logs "$LOGS/test" || die "Azurite did not start (see above)."
export DANVAN_TEST_STORAGE=$DANVAN_STORAGE

status=0
dotnet test DanVan.sln "$@" 2>&1 | tee "$LOGS/dotnet-test.log" || status=$?
# The browser tests start an Azurite of their own; this one has served its purpose.
stop_stack

node_status=0
if (($# > 0)); then
  say "Skipping the node checks (cards, manifest, browser): they need the whole catalogue; run ./test.sh without arguments."
else
  say "Running the node checks (npm test in tools/: cards, manifest and package, browser tests)..."
  npm test --prefix "$DANVAN_TOOLS" 2>&1 | tee "$LOGS/node-test.log" || node_status=$?
fi

((status != 0)) || status=$node_status
exit "$status"
