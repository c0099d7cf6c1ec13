// Processes and signals: the API of Go's os, for programs that name it. Starting or
// signalling other processes is not supported on any target; Pipe works on the host.

package os

import "time"

// A Signal is an operating-system signal.
type Signal interface {
	String() string
	Signal()
}

// signal is a Signal by its name (os has only the two that every system has).
type signal string

func (s signal) Signal() {}

func (s signal) String() string { return string(s) }

// The signals every system has.
var (
	Interrupt Signal = signal("interrupt")
	Kill      Signal = signal("killed")
)

// ProcAttr holds the attributes of a process to start.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
}

// A Process is a process started by StartProcess or found by FindProcess.
type Process struct {
	Pid int
}

// ProcessState is the state of a process that Wait reported.
type ProcessState struct {
	pid    int
	status int
}

// FindProcess returns a Process for pid; on Unix it always succeeds.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// StartProcess starts a program; not supported here.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	return nil, &PathError{Op: "fork/exec", Path: name, Err: eNOSYS}
}

// Kill makes the process exit at once; not supported here.
func (p *Process) Kill() error {
	return p.Signal(Kill)
}

// Release frees the process's resources.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Signal sends sig to the process; not supported here.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return ErrProcessDone
	}
	return NewSyscallError("kill", eNOSYS)
}

// Wait waits for the process to exit; not supported here.
func (p *Process) Wait() (*ProcessState, error) {
	return nil, NewSyscallError("wait", eNOSYS)
}

// ExitCode returns the exit code of the exited process.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status
}

// Exited reports whether the program exited.
func (p *ProcessState) Exited() bool { return true }

// Pid returns the process id.
func (p *ProcessState) Pid() int { return p.pid }

// Success reports whether the program exited with code 0.
func (p *ProcessState) Success() bool { return p.status == 0 }

// Sys returns system-dependent exit information: none here.
func (p *ProcessState) Sys() any { return nil }

// SysUsage returns system-dependent resource usage: none here.
func (p *ProcessState) SysUsage() any { return nil }

// SystemTime returns the system CPU time of the process: not known here.
func (p *ProcessState) SystemTime() time.Duration { return 0 }

// UserTime returns the user CPU time of the process: not known here.
func (p *ProcessState) UserTime() time.Duration { return 0 }

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	return "exit status " + itoa(p.status)
}

// Pipe returns a connected pair of Files: reads from r return what is written to w.
func Pipe() (r *File, w *File, err error) {
	fds, err := sysPipe()
	if err != nil {
		return nil, nil, NewSyscallError("pipe2", err)
	}
	return NewFile(uintptr(fds[0]), "|0"), NewFile(uintptr(fds[1]), "|1"), nil
}
