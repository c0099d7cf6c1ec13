//go:build !linux || baremetal || wasm

// Processes on the targets that have none to start: WASI, the browser, the boards.

package os

// StartProcess starts a program; no target but the host can.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	return nil, &PathError{Op: "fork/exec", Path: name, Err: eNOSYS}
}

// Signal sends sig to the process; no target but the host can.
func (p *Process) Signal(sig Signal) error {
	if err := p.signalable(); err != nil {
		return err
	}
	return NewSyscallError("kill", eNOSYS)
}

// Wait waits for the process to exit; no target but the host can.
func (p *Process) Wait() (*ProcessState, error) {
	return nil, NewSyscallError("wait", eNOSYS)
}
