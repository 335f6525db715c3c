#!/usr/bin/env bash
# Run DanVan locally, all on 127.0.0.1: Azurite (Table Storage emulator) -> the bot -> the Microsoft 365 Agents
# Playground (a Teams-like chat in the browser). One command on a fresh machine with the .NET 10 SDK and Node.js.
# The stack itself is built and started by tools/stack.mjs (the one launcher the tests and benchmarks use too);
# this script installs the tools, chooses the ports and says what to do. Ctrl-C stops everything; data stays in .data/azurite,
# logs are in .data/logs/.
#
# Environment:
#   DANVAN_BOT_PORT (3978), DANVAN_PLAYGROUND_PORT (56150), DANVAN_TABLE_PORT (10002), DANVAN_BLOB_PORT (10000)   ports on 127.0.0.1
#   DANVAN_PLAYGROUND_LOCALE (vi-VN)   locale the playground claims to be; empty = its own "en-US"
#   DANVAN_PLAYGROUND_TZ (Asia/Ho_Chi_Minh)   time zone the playground reports for the user
#   DANVAN_PLAYGROUND_USER (head)      who the playground signs in as, from the sample roster: head (Alex Wilber, head of
#                                      Chi cục Kiểm lâm), office (Megan Bowen, Văn phòng Sở) or leader (Adele Vance,
#                                      Lãnh đạo Sở). office/leader get a config written to .data/logs/playground-<user>.yml
#   DANVAN_BOT_START_TIMEOUT (180)     seconds to wait for GET /healthz after the build
#   DANVAN_DEMO_START (empty)          demo clock: the bot's "now" starts at this Asia/Ho_Chi_Minh date-time and runs on
#                                      from there (bot setting DanVan__DemoStart). E.g. DANVAN_DEMO_START=2024-04-12T07:59
#                                      ./run.sh: standing counts days from 12/04/2024 and the T-7 unit-plan reminder
#                                      comes at 08:00. Empty = the real clock.
#   Anything else you export reaches the bot (e.g. Logging__LogLevel__Default=Debug).
#   To see the English fallback texts: DANVAN_PLAYGROUND_LOCALE=en-US ./run.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/lib.sh

BOT_PORT=${DANVAN_BOT_PORT:-3978}
PLAYGROUND_PORT=${DANVAN_PLAYGROUND_PORT:-56150}
TABLE_PORT=${DANVAN_TABLE_PORT:-10002}
BLOB_PORT=${DANVAN_BLOB_PORT:-10000}
BOT_START_TIMEOUT=${DANVAN_BOT_START_TIMEOUT:-180}
PLAYGROUND_USER=${DANVAN_PLAYGROUND_USER:-head}
case "$PLAYGROUND_USER" in
  head) YOU='"Alex Wilber", head of Chi cục Kiểm lâm' TRY='tập huấn' ;;
  office) YOU='"Megan Bowen", a Văn phòng Sở member' TRY='danh bạ, tổng hợp, xuất báo cáo, nhắc hạn thử' ;;
  leader) YOU='"Adele Vance", a Lãnh đạo Sở member' TRY='tổng hợp, danh bạ, xuất báo cáo' ;;
  *) die "DANVAN_PLAYGROUND_USER=$PLAYGROUND_USER: use head (the default), office or leader." ;;
esac
DATA=$DANVAN_ROOT/.data
LOGS=$DATA/logs

# shellcheck disable=SC2317 # (run by the EXIT trap)
cleanup() {
  local status=$?
  # A second Ctrl-C must not abandon Azurite before it has saved its data; each of the launcher's steps has a
  # time limit.
  trap '' INT TERM
  trap - EXIT
  if [[ -n "$STACK_PID" ]]; then
    say "Stopping (this takes a few seconds)..."
    stop_stack
    say "Stopped. Data is kept in .data/azurite (delete that folder to start afresh)."
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_dotnet
ensure_tools
mkdir -p "$LOGS"

# The launcher checks the ports first: a busy one fails before anything starts (the playground would silently
# move to a random port, and a bot left over from an earlier run would answer /healthz in place of ours). Then it
# builds the bot, with compile errors shown here, and starts the three.
say "Starting Azurite (tables 127.0.0.1:$TABLE_PORT, blobs 127.0.0.1:$BLOB_PORT; data: .data/azurite), the bot and the Agents Playground (logs: .data/logs/)..."
start_stack "$DATA/stack.env" --build always --data "$DATA/azurite" --logs "$LOGS" \
  --storage table,blob --table-port "$TABLE_PORT" --blob-port "$BLOB_PORT" --bot-port "$BOT_PORT" --playground-port "$PLAYGROUND_PORT" --bot-timeout "$BOT_START_TIMEOUT" \
  --user "$PLAYGROUND_USER" --locale "${DANVAN_PLAYGROUND_LOCALE-vi-VN}" --tz "${DANVAN_PLAYGROUND_TZ:-Asia/Ho_Chi_Minh}" \
  --demo-start "${DANVAN_DEMO_START:-${DanVan__DemoStart:-}}" \
  || die "The local stack did not start (see above). Its ports: DANVAN_TABLE_PORT, DANVAN_BLOB_PORT, DANVAN_BOT_PORT, DANVAN_PLAYGROUND_PORT."

cat >&2 <<EOF

  DanVan is running.

    Open   $DANVAN_PLAYGROUND_URL   in your browser (Microsoft 365 Agents Playground, a Teams-like chat).
    You are $YOU in the sample roster. A welcome card appears.
    Type:  $TRY

    Bot $DANVAN_BOT_URL   Azurite 127.0.0.1:$DANVAN_TABLE_PORT   Logs .data/logs/
    Press Ctrl-C to stop everything.

EOF

# Run until Ctrl-C, or until one of the three stops by itself: the launcher then stops the others and says which.
wait "$STACK_PID" || true
STACK_PID=
die "DanVan stopped (see above and .data/logs/)."
