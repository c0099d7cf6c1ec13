//go:build baremetal

package runtime

// writeFD writes to standard output or error for package os: a microcontroller has one
// console (the UART or the debugger's), so both go there.
func writeFD(fd int, p *byte, n uintptr) int {
	write(p, n)
	return int(n)
}

// osArgs returns the command-line arguments: a program on a microcontroller has none.
func osArgs() []string {
	return nil
}

// osEnviron returns the environment: empty on a microcontroller.
func osEnviron() []string {
	return nil
}
