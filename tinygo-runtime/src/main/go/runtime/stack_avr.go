//go:build avr

package runtime

// The reserve on the AVR: the report's calls take a few bytes each, but the reserve
// must also hold the unchecked frames under the last checked one: an append that
// allocates, the allocator, a collection (the register spill and the mark and scan
// functions) and the Timer1 interrupt's register saves. With 48 bytes that chain
// crossed the Uno's main stack bottom and overwrote the heap's top objects without a
// report (time.Format a few frames below main); 80 bytes report it.
const stackReserve = 80

// goroutineStackReserve is a goroutine's reserve. A goroutine's collection marks on
// the system stack, with the registers pushed there too (systemstack_avr.go), so the
// chain under its last checked frame is the allocator's few frames, a return address
// and an interrupt's saves; its canary catches a longer one at the next switch. With
// 80, time.NewTicker's goroutine in testdata/afterfunc.go needed 224-byte stacks though
// it used 137 bytes, and StackOverflowTest's goroutine recursion needs 155 bytes above
// the reserve (the Uno's 192-byte stacks leave 160).
const goroutineStackReserve = 32
