# shellcheck shell=bash
# Shared by the benchmark scripts: build one benchmark in Release and give it its own silent, in-memory Azurite
# (started by tools/stack.mjs, the one launcher of the local stack), always stopped on exit. Source after
# scripts/lib.sh; it defines functions and runs nothing.

# shellcheck disable=SC2317 # (run by the EXIT trap)
bench_finish() {
  local status=$?
  trap '' INT TERM
  trap - EXIT
  stop_stack
  exit "$status"
}

# bench_prepare PROJECT LOGNAME: traps, tools, a Release build of PROJECT, then Azurite on a free port. Sets
# DANVAN_TEST_STORAGE, AZURITE_PID and azurite_version. --silent: Azurite's per-request access log would cost it
# CPU on every storage call, which is Azurite's overhead, not the bot's.
bench_prepare() {
  local project=$1 logs="$LOGS/${2%.log}"
  trap bench_finish EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  require_dotnet
  ensure_tools

  say "Building $(basename "$project" .csproj) (Release)..."
  dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly || die "The benchmark did not build (see above)."

  say "Starting Azurite (in memory, silent) on a free port (log: ${logs#"$DANVAN_ROOT"/}/azurite.log)..."
  start_stack "$logs/stack.env" --services azurite --silent --logs "$logs" || die "Azurite did not start (see above)."
  export DANVAN_TEST_STORAGE=$DANVAN_STORAGE
  AZURITE_PID=$DANVAN_AZURITE_PID
  azurite_version=$DANVAN_AZURITE_VERSION
}
