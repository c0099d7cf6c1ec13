//go:build atmega328p

package runtime

// timerInterrupt is the ATmega328P's TIMER1_COMPA interrupt (vector 11).
//
//export __vector_11
func timerInterrupt() {
	timerTick()
}
