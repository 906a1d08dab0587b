#!/usr/bin/env bash
# Builds the embedded-FerretDB test server (main.go) into a cache directory
# outside the repo and prints the binary's path as the last line of stdout.
# The binary is named by a hash of go.mod, go.sum, main.go, the Go version and
# the build flags: an unchanged tree reuses the cached binary, a change rebuilds.
#
# Env: FERRETDB_CACHE  cache directory (default $HOME/.cache/cse-assistant/ferretdb)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${FERRETDB_CACHE:-${HOME:-/root}/.cache/cse-assistant/ferretdb}"

if ! command -v go >/dev/null 2>&1; then
  echo "build.sh: 'go' is not on PATH; install Go 1.24 or later to build the FerretDB test server" >&2
  exit 1
fi

# modernc.org/sqlite (FerretDB's SQLite driver) is pure Go: no C toolchain needed.
# ferretdb_no_postgresql drops the PostgreSQL backend we do not use.
tags="ferretdb_no_postgresql"
flags=(-trimpath -buildvcs=false -tags "$tags" -ldflags "-s -w")

key="$(
  {
    cat "$here/go.mod" "$here/go.sum" "$here/main.go"
    go version
    echo "CGO_ENABLED=0 ${flags[*]}"
  } | sha256sum | cut -c1-16
)"
bin="$cache/ferretdb-$key"

if [[ -x "$bin" ]]; then
  echo "build.sh: reusing cached $bin" >&2
  echo "$bin"
  exit 0
fi

mkdir -p "$cache"
tmp="$(mktemp "$cache/.build-XXXXXX")"
trap 'rm -f "$tmp"' EXIT

echo "build.sh: building FerretDB test server (a cold build takes about a minute on 2 cores)..." >&2
start=$SECONDS
(cd "$here" && CGO_ENABLED=0 go build "${flags[@]}" -o "$tmp" .)
chmod 0755 "$tmp"
mv -f "$tmp" "$bin"
trap - EXIT
echo "build.sh: built $bin in $((SECONDS - start))s" >&2
echo "$bin"
