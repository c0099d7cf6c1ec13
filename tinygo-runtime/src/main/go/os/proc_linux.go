//go:build linux && !baremetal && !wasm

// Processes on the host: fork and execve, wait4 and kill, as Linux system calls. The
// program runs on one thread, so the child of a fork may run Go code until its execve;
// it only makes system calls, on values made before the fork.

package os

import (
	"errors"
	"unsafe"
)

const (
	nrWrite      = 1
	nrIoctl      = 16
	nrFork       = 57
	nrExecve     = 59
	nrWait4      = 61
	nrWaitid     = 247
	nrKill       = 62
	nrFcntl      = 72
	nrSetuid     = 105
	nrSetgid     = 106
	nrSetpgid    = 109
	nrSetsid     = 112
	nrSetgroups  = 116
	nrPrctl      = 157
	nrChroot     = 161
	nrExitGroup  = 231
	nrDup3       = 292
	wNOHANG      = 1
	wEXITED      = 4
	wNOWAIT      = 0x1000000
	pPID         = 1
	fSETFD       = 2
	prSetPdeath  = 1
	execFailCode = 253
)

// StartProcess starts the program name with the arguments argv (argv[0] included) and
// attr's directory, environment (the current one when attr.Env is nil) and files (the
// child's descriptor i is attr.Files[i]; a nil entry and a missing 0, 1 or 2 are
// closed).
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	// Without SysProcAttr (no chroot), a missing directory gets the clearer error.
	if !hasSys(attr) && attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	ca := childAttrOf(attr)
	if ca.unsupported {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: eNOTSUP}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	// Everything the child needs exists before the fork, reachable through pointers
	// (so that the collector keeps it).
	path := cbytes(name)
	args := cstrings(argv)
	envs := cstrings(env)
	var dir *byte
	if attr.Dir != "" {
		dir = cbytes(attr.Dir)
	}
	fds := make([]int, len(attr.Files))
	for i, f := range attr.Files {
		fds[i] = -1
		if f != nil {
			fds[i] = f.fd
		}
	}
	// The child writes its errno to this pipe when it fails; a successful execve
	// closes the pipe (O_CLOEXEC), so the parent reads end of file.
	pipe, err := sysPipe()
	if err != nil {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: err}
	}
	pid, err := syscall6(nrFork, 0, 0, 0, 0, 0, 0)
	if err != nil {
		sysClose(pipe[0])
		sysClose(pipe[1])
		return nil, &PathError{Op: "fork/exec", Path: name, Err: err}
	}
	if pid == 0 {
		execChild(pipe[1], path, args, envs, dir, fds, &ca)
	}
	sysClose(pipe[1])
	var code [4]byte
	n := 0
	for n < len(code) {
		r, err := syscall6(nrRead64, uintptr(pipe[0]), uintptr(unsafe.Pointer(&code[n])), uintptr(len(code)-n), 0, 0, 0)
		if err == eINTR {
			continue
		}
		if err != nil || r == 0 {
			break
		}
		n += int(r)
	}
	sysClose(pipe[0])
	if n == len(code) {
		var status uint32
		for {
			if _, err := syscall6(nrWait4, pid, uintptr(unsafe.Pointer(&status)), 0, 0, 0, 0); err != eINTR {
				break
			}
		}
		e := errno(uint32(code[0]) | uint32(code[1])<<8 | uint32(code[2])<<16 | uint32(code[3])<<24)
		return nil, &PathError{Op: "fork/exec", Path: name, Err: e}
	}
	return &Process{Pid: int(pid)}, nil
}

// cbytes returns a NUL-terminated copy of s.
func cbytes(s string) *byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return &b[0]
}

// cstrings returns the NUL-terminated copies of ss in a nil-terminated array.
func cstrings(ss []string) []*byte {
	out := make([]*byte, len(ss)+1)
	for i, s := range ss {
		out[i] = cbytes(s)
	}
	return out
}

// execChild runs in the child of the fork: it sets the process up and executes the
// program, or reports the errno of the step that failed to the parent and exits.
func execChild(errFD int, path *byte, args, envs []*byte, dir *byte, fds []int, ca *childAttr) {
	if ca.setsid {
		childCall(errFD, nrSetsid, 0, 0, 0)
	}
	if ca.setpgid {
		childCall(errFD, nrSetpgid, 0, uintptr(ca.pgid), 0)
	}
	if ca.chroot != nil {
		childCall(errFD, nrChroot, uintptr(unsafe.Pointer(ca.chroot)), 0, 0)
	}
	if ca.credential {
		if ca.setGroups {
			var list uintptr
			if len(ca.groups) > 0 {
				list = uintptr(unsafe.Pointer(&ca.groups[0]))
			}
			childCall(errFD, nrSetgroups, uintptr(len(ca.groups)), list, 0)
		}
		childCall(errFD, nrSetgid, uintptr(ca.gid), 0, 0)
		childCall(errFD, nrSetuid, uintptr(ca.uid), 0, 0)
	}
	if ca.pdeathsig != 0 {
		childCall(errFD, nrPrctl, prSetPdeath, uintptr(ca.pdeathsig), 0)
	}
	if dir != nil {
		childCall(errFD, nrChdir, uintptr(unsafe.Pointer(dir)), 0, 0)
	}
	// Descriptors are moved above every slot and every descriptor in use before the
	// slots are filled, where filling a lower slot would overwrite them.
	next := len(fds)
	for _, fd := range fds {
		if fd >= next {
			next = fd + 1
		}
	}
	if errFD >= next {
		next = errFD + 1
	}
	if errFD < len(fds) {
		childCall(errFD, nrDup3, uintptr(errFD), uintptr(next), oCLOEXEC)
		errFD = next
		next++
	}
	for i, fd := range fds {
		if fd >= 0 && fd < i {
			childCall(errFD, nrDup3, uintptr(fd), uintptr(next), oCLOEXEC)
			fds[i] = next
			next++
		}
	}
	for i, fd := range fds {
		switch {
		case fd == -1:
			syscall6(nrClose, uintptr(i), 0, 0, 0, 0, 0)
		case fd == i:
			childCall(errFD, nrFcntl, uintptr(i), fSETFD, 0) // keep it across execve
		default:
			childCall(errFD, nrDup3, uintptr(fd), uintptr(i), 0)
		}
	}
	for i := len(fds); i < 3; i++ {
		syscall6(nrClose, uintptr(i), 0, 0, 0, 0, 0)
	}
	_, err := syscall6(nrExecve, uintptr(unsafe.Pointer(path)), uintptr(unsafe.Pointer(&args[0])),
		uintptr(unsafe.Pointer(&envs[0])), 0, 0, 0)
	childFail(errFD, err)
}

// childCall makes a system call in the child and fails the child when it fails.
func childCall(errFD int, trap, a1, a2, a3 uintptr) {
	if _, err := syscall6(trap, a1, a2, a3, 0, 0, 0); err != nil {
		childFail(errFD, err)
	}
}

// childFail writes the errno of err to the parent and ends the child.
func childFail(errFD int, err error) {
	e, _ := err.(errno)
	code := [4]byte{byte(e), byte(e >> 8), byte(e >> 16), byte(e >> 24)}
	syscall6(nrWrite, uintptr(errFD), uintptr(unsafe.Pointer(&code[0])), 4, 0, 0, 0)
	for {
		syscall6(nrExitGroup, execFailCode, 0, 0, 0, 0, 0)
	}
}

// Wait waits for the process to exit and returns its state. Other goroutines run
// while it waits: it polls with waitid's WNOHANG (WNOWAIT: the child stays to be
// reaped) and naps in between (from 20 µs, doubling up to 10 ms), since a blocking
// wait would stop the whole program; then wait4 reaps the child.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, eINVAL
	}
	pause := firstPause
	for {
		var info [128]byte // siginfo_t: si_pid, at 16, stays 0 while the child runs
		_, err := syscall6(nrWaitid, pPID, uintptr(p.Pid), uintptr(unsafe.Pointer(&info[0])),
			wEXITED|wNOWAIT|wNOHANG, 0, 0)
		if err == eINTR {
			continue
		}
		if err != nil {
			return nil, NewSyscallError("waitid", err)
		}
		if *(*int32)(unsafe.Pointer(&info[16])) != 0 {
			break
		}
		nap(&pause)
	}
	var status uint32
	ru := new(rusage)
	for {
		_, err := syscall6(nrWait4, uintptr(p.Pid), uintptr(unsafe.Pointer(&status)), 0,
			uintptr(unsafe.Pointer(ru)), 0, 0)
		if err == eINTR {
			continue
		}
		if err != nil {
			return nil, NewSyscallError("wait", err)
		}
		break
	}
	p.done = true
	return &ProcessState{pid: p.Pid, status: status, rusage: ru}, nil
}

// Signal sends sig to the process.
func (p *Process) Signal(sig Signal) error {
	if err := p.signalable(); err != nil {
		return err
	}
	n, ok := signalNumber(sig)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if _, err := syscall6(nrKill, uintptr(p.Pid), uintptr(n), 0, 0, 0, 0); err != nil {
		if err == eSRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", err)
	}
	return nil
}
