//go:build wasip1 || avr

// Package syscall for the targets where Go 1.19's own does not compile: wasip1, which
// Go 1.19 does not know (its files for unix then do not type-check), and the AVR,
// whose 16-bit pointers cannot hold Linux's constants. Every other target compiles
// Go's package from the GOROOT (the loader takes it when none of these files is
// chosen). This one holds what portable packages name: the signals, by Linux's
// numbers (os/signal's Notify and Ignore take them), and errno values; nothing here
// calls a system.
package syscall

import _ "unsafe" // for go:linkname

// A Signal is a signal number, as Linux numbers them.
type Signal int

// Signal makes Signal an os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	if s > 0 && int(s) < len(signalNames) {
		return signalNames[s]
	}
	return "signal " + itoa(int(s))
}

const (
	SIGHUP    Signal = 1
	SIGINT    Signal = 2
	SIGQUIT   Signal = 3
	SIGILL    Signal = 4
	SIGTRAP   Signal = 5
	SIGABRT   Signal = 6
	SIGBUS    Signal = 7
	SIGFPE    Signal = 8
	SIGKILL   Signal = 9
	SIGUSR1   Signal = 10
	SIGSEGV   Signal = 11
	SIGUSR2   Signal = 12
	SIGPIPE   Signal = 13
	SIGALRM   Signal = 14
	SIGTERM   Signal = 15
	SIGSTKFLT Signal = 16
	SIGCHLD   Signal = 17
	SIGCONT   Signal = 18
	SIGSTOP   Signal = 19
	SIGTSTP   Signal = 20
	SIGTTIN   Signal = 21
	SIGTTOU   Signal = 22
	SIGURG    Signal = 23
	SIGXCPU   Signal = 24
	SIGXFSZ   Signal = 25
	SIGVTALRM Signal = 26
	SIGPROF   Signal = 27
	SIGWINCH  Signal = 28
	SIGIO     Signal = 29
	SIGPWR    Signal = 30
	SIGSYS    Signal = 31
)

// signalNames are the texts Go prints for Linux's signals.
var signalNames = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
	16: "stack fault",
	17: "child exited",
	18: "continued",
	19: "stopped (signal)",
	20: "stopped",
	21: "stopped (tty input)",
	22: "stopped (tty output)",
	23: "urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "file size limit exceeded",
	26: "virtual timer expired",
	27: "profiling timer expired",
	28: "window changed",
	29: "I/O possible",
	30: "power failure",
	31: "bad system call",
}

// An Errno is an error number, as Linux numbers them.
type Errno uintptr

func (e Errno) Error() string {
	for _, m := range errnoTexts {
		if m.errno == e {
			return m.text
		}
	}
	return "errno " + itoa(int(e))
}

// Temporary reports whether trying again may succeed.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether the error means that time ran out.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == ETIMEDOUT
}

const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EINTR     Errno = 4
	EIO       Errno = 5
	EBADF     Errno = 9
	EAGAIN    Errno = 11
	ENOMEM    Errno = 12
	EACCES    Errno = 13
	EEXIST    Errno = 17
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	EINVAL    Errno = 22
	ENFILE    Errno = 23
	EMFILE    Errno = 24
	ENOSPC    Errno = 28
	EPIPE     Errno = 32
	ERANGE    Errno = 34
	ENOSYS    Errno = 38
	ENOTEMPTY Errno = 39
	ETIMEDOUT Errno = 110
	ENOTSUP   Errno = 95
)

// errnoTexts are the texts Go prints for these errno values.
var errnoTexts = [...]struct {
	errno Errno
	text  string
}{
	{EPERM, "operation not permitted"},
	{ENOENT, "no such file or directory"},
	{EINTR, "interrupted system call"},
	{EIO, "input/output error"},
	{EBADF, "bad file descriptor"},
	{EAGAIN, "resource temporarily unavailable"},
	{ENOMEM, "cannot allocate memory"},
	{EACCES, "permission denied"},
	{EEXIST, "file exists"},
	{ENOTDIR, "not a directory"},
	{EISDIR, "is a directory"},
	{EINVAL, "invalid argument"},
	{ENFILE, "too many open files in system"},
	{EMFILE, "too many open files"},
	{ENOSPC, "no space left on device"},
	{EPIPE, "broken pipe"},
	{ERANGE, "numerical result out of range"},
	{ENOSYS, "function not implemented"},
	{ENOTEMPTY, "directory not empty"},
	{ETIMEDOUT, "connection timed out"},
	{ENOTSUP, "operation not supported"},
}

// Kill sends no signal: these targets have no processes.
func Kill(pid int, sig Signal) error {
	return ENOSYS
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// SysProcAttr holds the system-specific attributes of a process to start (os.ProcAttr's
// Sys): none here, where no process starts, but os/exec names the type.
type SysProcAttr struct{}

//go:linkname runtimeEnviron runtime.osEnviron
func runtimeEnviron() []string

// Environ returns a copy of the environment the program started with, as "key=value"
// strings (os.Environ also shows os.Setenv's changes).
func Environ() []string {
	env := runtimeEnviron()
	out := make([]string, len(env))
	copy(out, env)
	return out
}
