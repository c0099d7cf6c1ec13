// Processes and signals: the API of Go's os. On the host StartProcess forks and
// executes a program, and Wait, Signal and Kill act on it (proc_linux.go); on the
// other targets they fail with ENOSYS (proc_none.go). The declarations that name
// package syscall's types (ProcAttr.Sys, ProcessState.Sys, the signals) come from
// proc_syscall.go on the host when Go's sources are at hand, and from
// proc_nosyscall.go otherwise.

package os

import (
	"errors"
	"time"
)

// A Signal is an operating-system signal.
type Signal interface {
	String() string
	Signal()
}

// A Process is a process started by StartProcess or found by FindProcess.
type Process struct {
	Pid  int
	done bool // Wait has reaped it
}

// ProcessState is the state of a process that Wait reported.
type ProcessState struct {
	pid    int
	status uint32 // the wait status, in Linux's encoding
	rusage *rusage
}

// rusage is Linux's struct rusage on x86-64, laid out as syscall.Rusage is.
type rusage struct {
	utime, stime timeval
	counters     [14]int64
}

type timeval struct {
	sec, usec int64
}

func (t timeval) duration() time.Duration {
	return time.Duration(t.sec)*time.Second + time.Duration(t.usec)*time.Microsecond
}

// childAttr is what the child of a fork on the host does before its execve besides the files and the
// directory: the parts of syscall.SysProcAttr that StartProcess carries out.
type childAttr struct {
	setsid      bool
	setpgid     bool
	pgid        int
	chroot      *byte
	credential  bool
	uid, gid    uint32
	groups      []uint32
	setGroups   bool
	pdeathsig   int
	unsupported bool // a field that is not carried out is set
}

// FindProcess returns a Process for pid; on Unix it always succeeds.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Kill makes the process exit at once.
func (p *Process) Kill() error {
	return p.Signal(Kill)
}

// signalable says why no signal can be sent to p, or nil when one can.
func (p *Process) signalable() error {
	switch {
	case p.Pid == -1:
		return errors.New("os: process already released")
	case p.Pid == 0:
		return errors.New("os: process not initialized")
	case p.done:
		return ErrProcessDone
	}
	return nil
}

// Release frees the process's resources.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// The parts of a Linux wait status.
const (
	waitSignalMask = 0x7f
	waitStopped    = 0x7f
	waitCore       = 0x80
	waitContinued  = 0xffff
)

// Exited reports whether the program exited (rather than being killed by a signal).
func (p *ProcessState) Exited() bool { return p.status&waitSignalMask == 0 }

// ExitCode returns the exit code of the exited process, or -1 when it was killed by a
// signal (or p is nil).
func (p *ProcessState) ExitCode() int {
	if p == nil || !p.Exited() {
		return -1
	}
	return int(p.status>>8) & 0xff
}

// Pid returns the process id.
func (p *ProcessState) Pid() int { return p.pid }

// Success reports whether the program exited with code 0.
func (p *ProcessState) Success() bool { return p.ExitCode() == 0 }

// SystemTime returns the system CPU time of the process.
func (p *ProcessState) SystemTime() time.Duration { return p.rusage.stime.duration() }

// UserTime returns the user CPU time of the process.
func (p *ProcessState) UserTime() time.Duration { return p.rusage.utime.duration() }

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	st := p.status
	res := ""
	switch {
	case p.Exited():
		res = "exit status " + itoa(p.ExitCode())
	case st == waitContinued:
		res = "continued"
	case st&0xff == waitStopped:
		res = "stop signal: " + signalName(int(st>>8)&0xff)
		if cause := int(st>>16) & 0xff; st>>8&0xff == 5 && cause != 0 {
			res += " (trap " + itoa(cause) + ")"
		}
	default:
		res = "signal: " + signalName(int(st&waitSignalMask))
	}
	if st&waitSignalMask != 0 && st&waitSignalMask != waitStopped && st&waitCore != 0 {
		res += " (core dumped)"
	}
	return res
}

// Pipe returns a connected pair of Files: reads from r return what is written to w.
func Pipe() (r *File, w *File, err error) {
	fds, err := sysPipe()
	if err != nil {
		return nil, nil, NewSyscallError("pipe2", err)
	}
	r, w = NewFile(uintptr(fds[0]), "|0"), NewFile(uintptr(fds[1]), "|1")
	r.kind, w.kind = kindStream, kindStream
	streams = true
	return r, w, nil
}
