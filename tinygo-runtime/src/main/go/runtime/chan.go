package runtime

import "unsafe"

// Channels. A chan value is a pointer to a channel; the compiler turns make, send,
// receive, close, len and cap into calls of the functions here, passing values by
// address (data points at the value to send, or at where to store the one received).
// Goroutines switch only when one blocks, so no operation here is interrupted.
//
// A buffered channel keeps its values in a ring; a goroutine that must wait queues a
// waiter on the channel and pauses. A receiver that arrives while senders wait takes
// the oldest buffered value (or, unbuffered, the sender's own) so FIFO order holds.

// The counts are uintptr, not int: on AVR, where int has 32 bits and pointers 16, that
// takes 6 bytes off every channel (19 instead of 25), and a buffer cannot hold more
// values than the address space has bytes anyway (a channel of zero-size values with a
// larger capacity is "out of range" there). The ring's indices wrap by a compare, not
// a modulo, which on the chips without a divide instruction was a library call.
type channel struct {
	elemSize uintptr
	buf      unsafe.Pointer
	capacity uintptr
	count    uintptr
	head     uintptr // index of the oldest buffered value
	closed   bool
	sendq    waitQueue
	recvq    waitQueue
}

// chanMake is make(chan T, size). The buffer follows the channel in the same
// allocation: one object instead of two, and no second rounding up to the
// collector's block size.
func chanMake(elemSize uintptr, size int) *channel {
	if size < 0 || int(uintptr(size)) != size ||
		elemSize != 0 && uintptr(size) > (maxAlloc-unsafe.Sizeof(channel{}))/elemSize {
		gopanic(plainError("makechan: size out of range"))
	}
	bytes := elemSize * uintptr(size)
	c := (*channel)(alloc(unsafe.Sizeof(channel{}) + bytes))
	c.elemSize = elemSize
	c.capacity = uintptr(size)
	if bytes > 0 {
		c.buf = unsafe.Add(unsafe.Pointer(c), unsafe.Sizeof(channel{}))
	}
	return c
}

// chanMake64 is make(chan T, size) with a size of a type wider than int.
func chanMake64(elemSize uintptr, size int64) *channel {
	if int64(int(size)) != size {
		gopanic(plainError("makechan: size out of range"))
	}
	return chanMake(elemSize, int(size))
}

func (c *channel) slot(i uintptr) unsafe.Pointer {
	return unsafe.Add(c.buf, i*c.elemSize)
}

// advance moves head to the next slot of the ring.
func (c *channel) advance() {
	c.head++
	if c.head == c.capacity {
		c.head = 0
	}
}

// trySend sends without blocking if a receiver waits or the buffer has room.
func (c *channel) trySend(data unsafe.Pointer) bool {
	if c.closed {
		gopanic(plainError("send on closed channel"))
	}
	if w := c.recvq.pop(); w != nil {
		recvInto(w.data, data, c.elemSize)
		w.fire(true)
		return true
	}
	if c.count < c.capacity {
		i := c.head + c.count // (< 2*capacity)
		if i >= c.capacity {
			i -= c.capacity
		}
		memmove(c.slot(i), data, c.elemSize)
		c.count++
		return true
	}
	return false
}

// tryRecv receives without blocking if a value is buffered, a sender waits or the
// channel is closed; ok reports whether a value was received.
func (c *channel) tryRecv(data unsafe.Pointer) (done, ok bool) {
	if c.count > 0 {
		recvInto(data, c.slot(c.head), c.elemSize)
		if w := c.sendq.pop(); w != nil {
			// The freed slot is the newest now: the waiting sender's value goes there.
			memmove(c.slot(c.head), w.data, c.elemSize)
			c.advance()
			w.fire(true)
		} else {
			c.advance()
			c.count--
		}
		return true, true
	}
	if w := c.sendq.pop(); w != nil {
		recvInto(data, w.data, c.elemSize)
		w.fire(true)
		return true, true
	}
	if c.closed {
		recvInto(data, nil, c.elemSize)
		return true, false
	}
	return false, false
}

// recvInto stores a received value: n bytes from src, or zeros when src is nil (a
// closed channel's zero value). dst is nil for a select's receive case that discards
// the value (the compiler gives it no buffer: on the Uno two 23-byte time.Time
// buffers were a fifth of a goroutine's stack).
func recvInto(dst, src unsafe.Pointer, n uintptr) {
	if dst == nil {
		return
	}
	if src == nil {
		memzero(dst, n)
	} else {
		memmove(dst, src, n)
	}
}

// chanSend is c <- *data.
func chanSend(c *channel, data unsafe.Pointer) {
	if c == nil {
		blockTask()
		waitingFor(waitChanSendNil)
		pause() // a nil channel blocks forever
	}
	if c.trySend(data) {
		return
	}
	t := blockTask()
	c.sendq.wait(t, data)
	waitingFor(waitChanSend)
	pause()
	if !t.ok {
		gopanic(plainError("send on closed channel"))
	}
}

// chanRecv is *data = <-c; it reports false when c is closed and empty.
func chanRecv(c *channel, data unsafe.Pointer) bool {
	if c == nil {
		blockTask()
		waitingFor(waitChanReceiveNil)
		pause()
	}
	if done, ok := c.tryRecv(data); done {
		return ok
	}
	t := blockTask()
	c.recvq.wait(t, data)
	waitingFor(waitChanReceive)
	pause()
	return t.ok
}

// chanClose is close(c): waiting receivers get zero values, waiting senders panic.
func chanClose(c *channel) {
	if c == nil {
		gopanic(plainError("close of nil channel"))
	}
	if c.closed {
		gopanic(plainError("close of closed channel"))
	}
	c.closed = true
	for w := c.recvq.pop(); w != nil; w = c.recvq.pop() {
		recvInto(w.data, nil, c.elemSize)
		w.fire(false)
	}
	for w := c.sendq.pop(); w != nil; w = c.sendq.pop() {
		w.fire(false)
	}
}

func chanLen(c *channel) int {
	if c == nil {
		return 0
	}
	return int(c.count)
}

func chanCap(c *channel) int {
	if c == nil {
		return 0
	}
	return int(c.capacity)
}

// A selectCase is one communication of a select statement, as the compiler lays it
// out in an array: the channel, the value's address, and whether it sends.
type selectCase struct {
	c    *channel
	data unsafe.Pointer
	send bool
}

// chanSelect runs a select statement over n cases. It returns the index of the case
// that proceeded and, for a receive, whether a value was received; -1 when no case is
// ready and the select has a default (block is false). The first ready case in source
// order wins (the spec leaves the choice open).
func chanSelect(cases *selectCase, n int, block bool) (int, bool) {
	for i := 0; i < n; i++ {
		sc := selectCaseAt(cases, i)
		if sc.c == nil {
			continue
		}
		if sc.send {
			if sc.c.trySend(sc.data) {
				return i, false
			}
		} else if done, ok := sc.c.tryRecv(sc.data); done {
			return i, ok
		}
	}
	if !block {
		return -1, false
	}
	t := blockTask()
	for i := 0; i < n; i++ {
		sc := selectCaseAt(cases, i)
		if sc.c == nil {
			continue
		}
		if sc.send {
			sc.c.sendq.waitSelect(t, sc.data, i)
		} else {
			sc.c.recvq.waitSelect(t, sc.data, i)
		}
	}
	waitingFor(waitSelect)
	pause()
	i := int(t.fired.index)
	for j := 0; j < n; j++ {
		// the waiters of the cases that did not fire
		if sc := selectCaseAt(cases, j); j != i && sc.c != nil {
			if sc.send {
				sc.c.sendq.prune()
			} else {
				sc.c.recvq.prune()
			}
		}
	}
	if selectCaseAt(cases, i).send && !t.ok {
		gopanic(plainError("send on closed channel"))
	}
	return i, t.ok
}

func selectCaseAt(cases *selectCase, i int) *selectCase {
	return (*selectCase)(unsafe.Add(unsafe.Pointer(cases), uintptr(i)*unsafe.Sizeof(selectCase{})))
}

// blockForever is select {}: the goroutine never runs again.
func blockForever() {
	blockTask()
	waitingFor(waitSelectNoCases)
	pause()
}
