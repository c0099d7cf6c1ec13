// Package x86 gives the runtime access to the x86-64 instructions it cannot
// express in Go. The compiler expands these body-less functions inline.
package x86

// Asm inserts the given assembly (AT&T syntax) at the call site.
func Asm(asm string)

// Syscall6 performs a Linux system call with the x86-64 convention (number in rax,
// arguments in rdi, rsi, rdx, r10, r8, r9) and returns rax.
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) uintptr
