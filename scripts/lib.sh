# shellcheck shell=bash
# Shared helpers for ./run.sh and ./test.sh. Source it: it defines functions and variables (and exports the
# NO_PROXY and .NET CLI settings below); it starts nothing.
#
# Everything here listens on 127.0.0.1 only: DanVan's local stack must never be reachable from the network.

DANVAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DANVAN_TOOLS="$DANVAN_ROOT/tools"
DANVAN_BIN="$DANVAN_TOOLS/node_modules/.bin"

# Azurite's well-known development account. It is public (documented by Microsoft), not a secret.
AZURITE_ACCOUNT=devstoreaccount1
AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

# Loopback traffic between our processes must never go through a corporate HTTP proxy (the playground and the
# bot both honour HTTP(S)_PROXY). No telemetry from the .NET CLI either.
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}" DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"

# Messages go to stderr, in bold (red for errors) when that is a terminal.
if [[ -t 2 ]]; then _bold=$'\033[1m' _red=$'\033[1;31m' _plain=$'\033[0m'; else _bold='' _red='' _plain=''; fi
say() { printf '%s[danvan]%s %s\n' "$_bold" "$_plain" "$*" >&2; }
die() { printf '%s[danvan] %s%s\n' "$_red" "$*" "$_plain" >&2; exit 1; }

# require_cmd CMD HINT: fail early with a sentence a newcomer can act on, rather than "command not found" later.
require_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed or not on PATH. $2"
}

require_node() {
  require_cmd node "Install Node.js 20 or newer (https://nodejs.org/, or: apt-get install nodejs npm)."
  require_cmd npm "Install npm (it comes with Node.js; on Debian: apt-get install npm)."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  ((major >= 20)) || die "Node.js $(node --version) is too old; Azurite and the Agents Playground need Node.js 20 or newer."
}

require_dotnet() {
  require_cmd dotnet "Install the .NET 10 SDK (https://dotnet.microsoft.com/download/dotnet/10.0)."
  dotnet --list-sdks 2>/dev/null | grep -q '^10\.' \
    || die "No .NET 10 SDK found (dotnet --list-sdks). Install it from https://dotnet.microsoft.com/download/dotnet/10.0."
}

# ensure_tools: install tools/node_modules exactly as pinned by tools/package-lock.json.
# npm ci only when needed (missing, or the lock file changed since the last install: npm writes
# node_modules/.package-lock.json on every install, so its age is the age of the install).
# --ignore-scripts: none of our tools needs an install script, and running fewer third-party scripts is safer.
ensure_tools() {
  require_node
  local marker="$DANVAN_TOOLS/node_modules/.package-lock.json"
  if [[ ! -f "$marker" || "$DANVAN_TOOLS/package-lock.json" -nt "$marker" ]]; then
    say "Installing local npm tools into tools/node_modules (npm ci)..."
    npm ci --prefix "$DANVAN_TOOLS" --ignore-scripts --no-audit --no-fund --loglevel=error \
      || die "npm ci in tools/ failed (see above). Check that the npm registry is reachable."
  fi
}

# ensure_browser: what the browser tests (tools/e2e) need from Debian: Chromium (never a browser download), and
# fonts that cover Vietnamese and the emoji DanVan's cards use, as a Teams client's do. Installed with apt only
# when missing, which needs root (as in CI); otherwise say what to install.
ensure_browser() {
  local missing=() package
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  for package in fonts-liberation2 fonts-noto-color-emoji; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  ((${#missing[@]} > 0)) || return 0
  ((EUID == 0)) || die "The browser tests need ${missing[*]}: apt-get install -y ${missing[*]} (as root), then run this again."
  say "Installing ${missing[*]} for the browser tests (apt-get)..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"${LOGS:-/tmp}/apt-browser.log" 2>&1 \
    || { tail -n 20 "${LOGS:-/tmp}/apt-browser.log" >&2; die "apt-get could not install ${missing[*]} (see above)."; }
}

# free_port: print a TCP port that is free on 127.0.0.1 right now (the OS picks it). Node is always present
# (ensure_tools needs it), unlike python3.
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# port_open PORT: true if something accepts TCP connections on 127.0.0.1:PORT. Uses bash's /dev/tcp, so no
# curl/nc needed.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_port PORT SECONDS [PID] [NAME]: wait until PORT answers. Gives up early if PID (the process that should
# open it) has died, so a crash is reported at once rather than after the whole timeout.
wait_port() {
  local port=$1 seconds=$2 pid=${3:-} name=${4:-"port $1"} deadline=$((SECONDS + $2))
  until port_open "$port"; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      say "$name exited before opening 127.0.0.1:$port."
      return 1
    fi
    if ((SECONDS >= deadline)); then
      say "$name did not open 127.0.0.1:$port within $seconds s."
      return 1
    fi
    sleep 0.2
  done
}

# http_status URL: print the HTTP status of GET URL, or 0 if nothing answers (node, so no curl needed).
http_status() {
  node -e '
    const req = require("http").get(process.argv[1], (res) => { console.log(res.statusCode); res.resume(); });
    req.setTimeout(5000, () => req.destroy());
    req.on("error", () => console.log(0));' "$1"
}

# spawn LOG CMD...: start CMD in the background with output to LOG (truncated) and stdin from /dev/null; sets
# SPAWNED_PID. Job control is on just for that line so the child gets its own process group: Ctrl-C in the
# terminal then reaches only our script, which stops the children itself, in order (Azurite last, on SIGINT, so
# nothing it is still receiving is lost), and stop_process can signal a child together with its own children.
SPAWNED_PID=
spawn() {
  local log=$1
  shift
  mkdir -p "$(dirname "$log")"
  set -m
  "$@" </dev/null >"$log" 2>&1 &
  SPAWNED_PID=$!
  set +m
}

# azurite_connection_string PORT: what Azure.Data.Tables needs to talk to Azurite's Table endpoint.
azurite_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=%s;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/%s;' \
    "$AZURITE_ACCOUNT" "$AZURITE_KEY" "$1" "$AZURITE_ACCOUNT"
}

# start_azurite PORT LOGFILE [LOCATION]: start Azurite's Table service in the background, in memory when LOCATION
# is empty (tests), else persisting under LOCATION (run.sh). Sets AZURITE_PID rather than printing it: the process
# must be a child of the calling shell (not of a $(...) subshell) so that stop_azurite can `wait` for it to finish
# flushing its data. Returns once the port answers.
# --skipApiVersionCheck: Azure.Data.Tables may send a newer x-ms-version than this Azurite release knows.
# --disableTelemetry: Azurite otherwise phones home.
AZURITE_PID=
start_azurite() {
  local port=$1 log=$2 location=${3:-}
  local args=(--tableHost 127.0.0.1 --tablePort "$port" --disableTelemetry --skipApiVersionCheck)
  if [[ -n "$location" ]]; then
    mkdir -p "$location"
    args+=(--location "$location")
  else
    args+=(--inMemoryPersistence)
  fi
  port_open "$port" && die "Port $port is already in use on 127.0.0.1; cannot start Azurite there."
  spawn "$log" "$DANVAN_BIN/azurite-table" "${args[@]}"
  AZURITE_PID=$SPAWNED_PID
  if ! wait_port "$port" 60 "$AZURITE_PID" "Azurite"; then
    tail -n 20 "$log" >&2 || true
    return 1
  fi
}

# stop_azurite [SECONDS]: stop the Azurite started by start_azurite. SIGINT is the only signal on which Azurite
# shuts down cleanly and writes its data to disk (SIGTERM loses recent writes), so send that and wait; SIGKILL
# only if it hangs. Safe to call twice, or when Azurite never started.
stop_azurite() {
  local pid=$AZURITE_PID seconds=${1:-15}
  AZURITE_PID=
  [[ -n "$pid" ]] || return 0
  stop_process "$pid" INT "$seconds" "Azurite"
}

# stop_process PID SIGNAL SECONDS NAME: send SIGNAL, wait up to SECONDS for the process to exit, then SIGKILL.
# If PID leads its own process group (as everything started by spawn does), the whole group is signalled and
# waited for: `dotnet run` starts the bot as a child of its own that must go too.
stop_process() {
  local pid=$1 sig=$2 seconds=$3 name=$4 target=$1 deadline
  kill -0 -- "-$pid" 2>/dev/null && target="-$pid"
  if kill -0 -- "$target" 2>/dev/null; then
    kill -"$sig" -- "$target" 2>/dev/null || true
    deadline=$((SECONDS + seconds))
    while kill -0 -- "$target" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
    if kill -0 -- "$target" 2>/dev/null; then
      say "$name did not stop within $seconds s after SIG$sig; killing it."
      kill -KILL -- "$target" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
}
