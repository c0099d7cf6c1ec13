// usarts_mega writes a line to each of the Mega's USART1..3 (Write, WriteByte) and says
// so on the console (USART0).
package main

import "machine"

func main() {
	uarts := [3]*machine.UART{machine.UART1, machine.UART2, machine.UART3}
	for i, u := range uarts {
		u.Configure(machine.UARTConfig{BaudRate: 9600 << i})
		u.Write([]byte("hello from UART"))
		u.WriteByte(byte('1' + i))
		u.WriteByte('\n')
	}
	println("written")
}
