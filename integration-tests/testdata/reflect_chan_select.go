// targets: host wasi wasm cortex-m-qemu microbit

package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)

	// default when nothing is ready
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: va},
		{Dir: reflect.SelectDefault},
		{Dir: reflect.SelectRecv, Chan: vb},
	}
	i, v, ok := reflect.Select(cases)
	fmt.Println("default:", i, v.IsValid(), ok)

	// a ready receive
	b <- "hi"
	i, v, ok = reflect.Select(cases)
	fmt.Println("recv:", i, v, ok, v.Type())

	// a ready send (buffer has room), then a full one picks default
	send := []reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: va, Send: reflect.ValueOf(5)},
		{Dir: reflect.SelectDefault},
	}
	i, v, ok = reflect.Select(send)
	fmt.Println("send:", i, v.IsValid(), ok, len(a))
	i, v, ok = reflect.Select(send)
	fmt.Println("full:", i, v.IsValid(), ok, <-a)

	// nil channel cases never proceed
	nilCases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf((chan int)(nil))},
		{Dir: reflect.SelectSend, Chan: reflect.Value{}, Send: reflect.ValueOf(1)},
		{Dir: reflect.SelectRecv},
		{Dir: reflect.SelectDefault},
	}
	i, _, _ = reflect.Select(nilCases)
	fmt.Println("nil cases:", i)

	// blocking select: a goroutine sends later
	done := make(chan bool)
	go func() {
		b <- "late"
		done <- true
	}()
	block := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: va},
		{Dir: reflect.SelectRecv, Chan: vb},
	}
	i, v, ok = reflect.Select(block)
	fmt.Println("blocked recv:", i, v, ok)
	<-done

	// blocking select on send: a goroutine receives
	u := make(chan int)
	got := make(chan int)
	go func() {
		got <- <-u
	}()
	i, v, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf((chan int)(nil))},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(u), Send: reflect.ValueOf(99)},
	})
	fmt.Println("blocked send:", i, v.IsValid(), ok, <-got)

	// a goroutine blocked in Select is woken by close
	c := make(chan int)
	go func() {
		i, v, ok := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}})
		fmt.Println("closed while waiting:", i, v, ok)
		done <- true
	}()
	go func() {
		close(c)
	}()
	<-done

	// closed channel
	i, v, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)},
		{Dir: reflect.SelectDefault},
	})
	fmt.Println("closed:", i, v, ok)
	try("send on closed", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1)}})
	})

	// interface element, assignable send value
	ic := make(chan fmt.Stringer, 1)
	i, _, _ = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ic), Send: reflect.ValueOf(reflect.Int)}})
	fmt.Println("interface send:", i, <-ic)

	// empty select with default
	i, _, _ = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}})
	fmt.Println("only default:", i)

	// panics
	var ro <-chan int = a
	var so chan<- int = a
	try("two defaults", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("default with chan", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: va}}) })
	try("default with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Send: reflect.ValueOf(1)}})
	})
	try("send on recv-only", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ro), Send: reflect.ValueOf(1)}})
	})
	try("missing send", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: va}}) })
	try("recv with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: va, Send: reflect.ValueOf(1)}})
	})
	try("recv on send-only", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(so)}}) })
	try("invalid dir", func() { reflect.Select([]reflect.SelectCase{{Dir: 7}}) })
	try("wrong send type", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: va, Send: reflect.ValueOf("x")}})
	})
	try("unexported chan", func() {
		s := struct{ c chan int }{a}
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(s).Field(0)}})
	})
	try("unexported send", func() {
		s := struct{ n int }{1}
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: va, Send: reflect.ValueOf(s).Field(0)}})
	})
	try("not a chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(3)}})
	})
	fmt.Println(reflect.SelectSend, reflect.SelectRecv, reflect.SelectDefault)
}
