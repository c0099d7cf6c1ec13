// ldflags: -X main.version=1.2.3 -X 'main.commit=abc def' -X main.preset=changed -X main.dynamic=set -X main.missing=x -X example.com/none.Name=ignored

// Package-level string variables set by the linker's -X flag: one without an
// initialiser, ones with constant initialisers (replaced), one whose initialiser runs
// code (which runs after the linker's value is in place, so it wins), and one that no
// -X names. Settings for variables or packages that do not exist are ignored.
package main

var version string
var commit = "none"
var preset = "initial" + "!"
var dynamic = twice("x")
var untouched = "same"

//go:noinline
func twice(s string) string {
	return s + s
}

func main() {
	println(version, len(version))
	println(commit)
	println(preset, dynamic, untouched)
	v := version
	println(v == "1.2.3")
}
