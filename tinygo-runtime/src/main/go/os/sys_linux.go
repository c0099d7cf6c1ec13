//go:build linux && !baremetal && !wasm

// The host's file operations: Linux system calls through device/x86 (no libc), each
// returning an errno as the error.

package os

import (
	"device/x86"
	"time"
	"unsafe"
)

const (
	nrRead64          = 0
	nrPread64         = 17
	nrPwrite64        = 18
	nrLseek           = 8
	nrClose           = 3
	nrFstat           = 5
	nrFsync           = 74
	nrTruncate        = 76
	nrFtruncate       = 77
	nrGetcwd          = 79
	nrChdir           = 80
	nrFchdir          = 81
	nrRename          = 82
	nrMkdir           = 83
	nrRmdir           = 84
	nrLink            = 86
	nrUnlink          = 87
	nrSymlink         = 88
	nrReadlink        = 89
	nrChmod           = 90
	nrFchmod          = 91
	nrChown           = 92
	nrFchown          = 93
	nrLchown          = 94
	nrGetpid          = 39
	nrGetppid         = 110
	nrGetuid          = 102
	nrGetgid          = 104
	nrGeteuid         = 107
	nrGetegid         = 108
	nrGetgroups       = 115
	nrUname           = 63
	nrGetdents64      = 217
	nrOpenat          = 257
	nrNewfstatat      = 262
	nrUtimensat       = 280
	nrPoll            = 7
	pollIn            = 0x1
	pollOut           = 0x4
	atSymlinkNoFollow = 0x100
	oCLOEXEC          = 0x80000
)

// syscall6 makes a system call and splits its result into a value and an errno.
func syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, error) {
	r := x86.Syscall6(trap, a1, a2, a3, a4, a5, a6)
	if int(r) < 0 && int(r) > -4096 {
		return 0, errno(-int(r))
	}
	return r, nil
}

// cstr returns a NUL-terminated copy of s for the kernel.
func cstr(s string) uintptr {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return uintptr(unsafe.Pointer(&b[0]))
}

func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

func sysOpen(name string, flag int, perm FileMode) (int, error) {
	r, err := syscall6(nrOpenat, fdCWD(), cstr(name), uintptr(flag|oCLOEXEC), uintptr(unixMode(perm)), 0, 0)
	return int(r), err
}

func sysRead(fd int, b []byte) (int, error) {
	r, err := syscall6(nrRead64, uintptr(fd), bufPtr(b), uintptr(len(b)), 0, 0, 0)
	return int(r), err
}

func sysPread(fd int, b []byte, off int64) (int, error) {
	r, err := syscall6(nrPread64, uintptr(fd), bufPtr(b), uintptr(len(b)), uintptr(off), 0, 0)
	return int(r), err
}

func sysPwrite(fd int, b []byte, off int64) (int, error) {
	r, err := syscall6(nrPwrite64, uintptr(fd), bufPtr(b), uintptr(len(b)), uintptr(off), 0, 0)
	return int(r), err
}

func sysSeek(fd int, off int64, whence int) (int64, error) {
	r, err := syscall6(nrLseek, uintptr(fd), uintptr(off), uintptr(whence), 0, 0, 0)
	return int64(r), err
}

func sysClose(fd int) error {
	_, err := syscall6(nrClose, uintptr(fd), 0, 0, 0, 0, 0)
	return err
}

func sysFsync(fd int) error {
	_, err := syscall6(nrFsync, uintptr(fd), 0, 0, 0, 0, 0)
	return err
}

func sysFtruncate(fd int, size int64) error {
	_, err := syscall6(nrFtruncate, uintptr(fd), uintptr(size), 0, 0, 0, 0)
	return err
}

func sysTruncate(name string, size int64) error {
	_, err := syscall6(nrTruncate, cstr(name), uintptr(size), 0, 0, 0, 0)
	return err
}

// linuxStat is struct stat of x86-64 Linux.
type linuxStat struct {
	dev, ino, nlink    uint64
	mode, uid, gid, _  uint32
	rdev               uint64
	size, blksize, blk int64
	atime, atimeNsec   int64
	mtime, mtimeNsec   int64
	ctime, ctimeNsec   int64
	_                  [3]int64
}

func fillStat(st *statInfo, ls *linuxStat) {
	st.size = ls.size
	st.mode = FileMode(ls.mode & 0777)
	switch ls.mode & 0xf000 {
	case 0x4000:
		st.mode |= ModeDir
	case 0xa000:
		st.mode |= ModeSymlink
	case 0x1000:
		st.mode |= ModeNamedPipe
	case 0xc000:
		st.mode |= ModeSocket
	case 0x2000:
		st.mode |= ModeDevice | ModeCharDevice
	case 0x6000:
		st.mode |= ModeDevice
	}
	if ls.mode&0x800 != 0 {
		st.mode |= ModeSetuid
	}
	if ls.mode&0x400 != 0 {
		st.mode |= ModeSetgid
	}
	if ls.mode&0x200 != 0 {
		st.mode |= ModeSticky
	}
	st.mtimeSec, st.mtimeNsec = ls.mtime, ls.mtimeNsec
	st.dev, st.ino = ls.dev, ls.ino
}

func sysFstat(fd int, st *statInfo) error {
	var ls linuxStat
	_, err := syscall6(nrFstat, uintptr(fd), uintptr(unsafe.Pointer(&ls)), 0, 0, 0, 0)
	if err == nil {
		fillStat(st, &ls)
	}
	return err
}

func sysStat(name string, follow bool, st *statInfo) error {
	var ls linuxStat
	flags := uintptr(0)
	if !follow {
		flags = atSymlinkNoFollow
	}
	_, err := syscall6(nrNewfstatat, fdCWD(), cstr(name), uintptr(unsafe.Pointer(&ls)), flags, 0, 0)
	if err == nil {
		fillStat(st, &ls)
	}
	return err
}

// sysReadDir reads the directory entries of fd (without "." and "..") with getdents64.
func sysReadDir(fd int) ([]dirent, error) {
	var out []dirent
	buf := make([]byte, 4096)
	for {
		n, err := syscall6(nrGetdents64, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), 0, 0, 0)
		if err != nil {
			return out, err
		}
		if n == 0 {
			return out, nil
		}
		for off := 0; off < int(n); {
			reclen := int(buf[off+16]) | int(buf[off+17])<<8
			typ := buf[off+18]
			name := buf[off+19 : off+reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			off += reclen
			if s := string(name); s != "." && s != ".." {
				out = append(out, dirent{name: s, typ: direntType(typ)})
			}
		}
	}
}

func direntType(t byte) FileMode {
	switch t {
	case 4:
		return ModeDir
	case 8:
		return 0
	case 10:
		return ModeSymlink
	case 1:
		return ModeNamedPipe
	case 12:
		return ModeSocket
	case 2:
		return ModeDevice | ModeCharDevice
	case 6:
		return ModeDevice
	}
	return ModeIrregular
}

func sysMkdir(name string, perm FileMode) error {
	_, err := syscall6(nrMkdir, cstr(name), uintptr(unixMode(perm)), 0, 0, 0, 0)
	return err
}

func sysUnlink(name string) error {
	_, err := syscall6(nrUnlink, cstr(name), 0, 0, 0, 0, 0)
	return err
}

func sysRmdir(name string) error {
	_, err := syscall6(nrRmdir, cstr(name), 0, 0, 0, 0, 0)
	return err
}

func sysRename(from, to string) error {
	_, err := syscall6(nrRename, cstr(from), cstr(to), 0, 0, 0, 0)
	return err
}

func sysLink(from, to string) error {
	_, err := syscall6(nrLink, cstr(from), cstr(to), 0, 0, 0, 0)
	return err
}

func sysSymlink(from, to string) error {
	_, err := syscall6(nrSymlink, cstr(from), cstr(to), 0, 0, 0, 0)
	return err
}

func sysReadlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		n, err := syscall6(nrReadlink, cstr(name), uintptr(unsafe.Pointer(&b[0])), uintptr(size), 0, 0, 0)
		if err != nil {
			return "", err
		}
		if int(n) < size {
			return string(b[:n]), nil
		}
	}
}

func sysGetwd() (string, error) {
	b := make([]byte, 4096)
	n, err := syscall6(nrGetcwd, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0, 0, 0, 0)
	if err != nil {
		return "", err
	}
	if n > 0 && b[n-1] == 0 {
		n--
	}
	return string(b[:n]), nil
}

func sysChdir(name string) error {
	_, err := syscall6(nrChdir, cstr(name), 0, 0, 0, 0, 0)
	return err
}

func sysFchdir(fd int) error {
	_, err := syscall6(nrFchdir, uintptr(fd), 0, 0, 0, 0, 0)
	return err
}

func sysChmod(name string, mode FileMode) error {
	_, err := syscall6(nrChmod, cstr(name), uintptr(unixMode(mode)), 0, 0, 0, 0)
	return err
}

func sysFchmod(fd int, mode FileMode) error {
	_, err := syscall6(nrFchmod, uintptr(fd), uintptr(unixMode(mode)), 0, 0, 0, 0)
	return err
}

func sysChown(name string, uid, gid int, follow bool) error {
	trap := uintptr(nrChown)
	if !follow {
		trap = nrLchown
	}
	_, err := syscall6(trap, cstr(name), uintptr(uid), uintptr(gid), 0, 0, 0)
	return err
}

func sysFchown(fd int, uid, gid int) error {
	_, err := syscall6(nrFchown, uintptr(fd), uintptr(uid), uintptr(gid), 0, 0, 0)
	return err
}

func sysChtimes(name string, atimeSec, atimeNsec, mtimeSec, mtimeNsec int64) error {
	ts := [4]int64{atimeSec, atimeNsec, mtimeSec, mtimeNsec}
	_, err := syscall6(nrUtimensat, fdCWD(), cstr(name), uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0)
	return err
}

func sysGetid(which int) int {
	r, _ := syscall6(uintptr(which), 0, 0, 0, 0, 0, 0)
	return int(r)
}

func sysGetgroups() ([]int, error) {
	var g [256]uint32
	n, err := syscall6(nrGetgroups, uintptr(len(g)), uintptr(unsafe.Pointer(&g[0])), 0, 0, 0, 0)
	if err != nil {
		return nil, err
	}
	out := make([]int, n)
	for i := range out {
		out[i] = int(g[i])
	}
	return out, nil
}

func sysHostname() (string, error) {
	var u [6][65]byte
	if _, err := syscall6(nrUname, uintptr(unsafe.Pointer(&u[0][0])), 0, 0, 0, 0, 0); err != nil {
		return "", err
	}
	n := 0
	for n < len(u[1]) && u[1][n] != 0 {
		n++
	}
	return string(u[1][:n]), nil
}

const (
	idPid  = nrGetpid
	idPpid = nrGetppid
	idUid  = nrGetuid
	idGid  = nrGetgid
	idEuid = nrGeteuid
	idEgid = nrGetegid
)

// unixMode converts a FileMode to the kernel's permission and special bits.
func unixMode(m FileMode) uint32 {
	r := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		r |= 0x800
	}
	if m&ModeSetgid != 0 {
		r |= 0x400
	}
	if m&ModeSticky != 0 {
		r |= 0x200
	}
	return r
}

const pageSize = 4096

func sysPipe() ([2]int, error) {
	var fds [2]int32
	_, err := syscall6(293, uintptr(unsafe.Pointer(&fds[0])), oCLOEXEC, 0, 0, 0, 0)
	return [2]int{int(fds[0]), int(fds[1])}, err
}

// fdCWD is AT_FDCWD (-100) as a system-call argument.
func fdCWD() uintptr {
	v := -100
	return uintptr(v)
}

// sysKind tells pipes, sockets and character devices (terminals), whose reads may
// wait for another process, from files whose reads do not.
func sysKind(fd int) fileKind {
	var st statInfo
	if sysFstat(fd, &st) == nil && st.mode&(ModeNamedPipe|ModeSocket|ModeCharDevice) != 0 {
		return kindStream
	}
	return kindBlocking
}

// waitReady returns once the descriptor can be read (or written) without blocking, or
// has hung up or failed (the read or write then says how). A blocking read of a pipe
// would stop every goroutine, among them the one that would fill it (os/exec copies a
// child's stdout and stderr in two), so it polls without a timeout and sleeps between
// polls (nap), as Process.Wait does.
func waitReady(fd int, write bool) {
	pfd := struct {
		fd      int32
		events  int16
		revents int16
	}{fd: int32(fd), events: pollIn}
	if write {
		pfd.events = pollOut
	}
	pause := firstPause
	for {
		n, err := syscall6(nrPoll, uintptr(unsafe.Pointer(&pfd)), 1, 0, 0, 0, 0)
		if err != eINTR && (err != nil || n > 0) {
			return
		}
		nap(&pause)
	}
}

// firstPause is the first sleep between two polls of something that has no wake-up
// (a pipe, a child's exit); nap doubles it up to 10 ms, so a quick answer is seen
// soon and a long wait costs little.
const firstPause = 20 * time.Microsecond

// nap sleeps for *pause, letting the other goroutines run, and doubles it up to 10 ms.
func nap(pause *time.Duration) {
	time.Sleep(*pause)
	if *pause < 10*time.Millisecond {
		*pause *= 2
	}
}
