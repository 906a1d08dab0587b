#!/usr/bin/env bash
# Builds (via build.sh) and starts the FerretDB test server in the background on
# a loopback port with a fresh temporary data directory, then prints the
# MongoDB URI to use as its only stdout line:
#
#   MONGODB_URI="$(tools/ferretdb/start.sh)"   # ... tests ...   tools/ferretdb/stop.sh
#
# Env:
#   FERRETDB_PORT           port to try first (default 27018); if it is taken, a free one is used
#   FERRETDB_PIDFILE        pid file (default /tmp/cse-ferretdb.pid); "$FERRETDB_PIDFILE.dir" holds the temp dir
#   FERRETDB_DB             database name in the URI (default cse_test)
#   FERRETDB_START_TIMEOUT  seconds to wait for the server to be ready (default 60)
#   FERRETDB_LOG_LEVEL      FerretDB log level (default warn)
#   FERRETDB_CACHE          binary cache directory (see build.sh)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pidfile="${FERRETDB_PIDFILE:-/tmp/cse-ferretdb.pid}"
port="${FERRETDB_PORT:-27018}"
db="${FERRETDB_DB:-cse_test}"
timeout="${FERRETDB_START_TIMEOUT:-60}"
loglevel="${FERRETDB_LOG_LEVEL:-warn}"

die() { echo "start.sh: $*" >&2; exit 1; }

[[ "$port" =~ ^[0-9]+$ ]] || die "FERRETDB_PORT must be a number, got '$port'"
[[ "$timeout" =~ ^[0-9]+$ ]] || die "FERRETDB_START_TIMEOUT must be a number of seconds, got '$timeout'"

if [[ -s "$pidfile" ]]; then
  old="$(cat "$pidfile")"
  if [[ "$old" =~ ^[0-9]+$ ]] && kill -0 "$old" 2>/dev/null; then
    die "a FerretDB test server is already running (pid $old, pid file $pidfile); run tools/ferretdb/stop.sh first"
  fi
  # Stale pid file from a server that is gone: clean up after it.
  FERRETDB_PIDFILE="$pidfile" bash "$here/stop.sh" >&2 || true
fi

# Build output goes to stderr; only the binary path (last line) is kept.
bin="$(bash "$here/build.sh" | tail -n 1)"
[[ -x "$bin" ]] || die "build.sh did not produce an executable (got '$bin')"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/cse-ferretdb.XXXXXX")"

# start PORT: launches the server; sets $pid. Its stdout/stderr go to files so
# that the caller's $(start.sh) does not wait on the background server.
start() {
  : >"$tmp/server.out"
  : >"$tmp/server.err"
  "$bin" -listen "127.0.0.1:$1" -dir "$tmp/data" -log-level "$loglevel" \
    >"$tmp/server.out" 2>"$tmp/server.err" </dev/null &
  pid=$!
}

# wait_ready: 0 when the ready line is there, 1 if the server exited, 2 on timeout.
wait_ready() {
  local deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    if grep -q '^ready mongodb://' "$tmp/server.out"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null || true
      return 1
    fi
    sleep 0.2
  done
  return 2
}

fail() {
  echo "start.sh: $1" >&2
  echo "--- server stderr (last 30 lines) ---" >&2
  tail -n 30 "$tmp/server.err" >&2 || true
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    sleep 1
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit 1
}

start "$port"
rc=0; wait_ready || rc=$?
if ((rc == 1)) && ((port != 0)) && grep -qi 'address already in use' "$tmp/server.err"; then
  echo "start.sh: port $port is taken; using a free port instead" >&2
  start 0
  rc=0; wait_ready || rc=$?
fi
((rc != 1)) || fail "the server exited before it was ready"
((rc != 2)) || fail "the server was not ready within ${timeout}s"

echo "$pid" >"$pidfile"
echo "$tmp" >"$pidfile.dir"

ready="$(grep -m 1 '^ready mongodb://' "$tmp/server.out")"
hostport="${ready#ready mongodb://}"
hostport="${hostport%%/*}"
echo "start.sh: FerretDB ready on $hostport (pid $pid, data $tmp/data, log $tmp/server.err)" >&2
echo "mongodb://$hostport/$db?directConnection=true&retryWrites=false"
