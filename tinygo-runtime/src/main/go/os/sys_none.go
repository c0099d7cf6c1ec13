//go:build baremetal || js || wasm_unknown

// Targets without a file system (microcontrollers, wasm-unknown, the browser): there
// is no file, so every path is missing (ENOENT, os.IsNotExist holds) and every
// descriptor beyond the standard ones is bad.

package os

func sysOpen(name string, flag int, perm FileMode) (int, error) { return -1, eNOENT }
func sysRead(fd int, b []byte) (int, error)                     { return 0, eBADF }
func sysPread(fd int, b []byte, off int64) (int, error)         { return 0, eBADF }
func sysPwrite(fd int, b []byte, off int64) (int, error)        { return 0, eBADF }
func sysSeek(fd int, off int64, whence int) (int64, error)      { return 0, eSPIPE }
func sysClose(fd int) error                                     { return nil }
func sysFsync(fd int) error                                     { return nil }
func sysFtruncate(fd int, size int64) error                     { return eINVAL }
func sysTruncate(name string, size int64) error                 { return eNOENT }
func sysFstat(fd int, st *statInfo) error {
	st.mode = ModeDevice | ModeCharDevice | 0620
	return nil
}
func sysStat(name string, follow bool, st *statInfo) error         { return eNOENT }
func sysReadDir(fd int) ([]dirent, error)                          { return nil, eNOTDIR }
func sysMkdir(name string, perm FileMode) error                    { return eNOENT }
func sysUnlink(name string) error                                  { return eNOENT }
func sysRmdir(name string) error                                   { return eNOENT }
func sysRename(from, to string) error                              { return eNOENT }
func sysLink(from, to string) error                                { return eNOENT }
func sysSymlink(from, to string) error                             { return eNOENT }
func sysReadlink(name string) (string, error)                      { return "", eNOENT }
func sysGetwd() (string, error)                                    { return "/", nil }
func sysChdir(name string) error                                   { return eNOENT }
func sysFchdir(fd int) error                                       { return eNOTDIR }
func sysChmod(name string, mode FileMode) error                    { return eNOENT }
func sysFchmod(fd int, mode FileMode) error                        { return eNOSYS }
func sysChown(name string, uid, gid int, follow bool) error        { return eNOENT }
func sysFchown(fd int, uid, gid int) error                         { return eNOSYS }
func sysChtimes(name string, aSec, aNsec, mSec, mNsec int64) error { return eNOENT }
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

// sysGetid: a single program with no users; pid 1, the others -1.
func sysGetid(which int) int {
	if which == idPid {
		return 1
	}
	return -1
}

const pageSize = 4096

func sysPipe() ([2]int, error) { return [2]int{}, eNOSYS }

// sysKind: no file here waits for another process while other goroutines could run.
func sysKind(fd int) fileKind { return kindBlocking }

func waitReady(fd int, write bool) {}
