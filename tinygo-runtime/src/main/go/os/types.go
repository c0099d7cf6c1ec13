// The types, constants and errors of package os that io/fs defines or that every
// target shares: file modes, open flags, the sentinel errors and their predicates.

package os

import (
	"internal/oserror"
	"io/fs"
)

// A FileInfo describes a file (io/fs's type).
type FileInfo = fs.FileInfo

// A FileMode is a file's mode and permission bits (io/fs's type).
type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory (io/fs's type).
type DirEntry = fs.DirEntry

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// The mode bits, as io/fs defines them.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// Flags of OpenFile, with Linux's values on every target (the WASI layer translates
// them). Exactly one of O_RDONLY, O_WRONLY and O_RDWR must be given.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Whence values of Seek (deprecated in Go for io.SeekStart, io.SeekCurrent, io.SeekEnd).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// Path separators of the Unix-like systems every target resembles.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the name of the null device.
const DevNull = "/dev/null"

// The portable errors of file operations, io/fs's values.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed

	ErrNoDeadline       error = oserror.Error("file type does not support deadline")
	ErrDeadlineExceeded error = oserror.Error("i/o timeout")
	ErrProcessDone      error = oserror.Error("os: process already finished")
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return c == PathSeparator
}

// LinkError records an error of a link, symlink or rename and the paths involved.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *LinkError) Unwrap() error {
	return e.Err
}

// SyscallError records an error from a named system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string {
	return e.Syscall + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *SyscallError) Unwrap() error {
	return e.Err
}

// Timeout reports whether the error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError wraps err as a *SyscallError of the named call; nil stays nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// underlying returns the error a PathError, LinkError or SyscallError wraps.
func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// is reports whether err (unwrapped once from os's own error types, not through the
// whole Unwrap chain, as Go's predicates do) is target.
func is(err, target error) bool {
	err = underlying(err)
	if err == target {
		return true
	}
	if x, ok := err.(interface{ Is(error) bool }); ok {
		return x.Is(target)
	}
	return false
}

// IsExist reports whether err says that a file already exists.
func IsExist(err error) bool {
	return is(err, ErrExist)
}

// IsNotExist reports whether err says that a file does not exist.
func IsNotExist(err error) bool {
	return is(err, ErrNotExist)
}

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool {
	return is(err, ErrPermission)
}

// IsTimeout reports whether err says that an operation timed out.
func IsTimeout(err error) bool {
	t, ok := underlying(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// errno is a system error number, with Linux's numbering on every target (the WASI
// layer translates WASI's). It matches io/fs's errors with errors.Is.
type errno uintptr

const (
	ePERM        errno = 1
	eNOENT       errno = 2
	eSRCH        errno = 3
	eINTR        errno = 4
	eIO          errno = 5
	e2BIG        errno = 7
	eNOEXEC      errno = 8
	eBADF        errno = 9
	eCHILD       errno = 10
	eNOMEM       errno = 12
	eACCES       errno = 13
	eEXIST       errno = 17
	eXDEV        errno = 18
	eNOTDIR      errno = 20
	eISDIR       errno = 21
	eINVAL       errno = 22
	eMFILE       errno = 24
	eTXTBSY      errno = 26
	eNOSPC       errno = 28
	eSPIPE       errno = 29
	eROFS        errno = 30
	eNAMETOOLONG errno = 36
	eNOSYS       errno = 38
	eNOTEMPTY    errno = 39
	eLOOP        errno = 40
	eNOTSUP      errno = 95
)

func (e errno) Error() string {
	switch e {
	case ePERM:
		return "operation not permitted"
	case eNOENT:
		return "no such file or directory"
	case eSRCH:
		return "no such process"
	case eINTR:
		return "interrupted system call"
	case eIO:
		return "input/output error"
	case e2BIG:
		return "argument list too long"
	case eNOEXEC:
		return "exec format error"
	case eBADF:
		return "bad file descriptor"
	case eCHILD:
		return "no child processes"
	case eNOMEM:
		return "cannot allocate memory"
	case eTXTBSY:
		return "text file busy"
	case eACCES:
		return "permission denied"
	case eEXIST:
		return "file exists"
	case eXDEV:
		return "invalid cross-device link"
	case eNOTDIR:
		return "not a directory"
	case eISDIR:
		return "is a directory"
	case eINVAL:
		return "invalid argument"
	case eMFILE:
		return "too many open files"
	case eNOSPC:
		return "no space left on device"
	case eSPIPE:
		return "illegal seek"
	case eROFS:
		return "read-only file system"
	case eNAMETOOLONG:
		return "file name too long"
	case eNOSYS:
		return "function not implemented"
	case eNOTEMPTY:
		return "directory not empty"
	case eLOOP:
		return "too many levels of symbolic links"
	case eNOTSUP:
		return "operation not supported"
	}
	return "errno " + itoa(int(e))
}

// Is makes errors.Is(err, fs.ErrNotExist) and its siblings hold for the matching numbers.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

// Timeout reports false: no file operation here times out.
func (e errno) Timeout() bool {
	return false
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
