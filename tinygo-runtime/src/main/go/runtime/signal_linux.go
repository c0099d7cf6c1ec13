//go:build linux && !baremetal && !wasm

// Signals on the host, for os/signal (Go's, from the GOROOT), which declares the
// functions below without bodies; they are pushed into it with //go:linkname, as Go's
// runtime does. A signal os/signal wants gets tinygo_signalHandler (linux-amd64.s)
// through rt_sigaction: it only marks the signal pending, in bytes the program reads
// with volatile loads (one thread, so the handler only ever interrupts our code; a
// byte store needs no atomic read-modify-write). os/signal's loop goroutine waits in
// signal_recv; the scheduler readies it when it switches goroutines and finds the
// summary byte set (signalHook), and when every goroutine is blocked it sleeps in
// ppoll with the caught signals unblocked only there, so that a signal either is
// seen before the sleep or ends it (EINTR), never in between.
//
// Dispositions follow gc's: the signals gc catches from the start and drops unless
// notified (SIGUSR1, SIGPIPE, SIGWINCH, ...) keep our handler after Stop or Reset,
// which drops them; the others get back what they had before Notify (SIGTERM dies
// again). SIGHUP and SIGINT that were ignored when the program started count as
// ignored (signal_ignored), as in gc.

package runtime

import (
	"runtime/volatile"
	"unsafe"
)

const (
	sysRtSigaction   = 13
	sysRtSigprocmask = 14
	sysPpoll         = 271

	saRestart  = 0x10000000
	saRestorer = 0x04000000
	sigDfl     = 0
	sigIgn     = 1
	sigBlock   = 0
	sigUnblock = 1
	sigSetmask = 2
	sigProf    = 27
	numSignals = 65
)

// sigaction is the kernel's struct sigaction on x86-64.
type sigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

//go:extern tinygo_signalHandler
var signalHandlerCode [0]byte

//go:extern tinygo_signalReturn
var signalReturnCode [0]byte

// tinygo_signalPending: byte s is set when signal s arrived, byte 0 with any of them.
//
//go:extern tinygo_signalPending
var signalPending [numSignals]uint8

var (
	signalStarted bool
	signalWanted  uint64 // os/signal listens (sigBit)
	signalIgnored uint64 // ignored by Ignore, or at start (SIGHUP, SIGINT)
	signalCaught  uint64 // tinygo_signalHandler is installed
	// what a signal's disposition was before Notify, restored by Stop and Reset
	signalSaved [numSignals]sigaction
	// the goroutine in signal_recv, and whether it took a signal it is still delivering
	signalWaiter *task
	signalBusy   bool
	// the signal mask while the scheduler sleeps (the caught signals unblocked)
	signalSleepMask uint64
)

// signalKind is what gc's table says of signal s: whether os/signal may catch it at
// all, and whether gc catches it from the start and drops it when nobody listens.
func signalKind(s uint32) (notify, dropped bool) {
	switch {
	case s == 9 || s == 19 || (s >= 4 && s <= 8 && s != 6) || s == 11 || s == 16 || (s >= 31 && s <= 34):
		return false, false // SIGKILL, SIGSTOP, the synchronous ones, the C library's
	case s == 1 || s == 2 || s == 3 || s == 6 || s == 15 || (s >= 18 && s <= 22):
		return true, false // they end or stop the program, or gc never catches them
	case s >= numSignals:
		return false, false
	}
	return true, true
}

func setSignalAction(s uint32, act, old *sigaction) {
	rawSyscall6(sysRtSigaction, uintptr(s), uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
}

// signalStart records which of SIGHUP and SIGINT the program was started with ignored.
func signalStart() {
	if signalStarted {
		return
	}
	signalStarted = true
	for s := uint32(1); s <= 2; s++ {
		var old sigaction
		setSignalAction(s, nil, &old)
		if old.handler == sigIgn {
			signalIgnored |= sigBit(s)
		}
	}
}

// sigBit is signal s in a mask, as the kernel's sigset_t has it (bit s-1; none for 0).
func sigBit(s uint32) uint64 {
	return 1 << (s - 1)
}

//go:linkname signal_enable os/signal.signal_enable
func signal_enable(s uint32) {
	signalStart()
	if s >= numSignals {
		return
	}
	signalWanted |= sigBit(s)
	signalIgnored &^= sigBit(s)
	notify, _ := signalKind(s)
	if !notify || s == sigProf || signalCaught&sigBit(s) != 0 {
		return
	}
	act := sigaction{
		handler:  uintptr(unsafe.Pointer(&signalHandlerCode)),
		flags:    saRestart | saRestorer,
		restorer: uintptr(unsafe.Pointer(&signalReturnCode)),
	}
	setSignalAction(s, &act, &signalSaved[s])
	signalCaught |= sigBit(s)
	// a signal blocked when the program started (by whoever started it) comes through
	// once the program asks for it, as in gc
	unblock := sigBit(s)
	rawSyscall6(sysRtSigprocmask, sigUnblock, uintptr(unsafe.Pointer(&unblock)), 0, 8, 0, 0)
}

//go:linkname signal_disable os/signal.signal_disable
func signal_disable(s uint32) {
	signalStart()
	if s >= numSignals {
		return
	}
	signalWanted &^= sigBit(s)
	if _, dropped := signalKind(s); !dropped && signalCaught&sigBit(s) != 0 {
		setSignalAction(s, &signalSaved[s], nil)
		signalCaught &^= sigBit(s)
	}
}

//go:linkname signal_ignore os/signal.signal_ignore
func signal_ignore(s uint32) {
	signalStart()
	if s >= numSignals {
		return
	}
	signalWanted &^= sigBit(s)
	signalIgnored |= sigBit(s)
	if notify, _ := signalKind(s); !notify || s == sigProf {
		return
	}
	if signalCaught&sigBit(s) == 0 {
		setSignalAction(s, nil, &signalSaved[s])
	}
	act := sigaction{handler: sigIgn}
	setSignalAction(s, &act, nil)
	signalCaught &^= sigBit(s)
}

//go:linkname signal_ignored os/signal.signal_ignored
func signal_ignored(s uint32) bool {
	signalStart()
	return s < numSignals && signalIgnored&sigBit(s) != 0
}

// signal_recv blocks the calling goroutine (os/signal's loop) until a signal that
// os/signal wants is pending, and returns it; the others run meanwhile.
//
//go:linkname signal_recv os/signal.signal_recv
func signal_recv() uint32 {
	signalBusy = false
	signalHook = signalWake
	for {
		if s := takeSignal(); s != 0 {
			signalBusy = true
			return s
		}
		signalWaiter = current()
		waitingFor(waitNone) // (so that Stack does not take it for a goroutine that never ran)
		pause()
	}
}

// signalWaitUntilIdle returns once no signal is pending and os/signal's loop is back
// in signal_recv: what Stop waits for before it forgets a channel.
//
//go:linkname signalWaitUntilIdle os/signal.signalWaitUntilIdle
func signalWaitUntilIdle() {
	for signalBusy || volatile.LoadUint8(&signalPending[0]) != 0 {
		Gosched()
	}
}

// takeSignal clears and returns one pending signal that os/signal wants (0 if none),
// dropping those it does not want. The summary byte is cleared before the scan, so a
// signal arriving during it sets the byte again; it is set again too when a second
// signal is still pending after the one returned.
func takeSignal() uint32 {
	if volatile.LoadUint8(&signalPending[0]) == 0 {
		return 0
	}
	volatile.StoreUint8(&signalPending[0], 0)
	found := uint32(0)
	for s := uint32(1); s < numSignals; s++ {
		if volatile.LoadUint8(&signalPending[s]) == 0 {
			continue
		}
		if found != 0 {
			volatile.StoreUint8(&signalPending[0], 1)
			break
		}
		volatile.StoreUint8(&signalPending[s], 0)
		if signalWanted&sigBit(s) != 0 {
			found = s
		}
	}
	return found
}

// signalWake is the scheduler's signalHook once os/signal waits for signals: it
// readies the waiting goroutine when a signal is pending. With when != 0 (every
// goroutine is blocked) it first sleeps until the monotonic clock reaches when (< 0:
// no timer) or a signal arrives. It reports false, doing nothing, when no goroutine
// waits for a signal.
func signalWake(when int64) bool {
	t := signalWaiter
	if t == nil {
		return false
	}
	if when != 0 && volatile.LoadUint8(&signalPending[0]) == 0 {
		var old uint64
		block := signalCaught
		rawSyscall6(sysRtSigprocmask, sigBlock, uintptr(unsafe.Pointer(&block)), uintptr(unsafe.Pointer(&old)), 8, 0, 0)
		if volatile.LoadUint8(&signalPending[0]) == 0 {
			var ts *[2]int64
			var d [2]int64
			if when > 0 {
				left := when - nanotime()
				if left < 0 {
					left = 0
				}
				d[0], d[1] = left/1000000000, left%1000000000
				ts = &d
			}
			signalSleepMask = old
			rawSyscall6(sysPpoll, 0, 0, uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(&signalSleepMask)), 8, 0)
		}
		rawSyscall6(sysRtSigprocmask, sigSetmask, uintptr(unsafe.Pointer(&old)), 0, 8, 0, 0)
	}
	if volatile.LoadUint8(&signalPending[0]) != 0 {
		signalWaiter = nil
		ready(t)
	}
	return true
}
