# shellcheck shell=bash
# Shared by the benchmark scripts: build one benchmark in Release and give it its own silent, in-memory Azurite,
# always stopped on exit. Source after scripts/lib.sh; it defines functions and runs nothing.

# shellcheck disable=SC2317 # (run by the EXIT trap)
bench_finish() {
  local status=$?
  trap '' INT TERM
  trap - EXIT
  stop_azurite 15
  exit "$status"
}

# bench_prepare PROJECT LOGNAME: traps, tools, a Release build of PROJECT, then Azurite on a free port. Sets
# DANVAN_TEST_STORAGE, AZURITE_PID and azurite_version. --silent: Azurite's per-request access log would cost it
# CPU on every storage call, which is Azurite's overhead, not the bot's.
bench_prepare() {
  local project=$1 log="$LOGS/$2"
  trap bench_finish EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  require_dotnet
  ensure_tools

  say "Building $(basename "$project" .csproj) (Release)..."
  dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly || die "The benchmark did not build (see above)."

  local port
  port=$(free_port)
  say "Starting Azurite (in memory, silent) on 127.0.0.1:$port (log: ${log#"$DANVAN_ROOT"/})..."
  spawn "$log" "$DANVAN_BIN/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" \
    --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --silent
  AZURITE_PID=$SPAWNED_PID
  wait_port "$port" 60 "$AZURITE_PID" "Azurite" || die "Azurite did not start; see $log."
  export DANVAN_TEST_STORAGE
  DANVAN_TEST_STORAGE="$(azurite_connection_string "$port")"
  azurite_version=$(node -p 'require("./tools/node_modules/azurite/package.json").version' 2>/dev/null || echo "?")
}
