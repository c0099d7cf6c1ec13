//go:build baremetal

package runtime

// writeFD writes to standard output or error for package os: a microcontroller has one
// console (the UART or the debugger's), so both go there.
func writeFD(fd int, p *byte, n uintptr) int {
	write(p, n)
	return int(n)
}

// osArgs returns the command-line arguments: a program on a microcontroller has
// none but its name, which is always "main" (the program's package), so that
// os.Args[0] and os.Args[1:] work as on other systems (package flag's initialiser
// reads os.Args[0]).
func osArgs() []string {
	return programArgs
}

// programArgs is a table, not a literal in osArgs: a program that never reads
// os.Args then keeps neither (and it stays in flash on the chips).
var programArgs = []string{"main"}

// osEnviron returns the environment: empty on a microcontroller.
func osEnviron() []string {
	return nil
}
