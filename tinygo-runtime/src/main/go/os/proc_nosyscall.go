//go:build !linux || baremetal || wasm || !tinygo4j.goroot

// The declarations of processes without package syscall: on the targets that have
// no processes, and on the host when Go's sources (and so syscall) are not at hand.

package os

// signal is a Signal by its name (os has only the two that every system has).
type signal string

func (s signal) Signal() {}

func (s signal) String() string { return string(s) }

// The signals every system has.
var (
	Interrupt Signal = signal("interrupt")
	Kill      Signal = signal("killed")
)

func hasSys(attr *ProcAttr) bool { return false }

func childAttrOf(attr *ProcAttr) childAttr { return childAttr{} }

func signalNumber(sig Signal) (int, bool) {
	switch sig {
	case Interrupt:
		return 2, true
	case Kill:
		return 9, true
	}
	return 0, false
}

// signalName names the signals whose names the host's users meet most.
func signalName(n int) string {
	switch n {
	case 1:
		return "hangup"
	case 2:
		return "interrupt"
	case 3:
		return "quit"
	case 6:
		return "aborted"
	case 9:
		return "killed"
	case 11:
		return "segmentation fault"
	case 13:
		return "broken pipe"
	case 15:
		return "terminated"
	}
	return "signal " + itoa(n)
}

// Sys returns system-dependent exit information: none without package syscall.
func (p *ProcessState) Sys() any { return nil }

// SysUsage returns system-dependent resource usage: none without package syscall.
func (p *ProcessState) SysUsage() any { return nil }
