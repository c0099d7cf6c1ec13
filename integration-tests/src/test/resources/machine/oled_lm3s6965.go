// oled_lm3s6965 draws a test pattern on the LM3S6965 evaluation board's OLED display
// (an SSD0323 on SSI0, 128x64 pixels of 4 bits, two pixels a byte) through
// machine.SPI0: commands with PC7 (data/command) low set the column and row window and
// turn the display on, then with PC7 high one byte per pixel pair, for row y and byte
// column x the byte (x + 4*y) & 0xFF. Then it says "done" and waits.
package main

import (
	"machine"
	"time"
)

func main() {
	dc := machine.PC7
	dc.Configure(machine.PinConfig{Mode: machine.PinOutput})
	err := machine.SPI0.Configure(machine.SPIConfig{Frequency: 1000000, Mode: machine.Mode3})
	if err != nil {
		println(err.Error())
	}
	dc.Low()
	machine.SPI0.Tx([]byte{0x15, 0, 63, 0x75, 0, 63, 0xAF}, nil)
	dc.High()
	var row [64]byte
	for y := 0; y < 64; y++ {
		for x := range row {
			row[x] = byte(x + 4*y)
		}
		machine.SPI0.Tx(row[:], nil)
	}
	println("done")
	for {
		time.Sleep(time.Second)
	}
}
