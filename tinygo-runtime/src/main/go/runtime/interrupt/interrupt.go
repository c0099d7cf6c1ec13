//go:build baremetal

// Package interrupt handles the chip's interrupts, with the API of TinyGo's package of
// the same name: New wires a handler to an interrupt number of the chip (the device
// packages name them, e.g. nrf.IRQ_UART0), Enable turns it on, and Disable/Restore
// bracket code that no handler may interrupt.
//
// The compiler wires the handlers when it compiles the program (see New), so that a
// program without interrupts carries no vectors for them. A handler runs on whatever
// stack was in use when the interrupt came, between two instructions of any
// goroutine, so it must be short and must not allocate memory (the collector could be
// in the middle of a collection), block, or switch goroutines (no channel operations,
// time.Sleep, mutexes or println of values that allocate). What it may do: read and
// write the chip's registers, and variables that the goroutines read with interrupts
// disabled or through runtime/volatile.
package interrupt

// Interrupt is one of the chip's interrupts.
type Interrupt struct {
	num int
}

// New returns the interrupt id and makes handler its handler. It has no body: the
// compiler turns each call into the interrupt's service routine and its entry in the
// vector table, so id must be a constant and handler a function, or a function
// literal that captures no variables. An interrupt can have one handler only.
func New(id int, handler func(Interrupt)) Interrupt

// GetNumber returns the interrupt's number.
func (irq Interrupt) GetNumber() int {
	return irq.num
}
