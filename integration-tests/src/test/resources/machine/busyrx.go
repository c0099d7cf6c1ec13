// busyrx shows interrupt-driven UART receive. After "ready" it computes for a second
// without touching the UART while the test sends 40 bytes, then reports how many the
// receive buffer holds and reads them back; only a receive interrupt can have moved
// more than the hardware's FIFO holds (1 to 16 bytes) into the buffer meanwhile. Then
// it blocks in Read while another goroutine ticks: a Read that spun would starve it.
// After the ticks the test sends "quit", and the program ends.
package main

import (
	"machine"
	"time"
)

var sink uint32

func main() {
	uart := machine.Serial
	uart.Configure(machine.UARTConfig{})
	println("ready")
	start := time.Now()
	x := uint32(1)
	for time.Since(start) < time.Second {
		for i := 0; i < 1000; i++ {
			x = x*1664525 + 1013904223
		}
	}
	sink = x
	println("buffered", uart.Buffered())
	var buf [64]byte
	n := 0
	for n < 40 {
		m, _ := uart.Read(buf[n:40])
		n += m
	}
	say(uart, buf[:n])

	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(100 * time.Millisecond)
			println("tick", i)
		}
		println("send")
	}()
	n, _ = uart.Read(buf[:])
	for n < 5 {
		m, _ := uart.Read(buf[n:])
		n += m
	}
	say(uart, buf[:n-1])
}

// say writes "got " and b on its own line through the UART (without the string
// conversion's allocation: the Uno's heap is small).
func say(uart *machine.UART, b []byte) {
	uart.Write([]byte("got "))
	uart.Write(b)
	uart.WriteByte('\n')
}
