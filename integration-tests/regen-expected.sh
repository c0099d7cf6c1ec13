#!/usr/bin/env bash
# Regenerates the expected outputs of integration-tests/testdata with the reference Go
# toolchain (Debian's golang-1.19-go). For each program NAME.go (or package directory
# NAME/): NAME.out holds stdout and stderr as one stream (builtin println writes to
# stderr) and NAME.exit the exit code when it is not 0. A program that panics (or stops
# with a fatal error) keeps its output only up to and including the "panic: msg" (or
# "fatal error: msg") line, since the goroutine trace that follows is gc's own. The program is built with `go build` and then run (rather than
# `go run`, which adds an "exit status N" line of its own). A "// ldflags: ..." line in a
# program is passed to go build as -ldflags, as the tests pass it to tinygo4j. A
# "// goarch: arm" line builds the program for GOARCH=arm GOARM=5 and runs it with
# qemu-arm (Debian's qemu-user): for math's functions that gc computes with assembly on
# amd64 (Exp, Log), where the expected results are those of Go's portable sources, which
# every target here compiles. (GOARM=5: soft float, no FMA instruction; 386 builds, used
# before, need a kernel that runs i386 binaries, which our CI machines need not have, and
# qemu-i386 cannot run gc's 386 runtime.)
# Usage: integration-tests/regen-expected.sh [--check]   (--check: compare, change nothing)
set -euo pipefail
GO=${GO:-/usr/lib/go-1.19/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
data="$here/testdata"
check=0
[ "${1:-}" = "--check" ] && check=1
if [ ! -x "$GO" ]; then
  echo "regen-expected: $GO not found (install the Debian package golang-1.19-go)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOCACHE="$work/cache" GOPATH="$work/gopath" GO111MODULE=off GOFLAGS=
stale=0
for src in "$data"/*.go "$data"/*/; do
  [ -e "$src" ] || continue
  name=$(basename "$src" .go)
  if [ -d "$src" ]; then
    (cd "$src" && "$GO" build -o "$work/$name" .)   # the package, so build constraints apply
  else
    ldflags=$(sed -n 's|^// ldflags: ||p' "$src" | head -n 1)
    goarch=$(sed -n 's|^// goarch: ||p' "$src" | head -n 1)
    (cd "$data" && GOARCH=${goarch:-amd64} GOARM=5 "$GO" build -ldflags="$ldflags" -o "$work/$name" "$name.go")
  fi
  runner=()
  [ "${goarch:-}" = arm ] && runner=("${QEMU_ARM:-/usr/bin/qemu-arm}")
  set +e
  "${runner[@]}" "$work/$name" > "$work/$name.raw" 2>&1
  code=$?
  set -e
  if grep -Eq '^(panic|fatal error): ' "$work/$name.raw"; then
    sed -E '/^(panic|fatal error): /q' "$work/$name.raw" > "$work/$name.out"
  else
    cp "$work/$name.raw" "$work/$name.out"
  fi
  if [ $check = 1 ]; then
    if ! cmp -s "$work/$name.out" "$data/$name.out"; then
      echo "stale: $name.out"; stale=1
    fi
    want=0; [ -f "$data/$name.exit" ] && want=$(cat "$data/$name.exit")
    if [ "$want" != "$code" ]; then echo "stale: $name.exit (go: $code, file: $want)"; stale=1; fi
  else
    cp "$work/$name.out" "$data/$name.out"
    if [ "$code" != 0 ]; then echo "$code" > "$data/$name.exit"; else rm -f "$data/$name.exit"; fi
    echo "$name: exit $code, $(wc -l < "$data/$name.out") lines"
  fi
done
if [ $check = 1 ]; then
  if [ $stale = 1 ]; then echo "expected outputs are stale: run integration-tests/regen-expected.sh" >&2; exit 1; fi
  echo "expected outputs are current"
fi
