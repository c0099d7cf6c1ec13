//go:build wasip1 && tinygo4j.goroot

package os

import "syscall"

// ProcAttr holds the attributes of a process to start. On WASI, which starts no
// process, Sys is there for os/exec (compiled from the GOROOT), which names it.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	Sys   *syscall.SysProcAttr
}
