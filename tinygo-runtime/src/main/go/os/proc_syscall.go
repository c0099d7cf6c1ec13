//go:build linux && !baremetal && !wasm && tinygo4j.goroot

// The declarations of processes that name package syscall's types, on the host when
// Go's sources (and so package syscall) are at hand: os/exec compiles against them.

package os

import (
	"syscall"
	"unsafe"
)

// The signals every system has.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// ProcAttr holds the attributes of a process to start.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	// Of Sys, StartProcess carries out Chroot, Credential, Setsid, Setpgid with Pgid,
	// and Pdeathsig; with any other field set it fails with ENOTSUP.
	Sys *syscall.SysProcAttr
}

func hasSys(attr *ProcAttr) bool { return attr.Sys != nil }

func childAttrOf(attr *ProcAttr) childAttr {
	var ca childAttr
	s := attr.Sys
	if s == nil {
		return ca
	}
	ca.setsid = s.Setsid
	ca.setpgid = s.Setpgid
	ca.pgid = s.Pgid
	if s.Chroot != "" {
		ca.chroot = cbytes(s.Chroot)
	}
	if c := s.Credential; c != nil {
		ca.credential = true
		ca.uid, ca.gid = c.Uid, c.Gid
		ca.groups = c.Groups
		ca.setGroups = !c.NoSetGroups
	}
	ca.pdeathsig = int(s.Pdeathsig)
	ca.unsupported = s.Ptrace || s.Setctty || s.Noctty || s.Foreground || s.Cloneflags != 0 ||
		s.Unshareflags != 0 || len(s.UidMappings) > 0 || len(s.GidMappings) > 0 ||
		len(s.AmbientCaps) > 0
	return ca
}

func signalNumber(sig Signal) (int, bool) {
	s, ok := sig.(syscall.Signal)
	return int(s), ok
}

func signalName(n int) string { return syscall.Signal(n).String() }

// Sys returns the process's syscall.WaitStatus.
func (p *ProcessState) Sys() any { return syscall.WaitStatus(p.status) }

// SysUsage returns the process's *syscall.Rusage.
func (p *ProcessState) SysUsage() any { return (*syscall.Rusage)(unsafe.Pointer(p.rusage)) }

// SyscallConn returns a raw connection to the file's descriptor.
func (f *File) SyscallConn() (syscall.RawConn, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	return rawConn{f}, nil
}

// rawConn is a File's syscall.RawConn. Files here are blocking, so Read and Write
// call their function until it reports that it is done.
type rawConn struct{ f *File }

func (c rawConn) check() error {
	if c.f.closed {
		return ErrClosed
	}
	return nil
}

func (c rawConn) Control(fn func(fd uintptr)) error {
	if err := c.check(); err != nil {
		return err
	}
	fn(uintptr(c.f.fd))
	return nil
}

func (c rawConn) Read(fn func(fd uintptr) (done bool)) error {
	if err := c.check(); err != nil {
		return err
	}
	for !fn(uintptr(c.f.fd)) {
	}
	return nil
}

func (c rawConn) Write(fn func(fd uintptr) (done bool)) error {
	return c.Read(fn)
}
