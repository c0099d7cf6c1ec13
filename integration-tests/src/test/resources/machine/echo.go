// echo reads lines from machine.Serial and answers each with "got " and the line,
// until the line "quit"; then it exits with status 3.
package main

import (
	"machine"
	"os"
)

func main() {
	uart := machine.Serial
	uart.Configure(machine.UARTConfig{})
	println("ready")
	var line [32]byte
	n := 0
	for {
		c, err := uart.ReadByte()
		if err != nil {
			continue
		}
		if c == '\r' {
			continue
		}
		if c != '\n' {
			if n < len(line) {
				line[n] = c
				n++
			}
			continue
		}
		if n == 4 && line[0] == 'q' && line[1] == 'u' && line[2] == 'i' && line[3] == 't' {
			os.Exit(3)
		}
		uart.Write([]byte("got "))
		uart.Write(line[:n])
		uart.WriteByte('\n')
		n = 0
	}
}
