#!/usr/bin/env bash
# Stops the FerretDB test server started by start.sh and removes its temp dir.
# Env: FERRETDB_PIDFILE (default /tmp/cse-ferretdb.pid). Safe to run when nothing runs.
set -euo pipefail

pidfile="${FERRETDB_PIDFILE:-/tmp/cse-ferretdb.pid}"

if [[ ! -e "$pidfile" ]]; then
  echo "stop.sh: no pid file $pidfile; nothing to stop" >&2
  exit 0
fi

pid="$(cat "$pidfile" 2>/dev/null || true)"
dir="$(cat "$pidfile.dir" 2>/dev/null || true)"

# Only signal the process if it is still our server (the pid may have been reused).
if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
  [[ -n "$dir" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-dir $dir/data"; then
  kill -TERM "$pid" 2>/dev/null || true
  # FerretDB gives open connections a few seconds to close.
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "stop.sh: pid $pid did not exit after SIGTERM; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  echo "stop.sh: stopped FerretDB (pid $pid)" >&2
else
  echo "stop.sh: FerretDB (pid ${pid:-?}) is not running" >&2
fi

# Remove only a directory that start.sh made.
if [[ -n "$dir" && -d "$dir" && "$(basename "$dir")" == cse-ferretdb.* ]]; then
  rm -rf "$dir"
fi
rm -f "$pidfile" "$pidfile.dir"
