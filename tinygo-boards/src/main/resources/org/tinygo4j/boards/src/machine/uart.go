//go:build baremetal

package machine

import (
	"runtime/interrupt"
	"runtime/volatile"
	_ "unsafe" // for go:linkname
)

// The receiving half of the UARTs. Each received byte raises the UART's receive
// interrupt, whose handler (machine_<chip>_interrupt.go) moves it into the UART's ring
// buffer, so bytes that come while the program is busy wait there, up to the buffer's
// size. Configure enables that interrupt, and so does the first Buffered, ReadByte or
// Read (println alone sets up only the transmitter, so a program that never reads
// carries no handler and no chip vectors).

// bufferSize is the size of a UART's receive buffer; a power of two below 256, so
// that the free-running uint8 indices wrap correctly.
const bufferSize = 64

// RingBuffer is a queue of received bytes.
type RingBuffer struct {
	buf  [bufferSize]byte
	head uint8 // where the next byte goes
	tail uint8 // where the next byte is read
}

// NewRingBuffer returns an empty ring buffer.
func NewRingBuffer() *RingBuffer {
	return &RingBuffer{}
}

// Used returns how many bytes the buffer holds.
func (rb *RingBuffer) Used() uint8 {
	return volatile.LoadUint8(&rb.head) - volatile.LoadUint8(&rb.tail)
}

// Put adds a byte and reports whether there was room for it.
func (rb *RingBuffer) Put(c byte) bool {
	if rb.Used() == bufferSize {
		return false
	}
	head := volatile.LoadUint8(&rb.head)
	rb.buf[head%bufferSize] = c
	volatile.StoreUint8(&rb.head, head+1)
	return true
}

// Get takes the oldest byte, if there is one.
func (rb *RingBuffer) Get() (byte, bool) {
	if rb.Used() == 0 {
		return 0, false
	}
	tail := volatile.LoadUint8(&rb.tail)
	c := rb.buf[tail%bufferSize]
	volatile.StoreUint8(&rb.tail, tail+1)
	return c, true
}

// Clear empties the buffer.
func (rb *RingBuffer) Clear() {
	volatile.StoreUint8(&rb.tail, volatile.LoadUint8(&rb.head))
}

// uartError is the type of the UART's errors: constant strings, so that package
// machine allocates nothing to create them.
type uartError string

func (e uartError) Error() string {
	return string(e)
}

// errUARTBufferEmpty is what ReadByte returns when nothing was received.
const errUARTBufferEmpty = uartError("UART buffer empty")

// Buffered returns how many received bytes are waiting to be read.
func (uart *UART) Buffered() int {
	uart.enableReceiveInterrupt()
	return int(uart.rx.Used())
}

// ReadByte returns the oldest received byte, or an error when there is none.
func (uart *UART) ReadByte() (byte, error) {
	uart.enableReceiveInterrupt()
	c, ok := uart.rx.Get()
	if !ok {
		return 0, errUARTBufferEmpty
	}
	return c, nil
}

// Read waits until at least one byte was received, then returns as many as are
// waiting and fit in data. While it waits, other goroutines run, and when none can,
// the processor sleeps until the next interrupt.
func (uart *UART) Read(data []byte) (n int, err error) {
	if len(data) == 0 {
		return 0, nil
	}
	uart.enableReceiveInterrupt()
	for {
		state := interrupt.Disable()
		if uart.rx.Used() != 0 {
			interrupt.Restore(state)
			break
		}
		waitForInterrupt() // (returns with interrupts enabled)
	}
	for n < len(data) {
		c, ok := uart.rx.Get()
		if !ok {
			break
		}
		data[n] = c
		n++
	}
	return n, nil
}

// waitForInterrupt is the runtime's (wait_interrupt.go): called with interrupts
// disabled, it lets other goroutines run or sleeps until an interrupt.
//
//go:linkname waitForInterrupt runtime.waitForInterrupt
func waitForInterrupt()

// receive moves every byte the hardware holds into the ring buffer (dropping those
// for which there is no room): the receive interrupt's handler.
func (uart *UART) receive() {
	for {
		c, ok := uart.receiveByte()
		if !ok {
			return
		}
		uart.rx.Put(c)
	}
}
