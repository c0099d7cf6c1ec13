#!/bin/sh
# Regenerates each case's expected.txt from the reference toolchain (go 1.19):
# every error gc reports (-gcflags=-e), paths relative to the case directory.
set -e
cd "$(dirname "$0")"
for d in */; do
  d=${d%/}
  tmp=$(mktemp -d)
  cp "$d"/*.go "$tmp"/; cp "$d"/*.s "$tmp"/ 2>/dev/null || true
  printf 'module x\ngo 1.19\n' > "$tmp/go.mod"
  (cd "$tmp" && /usr/lib/go-1.19/bin/go build -gcflags=-e -o /dev/null . 2>&1 || true) \
    | grep -E '^(\./)?[A-Za-z0-9_]+\.go:|^	' | sed -e 's|^\./||' -e 's|\t\./|\t|' -e 's| \./| |g' > "$d/expected.txt"
  rm -rf "$tmp"
done
