//go:build atmega2560

package runtime

// timerInterrupt is the ATmega2560's TIMER1_COMPA interrupt (vector 17).
//
//export __vector_17
func timerInterrupt() {
	timerTick()
}
