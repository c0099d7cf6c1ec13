//go:build wasip1

// WASI preview 1 file operations. WASI has no global path namespace: a path is opened
// relative to a directory descriptor that the host pre-opened (fd_prestat_get and
// fd_prestat_dir_name name them, from fd 3 up). A relative path goes to the "."
// pre-open, an absolute one to the pre-open with the longest matching name (for
// example "/tmp"). WASI's errno numbers are translated to Linux's so that errors read
// the same as on the host.

package os

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 fd_prestat_get
func fdPrestatGet(fd int32, buf unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_prestat_dir_name
func fdPrestatDirName(fd int32, path unsafe.Pointer, n uint32) uint32

//go:wasmimport wasi_snapshot_preview1 path_open
func pathOpen(dirfd int32, dirflags uint32, path unsafe.Pointer, pathLen uint32, oflags uint32, rightsBase uint64, rightsInheriting uint64, fdflags uint32, fd unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_read
func fdRead(fd int32, iovs unsafe.Pointer, iovsLen uint32, nread unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_pread
func fdPread(fd int32, iovs unsafe.Pointer, iovsLen uint32, offset uint64, nread unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_pwrite
func fdPwrite(fd int32, iovs unsafe.Pointer, iovsLen uint32, offset uint64, nwritten unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_seek
func fdSeek(fd int32, offset int64, whence uint32, newOffset unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_close
func fdClose(fd int32) uint32

//go:wasmimport wasi_snapshot_preview1 fd_sync
func fdSync(fd int32) uint32

//go:wasmimport wasi_snapshot_preview1 fd_filestat_get
func fdFilestatGet(fd int32, buf unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_filestat_set_size
func fdFilestatSetSize(fd int32, size uint64) uint32

//go:wasmimport wasi_snapshot_preview1 path_filestat_get
func pathFilestatGet(fd int32, flags uint32, path unsafe.Pointer, pathLen uint32, buf unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 fd_readdir
func fdReaddir(fd int32, buf unsafe.Pointer, bufLen uint32, cookie uint64, bufUsed unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 path_create_directory
func pathCreateDirectory(fd int32, path unsafe.Pointer, pathLen uint32) uint32

//go:wasmimport wasi_snapshot_preview1 path_unlink_file
func pathUnlinkFile(fd int32, path unsafe.Pointer, pathLen uint32) uint32

//go:wasmimport wasi_snapshot_preview1 path_remove_directory
func pathRemoveDirectory(fd int32, path unsafe.Pointer, pathLen uint32) uint32

//go:wasmimport wasi_snapshot_preview1 path_rename
func pathRename(fd int32, oldPath unsafe.Pointer, oldLen uint32, newFd int32, newPath unsafe.Pointer, newLen uint32) uint32

//go:wasmimport wasi_snapshot_preview1 path_readlink
func pathReadlink(fd int32, path unsafe.Pointer, pathLen uint32, buf unsafe.Pointer, bufLen uint32, used unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 path_symlink
func pathSymlink(oldPath unsafe.Pointer, oldLen uint32, fd int32, newPath unsafe.Pointer, newLen uint32) uint32

//go:wasmimport wasi_snapshot_preview1 path_link
func pathLink(oldFd int32, flags uint32, oldPath unsafe.Pointer, oldLen uint32, newFd int32, newPath unsafe.Pointer, newLen uint32) uint32

// WASI's errno values (preview 1) and the Linux numbers they become.
func wasiErr(e uint32) error {
	if e == 0 {
		return nil
	}
	switch e {
	case 2:
		return eACCES
	case 8:
		return eBADF
	case 20:
		return eEXIST
	case 28:
		return eINVAL
	case 29:
		return eIO
	case 31:
		return eISDIR
	case 32:
		return eLOOP
	case 37:
		return eNAMETOOLONG
	case 44:
		return eNOENT
	case 51:
		return eNOSPC
	case 52:
		return eNOSYS
	case 54:
		return eNOTDIR
	case 55:
		return eNOTEMPTY
	case 58:
		return eNOTSUP
	case 63, 76:
		return ePERM
	case 69:
		return eROFS
	case 70:
		return eSPIPE
	case 75:
		return eXDEV
	}
	return errno(1000 + e)
}

const (
	wasiLookupFollow = 1
	wasiOCreat       = 1
	wasiODirectory   = 2
	wasiOExcl        = 4
	wasiOTrunc       = 8
	wasiFdAppend     = 1
	wasiFdSync       = 16
	wasiRightsAll    = uint64(1)<<29 - 1
)

type preopen struct {
	fd   int32
	name string
}

var preopens []preopen
var preopensRead bool

// dirs lists the pre-opened directories once.
func dirs() []preopen {
	if preopensRead {
		return preopens
	}
	preopensRead = true
	for fd := int32(3); ; fd++ {
		var st [2]uint32
		if fdPrestatGet(fd, unsafe.Pointer(&st[0])) != 0 {
			break
		}
		if st[0]&0xff != 0 {
			continue
		}
		buf := make([]byte, st[1]+1)
		if fdPrestatDirName(fd, unsafe.Pointer(&buf[0]), st[1]) != 0 {
			continue
		}
		name := string(buf[:st[1]])
		for len(name) > 1 && name[len(name)-1] == '/' {
			name = name[:len(name)-1]
		}
		if len(name) > 0 && name[len(name)-1] == 0 {
			name = name[:len(name)-1]
		}
		preopens = append(preopens, preopen{fd, name})
	}
	return preopens
}

// resolve finds the pre-opened directory that holds name and the path relative to it.
func resolve(name string) (int32, string, error) {
	if name == "" {
		return 0, "", eNOENT
	}
	for len(name) > 2 && name[:2] == "./" {
		name = name[2:]
	}
	if name[0] != '/' {
		for _, p := range dirs() {
			if p.name == "." || p.name == "" {
				return p.fd, name, nil
			}
		}
		wd, _ := sysGetwd()
		name = wd + "/" + name
	}
	best := -1
	rel := ""
	for i, p := range dirs() {
		if len(p.name) == 0 || p.name[0] != '/' {
			continue
		}
		var r string
		switch {
		case name == p.name:
			r = "."
		case p.name == "/":
			r = name[1:]
		case len(name) > len(p.name) && name[len(p.name)] == '/' && name[:len(p.name)] == p.name:
			r = name[len(p.name)+1:]
		default:
			continue
		}
		if best < 0 || len(p.name) > len(preopens[best].name) {
			best, rel = i, r
		}
	}
	if best < 0 {
		return 0, "", eNOENT
	}
	for len(rel) > 0 && rel[0] == '/' {
		rel = rel[1:]
	}
	if rel == "" {
		rel = "."
	}
	return preopens[best].fd, rel, nil
}

func strPtr(s string) (unsafe.Pointer, uint32) {
	if len(s) == 0 {
		return nil, 0
	}
	return unsafe.Pointer(unsafe.StringData(s)), uint32(len(s))
}

func sysOpen(name string, flag int, perm FileMode) (int, error) {
	dir, rel, err := resolve(name)
	if err != nil {
		return -1, err
	}
	var oflags, fdflags uint32
	if flag&O_CREATE != 0 {
		oflags |= wasiOCreat
	}
	if flag&O_EXCL != 0 {
		oflags |= wasiOExcl
	}
	if flag&O_TRUNC != 0 {
		oflags |= wasiOTrunc
	}
	if flag&O_APPEND != 0 {
		fdflags |= wasiFdAppend
	}
	if flag&O_SYNC == O_SYNC {
		fdflags |= wasiFdSync
	}
	// the rights say how the file is opened: hosts such as Chicory open it for reading
	// only with fd_read (bit 1) and for writing only with fd_write (bit 6)
	rights := wasiRightsAll
	switch flag & (O_WRONLY | O_RDWR) {
	case O_RDONLY:
		rights &^= 1 << 6
	case O_WRONLY:
		rights &^= 1 << 1
	}
	var fd int32
	p, n := strPtr(rel)
	e := pathOpen(dir, wasiLookupFollow, p, n, oflags, rights, wasiRightsAll, fdflags, unsafe.Pointer(&fd))
	if e == 0 && flag&(O_WRONLY|O_RDWR) != 0 {
		// A directory opened for writing fails on Linux with EISDIR; WASI hosts let it pass.
		var st statInfo
		if sysFstat(int(fd), &st) == nil && st.mode.IsDir() {
			fdClose(fd)
			return -1, eISDIR
		}
	}
	return int(fd), wasiErr(e)
}

func sysRead(fd int, b []byte) (int, error) {
	iov := [2]uintptr{bufPtr(b), uintptr(len(b))}
	var n uint32
	e := fdRead(int32(fd), unsafe.Pointer(&iov[0]), 1, unsafe.Pointer(&n))
	return int(n), wasiErr(e)
}

func sysPread(fd int, b []byte, off int64) (int, error) {
	iov := [2]uintptr{bufPtr(b), uintptr(len(b))}
	var n uint32
	e := fdPread(int32(fd), unsafe.Pointer(&iov[0]), 1, uint64(off), unsafe.Pointer(&n))
	return int(n), wasiErr(e)
}

func sysPwrite(fd int, b []byte, off int64) (int, error) {
	iov := [2]uintptr{bufPtr(b), uintptr(len(b))}
	var n uint32
	e := fdPwrite(int32(fd), unsafe.Pointer(&iov[0]), 1, uint64(off), unsafe.Pointer(&n))
	return int(n), wasiErr(e)
}

func sysSeek(fd int, off int64, whence int) (int64, error) {
	var pos uint64
	e := fdSeek(int32(fd), off, uint32(whence), unsafe.Pointer(&pos))
	return int64(pos), wasiErr(e)
}

func sysClose(fd int) error {
	return wasiErr(fdClose(int32(fd)))
}

func sysFsync(fd int) error {
	return wasiErr(fdSync(int32(fd)))
}

func sysFtruncate(fd int, size int64) error {
	return wasiErr(fdFilestatSetSize(int32(fd), uint64(size)))
}

func sysTruncate(name string, size int64) error {
	fd, err := sysOpen(name, O_WRONLY, 0)
	if err != nil {
		return err
	}
	err = sysFtruncate(fd, size)
	sysClose(fd)
	return err
}

// fillStat decodes a WASI filestat (dev, ino, filetype, nlink, size, atim, mtim, ctim).
// WASI has no permission bits; files report 0644 and directories 0755 (rwx for their
// owner, as the host's sandbox grants).
func fillStat(st *statInfo, b *[8]uint64) {
	st.dev, st.ino = b[0], b[1]
	st.size = int64(b[4])
	switch uint8(b[2]) {
	case 3:
		st.mode = ModeDir | 0755
	case 4:
		st.mode = 0644
	case 7:
		st.mode = ModeSymlink | 0777
	case 2:
		st.mode = ModeDevice | ModeCharDevice | 0644
	case 1:
		st.mode = ModeDevice | 0644
	case 5, 6:
		st.mode = ModeSocket | 0644
	default:
		st.mode = ModeIrregular | 0644
	}
	st.mtimeSec, st.mtimeNsec = int64(b[6]/1e9), int64(b[6]%1e9)
}

func sysFstat(fd int, st *statInfo) error {
	var b [8]uint64
	if e := fdFilestatGet(int32(fd), unsafe.Pointer(&b[0])); e != 0 {
		return wasiErr(e)
	}
	fillStat(st, &b)
	return nil
}

func sysStat(name string, follow bool, st *statInfo) error {
	dir, rel, err := resolve(name)
	if err != nil {
		return err
	}
	var flags uint32
	if follow {
		flags = wasiLookupFollow
	}
	var b [8]uint64
	p, n := strPtr(rel)
	if e := pathFilestatGet(dir, flags, p, n, unsafe.Pointer(&b[0])); e != 0 {
		return wasiErr(e)
	}
	fillStat(st, &b)
	return nil
}

// sysReadDir reads every entry of the directory fd with fd_readdir, from cookie 0.
func sysReadDir(fd int) ([]dirent, error) {
	var out []dirent
	buf := make([]byte, 4096)
	cookie := uint64(0)
	for {
		var used uint32
		if e := fdReaddir(int32(fd), unsafe.Pointer(&buf[0]), uint32(len(buf)), cookie, unsafe.Pointer(&used)); e != 0 {
			return out, wasiErr(e)
		}
		off := 0
		progress := false
		for off+24 <= int(used) {
			next := le64(buf[off:])
			namlen := int(le32(buf[off+16:]))
			typ := buf[off+20]
			if off+24+namlen > int(used) {
				break
			}
			name := string(buf[off+24 : off+24+namlen])
			off += 24 + namlen
			cookie = next
			progress = true
			if name != "." && name != ".." {
				out = append(out, dirent{name: name, typ: wasiType(typ)})
			}
		}
		if int(used) < len(buf) {
			return out, nil
		}
		if !progress {
			buf = make([]byte, 2*len(buf))
		}
	}
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func le64(b []byte) uint64 {
	return uint64(le32(b)) | uint64(le32(b[4:]))<<32
}

func wasiType(t byte) FileMode {
	switch t {
	case 3:
		return ModeDir
	case 4:
		return 0
	case 7:
		return ModeSymlink
	case 2:
		return ModeDevice | ModeCharDevice
	case 1:
		return ModeDevice
	case 5, 6:
		return ModeSocket
	}
	return ModeIrregular
}

func pathCall(name string, call func(int32, unsafe.Pointer, uint32) uint32) error {
	dir, rel, err := resolve(name)
	if err != nil {
		return err
	}
	p, n := strPtr(rel)
	return wasiErr(call(dir, p, n))
}

func sysMkdir(name string, perm FileMode) error {
	return pathCall(name, pathCreateDirectory)
}

func sysUnlink(name string) error {
	return pathCall(name, pathUnlinkFile)
}

func sysRmdir(name string) error {
	return pathCall(name, pathRemoveDirectory)
}

func sysRename(from, to string) error {
	d1, r1, err := resolve(from)
	if err != nil {
		return err
	}
	d2, r2, err := resolve(to)
	if err != nil {
		return err
	}
	p1, n1 := strPtr(r1)
	p2, n2 := strPtr(r2)
	return wasiErr(pathRename(d1, p1, n1, d2, p2, n2))
}

func sysLink(from, to string) error {
	d1, r1, err := resolve(from)
	if err != nil {
		return err
	}
	d2, r2, err := resolve(to)
	if err != nil {
		return err
	}
	p1, n1 := strPtr(r1)
	p2, n2 := strPtr(r2)
	return wasiErr(pathLink(d1, 0, p1, n1, d2, p2, n2))
}

func sysSymlink(from, to string) error {
	d, r, err := resolve(to)
	if err != nil {
		return err
	}
	p1, n1 := strPtr(from)
	p2, n2 := strPtr(r)
	return wasiErr(pathSymlink(p1, n1, d, p2, n2))
}

func sysReadlink(name string) (string, error) {
	d, r, err := resolve(name)
	if err != nil {
		return "", err
	}
	p, n := strPtr(r)
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		var used uint32
		if e := pathReadlink(d, p, n, unsafe.Pointer(&b[0]), uint32(size), unsafe.Pointer(&used)); e != 0 {
			return "", wasiErr(e)
		}
		if int(used) < size {
			return string(b[:used]), nil
		}
	}
}

// sysGetwd reports $PWD, else "/": WASI has no working directory of its own (relative
// paths go to the "." pre-open).
func sysGetwd() (string, error) {
	if wd, ok := LookupEnv("PWD"); ok && wd != "" {
		return wd, nil
	}
	return "/", nil
}

func sysChdir(name string) error                                   { return eNOSYS }
func sysFchdir(fd int) error                                       { return eNOSYS }
func sysChmod(name string, mode FileMode) error                    { return eNOSYS }
func sysFchmod(fd int, mode FileMode) error                        { return eNOSYS }
func sysChown(name string, uid, gid int, follow bool) error        { return eNOSYS }
func sysFchown(fd int, uid, gid int) error                         { return eNOSYS }
func sysChtimes(name string, aSec, aNsec, mSec, mNsec int64) error { return eNOSYS }
func sysGetgroups() ([]int, error)                                 { return nil, eNOSYS }
func sysHostname() (string, error)                                 { return "", eNOSYS }

const (
	idPid = iota
	idPpid
	idUid
	idGid
	idEuid
	idEgid
)

// sysGetid: WASI has no processes or users; the ids are 1 (pid) and 0, the other -1.
func sysGetid(which int) int {
	switch which {
	case idPid:
		return 1
	case idPpid:
		return 0
	}
	return -1
}

const pageSize = 65536

func sysPipe() ([2]int, error) { return [2]int{}, eNOSYS }

func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// sysKind: no file here waits for another process while other goroutines could run.
func sysKind(fd int) fileKind { return kindBlocking }

func waitReady(fd int, write bool) {}
