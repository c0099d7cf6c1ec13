// Package sync provides mutual exclusion locks, wait groups and one-time
// initialisation. Goroutines run one at a time here and are only switched when one
// blocks, so the state of these types is consistent without atomic instructions. A
// goroutine that must wait parks on the value's own wait list in the runtime's
// scheduler and checks again when woken; when no goroutine is left to release it, the
// scheduler ends the program with Go's deadlock error.
package sync

import "unsafe"

// waitList has the layout of the runtime's waitQueue of parked goroutines.
type waitList struct {
	head, tail unsafe.Pointer
}

//go:linkname syncPark runtime.syncPark
func syncPark(q unsafe.Pointer)

//go:linkname syncWake runtime.syncWake
func syncWake(q unsafe.Pointer) bool

// park blocks the calling goroutine until wake or wakeAll releases it.
func (l *waitList) park() {
	syncPark(unsafe.Pointer(l))
}

func (l *waitList) wake() {
	syncWake(unsafe.Pointer(l))
}

func (l *waitList) wakeAll() {
	for syncWake(unsafe.Pointer(l)) {
	}
}

// A Locker can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked. A Mutex must not be
// copied after first use.
type Mutex struct {
	locked  bool
	waiters waitList
}

// Lock locks m, blocking until it is available.
func (m *Mutex) Lock() {
	for m.locked {
		m.waiters.park()
	}
	m.locked = true
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatalError("sync: unlock of unlocked mutex")
	}
	m.locked = false
	m.waiters.wake()
}

// An RWMutex is a reader/writer lock: any number of readers or one writer.
type RWMutex struct {
	writer  bool
	readers int
	waiters waitList
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	for rw.writer || rw.readers > 0 {
		rw.waiters.park()
	}
	rw.writer = true
}

// TryLock locks rw for writing if it is free and reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatalError("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	rw.waiters.wakeAll()
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	for rw.writer {
		rw.waiters.park()
	}
	rw.readers++
}

// TryRLock locks rw for reading if no writer holds it and reports whether it did.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes one RLock.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatalError("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 {
		rw.waiters.wakeAll()
	}
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// fatalError ends the program with Go's "fatal error" report (not a recoverable panic).
func fatalError(msg string) {
	fatalPrint(msg)
}

//go:linkname fatalPrint runtime.fatalPrint
func fatalPrint(msg string)
