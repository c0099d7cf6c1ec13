//go:build atmega2560

package main

import "machine"

// The Mega: D10, D11 and D12 (PB4..PB6) in pin change group 0; D2 (PE4) has INT4.
// Groups 1 and 2 are left out: under simavr 1.6 no PCINT1 or PCINT2 arrived for
// changes of PJ0 (D15) and PK0 (A8), whose inputs a program does see change (simavr's
// ATmega2560 core gives port K no pin change model).
var (
	pins      = [4]machine.Pin{machine.D10, machine.D11, machine.D12, machine.D2}
	names     = [4]string{"D10 falling", "D11 rising", "D12 toggle", "D2 falling"}
	fifth     = machine.D13
	fifthName = "D13"
)
