# shellcheck shell=bash
# Shared helpers for ./run.sh and ./test.sh. Source it: it defines functions and variables (and exports the
# NO_PROXY and .NET CLI settings below); it starts nothing.
#
# Everything here listens on 127.0.0.1 only: DanVan's local stack must never be reachable from the network.

DANVAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DANVAN_TOOLS="$DANVAN_ROOT/tools"
DANVAN_BIN="$DANVAN_TOOLS/node_modules/.bin"

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

# ensure_soffice: LibreOffice in headless mode, for the test that prints the official reports (.docx) to PDF and
# counts their pages. Debian's Writer without its GUI parts, installed quietly with apt only when soffice is missing
# (as root, as in CI); otherwise say what to install.
ensure_soffice() {
  command -v soffice >/dev/null 2>&1 && return 0
  ((EUID == 0)) || die "The .docx tests need LibreOffice: apt-get install -y libreoffice-writer-nogui (as root), then run this again."
  say "Installing libreoffice-writer-nogui for the .docx tests (apt-get)..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui; } \
    >"${LOGS:-/tmp}/apt-soffice.log" 2>&1 \
    || { tail -n 20 "${LOGS:-/tmp}/apt-soffice.log" >&2; die "apt-get could not install libreoffice-writer-nogui (see above)."; }
}

# start_stack READY_FILE [OPTION...]: start the local stack's launcher, tools/stack.mjs (Azurite, the bot, the
# Agents Playground: which, and how, by its options; `node tools/stack.mjs --help`), in the background, in a
# process group of its own so that a Ctrl-C in the terminal reaches only this script, which stops it with
# stop_stack. Its progress messages come to this terminal; each process it starts logs to a file. Waits until
# the stack answers, then sources the KEY='value' facts it wrote to READY_FILE: DANVAN_STORAGE (the Azurite
# connection string), DANVAN_TABLE_PORT, DANVAN_AZURITE_PID, DANVAN_AZURITE_VERSION, DANVAN_BOT_URL,
# DANVAN_PLAYGROUND_URL (those it started). Sets STACK_PID; it is not a $(...) subshell's child, so stop_stack
# can `wait` for it. Returns non-zero if the stack did not start (the launcher has said why).
STACK_PID=
start_stack() {
  local ready=$1
  shift
  rm -f "$ready"
  set -m
  node "$DANVAN_TOOLS/stack.mjs" --ready "$ready" "$@" </dev/null >/dev/null &
  STACK_PID=$!
  set +m
  until [[ -f "$ready" ]]; do
    if ! kill -0 "$STACK_PID" 2>/dev/null; then
      wait "$STACK_PID" 2>/dev/null || true
      STACK_PID=
      return 1
    fi
    sleep 0.2
  done
  # shellcheck disable=SC1090 # (written by tools/stack.mjs)
  source "$ready"
}

# stop_stack: stop what start_stack started. SIGINT to the launcher, which stops its processes in reverse order
# and Azurite last on SIGINT (the only signal on which Azurite writes its data to disk), each within a time
# limit; SIGKILL only if the launcher itself hangs. Safe to call twice, or when nothing started.
stop_stack() {
  local pid=$STACK_PID
  STACK_PID=
  [[ -n "$pid" ]] || return 0
  stop_process "$pid" INT 75 "The local stack"
}

# stop_process PID SIGNAL SECONDS NAME: send SIGNAL, wait up to SECONDS for the process to exit, then SIGKILL.
# If PID leads its own process group (as start_stack's launcher does), the whole group is signalled and waited for.
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
