//go:build avr

package runtime

// The reserve on the AVR: the report's calls take a few bytes each, but the reserve
// must also hold the unchecked frames under the last checked one: an append that
// allocates, the allocator, a collection (the register spill and the mark and scan
// functions) and the Timer1 interrupt's register saves. With 48 bytes that chain
// crossed the Uno's main stack bottom and overwrote the heap's top objects without a
// report (time.Format a few frames below main); 80 bytes report it.
const stackReserve = 80
