//go:build !panic.trap

package runtime

// panicTrap does nothing with -panic=print (panic_trap.go is the other strategy).
func panicTrap() {}
