//go:build atmega328p

package main

import "machine"

// The Uno: D8 (PB0), A0 (PC0) and D4 (PD4) in the pin change groups of ports B, C and
// D; D2 (PD2) has INT0.
var (
	pins      = [4]machine.Pin{machine.D8, machine.A0, machine.D4, machine.D2}
	names     = [4]string{"D8 falling", "A0 rising", "D4 toggle", "D2 falling"}
	fifth     = machine.D9
	fifthName = "D9"
)
