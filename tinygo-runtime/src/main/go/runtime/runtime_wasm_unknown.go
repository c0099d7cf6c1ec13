//go:build wasm_unknown

package runtime

import _ "unsafe"

// wasm-unknown: a module that imports nothing. The host enters it only through the
// functions the program exports (//export or //go:wasmexport); the compiler makes the
// first statement of each a call of exportEntry, so the package initialisers and main
// run once, before the body of whichever export the host calls first. There is nowhere
// to print: output is dropped, and exit (a printed panic, os.Exit) traps.

var entered bool

// exportEntry runs the program's initialisers and main on the first call of an
// export; later calls return at once. An export that main itself calls finds entered
// set and does not start main again.
func exportEntry() {
	if entered {
		return
	}
	entered = true
	runMain()
}

// write drops print output: the module has no imports to send it anywhere.
func write(p *byte, n uintptr) {
}

// exit ends the program with a trap (wasm unreachable): without imports there is no
// way to report an exit code, and a trap is what the host sees of a failure.
func exit(code int) {
	wasmTrap()
}

//go:linkname wasmTrap llvm.trap
func wasmTrap()

// writeFD drops output written to os.Stdout and os.Stderr.
func writeFD(fd int, p *byte, n uintptr) int {
	return int(n)
}

// osArgs returns the command-line arguments: the host gives none, so only the
// program's name, "main", as on the chips (package flag reads os.Args[0]).
func osArgs() []string {
	return programArgs
}

// programArgs is a table, not a literal in osArgs: a module that never reads os.Args
// then keeps neither.
var programArgs = []string{"main"}

func osEnviron() []string {
	return nil
}

// The module has no clock: the monotonic clock counts the nanoseconds the program
// slept (so sleeps and timers keep their order) and the wall clock starts at the
// Unix epoch.
var sleptNanos int64

func nanotime() int64 {
	return sleptNanos
}

func walltime() (int64, int32) {
	return sleptNanos / 1000000000, int32(sleptNanos % 1000000000)
}

func sleepUntil(when int64) {
	if when > sleptNanos {
		sleptNanos = when
	}
}
