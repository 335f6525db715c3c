#!/usr/bin/env bash
# Run DanVan locally, all on 127.0.0.1: Azurite (Table Storage emulator) -> the bot -> the Microsoft 365 Agents
# Playground (a Teams-like chat in the browser). One command on a fresh machine with the .NET 10 SDK and Node.js.
# Ctrl-C stops everything; data stays in .data/azurite, logs are in .data/logs/.
#
# Environment:
#   DANVAN_BOT_PORT (3978), DANVAN_PLAYGROUND_PORT (56150), DANVAN_TABLE_PORT (10002)   ports on 127.0.0.1
#   DANVAN_PLAYGROUND_LOCALE (vi-VN)   locale the playground claims to be; empty = its own "en-US"
#   DANVAN_PLAYGROUND_TZ (Asia/Ho_Chi_Minh)   time zone the playground reports for the user
#   DANVAN_PLAYGROUND_USER (head)      who the playground signs in as, from the sample roster: head (Alex Wilber, head of
#                                      Chi cục Kiểm lâm), office (Megan Bowen, Văn phòng Sở) or leader (Adele Vance,
#                                      Lãnh đạo Sở). office/leader get a config written to .data/playground-<user>.yml
#   DANVAN_BOT_START_TIMEOUT (180)     seconds to wait for GET /healthz after the build
#   DANVAN_DEMO_START (empty)          demo clock: the bot's "now" starts at this Asia/Ho_Chi_Minh date-time and runs on
#                                      from there (bot setting DanVan__DemoStart). E.g. DANVAN_DEMO_START=2024-04-12T07:59
#                                      ./run.sh: standing counts days from 12/04/2024 and the T-7 unit-plan reminder
#                                      comes at 08:00. Empty = the real clock.
#   Anything else you export reaches the bot (e.g. Logging__LogLevel__Default=Debug). The bot gets
#   To see the English fallback texts: DANVAN_PLAYGROUND_LOCALE=en-US ./run.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/lib.sh

BOT_PORT=${DANVAN_BOT_PORT:-3978}
PLAYGROUND_PORT=${DANVAN_PLAYGROUND_PORT:-56150}
TABLE_PORT=${DANVAN_TABLE_PORT:-10002}
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
BOT_URL=http://127.0.0.1:$BOT_PORT
PLAYGROUND_URL=http://127.0.0.1:$PLAYGROUND_PORT

BOT_PID=
PLAYGROUND_PID=

# Stop in reverse order of start: the playground (it talks to the bot), the bot (it talks to Azurite), then
# Azurite on SIGINT, waiting for it to write its data to .data/azurite.
# shellcheck disable=SC2317 # (run by the EXIT trap)
cleanup() {
  local status=$?
  # A second Ctrl-C must not abandon Azurite before it has saved its data; every step below has a time limit.
  trap '' INT TERM
  trap - EXIT
  if [[ -n "$PLAYGROUND_PID$BOT_PID$AZURITE_PID" ]]; then
    say "Stopping (this takes a few seconds)..."
    [[ -z "$PLAYGROUND_PID" ]] || stop_process "$PLAYGROUND_PID" TERM 10 "The Agents Playground"
    [[ -z "$BOT_PID" ]] || stop_process "$BOT_PID" TERM 20 "The bot"
    stop_azurite 30
    say "Stopped. Data is kept in .data/azurite (delete that folder to start afresh)."
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_dotnet
ensure_tools

# Fail now on a busy port: the playground would silently move to a random port, and a bot left over from an earlier
# run would answer /healthz in place of the one we start.
for entry in "$TABLE_PORT:Azurite:DANVAN_TABLE_PORT" "$BOT_PORT:the bot:DANVAN_BOT_PORT" \
  "$PLAYGROUND_PORT:the Agents Playground:DANVAN_PLAYGROUND_PORT"; do
  IFS=: read -r port what var <<<"$entry"
  if port_open "$port"; then
    die "Port $port (for $what) is already in use on 127.0.0.1. Stop whatever uses it (an earlier ./run.sh?), or choose another port: $var=<port> ./run.sh"
  fi
done

mkdir -p "$LOGS"

# The committed config signs in as the unit head; the others get a copy with their user swapped in.
PLAYGROUND_CONFIG=$DANVAN_ROOT/.m365agentsplayground.yml
if [[ "$PLAYGROUND_USER" != head ]]; then
  PLAYGROUND_CONFIG=$(node "$DANVAN_TOOLS/playground-user.mjs" "$PLAYGROUND_USER" "$DATA/playground-$PLAYGROUND_USER.yml") \
    || die "Could not write the playground config for DANVAN_PLAYGROUND_USER=$PLAYGROUND_USER (see above)."
fi

say "Starting Azurite Table Storage on 127.0.0.1:$TABLE_PORT (data: .data/azurite)..."
start_azurite "$TABLE_PORT" "$LOGS/azurite.log" "$DATA/azurite" || die "Azurite did not start; see .data/logs/azurite.log."

# Build in the foreground so compile errors show here; then run without building again.
say "Building the bot..."
dotnet build Bot/DanVan.Bot.csproj --nologo -v quiet || die "The bot does not build (errors above)."

say "Starting the bot on $BOT_URL (log: .data/logs/bot.log)..."
# --no-launch-profile: Properties/launchSettings.json must not override the environment set here or exported by
# you. The working directory is the repository root, where the bot finds plans/.
spawn "$LOGS/bot.log" env \
  Storage__ConnectionString="$(azurite_connection_string "$TABLE_PORT")" \
  ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
  DanVan__DemoStart="${DANVAN_DEMO_START:-${DanVan__DemoStart:-}}" \
  dotnet run --project Bot/DanVan.Bot.csproj --no-build --no-launch-profile -- --urls "$BOT_URL"
BOT_PID=$SPAWNED_PID

deadline=$((SECONDS + BOT_START_TIMEOUT))
until [[ "$(http_status "$BOT_URL/healthz")" == 200 ]]; do
  if ! kill -0 "$BOT_PID" 2>/dev/null; then
    tail -n 40 "$LOGS/bot.log" >&2 || true
    die "The bot exited during start-up (last lines of .data/logs/bot.log above)."
  fi
  if ((SECONDS >= deadline)); then
    tail -n 40 "$LOGS/bot.log" >&2 || true
    die "The bot did not answer GET $BOT_URL/healthz with 200 within $BOT_START_TIMEOUT s (last lines of .data/logs/bot.log above)."
  fi
  sleep 1
done

say "Starting the Agents Playground on $PLAYGROUND_URL (log: .data/logs/playground.log)..."
# The playground listens on every interface and has no option against it: localhost-only.cjs forces 127.0.0.1
# (and refuses connections off this machine). Despite --disable-telemetry, Application Insights' statsbeat in it
# probes the cloud metadata service (169.254.169.254) unless APPLICATION_INSIGHTS_NO_STATSBEAT is set.
# playground-locale.cjs makes it send a Vietnamese locale like a Vietnamese Teams client (it hard-codes en-US).
# It reads .m365agentsplayground.yml or its copy for DANVAN_PLAYGROUND_USER (the mock tenant and user) and writes its own log, which it deletes at
# start-up, so its console output goes to a separate file.
spawn "$LOGS/playground-console.log" env \
  BOT_ENDPOINT="$BOT_URL/api/messages" \
  TEAMSAPPTESTER_BROWSER=none \
  APPLICATION_INSIGHTS_NO_STATSBEAT=1 \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PLAYGROUND_CONFIG" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$LOGS/playground.log" \
  DANVAN_PLAYGROUND_LOCALE="${DANVAN_PLAYGROUND_LOCALE-vi-VN}" \
  TZ="${DANVAN_PLAYGROUND_TZ:-Asia/Ho_Chi_Minh}" \
  node --require "$DANVAN_ROOT/scripts/localhost-only.cjs" --require "$DANVAN_ROOT/scripts/playground-locale.cjs" \
  "$DANVAN_TOOLS/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -p "$PLAYGROUND_PORT" -c msteams --service-url "$PLAYGROUND_URL/_connector" --disable-telemetry
PLAYGROUND_PID=$SPAWNED_PID
if ! wait_port "$PLAYGROUND_PORT" 60 "$PLAYGROUND_PID" "The Agents Playground"; then
  tail -n 20 "$LOGS/playground-console.log" "$LOGS/playground.log" >&2 2>/dev/null || true
  die "The Agents Playground did not start (logs above)."
fi

cat >&2 <<EOF

  DanVan is running.

    Open   $PLAYGROUND_URL   in your browser (Microsoft 365 Agents Playground, a Teams-like chat).
    You are $YOU in the sample roster. A welcome card appears.
    Type:  $TRY

    Bot $BOT_URL   Azurite 127.0.0.1:$TABLE_PORT   Logs .data/logs/
    Press Ctrl-C to stop everything.

EOF

# Run until Ctrl-C, or until one of the three stops by itself (then stop the others too).
status=0
wait -n || status=$?
for entry in "$AZURITE_PID:Azurite:azurite.log" "$BOT_PID:The bot:bot.log" "$PLAYGROUND_PID:The Agents Playground:playground.log"; do
  IFS=: read -r pid what log <<<"$entry"
  kill -0 "$pid" 2>/dev/null || say "$what stopped unexpectedly (exit status $status); see .data/logs/$log."
done
exit 1
